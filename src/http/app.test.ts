import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../core/document.js';
import { DatelineError } from '../core/errors.js';
import { DocumentSchema } from '../core/schema.js';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import {
  ArticleListSchema,
  EntityDetailSchema,
  EntityListSchema,
  EventListSchema,
  AgreementListSchema,
  IngestResponseSchema,
  MergedListSchema,
  QuoteListSchema,
  TimelinePageSchema,
} from './schemas.js';
import { SECURITY_HEADERS } from './security.js';
import { EXAMPLE, EXAMPLES, readExample, tempDir, tempStore } from './test-helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

type App = ReturnType<typeof createApp>;
const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

function expectSecurityHeaders(res: Response) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), name).toBe(value);
}

async function ok<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  const body = await r.text();
  expect(r.status, body.slice(0, 500)).toBe(status);
  expectSecurityHeaders(r);
  expect(r.headers.get('content-type')).toMatch(/^application\/json/);
  return JSON.parse(body) as T;
}

async function failure(res: Response | Promise<Response>, status: number, code: string) {
  const r = await res;
  const text = await r.text();
  expect(r.status, text.slice(0, 500)).toBe(status);
  expectSecurityHeaders(r);
  expect(r.headers.get('content-type')).toMatch(/^application\/json/);
  expect(text).not.toMatch(/\n\s+at /); // no stack trace
  const body = JSON.parse(text) as { error: { code: string; message: string; issues?: unknown[] } };
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  return body.error;
}

describe('HTTP API: ingest and read back', () => {
  let store: Store;
  let app: App;
  const text = readExample();
  const id = contentHash(text);
  beforeAll(async () => {
    store = await tempStore(dir);
    app = createApp({ store });
  });
  afterAll(() => store.close());

  it('ingests the example article as JSON and reads it back (text equal, id = sha256 of the text)', async () => {
    const r = IngestResponseSchema.parse(await ok(app.request('/api/ingest', json({ text, url: 'https://www.themoscowtimes.com/2020/11/20/x' }))));
    expect(r.results).toEqual([{ source: 'api', id, created: true }]);
    expect(r).toMatchObject({ created: 1, existing: 0, rejected: 0 });

    const doc = DocumentSchema.parse(await ok(app.request(`/api/articles/${id}`)));
    expect(doc.id).toBe(id);
    expect(doc.text).toBe(text);
    expect(doc.layers.entities.length).toBeGreaterThan(0);
    for (const m of doc.layers.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);

    const t = await app.request(`/api/articles/${id}/text`);
    expect(t.status).toBe(200);
    expect(t.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expectSecurityHeaders(t);
    expect(await t.text()).toBe(text);

    // a unique prefix works as in the CLI
    expect((await ok<{ id: string }>(app.request(`/api/articles/${id.slice(0, 10)}`))).id).toBe(id);
    // without its tokens (what the web view asks for): the same document but for an empty tokens layer
    const light = DocumentSchema.parse(await ok(app.request(`/api/articles/${id}?tokens=0`)));
    expect(doc.layers.tokens.length).toBeGreaterThan(0);
    expect(light).toEqual({ ...doc, layers: { ...doc.layers, tokens: [] } });
    await failure(app.request(`/api/articles/${id}?tokens=no`), 400, 'E_BAD_REQUEST');
  });

  it('is idempotent: the same text again is created: false and changes nothing', async () => {
    const before = await store.count();
    const r = IngestResponseSchema.parse(await ok(app.request('/api/ingest', json({ text }))));
    expect(r.results).toEqual([{ source: 'api', id, created: false }]);
    expect(await store.count()).toBe(before);
  });

  it('takes multipart uploads (several files) and text/plain bodies with the same ids as JSON', async () => {
    const form = new FormData();
    for (const path of EXAMPLES) form.append('file', new Blob([readExample(path)], { type: 'text/plain' }), path.split('/').pop());
    const r = IngestResponseSchema.parse(await ok(app.request('/api/ingest', { method: 'POST', body: form })));
    expect(r.results).toHaveLength(3);
    expect(r.results[0]).toEqual({ source: 'moscow-times-rosgvardia-belarus.txt', id, created: false });
    expect(r).toMatchObject({ created: 2, existing: 1, rejected: 0 });
    const plain = await ok<{ results: unknown[] }>(app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text }));
    expect(plain.results).toEqual([{ source: 'api', id, created: false }]);
    expect(await store.count()).toBe(3);
  });

  it('applies form fields (url, outlet, published) to uploaded files, reads HTML uploads as HTML, refuses .json uploads', async () => {
    const html = `<!doctype html><html><head><title>Talks resume</title></head><body><article><h1>Talks resume in Minsk</h1>
      <p>Negotiators from both sides met in Minsk on Monday, officials said, and agreed to meet again next week.</p>
      <p>The talks had been suspended in October after a dispute over the agenda, according to the foreign ministry.</p>
      <p>Observers said the resumption was a cautious sign of progress, but warned that major differences remained.</p></article></body></html>`;
    const form = new FormData();
    form.append('file', new Blob([html], { type: 'text/html' }), 'talks.html');
    form.append('file', new Blob(['[{"text": "x"}]'], { type: 'application/json' }), 'batch.json');
    form.append('url', 'https://example.com/news/talks-resume');
    form.append('outlet', 'Example News');
    form.append('published', '2020-11-23');
    const r = IngestResponseSchema.parse(await ok(app.request('/api/ingest', { method: 'POST', body: form })));
    expect(r.results[1]).toMatchObject({ source: 'batch.json', rejected: { reason: 'unsupported' } });
    const id = (r.results[0] as { id: string }).id;
    const doc = DocumentSchema.parse(await ok(app.request(`/api/articles/${id}`)));
    expect(doc.source).toMatchObject({ name: 'talks.html', mediaType: 'text/html' });
    expect(doc.input).toMatchObject({ url: 'https://example.com/news/talks-resume', outlet: 'Example News', published: '2020-11-23' });
    expect(doc.text).toContain('Negotiators from both sides met in Minsk');
    expect(doc.text).not.toContain('<p>');
  });

  it('takes an NDJSON batch and reports each line: stored, or rejected with reason, message and hint', async () => {
    const lines = [
      JSON.stringify({ text: 'Protests continued in Minsk on Sunday, Reuters reported. Police detained dozens of people.', published: '2020-11-22' }),
      '',
      JSON.stringify({ text: '   ' }),
      '{not json',
      JSON.stringify({ html: '<p>x</p>', text: 'y' }),
      JSON.stringify({ text: readExample(EXAMPLES[1]) }),
    ].join('\n');
    const r = IngestResponseSchema.parse(await ok(app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: lines })));
    expect(r.results).toHaveLength(5);
    expect(r.results[0]).toMatchObject({ source: 'api.jsonl:1', created: true });
    expect(r.results[1]).toMatchObject({ source: 'api.jsonl:3', rejected: { reason: 'empty' } });
    expect(r.results[2]).toMatchObject({ source: 'api.jsonl:4', rejected: { reason: 'malformed-jsonl' } });
    expect(r.results[3]).toMatchObject({ source: 'api.jsonl:5', rejected: { reason: 'malformed-jsonl' } });
    expect((r.results[3] as { rejected: { hint?: string } }).rejected.hint).toBeTruthy();
    expect(r.results[4]).toMatchObject({ source: 'api.jsonl:6', created: false });
    expect(r).toMatchObject({ created: 1, existing: 1, rejected: 3 });
    // a JSON array is a batch too
    const a = IngestResponseSchema.parse(await ok(app.request('/api/ingest', json([{ text }, { text: 42 }]))));
    expect(a.results[0]).toEqual({ source: 'api[0]', id, created: false });
    expect(a.results[1]).toMatchObject({ source: 'api[1]', rejected: { reason: 'malformed-jsonl' } });
  });

  it('lists and searches articles, with pagination', async () => {
    const all = ArticleListSchema.parse(await ok(app.request('/api/articles')));
    expect(all.total).toBe(5);
    expect(all.items.map((i) => i.id)).toContain(id);
    const one = ArticleListSchema.parse(await ok(app.request('/api/articles?limit=1&offset=1')));
    expect(one).toMatchObject({ total: 5, limit: 1, offset: 1 });
    expect(one.items[0]?.id).toBe(all.items[1]?.id);
    const found = ArticleListSchema.parse(await ok(app.request('/api/articles?q=Lukashenko')));
    expect(found.items.map((i) => i.id)).toEqual([id]);
    const apple = ArticleListSchema.parse(await ok(app.request('/api/articles?q=iPhone')));
    expect(apple.total).toBe(2);
    expect(apple.items.map((i) => i.id)).not.toContain(id);
  });

  it('groups entities across articles; "Alexander Lukashenko" has his mentions with spans, roles and quotes', async () => {
    const list = EntityListSchema.parse(await ok(app.request('/api/entities?limit=200')));
    const luka = list.items.find((e) => e.canonical === 'Alexander Lukashenko');
    expect(luka).toMatchObject({ type: 'PER', key: 'PER:alexander lukashenko', articleCount: 1 });
    expect(luka?.roles).toContain('President of Belarus');
    const apple = list.items.find((e) => e.key === 'ORG:apple' || e.key === 'ORG:apple inc.');
    expect(apple?.articleCount).toBe(2); // both Wikinews articles

    const filtered = EntityListSchema.parse(await ok(app.request('/api/entities?q=lukash&type=PER')));
    expect(filtered.items.map((e) => e.canonical)).toEqual(['Alexander Lukashenko']);

    const detail = EntityDetailSchema.parse(await ok(app.request(`/api/entities/${encodeURIComponent('PER:alexander lukashenko')}`)));
    expect(detail.articles).toHaveLength(1);
    const article = detail.articles[0]!;
    expect(article.id).toBe(id);
    expect(article.mentions.map((m) => m.text)).toContain('Lukashenko');
    for (const m of article.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    // the key is forgiving about case
    expect((await ok<{ key: string }>(app.request(`/api/entities/${encodeURIComponent('per:Alexander Lukashenko')}`))).key).toBe('PER:alexander lukashenko');
  });

  it('serves events, agreements, quotes, the timeline and exports (whatever the layers hold)', async () => {
    const events = EventListSchema.parse(await ok(app.request('/api/events?limit=200')));
    for (const e of events.items) expect(e.document).toMatch(/^[0-9a-f]{64}$/);
    EventListSchema.parse(await ok(app.request('/api/events?entity=Lukashenko&from=2020&to=2020-12&factuality=asserted')));
    AgreementListSchema.parse(await ok(app.request('/api/agreements?entity=PER:alexander%20lukashenko')));
    const quotes = QuoteListSchema.parse(await ok(app.request('/api/quotes?limit=200')));
    expect(quotes.items.length).toBeGreaterThan(0); // the example has four quotes
    const interfax = QuoteListSchema.parse(await ok(app.request('/api/quotes?speaker=Interfax')));
    for (const q of interfax.items) expect(q.speakerName).toBe('Interfax');
    const t = TimelinePageSchema.parse(await ok(app.request('/api/timeline?entity=Lukashenko')));
    expect(t.timeline.schema).toBe('dateline/timeline@1');
    expect(t.timeline.entity).toBe('Lukashenko');
    const tq = TimelinePageSchema.parse(await ok(app.request('/api/timeline?q=iPhone')));
    expect(tq.timeline.documents).toBe(2);

    const csv = await app.request('/api/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment/);
    expectSecurityHeaders(csv);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^date,precision,type/);
    expect(Array.isArray(await ok(app.request('/api/export?format=plover&entity=Lukashenko')))).toBe(true);
    expect(await ok(app.request('/api/export'))).toMatchObject({ schema: 'dateline/timeline@1' });
  });

  it('serves the web interface at / and its files at /assets/, with no inline script or style', async () => {
    const r = await app.request('/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expectSecurityHeaders(r);
    const html = await r.text();
    expect(html).toContain('/api/openapi.json');
    // every script is an external file from 'self' (the CSP forbids inline code), and no inline style
    expect([...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0])).toEqual(['<script type="module" src="/assets/app.js">']);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    const js = await app.request('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expectSecurityHeaders(js);
    // article content goes into the page as text, never as HTML
    expect(await js.text()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect((await app.request('/assets/style.css')).headers.get('content-type')).toMatch(/^text\/css/);
    for (const bad of ['/assets/index.html', '/assets/..%2Fpackage.json', '/assets/%2e%2e%2fpackage.json', '/assets/nope.js', '/assets/app.JS']) {
      expect((await app.request(bad)).status, bad).toBe(404);
    }
  });
});

describe('HTTP API: hostile and bad requests', () => {
  let store: Store;
  let app: App;
  const text = readExample();
  beforeAll(async () => {
    store = await tempStore(dir);
    app = createApp({ store, limits: { maxBodyBytes: 64 * 1024 } });
    await ok(app.request('/api/ingest', json({ text })));
  });
  afterAll(() => store.close());

  const unchanged = async (n = 1) => {
    expect(await store.count()).toBe(n);
    expect((await store.list()).map((r) => r.id)).toContain(contentHash(text));
  };

  it('stores script and img-onerror text verbatim and answers only JSON about it', async () => {
    const xss = 'Officials said <script>alert(1)</script> was found in the statement.\n\nA second paragraph says <img src=x onerror=alert(1)> and "</script><script>alert(2)</script>" too.';
    const r = IngestResponseSchema.parse(await ok(app.request('/api/ingest', json({ text: xss, title: '<script>alert(3)</script>' }))));
    const id = (r.results[0] as { id: string }).id;
    expect(id).toBe(contentHash(xss));
    const doc = DocumentSchema.parse(await ok(app.request(`/api/articles/${id}`)));
    expect(doc.text).toBe(xss);
    for (const url of ['/api/articles', '/api/articles?q=script', '/api/entities', '/api/quotes', '/api/events', '/api/timeline', `/api/entities/${encodeURIComponent('MISC:<script>')}`]) {
      const res = await app.request(url);
      expect(res.headers.get('content-type'), url).toMatch(/^application\/json/);
      expectSecurityHeaders(res);
    }
    const raw = await app.request(`/api/articles/${id}/text`);
    expect(raw.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(raw.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await raw.text()).toBe(xss);
    await unchanged(2);
  });

  it('refuses a body over the limit with 413 before reading it, and stores nothing', async () => {
    const before = await store.count();
    const big = JSON.stringify({ text: 'word '.repeat(20_000) });
    await failure(app.request('/api/ingest', json(JSON.parse(big))), 413, 'E_TOO_LARGE');
    // without a Content-Length (a stream): counted while read, stopped at the limit
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 10 * 1024 * 1024) return controller.close();
        sent += 16 * 1024;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x61));
      },
    });
    await failure(
      app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: stream, duplex: 'half' } as RequestInit),
      413,
      'E_TOO_LARGE',
    );
    expect(sent).toBeLessThan(1024 * 1024);
    expect(await store.count()).toBe(before);
  });

  it('answers 400 to bad JSON, an empty batch, a non-object, an NDJSON body with no JSON, a form without files', async () => {
    const before = await store.count();
    const post = (type: string, body: string) => app.request('/api/ingest', { method: 'POST', headers: { 'content-type': type }, body });
    await failure(post('application/json', '{"text": "unterminated'), 400, 'E_BAD_REQUEST');
    await failure(post('application/json', '[]'), 400, 'E_BAD_REQUEST');
    await failure(post('application/json', '"just a string"'), 400, 'E_BAD_REQUEST');
    await failure(post('application/json', ''), 400, 'E_BAD_REQUEST');
    const nd = await failure(post('application/x-ndjson', 'nope\n{bad'), 400, 'E_BAD_REQUEST');
    expect(nd.issues).toHaveLength(2);
    const form = new FormData();
    form.append('url', 'https://example.com/');
    await failure(app.request('/api/ingest', { method: 'POST', body: form }), 400, 'E_BAD_REQUEST');
    await failure(post('multipart/form-data; boundary=xyz', 'garbage'), 400, 'E_BAD_REQUEST');
    expect(await store.count()).toBe(before);
  });

  it('answers 415 to a media type it does not read', async () => {
    const before = await store.count();
    await failure(app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' }), 415, 'E_UNSUPPORTED_MEDIA_TYPE');
    await failure(app.request('/api/ingest', { method: 'POST', body: new Uint8Array([1, 2, 3]) }), 415, 'E_UNSUPPORTED_MEDIA_TYPE');
    expect(await store.count()).toBe(before);
  });

  it('answers 404 to unknown ids, entities and routes', async () => {
    await failure(app.request(`/api/articles/${'0'.repeat(64)}`), 404, 'E_NOT_FOUND');
    await failure(app.request('/api/articles/deadbeef00'), 404, 'E_NOT_FOUND');
    await failure(app.request('/api/articles/..%2F..%2Fetc%2Fpasswd'), 404, 'E_NOT_FOUND');
    await failure(app.request(`/api/articles/${'0'.repeat(64)}/text`), 404, 'E_NOT_FOUND');
    await failure(app.request('/api/entities/PER:nobody'), 404, 'E_NOT_FOUND');
    await failure(app.request('/api/nothing-here'), 404, 'E_NOT_FOUND');
    await failure(app.request('/api/articles', { method: 'DELETE' }), 404, 'E_NOT_FOUND');
  });

  it('answers 400 with the issues to query parameters that do not validate', async () => {
    const e = await failure(app.request('/api/articles?limit=201'), 400, 'E_BAD_REQUEST');
    expect(e.issues).toEqual([expect.objectContaining({ path: ['limit'] })]);
    await failure(app.request('/api/articles?limit=0'), 400, 'E_BAD_REQUEST');
    await failure(app.request('/api/articles?offset=-1'), 400, 'E_BAD_REQUEST');
    await failure(app.request('/api/articles?limit=abc'), 400, 'E_BAD_REQUEST');
    await failure(app.request('/api/entities?type=ALIEN'), 400, 'E_BAD_REQUEST');
    await failure(app.request('/api/events?from=yesterday'), 400, 'E_BAD_REQUEST');
    await failure(app.request('/api/export?format=xml'), 400, 'E_BAD_REQUEST');
    await failure(app.request(`/api/articles?q=${'x'.repeat(501)}`), 400, 'E_BAD_REQUEST');
  });

  it('treats SQL-looking search strings as words: 200, nothing unexpected, the store intact', async () => {
    const before = await store.count();
    for (const q of ["' OR 1=1 --", '"; DROP TABLE documents; --', "') UNION SELECT * FROM documents --", 'NEAR(a b)', '*', 'text:*']) {
      const r = ArticleListSchema.parse(await ok(app.request(`/api/articles?q=${encodeURIComponent(q)}`)));
      expect(r.items, q).toEqual([]);
      EntityListSchema.parse(await ok(app.request(`/api/entities?q=${encodeURIComponent(q)}`)));
      EventListSchema.parse(await ok(app.request(`/api/events?entity=${encodeURIComponent(q)}&place=${encodeURIComponent(q)}`)));
      TimelinePageSchema.parse(await ok(app.request(`/api/timeline?q=${encodeURIComponent(q)}`)));
    }
    expect(await store.count()).toBe(before);
    expect(ArticleListSchema.parse(await ok(app.request('/api/articles?q=Lukashenko'))).total).toBe(1);
  });
});

describe('HTTP API: token for writes', () => {
  let store: Store;
  let app: App;
  beforeAll(async () => {
    store = await tempStore(dir);
    app = createApp({ store, token: 's3cret-token' });
  });
  afterAll(() => store.close());

  it('requires Authorization: Bearer <token> on POST when configured (401 without or wrong, 200 with); reads stay open', async () => {
    const body = json({ text: readExample() });
    const e = await app.request('/api/ingest', body);
    expect(e.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await failure(Promise.resolve(e), 401, 'E_UNAUTHORIZED');
    await failure(app.request('/api/ingest', { ...body, headers: { ...body.headers, authorization: 'Bearer wrong' } }), 401, 'E_UNAUTHORIZED');
    await failure(app.request('/api/ingest', { ...body, headers: { ...body.headers, authorization: 'Basic czNjcmV0LXRva2Vu' } }), 401, 'E_UNAUTHORIZED');
    await failure(app.request('/api/ingest', { ...body, headers: { ...body.headers, authorization: 'Bearer s3cret-token-and-more' } }), 401, 'E_UNAUTHORIZED');
    expect(await store.count()).toBe(0);
    await ok(app.request('/api/ingest', { ...body, headers: { ...body.headers, authorization: 'Bearer s3cret-token' } }));
    expect(await store.count()).toBe(1);
    await ok(app.request('/api/articles'));
  });

  it('checks the token before it looks at the body (a huge unauthorised body is a 401)', async () => {
    await failure(app.request('/api/ingest', json({ text: 'x'.repeat(11 * 1024 * 1024) })), 401, 'E_UNAUTHORIZED');
  });
});

describe('HTTP API: store failures', () => {
  const broken = (e: unknown): Store =>
    ({
      put: async () => { throw e; },
      get: async () => { throw e; },
      getRaw: async () => { throw e; },
      list: async () => { throw e; },
      count: async () => { throw e; },
      has: async () => { throw e; },
      close: async () => {},
    }) as unknown as Store;

  it('maps E_STORE / E_STORE_VERSION to 503 with the code, other Dateline errors to 500, anything else to E_INTERNAL; never a stack', async () => {
    const logged: string[] = [];
    const log = (l: string) => logged.push(l);
    await failure(createApp({ store: broken(new DatelineError('E_STORE', 'disk full')), log }).request('/api/articles'), 503, 'E_STORE');
    await failure(createApp({ store: broken(new DatelineError('E_STORE_VERSION', 'newer')), log }).request('/api/entities'), 503, 'E_STORE_VERSION');
    await failure(createApp({ store: broken(new DatelineError('E_SCHEMA', 'bad')), log }).request('/api/ingest', json({ text: readExample() })), 500, 'E_SCHEMA');
    const e = await failure(createApp({ store: broken(new TypeError('secret detail at /home/x')), log }).request('/api/articles'), 500, 'E_INTERNAL');
    expect(e.message).not.toContain('secret detail');
    expect(logged.join('\n')).toContain('secret detail'); // the details go to the server log
  });
});

describe('HTTP API: events, agreements and timelines from the layers', () => {
  let store: Store;
  let app: App;
  const text = readExample();
  const span = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" not in the example`);
    return { start, end: start + s.length, text: s };
  };
  beforeAll(async () => {
    store = await tempStore(dir);
    app = createApp({ store });
    const { processInput } = await import('../pipeline/process.js');
    const p = processInput({ name: 'example.txt', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length, content: text, hints: {} });
    if (!p.ok) throw new Error('example rejected');
    const doc = structuredClone(p.doc);
    const ent = (canonical: string) => doc.layers.entities.find((e) => e.canonical === canonical)!;
    const luka = ent('Alexander Lukashenko');
    const guard = ent('Russian National Guard');
    const belarus = ent('Belarus');
    const mention = (e: typeof luka) => doc.layers.mentions.find((m) => m.entity === e.id)!;
    const arg = (e: typeof luka) => ({ start: mention(e).start, end: mention(e).end, text: mention(e).text, entity: e.id });
    const sentence = doc.layers.sentences[0]!;
    const ev = (id: string, type: 'AGREE' | 'ELECTION', trigger: string, value: string, agent: typeof luka, factuality: 'asserted' | 'future') => ({
      id,
      ...span(trigger),
      type,
      evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
      sentence: sentence.id,
      participants: [{ ...arg(agent), role: 'agent' as const }],
      place: arg(belarus),
      time: { value, precision: value.length === 10 ? ('day' as const) : ('month' as const), timex: null, rule: 'test', reason: 'test' },
      factuality,
      rule: 'test',
    });
    doc.layers.events = [ev('v0', 'AGREE', 'signed', '2020-11-19', guard, 'asserted'), ev('v1', 'ELECTION', 'election', '2020-08-09', luka, 'asserted'), ev('v2', 'AGREE', 'signed', '', luka, 'future')];
    doc.layers.agreements = [
      {
        id: 'a0',
        ...span('cooperation agreement'),
        kind: 'cooperation agreement',
        event: 'v0',
        mentions: [],
        parties: [arg(guard)],
        signedOn: null,
        signedAt: null,
        inForce: null,
        duration: null,
        scope: [],
        reportedBy: [],
        citing: [],
      },
    ];
    await store.put(doc);
  });
  afterAll(() => store.close());

  it('lists events in date order (undated last) and filters them by entity, type, dates, place and factuality', async () => {
    const ids = async (query: string) => EventListSchema.parse(await ok(app.request(`/api/events${query}`))).items.map((i) => i.event.id);
    expect(await ids('')).toEqual(['v1', 'v0', 'v2']);
    expect(await ids('?entity=Lukashenko')).toEqual(['v1', 'v2']);
    expect(await ids(`?entity=${encodeURIComponent('ORG:russian national guard')}`)).toEqual(['v0']);
    expect(await ids('?type=AGREE')).toEqual(['v0', 'v2']);
    expect(await ids('?from=2020-09&to=2020')).toEqual(['v0']);
    expect(await ids('?to=2020-08-09')).toEqual(['v1']);
    expect(await ids('?place=Belarus&factuality=future')).toEqual(['v2']);
    expect(await ids('?place=Moscow')).toEqual([]);
    const paged = EventListSchema.parse(await ok(app.request('/api/events?limit=1&offset=1')));
    expect(paged).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(paged.items.map((i) => i.event.id)).toEqual(['v0']);
  });

  it('lists agreements by party, and an entity shows its events and agreements', async () => {
    const all = AgreementListSchema.parse(await ok(app.request('/api/agreements')));
    expect(all.items.map((a) => a.agreement.kind)).toEqual(['cooperation agreement']);
    expect(AgreementListSchema.parse(await ok(app.request('/api/agreements?entity=Lukashenko'))).total).toBe(0);
    expect(AgreementListSchema.parse(await ok(app.request('/api/agreements?entity=National%20Guard'))).total).toBe(1);
    const guard = EntityDetailSchema.parse(await ok(app.request(`/api/entities/${encodeURIComponent('ORG:russian national guard')}`)));
    expect(guard.events.map((e) => e.event.id)).toEqual(['v0']);
    expect(guard.agreements.map((a) => a.agreement.id)).toEqual(['a0']);
  });

  it('builds the timeline and its exports from the events', async () => {
    const t = TimelinePageSchema.parse(await ok(app.request('/api/timeline?entity=Lukashenko')));
    expect(t.total).toBe(2);
    expect(t.timeline.entries.map((e) => e.event)).toEqual(['v1', 'v2']);
    const byKey = TimelinePageSchema.parse(await ok(app.request(`/api/timeline?entity=${encodeURIComponent('PER:alexander lukashenko')}&limit=1`)));
    expect(byKey).toMatchObject({ total: 2, limit: 1 });
    expect(byKey.timeline.entries).toHaveLength(1);
    const csv = await (await app.request('/api/export?format=csv')).text();
    expect(csv.trimEnd().split('\r\n')).toHaveLength(4);
    const plover = await ok<{ event_type: string }[]>(app.request('/api/export?format=plover&entity=Lukashenko'));
    expect(plover.map((r) => r.event_type)).toEqual(['ELECTION', 'AGREE']);
  });
});

describe('HTTP API: happenings merged across articles', () => {
  it('shows the signing told by the example and a second report as one happening with both sources', async () => {
    const store = await tempStore(dir);
    const app = createApp({ store });
    const texts = [readExample(), readExample('test/fixtures/merge/second-report.txt')];
    await ok(app.request('/api/ingest', json(texts.map((text) => ({ text })))));
    const page = await ok<{ total: number; documents: number; items: { type: string; time: { value: string }; sources: { doc: string; span: { start: number; end: number; text: string } }[] }[] }>(
      app.request('/api/merged?multi=1'),
    );
    expect(MergedListSchema.safeParse(page).success).toBe(true);
    expect(page.documents).toBe(2);
    const signing = page.items.filter((e) => e.type === 'AGREE' && e.time.value === '2020-11-19');
    expect(signing).toHaveLength(1);
    expect(new Set(signing[0]!.sources.map((s) => s.doc))).toEqual(new Set(texts.map((t) => contentHash(t))));
    for (const s of signing[0]!.sources) {
      const text = texts.find((t) => contentHash(t) === s.doc)!;
      expect(text.slice(s.span.start, s.span.end)).toBe(s.span.text);
    }
    const forOne = await ok<{ documents: number }>(app.request('/api/merged?entity=Lukashenko'));
    expect(forOne.documents).toBe(1);
    await failure(app.request('/api/merged?multi=2'), 400, 'E_BAD_REQUEST');
    await store.close();
  });
});
