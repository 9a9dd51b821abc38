/**
 * The OpenAPI 3.1 document of the API, generated from the route table (app.ts) and the zod schemas
 * (schemas.ts): the same definitions validate the requests, so the document cannot drift from them.
 */
import { z } from 'zod';
import { SCHEMA_ID } from '../core/schema.js';
import { components } from './schemas.js';

export interface OpenApiResponse {
  description: string;
  content?: Record<string, { schema: Record<string, unknown> }>;
  headers?: Record<string, unknown>;
}

/** What the document says about one route; app.ts adds the handler. */
export interface RouteDoc {
  method: 'get' | 'post';
  /** Hono path syntax: `/api/articles/:id`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Path parameters: name → description. */
  params?: Record<string, string>;
  query?: z.ZodObject;
  requestBody?: { required: boolean; description?: string; content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, OpenApiResponse>;
  /** A write: needs the bearer token when the server has one. */
  write?: boolean;
}

export const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
export const jsonResponse = (id: string, description: string): OpenApiResponse => ({ description, content: { 'application/json': { schema: ref(id) } } });

const ERROR_DESCRIPTIONS: Record<string, string> = {
  '400': 'The request does not validate (E_BAD_REQUEST, with the issues)',
  '401': 'A write without the right bearer token (E_UNAUTHORIZED)',
  '404': 'No such item (E_NOT_FOUND)',
  '413': 'The body is larger than the limit (E_TOO_LARGE)',
  '415': 'A Content-Type this endpoint does not read (E_UNSUPPORTED_MEDIA_TYPE)',
  '500': 'A bug or a misconfiguration (E_INTERNAL or a Dateline error code); never a stack trace',
  '503': 'The store cannot be read or written (E_STORE, E_STORE_VERSION)',
};

export function errorResponses(...statuses: number[]): Record<string, OpenApiResponse> {
  const out: Record<string, OpenApiResponse> = {};
  for (const s of [...statuses, 500, 503]) out[String(s)] = jsonResponse('Error', ERROR_DESCRIPTIONS[String(s)] ?? 'Error');
  return out;
}

/** `/api/articles/:id` → `/api/articles/{id}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function strip(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

function queryParameters(query: z.ZodObject): Record<string, unknown>[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    const schema = strip(z.toJSONSchema(f, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>);
    const description = typeof schema.description === 'string' ? schema.description : undefined;
    return { name, in: 'query', required: !f.safeParse(undefined).success, ...(description ? { description } : {}), schema };
  });
}

export function buildOpenApi(routes: readonly RouteDoc[], options: { version: string; tokenRequired: boolean }): Record<string, unknown> {
  const schemas = (z.toJSONSchema(components, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' }) as {
    schemas: Record<string, Record<string, unknown>>;
  }).schemas;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const parameters = [
      ...Object.entries(r.params ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } })),
      ...(r.query ? queryParameters(r.query) : []),
    ];
    const op: Record<string, unknown> = {
      operationId: `${r.method}${openApiPath(r.path).replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      tags: r.tags,
      ...(parameters.length ? { parameters } : {}),
      ...(r.requestBody ? { requestBody: r.requestBody } : {}),
      responses: r.write ? { ...r.responses, ...errorResponses(401) } : r.responses,
      ...(r.write ? { security: [{ bearer: [] }, ...(options.tokenRequired ? [] : [{}])] } : {}),
    };
    (paths[openApiPath(r.path)] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Dateline API',
      version: options.version,
      description:
        `News articles → a sourced, structured record and timeline. Documents follow ${SCHEMA_ID}: every annotation is a span ` +
        '{start, end} (UTF-16 code units) into the article text, and text.slice(start, end) is exactly its text. ' +
        'Errors are JSON {error: {code, message, issues?}}. Writes need Authorization: Bearer <token> when the server was started with DATELINE_TOKEN.',
    },
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, strip(s)])),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The DATELINE_TOKEN the server was started with' } },
    },
  };
}
