/**
 * The HTTP API as a Hono app, separate from the listener (server.ts): tests run it in-process with
 * `app.request()` or over a real socket. Every route is declared once in {@link routes} with what the
 * OpenAPI document says about it (served at /api/openapi.json) and its handler.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { isDatelineError } from '../core/errors.js';
import { oneLine } from '../core/text.js';
import type { DatelineDocument } from '../core/schema.js';
import type { Store } from '../store/index.js';
import { buildTimeline, dateStart, toCsv, toPlover } from '../timeline/index.js';
import { appCaches, ResponseCache } from './cache.js';
import { byTime, mergeCorpus, type CorpusEvent } from '../merge/index.js';
import { Corpus, type EntityGroup, type LightDocument } from './corpus.js';
import { badRequest, errorResponse, HttpProblem, notFound } from './errors.js';
import { ingestInputs, readIngestBody } from './ingest.js';
import { buildOpenApi, errorResponses, jsonResponse, ref, type RouteDoc } from './openapi.js';
import {
  AgreementsQuery,
  ArticleQuery,
  ArticlesQuery,
  EntitiesQuery,
  EventsQuery,
  MergedQuery,
  ExportQuery,
  PageQuery,
  QuotesQuery,
  TimelineQuery,
} from './schemas.js';
import { requireToken, securityHeaders } from './security.js';
import { serveAsset, serveIndex } from './static.js';

export interface AppLimits {
  /** Largest request body in bytes (checked before the body is read). Default 10 MiB. */
  maxBodyBytes: number;
}
export const DEFAULT_LIMITS: AppLimits = { maxBodyBytes: 10 * 1024 * 1024 };

export interface AppOptions {
  store: Store;
  /** When set, writes (POST) need `Authorization: Bearer <token>`. */
  token?: string | undefined;
  limits?: Partial<AppLimits>;
  /** Where server-side details of 5xx errors go (never into responses). Default: stderr. */
  log?: (line: string) => void;
  /** Load the cross-article cache in the background now, not on the first request that needs it. */
  warm?: boolean;
}

export const API_VERSION = '0.1.0';

type Handler = (c: Context) => Promise<Response> | Response;
interface Route extends RouteDoc {
  handler: Handler;
}

/** A small LRU of serialised documents (GET /api/articles/:id), bounded by total characters. */
class JsonCache {
  private readonly map = new Map<string, string>();
  private chars = 0;
  constructor(private readonly maxChars: number) {}
  get(id: string): string | undefined {
    const v = this.map.get(id);
    if (v !== undefined) {
      this.map.delete(id);
      this.map.set(id, v);
    }
    return v;
  }
  set(id: string, json: string): void {
    if (json.length > this.maxChars / 4 || this.map.has(id)) return;
    this.map.set(id, json);
    this.chars += json.length;
    for (const [k, v] of this.map) {
      if (this.chars <= this.maxChars) break;
      this.map.delete(k);
      this.chars -= v.length;
    }
  }
}

const HEX_ID = /^[0-9a-fA-F]{6,64}$/;
/** Most articles merged in one request (see mergedFor). */
const MAX_MERGE_DOCS = 300;
const norm = (s: string) => ` ${oneLine(s).toLowerCase().replace(/[’`]/g, "'")} `;
/** Whole words of `query` in `s`, case-insensitively (as the timeline's entity filter). */
const hasWords = (s: string, query: string) => {
  const q = norm(query).trim();
  return q !== '' && (norm(s).includes(` ${q} `) || norm(s).includes(` ${q}'`));
};

function page<T>(items: readonly T[], q: { limit: number; offset: number }) {
  return { total: items.length, limit: q.limit, offset: q.offset, items: items.slice(q.offset, q.offset + q.limit) };
}

/** Counts matches and keeps only those on the requested page (no array of every match is built). */
class Pager<T> {
  total = 0;
  readonly items: T[] = [];
  constructor(private readonly q: { limit: number; offset: number }) {}
  /** Counts one match; true when it falls on the page (then push it to `items`). */
  take(): boolean {
    const i = this.total++;
    return i >= this.q.offset && i < this.q.offset + this.q.limit;
  }
  result<U = T>(map?: (t: T) => U) {
    return { total: this.total, limit: this.q.limit, offset: this.q.offset, items: map ? this.items.map(map) : this.items };
  }
}

type Event = DatelineDocument['layers']['events'][number];
type Quote = DatelineDocument['layers']['quotes'][number];

function parseQuery<T extends z.ZodType>(schema: T, c: Context): z.infer<T> {
  return schema.parse(c.req.query());
}

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const limits: AppLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const corpus = new Corpus(store);
  const docJson = new JsonCache(32 * 1024 * 1024);
  const responses = new ResponseCache({ stamp: () => store.count() });
  if (options.warm) corpus.refresh().catch((e: unknown) => log(`dateline serve: could not preload the store: ${e instanceof Error ? e.message : String(e)}`));

  async function getDocument(id: string): Promise<{ json: string; doc?: DatelineDocument } | null> {
    if (!HEX_ID.test(id)) return null;
    const cached = docJson.get(id.toLowerCase());
    if (cached !== undefined) return { json: cached };
    let doc: DatelineDocument | null;
    try {
      doc = await store.get(id);
    } catch (e) {
      if (isDatelineError(e) && e.code === 'E_CONFIG') throw badRequest(e.message); // an ambiguous id prefix
      throw e;
    }
    if (!doc) return null;
    const json = JSON.stringify(doc);
    docJson.set(doc.id, json);
    return { json, doc };
  }

  /** Documents for a cross-article query: all, or those matching a full-text search. */
  async function documentsFor(q: string | undefined): Promise<LightDocument[]> {
    await corpus.refresh();
    if (!q?.trim()) return corpus.documents();
    const rows = await store.list({ search: q });
    return corpus.documents(rows.map((r) => r.id));
  }

  /**
   * The timeline of the stored articles (those matching `q` when given), for an entity or all. Cached per
   * corpus version (the corpus only grows, so a cached timeline is exact until documents are added).
   */
  const timelines = new Map<string, { version: number; timeline: ReturnType<typeof buildTimeline> }>();
  async function timelineFor(q: string | undefined, entity: string | undefined) {
    const docs = await documentsFor(q);
    const e = entityQuery(entity);
    const key = JSON.stringify([q?.trim() ?? '', e ?? null]);
    const hit = timelines.get(key);
    if (hit && hit.version === corpus.version) return hit.timeline;
    // only documents that may hold the entity go through buildTimeline's exact check; `documents` stays the count searched
    const timeline = e ? { ...buildTimeline(corpus.candidates(e, docs), e), documents: docs.length } : buildTimeline(docs);
    timelines.delete(key);
    timelines.set(key, { version: corpus.version, timeline });
    if (timelines.size > 64) timelines.delete(timelines.keys().next().value as string);
    return timeline;
  }

  /**
   * Merged happenings (src/merge) of the articles that may hold `entity`, or of all: computed once per corpus
   * version and query. Merging is synchronous and grows with the corpus (about 20 s for the 2,128 BBC
   * articles), so without an entity it is refused above MAX_MERGE_DOCS articles: narrow it with `entity`.
   */
  const merged = new Map<string, { version: number; documents: number; events: CorpusEvent[] }>();
  async function mergedFor(entity: string | undefined) {
    await corpus.refresh();
    const e = entityQuery(entity);
    const key = e ?? '';
    const hit = merged.get(key);
    if (hit && hit.version === corpus.version) return hit;
    const docs = e ? corpus.candidates(e) : corpus.documents();
    if (docs.length > MAX_MERGE_DOCS) {
      throw badRequest(`merging ${docs.length} articles at once would hold the server too long (at most ${MAX_MERGE_DOCS}): give an entity, e.g. /api/merged?entity=…`);
    }
    const events = mergeCorpus(docs).events.sort(byTime);
    const out = { version: corpus.version, documents: docs.length, events };
    merged.set(key, out);
    if (merged.size > 32) merged.delete(merged.keys().next().value as string);
    return out;
  }

  /** Every event of the corpus in date order (undated last), computed once per corpus version. */
  let eventsCache: { version: number; items: { doc: LightDocument; event: Event; start: string | null }[] } | null = null;
  function eventsInOrder() {
    if (eventsCache?.version !== corpus.version) {
      const items: { doc: LightDocument; event: Event; start: string | null; i: number }[] = [];
      for (const doc of corpus.documents()) for (const event of doc.layers.events ?? []) items.push({ doc, event, start: dateStart(event.time.value), i: items.length });
      items.sort((a, b) => (a.start === b.start ? a.i - b.i : a.start === null ? 1 : b.start === null ? -1 : a.start < b.start ? -1 : 1));
      eventsCache = { version: corpus.version, items };
    }
    return eventsCache.items;
  }

  const entityName = (doc: LightDocument, id: string | null) => (id ? (doc.layers.entities.find((e) => e.id === id)?.canonical ?? null) : null);

  function groupSummary(g: EntityGroup) {
    return {
      key: g.key,
      canonical: g.canonical,
      type: g.type,
      roles: [...g.roles],
      aliases: [...g.aliases],
      articleCount: g.articles.size,
      mentionCount: g.mentionCount,
      articles: [...g.articles].slice(0, 20).map(([id, a]) => ({ id, mentions: a.mentions })),
    };
  }

  const params = { id: 'Document id (sha256 of its text) or a unique prefix of at least 6 hex characters' };
  const routes: Route[] = [
    {
      method: 'get',
      path: '/',
      summary: 'The web interface (static page; its script and stylesheet are under /assets/)',
      tags: ['ui'],
      responses: { '200': { description: 'An HTML page with no article content, linking /api/openapi.json', content: { 'text/html': { schema: { type: 'string' } } } } },
      handler: serveIndex,
    },
    {
      method: 'get',
      path: '/assets/:name',
      summary: 'A file of the web interface: its script, stylesheet or icon',
      tags: ['ui'],
      params: { name: 'File name, e.g. app.js or style.css' },
      responses: {
        '200': { description: 'The file (JavaScript, CSS or an image)', content: { 'text/javascript': { schema: { type: 'string' } }, 'text/css': { schema: { type: 'string' } } } },
        ...errorResponses(404),
      },
      handler: serveAsset,
    },
    {
      method: 'get',
      path: '/api/openapi.json',
      summary: 'This API’s OpenAPI 3.1 document',
      tags: ['meta'],
      responses: { '200': { description: 'The OpenAPI document', content: { 'application/json': { schema: { type: 'object' } } } } },
      handler: (c) => c.json(openapi),
    },
    {
      method: 'post',
      path: '/api/ingest',
      summary: 'Analyse articles and store them (idempotent by content hash)',
      description:
        'One article as JSON {text|html, url?, published?, outlet?, title?, id?}, an array of them, JSON Lines (application/x-ndjson, one record per line), ' +
        'multipart/form-data file uploads (.txt, .html, .jsonl, optionally .gz; form fields url/published/outlet/title apply to every file), ' +
        'or a text/plain or text/html body. Each input gets {id, created} or {rejected: {reason, message, hint}}; a batch may mix them (status 200). ' +
        'A body that cannot be read at all is a 400.',
      tags: ['articles'],
      write: true,
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: { oneOf: [ref('IngestRecord'), { type: 'array', minItems: 1, items: ref('IngestRecord') }] } },
          'application/x-ndjson': { schema: { type: 'string', description: 'One IngestRecord JSON object per line' } },
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: {
                file: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } },
                url: { type: 'string' },
                published: { type: 'string' },
                outlet: { type: 'string' },
                title: { type: 'string' },
              },
            },
          },
          'text/plain': { schema: { type: 'string' } },
          'text/html': { schema: { type: 'string' } },
        },
      },
      responses: { '200': jsonResponse('IngestResponse', 'One result per input, in order'), ...errorResponses(400, 413, 415) },
      handler: async (c) => {
        const inputs = await readIngestBody(c, limits.maxBodyBytes);
        try {
          return c.json(await ingestInputs(store, inputs));
        } finally {
          responses.invalidate();
        }
      },
    },
    {
      method: 'get',
      path: '/api/articles',
      summary: 'Stored articles, newest first, optionally by full-text search',
      tags: ['articles'],
      query: ArticlesQuery,
      responses: { '200': jsonResponse('ArticleList', 'A page of article summaries'), ...errorResponses(400) },
      handler: async (c) => {
        const q = parseQuery(ArticlesQuery, c);
        const search = q.q?.trim() ? q.q : undefined;
        if (!search) {
          const [items, total] = await Promise.all([store.list({ limit: q.limit, offset: q.offset }), store.count()]);
          return c.json({ total, limit: q.limit, offset: q.offset, items });
        }
        return c.json(page(await store.list({ search }), q));
      },
    },
    {
      method: 'get',
      path: '/api/articles/:id',
      summary: 'One article: the whole document with all its layers',
      tags: ['articles'],
      params,
      query: ArticleQuery,
      responses: { '200': jsonResponse('Document', `The document (${'dateline/document@1'})`), ...errorResponses(400, 404) },
      handler: async (c) => {
        const q = parseQuery(ArticleQuery, c);
        const got = await getDocument(c.req.param('id') ?? '');
        if (!got) throw notFound(`no article with id ${JSON.stringify(c.req.param('id'))}`);
        if (q.tokens === '0') {
          const doc = got.doc ?? (JSON.parse(got.json) as DatelineDocument);
          return c.json({ ...doc, layers: { ...doc.layers, tokens: [] } });
        }
        return c.body(got.json, 200, { 'Content-Type': 'application/json' });
      },
    },
    {
      method: 'get',
      path: '/api/articles/:id/text',
      summary: 'The original text of one article (what every span indexes into)',
      tags: ['articles'],
      params,
      responses: { '200': { description: 'The text, exactly as stored', content: { 'text/plain': { schema: { type: 'string' } } } }, ...errorResponses(400, 404) },
      handler: async (c) => {
        const got = await getDocument(c.req.param('id') ?? '');
        if (!got) throw notFound(`no article with id ${JSON.stringify(c.req.param('id'))}`);
        const text = got.doc?.text ?? (JSON.parse(got.json) as DatelineDocument).text;
        return c.body(text, 200, { 'Content-Type': 'text/plain; charset=utf-8' });
      },
    },
    {
      method: 'get',
      path: '/api/entities',
      summary: 'Entities across articles, grouped by type and canonical name, most widespread first',
      tags: ['entities'],
      query: EntitiesQuery,
      responses: { '200': jsonResponse('EntityList', 'A page of entities with their articles and mention counts'), ...errorResponses(400) },
      handler: async (c) => {
        const q = parseQuery(EntitiesQuery, c);
        await corpus.refresh();
        const needle = q.q ? oneLine(q.q).toLowerCase().replace(/[’`]/g, "'") : '';
        const all = corpus.entityGroups();
        const groups = !q.type && !needle ? all : all.filter((g) => (!q.type || g.type === q.type) && (!needle || g.key.includes(needle) || [...g.aliases].some((a) => a.toLowerCase().replace(/[’`]/g, "'").includes(needle))));
        const p = page(groups, q);
        return c.json({ ...p, items: p.items.map(groupSummary) });
      },
    },
    {
      method: 'get',
      path: '/api/entities/:key',
      summary: 'One entity: its mentions (with article ids and spans), roles, and the events, quotes and agreements it takes part in',
      description: 'limit/offset page the articles it appears in; events, quotes and agreements are those of the articles on the page.',
      tags: ['entities'],
      params: { key: 'The entity key from /api/entities, e.g. "PER:alexander lukashenko" (URL-encoded)' },
      query: PageQuery,
      responses: { '200': jsonResponse('EntityDetail', 'The entity'), ...errorResponses(400, 404) },
      handler: async (c) => {
        const q = parseQuery(PageQuery, c);
        await corpus.refresh();
        const key = c.req.param('key') ?? '';
        const g = corpus.group(key);
        if (!g) throw notFound(`no entity with key ${JSON.stringify(key)}; /api/entities lists the keys`);
        const { articles: _a, ...summary } = groupSummary(g);
        const articles = [];
        const events = [];
        const quotes = [];
        const agreements = [];
        for (const [id, a] of [...g.articles].slice(q.offset, q.offset + q.limit)) {
          const doc = corpus.documents([id])[0];
          if (!doc) continue;
          const mine = new Set(a.entities);
          const s = corpus.summary(id);
          articles.push({
            id,
            title: s?.title ?? null,
            published: s?.published ?? null,
            entity: a.entities[0] ?? '',
            roles: [...new Set(doc.layers.entities.filter((e) => mine.has(e.id)).flatMap((e) => e.roles))],
            mentions: doc.layers.mentions.filter((m) => mine.has(m.entity)),
          });
          const inIt = (x: { entity: string | null } | null) => x !== null && x.entity !== null && mine.has(x.entity);
          for (const event of doc.layers.events ?? []) if (event.participants.some(inIt) || inIt(event.place)) events.push({ document: id, event });
          for (const quote of doc.layers.quotes ?? []) if (quote.speaker !== null && mine.has(quote.speaker)) quotes.push({ document: id, quote, speakerName: g.canonical });
          for (const agreement of doc.layers.agreements ?? []) {
            if (agreement.parties.some(inIt) || inIt(agreement.signedAt) || agreement.reportedBy.some(inIt)) agreements.push({ document: id, agreement });
          }
        }
        return c.json({ ...summary, limit: q.limit, offset: q.offset, articles, events, quotes, agreements });
      },
    },
    {
      method: 'get',
      path: '/api/events',
      summary: 'Events across articles, in date order (undated last)',
      tags: ['events'],
      query: EventsQuery,
      responses: { '200': jsonResponse('EventList', 'A page of events, each with its document id'), ...errorResponses(400) },
      handler: async (c) => {
        const q = parseQuery(EventsQuery, c);
        await corpus.refresh();
        const match = q.entity ? corpus.matcher(q.entity) : null;
        const from = q.from;
        const to = q.to === undefined ? undefined : `${q.to}\uffff`;
        const pager = new Pager<{ document: string; event: Event }>(q);
        const idsOf = new Map<LightDocument, Set<string>>();
        for (const { doc, event, start } of eventsInOrder()) {
          if (q.type && event.type !== q.type) continue;
          if (q.factuality && event.factuality !== q.factuality) continue;
          if ((from || to) && start === null) continue;
          if (from && start !== null && start < from) continue;
          if (to && start !== null && start > to) continue;
          if (match) {
            let ids = idsOf.get(doc);
            if (!ids) idsOf.set(doc, (ids = match(doc)));
            if (!event.participants.some((p) => p.entity !== null && ids.has(p.entity)) && !(event.place?.entity != null && ids.has(event.place.entity))) continue;
          }
          if (q.place && !(event.place && (hasWords(event.place.text, q.place) || hasWords(entityName(doc, event.place.entity) ?? '', q.place)))) continue;
          if (pager.take()) pager.items.push({ document: doc.id, event });
        }
        return c.json(pager.result());
      },
    },
    {
      method: 'get',
      path: '/api/agreements',
      summary: 'Agreements across articles (parties, signing date and place, entry into force, scope)',
      tags: ['events'],
      query: AgreementsQuery,
      responses: { '200': jsonResponse('AgreementList', 'A page of agreements, each with its document id'), ...errorResponses(400) },
      handler: async (c) => {
        const q = parseQuery(AgreementsQuery, c);
        const docs = await documentsFor(undefined);
        const match = q.entity ? corpus.matcher(q.entity) : null;
        const pager = new Pager<{ document: string; agreement: DatelineDocument['layers']['agreements'][number] }>(q);
        for (const doc of docs) {
          if (!doc.layers.agreements?.length) continue;
          const ids = match?.(doc);
          if (ids && ids.size === 0) continue;
          const inIt = (x: { entity: string | null } | null) => !ids || (x !== null && x.entity !== null && ids.has(x.entity));
          for (const agreement of doc.layers.agreements) {
            if (ids && !(agreement.parties.some(inIt) || (agreement.signedAt && inIt(agreement.signedAt)) || agreement.reportedBy.some(inIt))) continue;
            if (pager.take()) pager.items.push({ document: doc.id, agreement });
          }
        }
        return c.json(pager.result());
      },
    },
    {
      method: 'get',
      path: '/api/quotes',
      summary: 'Quotes and reported speech across articles, optionally of one speaker',
      tags: ['events'],
      query: QuotesQuery,
      responses: { '200': jsonResponse('QuoteList', 'A page of quotes, each with its document id and speaker name'), ...errorResponses(400) },
      handler: async (c) => {
        const q = parseQuery(QuotesQuery, c);
        const docs = await documentsFor(undefined);
        const match = q.speaker ? corpus.matcher(q.speaker) : null;
        const pager = new Pager<{ doc: LightDocument; quote: Quote }>(q);
        for (const doc of docs) {
          const quotes = doc.layers.quotes;
          if (!quotes?.length) continue;
          const ids = match?.(doc);
          for (const quote of quotes) {
            if (ids && q.speaker) {
              const bySpeaker = quote.speaker !== null && ids.has(quote.speaker);
              const bySource = quote.speaker === null && quote.source !== null && hasWords(quote.source.text, q.speaker);
              if (!bySpeaker && !bySource) continue;
            }
            if (pager.take()) pager.items.push({ doc, quote });
          }
        }
        return c.json(pager.result(({ doc, quote }) => ({ document: doc.id, quote, speakerName: entityName(doc, quote.speaker) })));
      },
    },
    {
      method: 'get',
      path: '/api/timeline',
      summary: 'The stored articles’ events in date order (dateline/timeline@1), for one entity or all',
      tags: ['events'],
      query: TimelineQuery,
      responses: { '200': jsonResponse('TimelinePage', 'The timeline with a page of its entries'), ...errorResponses(400) },
      handler: async (c) => {
        const q = parseQuery(TimelineQuery, c);
        const t = await timelineFor(q.q, q.entity);
        return c.json({ total: t.entries.length, limit: q.limit, offset: q.offset, timeline: { ...t, entries: t.entries.slice(q.offset, q.offset + q.limit) } });
      },
    },
    {
      method: 'get',
      path: '/api/merged',
      summary: 'Happenings merged across articles (the same event told by several), with every source and any conflicting date or place',
      tags: ['events'],
      query: MergedQuery,
      responses: { '200': jsonResponse('MergedList', 'A page of merged happenings, in date order (undated last)'), ...errorResponses(400) },
      handler: async (c) => {
        const q = parseQuery(MergedQuery, c);
        const m = await mergedFor(q.entity);
        const items = q.multi === '1' ? m.events.filter((e) => new Set(e.sources.map((s) => s.doc)).size > 1) : m.events;
        return c.json({ ...page(items, q), documents: m.documents });
      },
    },
    {
      method: 'get',
      path: '/api/export',
      summary: 'The whole timeline as a file: JSON (dateline/timeline@1), CSV or PLOVER-style records',
      tags: ['events'],
      query: ExportQuery,
      responses: {
        '200': {
          description: 'The export (Content-Disposition: attachment)',
          content: {
            'application/json': { schema: { oneOf: [ref('Timeline'), { type: 'array', items: ref('PloverRecord') }] } },
            'text/csv': { schema: { type: 'string' } },
          },
        },
        ...errorResponses(400),
      },
      handler: async (c) => {
        const q = parseQuery(ExportQuery, c);
        const t = await timelineFor(q.q, q.entity);
        const name = `dateline-timeline.${q.format === 'csv' ? 'csv' : 'json'}`;
        const disposition = { 'Content-Disposition': `attachment; filename="${q.format === 'plover' ? 'dateline-plover.json' : name}"` };
        if (q.format === 'csv') return c.body(toCsv(t.entries), 200, { ...disposition, 'Content-Type': 'text/csv; charset=utf-8' });
        return c.json(q.format === 'plover' ? toPlover(t.entries) : t, 200, disposition);
      },
    },
  ];

  /** An `entity=` value for buildTimeline: an entity key becomes its canonical name. */
  function entityQuery(entity: string | undefined): string | undefined {
    if (!entity?.trim()) return undefined;
    return corpus.group(entity)?.canonical ?? entity;
  }

  const openapi = buildOpenApi(routes, { version: API_VERSION, tokenRequired: Boolean(options.token) });

  const app = new Hono();
  app.onError((err, c) => errorResponse(err, c, log));
  app.notFound((c) => errorResponse(notFound(`no route ${c.req.method} ${new URL(c.req.url).pathname}`), c, log));
  app.use('*', securityHeaders);
  app.use('/api/*', requireToken(options.token));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: limits.maxBodyBytes,
      onError: () => {
        throw new HttpProblem('E_TOO_LARGE', `the request body is larger than the ${limits.maxBodyBytes}-byte limit`);
      },
    }),
  );
  app.use('/api/*', responses.middleware());
  for (const r of routes) app.on(r.method.toUpperCase(), r.path, r.handler);
  appCaches.set(app, responses);
  return app;
}
