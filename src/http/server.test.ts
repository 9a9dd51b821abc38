import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../core/document.js';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import { startServer, type RunningServer } from './server.js';
import { SECURITY_HEADERS } from './security.js';
import { readExample, tempDir, tempStore } from './test-helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

describe('HTTP API over a real socket', () => {
  let store: Store;
  let server: RunningServer;
  beforeAll(async () => {
    store = await tempStore(dir);
    server = await startServer(createApp({ store, token: 'tok', limits: { maxBodyBytes: 256 * 1024 } }), { port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('answers a repeated read from the cache (the listener fast path) with the same body and headers', async () => {
    const get = (encoding: string) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        httpRequest(`${server.url}/api/events?limit=5`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    const first = await get('identity');
    const again = await get('identity');
    expect(again.status).toBe(200);
    expect(again.body.equals(first.body)).toBe(true);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    for (const k of Object.keys(SECURITY_HEADERS)) expect(again.headers[k.toLowerCase()]).toBe(SECURITY_HEADERS[k]);
    const zipped = await get('gzip');
    if (zipped.headers['content-encoding'] === 'gzip') {
      const { gunzipSync } = await import('node:zlib');
      expect(gunzipSync(zipped.body).equals(first.body)).toBe(true);
    } else expect(zipped.body.equals(first.body)).toBe(true); // under 1 KiB: sent as it is
  });

  it('binds 127.0.0.1 by default and prints a usable URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('ingests the example with the token and reads it back; idempotent', async () => {
    const text = readExample();
    const post = () =>
      fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer tok' }, body: JSON.stringify({ text }) });
    const first = await post();
    expect(first.status).toBe(200);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(first.headers.get(k)).toBe(v);
    expect(await first.json()).toMatchObject({ results: [{ id: contentHash(text), created: true }] });
    expect(await (await post()).json()).toMatchObject({ results: [{ id: contentHash(text), created: false }] });
    const unauth = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unauth.status).toBe(401);
    const back = await fetch(`${server.url}/api/articles/${contentHash(text)}/text`);
    expect(await back.text()).toBe(text);
    // many concurrent reads
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => fetch(`${server.url}/api/${i % 2 ? 'entities?limit=5' : 'articles'}`)));
    expect(all.map((r) => r.status)).toEqual(all.map(() => 200));
    await Promise.all(all.map((r) => r.arrayBuffer()));
  });

  it('answers 413 to a chunked body over the limit without reading it all, and stores nothing', async () => {
    const before = await store.count();
    const result = await new Promise<{ status: number; body: string; written: number }>((resolve, reject) => {
      let written = 0;
      const req = httpRequest(
        `${server.url}/api/ingest`,
        { method: 'POST', headers: { 'content-type': 'text/plain', authorization: 'Bearer tok', 'transfer-encoding': 'chunked' } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, written }));
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let stopped = false;
      const pump = () => {
        while (!stopped && written < 50 * 1024 * 1024) {
          written += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      req.on('response', () => {
        stopped = true;
      });
      pump();
    });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'E_TOO_LARGE' } });
    // the client had written about 4 MB (socket buffers) when the 413 came, of the 50 MB it would send
    expect(result.written).toBeLessThan(20 * 1024 * 1024);
    expect(await store.count()).toBe(before);
  });

  it('answers 413 from the Content-Length alone', async () => {
    const r = await fetch(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer tok' },
      body: JSON.stringify({ text: 'a '.repeat(200 * 1024) }),
    });
    expect(r.status).toBe(413);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await r.json()).toMatchObject({ error: { code: 'E_TOO_LARGE' } });
  });

  it('refuses a port in use with E_CONFIG', async () => {
    await expect(startServer(createApp({ store }), { port: server.port })).rejects.toMatchObject({ code: 'E_CONFIG' });
  });
});
