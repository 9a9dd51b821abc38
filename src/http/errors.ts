/**
 * The one place where the HTTP API turns failures into responses (the CLI's counterpart is
 * src/cli/failures.ts). Every error response is JSON `{ error: { code, message, issues? } }`; never a stack
 * trace. Rejected inputs are not errors here: POST /api/ingest reports them per item with status 200.
 *
 *   request does not validate (query, body shape, bad JSON)   400 E_BAD_REQUEST (with zod `issues`)
 *   missing or wrong bearer token on a write                 401 E_UNAUTHORIZED
 *   no such article / entity / route                         404 E_NOT_FOUND
 *   body larger than the limit (checked before reading it)   413 E_TOO_LARGE
 *   Content-Type the endpoint does not read                  415 E_UNSUPPORTED_MEDIA_TYPE
 *   DatelineError E_STORE / E_STORE_VERSION                  503 with that code
 *   any other DatelineError (E_CONFIG, E_SCHEMA, …)          500 with that code
 *   anything else (a bug)                                    500 E_INTERNAL (details logged, not sent)
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { isDatelineError } from '../core/errors.js';

export const HTTP_ERROR_CODES = {
  E_BAD_REQUEST: 400,
  E_UNAUTHORIZED: 401,
  E_NOT_FOUND: 404,
  E_TOO_LARGE: 413,
  E_UNSUPPORTED_MEDIA_TYPE: 415,
} as const;
export type HttpErrorCode = keyof typeof HTTP_ERROR_CODES;

/** A failure the client caused; thrown anywhere in a handler and answered by {@link errorResponse}. */
export class HttpProblem extends Error {
  readonly code: HttpErrorCode;
  readonly status: number;
  readonly issues?: unknown[];
  constructor(code: HttpErrorCode, message: string, issues?: unknown[]) {
    super(message);
    this.name = 'HttpProblem';
    this.code = code;
    this.status = HTTP_ERROR_CODES[code];
    if (issues !== undefined) this.issues = issues;
  }
}

export const badRequest = (message: string, issues?: unknown[]) => new HttpProblem('E_BAD_REQUEST', message, issues);
export const notFound = (message: string) => new HttpProblem('E_NOT_FOUND', message);

/** The body of every error response (also in the OpenAPI document as `Error`). */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string().describe('Stable code: E_BAD_REQUEST, E_UNAUTHORIZED, E_NOT_FOUND, E_TOO_LARGE, E_UNSUPPORTED_MEDIA_TYPE, or a Dateline code (E_STORE, E_CONFIG, E_INTERNAL, …)'),
    message: z.string(),
    issues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string().optional() }).loose())
      .optional()
      .describe('Validation failures, one per problem (400 only)'),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

const STORE_CODES = new Set(['E_STORE', 'E_STORE_VERSION']);

function zodIssues(e: z.ZodError): unknown[] {
  return e.issues.slice(0, 20).map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message, code: i.code }));
}

/** Status and body for any thrown value. `log` receives what must not be sent (stacks of unexpected errors). */
export function describeError(err: unknown, log: (line: string) => void): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (err instanceof HttpProblem) {
    const body: ErrorBody = { error: { code: err.code, message: err.message } };
    if (err.issues) body.error.issues = err.issues as NonNullable<ErrorBody['error']['issues']>;
    return { status: err.status, body, ...(err.code === 'E_UNAUTHORIZED' ? { headers: { 'WWW-Authenticate': 'Bearer realm="dateline"' } } : {}) };
  }
  if (err instanceof z.ZodError) {
    return {
      status: 400,
      body: { error: { code: 'E_BAD_REQUEST', message: 'the request does not validate', issues: zodIssues(err) as NonNullable<ErrorBody['error']['issues']> } },
    };
  }
  if (isDatelineError(err)) {
    const status = STORE_CODES.has(err.code) ? 503 : 500;
    log(`dateline serve: error ${err.code}: ${err.message}`);
    return { status, body: { error: { code: err.code, message: err.message } } };
  }
  if (err instanceof HTTPException) {
    // hono's own (e.g. a malformed multipart body it could not parse)
    const status = err.status;
    if (status === 413) return { status, body: { error: { code: 'E_TOO_LARGE', message: 'the request body is larger than the limit' } } };
    if (status < 500) return { status, body: { error: { code: 'E_BAD_REQUEST', message: err.message || 'bad request' } } };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  log(`dateline serve: internal error: ${e.stack ?? e.message}`);
  return { status: 500, body: { error: { code: 'E_INTERNAL', message: 'internal error (a bug in Dateline); the server log has the details' } } };
}

/** The JSON response for a thrown value: the app's `onError`. */
export function errorResponse(err: unknown, c: Context, log: (line: string) => void): Response {
  const { status, body, headers } = describeError(err, log);
  return c.json(body, status as 400, headers);
}
