/**
 * A whole-response cache for the API's reads (GET /api/…): the body, status and headers of a 200 answer,
 * keyed by path and query, kept while the store has not changed.
 *
 * Why: every read answers from the store's state, which changes only when documents are added (ids are
 * content hashes; stored documents never change). Computing an answer costs 0.2–1 ms of CPU (store queries,
 * filters over the corpus, JSON); sending a cached one costs a few microseconds, so many analysts reading
 * the same lists and pages do not queue behind each other (issue 7: 500 concurrent reads, p99 < 100 ms).
 *
 * Freshness: `invalidate()` is called by this process's writes (POST /api/ingest), which empties the cache at
 * once. Writes by other processes (`dateline ingest` into the same database) are seen through the store's
 * count, checked at most every `checkMs` (default 250 ms): a read may lag another process's ingest by that
 * much, never more. Bounded by total characters (LRU); an answer larger than a quarter of it is not kept.
 *
 * Compression: a kept answer of 1 KiB or more is also gzipped once; a client that sends
 * `Accept-Encoding: gzip` (browsers, curl --compressed, most HTTP libraries) gets those bytes with
 * `Content-Encoding: gzip`. One article with all its layers is 50–320 KB of JSON (the tokens are most of it)
 * and about a tenth of that gzipped, so many readers of articles are not held up by the bytes on the wire.
 */
import { gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';

interface Entry {
  generation: number;
  body: string;
  /** The body gzipped once, for clients that accept it (bodies of at least GZIP_MIN characters). */
  gzip: Uint8Array | null;
  status: number;
  headers: [string, string][];
}

/** Smaller bodies are sent as they are: compressing them saves too little. */
const GZIP_MIN = 1024;

export interface ResponseCacheOptions {
  /** How the store's state is read (e.g. its document count); a change empties the cache. */
  stamp: () => Promise<number>;
  /** Most characters kept in all (default 32 Mi). */
  maxChars?: number;
  /** Least time between two reads of `stamp` (default 250 ms). */
  checkMs?: number;
}

const CACHEABLE = /^(?:application\/json|text\/csv|text\/plain)\b/;

export class ResponseCache {
  private readonly map = new Map<string, Entry>();
  private chars = 0;
  private generation = 0;
  private lastStamp: number | null = null;
  private checkedAt = -Infinity;
  private pending: Promise<number> | null = null;
  private readonly maxChars: number;
  private readonly checkMs: number;

  constructor(private readonly options: ResponseCacheOptions) {
    this.maxChars = options.maxChars ?? 32 * 1024 * 1024;
    this.checkMs = options.checkMs ?? 250;
  }

  /** Empties the cache (this process changed the store). */
  invalidate(): void {
    this.generation++;
    this.map.clear();
    this.chars = 0;
    this.checkedAt = -Infinity;
  }

  /** The current generation, after reading the store's stamp when the last read is older than `checkMs`. */
  async current(): Promise<number> {
    if (performance.now() - this.checkedAt < this.checkMs) return this.generation;
    this.pending ??= this.options
      .stamp()
      .then((stamp) => {
        if (stamp !== this.lastStamp) {
          if (this.lastStamp !== null) this.invalidate();
          this.lastStamp = stamp;
        }
        this.checkedAt = performance.now();
        return this.generation;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  get size(): number {
    return this.map.size;
  }

  /**
   * The kept answer for `key` (path and query) without waiting for anything, or null: only while the last
   * read of the store's stamp is younger than `checkMs` (else the normal path reads it). For the listener's
   * fast path (server.ts), which writes the answer without building a Request and a Response.
   */
  peek(key: string, acceptsGzip: boolean): { status: number; headers: [string, string][]; body: string | Uint8Array } | null {
    if (performance.now() - this.checkedAt >= this.checkMs) return null;
    const e = this.get(key, this.generation);
    return e ? variant(e, acceptsGzip) : null;
  }

  private get(key: string, generation: number): Entry | undefined {
    const e = this.map.get(key);
    if (!e || e.generation !== generation) return undefined;
    this.map.delete(key);
    this.map.set(key, e);
    return e;
  }

  private set(key: string, e: Entry): void {
    if (e.generation !== this.generation || e.body.length > this.maxChars / 4) return;
    const old = this.map.get(key);
    if (old) this.chars -= old.body.length;
    this.map.set(key, e);
    this.chars += e.body.length;
    for (const [k, v] of this.map) {
      if (this.chars <= this.maxChars) break;
      this.map.delete(k);
      this.chars -= v.body.length;
    }
  }

  /** Hono middleware: answers a GET from the cache, or runs the route and keeps a 200 answer. */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      if (c.req.method !== 'GET') return next();
      const generation = await this.current();
      const key = c.req.url.slice(c.req.url.indexOf('/', c.req.url.indexOf('//') + 2));
      const hit = this.get(key, generation);
      if (hit) {
        c.res = respond(hit, c);
        return;
      }
      await next();
      const type = c.res.headers.get('content-type') ?? '';
      if (c.res.status !== 200 || !CACHEABLE.test(type)) return;
      const body = await c.res.text();
      const headers = [...c.res.headers.entries()].filter(([name]) => name !== 'content-length');
      const entry: Entry = { generation, body, gzip: body.length >= GZIP_MIN ? gzipSync(body, { level: 6 }) : null, status: 200, headers };
      this.set(key, entry);
      c.res = undefined; // hono: replace the consumed response
      c.res = respond(entry, c);
    };
  }
}

/** Whether an Accept-Encoding header value accepts gzip. */
export const acceptsGzip = (header: string | undefined): boolean => /\bgzip\b/i.test(header ?? '');

/** An entry's answer: gzipped when it has a gzipped body and the client accepts it. */
function variant(e: Entry, gzip: boolean): { status: number; headers: [string, string][]; body: string | Uint8Array } {
  if (e.gzip && gzip) return { status: e.status, headers: [...e.headers, ['content-encoding', 'gzip'], ['vary', 'Accept-Encoding']], body: e.gzip };
  return { status: e.status, headers: e.gzip ? [...e.headers, ['vary', 'Accept-Encoding']] : e.headers, body: e.body };
}

/** The answer of an entry as a Response (the middleware's path). */
function respond(e: Entry, c: Context): Response {
  const v = variant(e, acceptsGzip(c.req.header('accept-encoding')));
  return new Response(v.body, { status: v.status, headers: v.headers });
}

/** The cache of each app (createApp registers it), for the listener's fast path (server.ts). */
export const appCaches = new WeakMap<object, ResponseCache>();
