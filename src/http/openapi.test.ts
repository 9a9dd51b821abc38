import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { openApiPath } from './openapi.js';
import { tempDir, tempStore } from './test-helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string; in: string }[]; security?: unknown[] }>>;
  components: { schemas: Record<string, unknown> };
};

/** Every `$ref` in the value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('OpenAPI document', async () => {
  const store = await tempStore(dir);
  afterAll(() => store.close());
  const app = createApp({ store, token: 't' });
  const res = await app.request('/api/openapi.json');
  const doc = (await res.json()) as Doc;

  it('is served as JSON, OpenAPI 3.1', () => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('describes every route of the app, and only those', () => {
    const routes = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`);
    expect(routes.length).toBeGreaterThanOrEqual(13);
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(documented.sort()).toEqual([...new Set(routes)].sort());
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(ops)) {
        expect(op.responses['200'], `${m} ${p}`).toBeDefined();
        for (const name of p.match(/\{(\w+)\}/g) ?? []) {
          expect(op.parameters?.some((x) => x.in === 'path' && `{${x.name}}` === name), `${m} ${p} ${name}`).toBe(true);
        }
      }
    }
  });

  it('documents the query parameters from the zod schemas, and the bearer token on writes', () => {
    const list = doc.paths['/api/articles']!.get!;
    expect(list.parameters?.map((p) => p.name).sort()).toEqual(['limit', 'offset', 'q']);
    const events = doc.paths['/api/events']!.get!;
    expect(events.parameters?.map((p) => p.name).sort()).toEqual(['entity', 'factuality', 'from', 'limit', 'offset', 'place', 'to', 'type']);
    const ingest = doc.paths['/api/ingest']!.post!;
    expect(ingest.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(ingest.responses).sort()).toEqual(['200', '400', '401', '413', '415', '500', '503']);
  });

  it('has every referenced schema under components (the document schema among them)', () => {
    expect(doc.components.schemas.Document).toMatchObject({ type: 'object' });
    for (const r of refs(doc)) {
      expect(r).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[r.split('/').pop()!], r).toBeDefined();
    }
  });
});
