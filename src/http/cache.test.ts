import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ResponseCache } from './cache.js';

function setup(checkMs: number) {
  let stamp = 1;
  let computed = 0;
  const cache = new ResponseCache({ stamp: async () => stamp, checkMs });
  const app = new Hono();
  app.use('/api/*', cache.middleware());
  app.get('/api/n', (c) => c.json({ n: ++computed, q: c.req.query('q') ?? null }));
  app.get('/api/missing', (c) => c.json({ error: 'no' }, 404));
  app.post('/api/n', (c) => c.json({ posted: true }));
  const get = async (path: string) => (await (await app.request(path)).json()) as { n: number; q: string | null };
  return { cache, app, get, setStamp: (s: number) => (stamp = s), computed: () => computed };
}

describe('ResponseCache', () => {
  it('answers a repeated GET from the cache, keyed by path and query', async () => {
    const t = setup(60_000);
    expect((await t.get('/api/n')).n).toBe(1);
    expect((await t.get('/api/n')).n).toBe(1);
    expect(await t.get('/api/n?q=x')).toEqual({ n: 2, q: 'x' });
    expect((await t.get('/api/n?q=x')).n).toBe(2);
    expect(t.computed()).toBe(2);
  });
  it('never keeps errors or answers to other methods', async () => {
    const t = setup(60_000);
    expect((await t.app.request('/api/missing')).status).toBe(404);
    await t.app.request('/api/n', { method: 'POST' });
    expect(t.cache.size).toBe(0);
  });
  it('is emptied by invalidate() and when the store stamp changes (read at most every checkMs)', async () => {
    const t = setup(0);
    expect((await t.get('/api/n')).n).toBe(1);
    t.cache.invalidate();
    expect((await t.get('/api/n')).n).toBe(2);
    t.setStamp(2); // another process added documents
    expect((await t.get('/api/n')).n).toBe(3);
    expect((await t.get('/api/n')).n).toBe(3);
  });
  it('keeps answering from the cache within checkMs even when the stamp changed', async () => {
    const t = setup(60_000);
    expect((await t.get('/api/n')).n).toBe(1);
    t.setStamp(5);
    expect((await t.get('/api/n')).n).toBe(1);
  });
});

describe('ResponseCache: compression', () => {
  it('sends the kept answer gzipped to clients that accept gzip, and as it is to others', async () => {
    const { gunzipSync } = await import('node:zlib');
    const cache = new ResponseCache({ stamp: async () => 1, checkMs: 60_000 });
    const app = new Hono();
    app.use('/api/*', cache.middleware());
    const big = { words: 'word '.repeat(2000) };
    app.get('/api/big', (c) => c.json(big));
    for (let i = 0; i < 2; i++) {
      const z = await app.request('/api/big', { headers: { 'Accept-Encoding': 'gzip, deflate' } });
      expect(z.headers.get('content-encoding')).toBe('gzip');
      expect(z.headers.get('vary')).toBe('Accept-Encoding');
      const bytes = Buffer.from(await z.arrayBuffer());
      expect(bytes.length).toBeLessThan(1000);
      expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual(big);
      const plain = await app.request('/api/big');
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(await plain.json()).toEqual(big);
    }
  });
});
