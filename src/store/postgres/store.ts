/**
 * The PostgreSQL store (node-postgres, a small connection pool). Table layout: see ./migrations.ts; how a
 * document maps to rows: see ../codec.ts, plus ./rows.ts for what PostgreSQL text columns cannot hold.
 * Open it with `openStore('postgres://user@host:5432/db')`; `?schema=name` keeps the store in its own schema.
 */
import pg from 'pg';
import { DatelineError, isDatelineError } from '../../core/errors.js';
import type { DatelineDocument } from '../../core/schema.js';
import { assembleDocument, searchFields, splitDocument, type AnnotationRow, type DocumentRow } from '../codec.js';
import {
  ambiguousPrefix,
  assertStorable,
  checkListQuery,
  parseIdQuery,
  type ListQuery,
  type PutResult,
  type RawInput,
  type Store,
  type StoredSummary,
} from '../store.js';
import type { PostgresTarget } from './connect.js';
import { openMigratedPool } from './migrations.js';
import { indexWords, pgSafeRow, pgText, restoreRow, searchQuery } from './rows.js';

const DOC_COLUMNS = `id, schema, source_name AS "sourceName", media_type AS "mediaType", encoding, bytes::float8 AS bytes, text,
  chars, input, metadata, warnings, extra, title, published, outlet, language, exact`;
const SUMMARY_COLUMNS = `id, source_name AS source, title, published, outlet, language, chars, ingested_at AS "ingestedAt", exact`;

const SQL = {
  insertDoc: `INSERT INTO documents (id, schema, source_name, media_type, encoding, bytes, text, chars, input, metadata,
      warnings, extra, exact, title, published, outlet, language, search)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, array_to_tsvector($18::text[]))
    ON CONFLICT (id) DO NOTHING RETURNING doc_key`,
  insertAnnotations: `INSERT INTO annotations (doc_key, layer, seq, start, "end", data)
    SELECT $1, * FROM unnest($2::text[], $3::integer[], $4::integer[], $5::integer[], $6::text[])`,
  insertRaw: `INSERT INTO raw_inputs (doc_key, media_type, content, exact) VALUES ($1, $2, $3, $4)`,
  keyOf: `SELECT doc_key AS key, id FROM documents WHERE id = $1`,
  has: `SELECT 1 FROM documents WHERE id = $1`,
  keysByPrefix: `SELECT doc_key AS key, id FROM documents WHERE id >= $1 AND id < $2 ORDER BY id LIMIT 3`,
  docByKey: `SELECT ${DOC_COLUMNS} FROM documents WHERE doc_key = $1`,
  annotationsByKey: `SELECT layer, seq, start, "end", data FROM annotations WHERE doc_key = $1`,
  rawByKey: `SELECT content, media_type AS "mediaType", exact FROM raw_inputs WHERE doc_key = $1`,
  count: `SELECT count(*)::float8 AS n FROM documents`,
  list: `SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY doc_key DESC LIMIT $1 OFFSET $2`,
  search: `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE search @@ $3::tsquery ORDER BY doc_key DESC LIMIT $1 OFFSET $2`,
};

type SummaryRow = Omit<StoredSummary, 'ingestedAt'> & { ingestedAt: Date; exact: string | null };

function summaryOf({ exact, ingestedAt, ...row }: SummaryRow): StoredSummary {
  const s = { ...row, ingestedAt: ingestedAt.toISOString() };
  if (exact === null) return s;
  const { sourceName, ...e } = JSON.parse(exact) as Partial<DocumentRow>;
  return { ...s, source: sourceName ?? s.source, title: e.title ?? s.title, published: e.published ?? s.published,
    outlet: e.outlet ?? s.outlet, language: e.language ?? s.language };
}

export interface PostgresStoreOptions {
  /** A schema to create (if missing) and use; overrides the URL's `?schema=`. */
  schema?: string;
}

export class PostgresStore implements Store {
  /** The URL without its password. */
  readonly location: string;
  readonly schema: string | null;
  private readonly pool: pg.Pool;
  private closed = false;

  private constructor(target: PostgresTarget, pool: pg.Pool) {
    this.location = target.where;
    this.schema = target.schema;
    this.pool = pool;
  }

  /** Connects to the server at `url` and creates or upgrades the store's tables. E_STORE when it cannot. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const { target, pool } = await openMigratedPool(url, options.schema);
    return new PostgresStore(target, pool);
  }

  async put(doc: DatelineDocument, raw?: RawInput): Promise<PutResult> {
    this.assertOpen();
    assertStorable(doc);
    return this.guard('store the document', () => this.transaction((client) => this.write(client, doc, raw)));
  }

  /** The body of `put`'s transaction. */
  private async write(client: pg.PoolClient, doc: DatelineDocument, raw: RawInput | undefined): Promise<PutResult> {
    const split = splitDocument(doc);
    const { row: r, exact } = pgSafeRow(split.row);
    const fts = searchFields(doc);
    const inserted = await client.query<{ doc_key: string }>(SQL.insertDoc, [
      r.id, r.schema, r.sourceName, r.mediaType, r.encoding, r.bytes, r.text, r.chars, r.input, r.metadata, r.warnings,
      r.extra, exact, r.title, r.published, r.outlet, r.language, indexWords(fts.title, fts.body),
    ]);
    const key = inserted.rows[0]?.doc_key;
    if (key === undefined) return { id: doc.id, created: false }; // already stored (perhaps by another process just now)
    const a = split.annotations;
    await client.query(SQL.insertAnnotations, [
      key, a.map((x) => pgText(x.layer)), a.map((x) => x.seq), a.map((x) => x.start), a.map((x) => x.end), a.map((x) => x.data),
    ]);
    if (raw) {
      const content = pgText(raw.content);
      await client.query(SQL.insertRaw, [key, pgText(raw.mediaType), content, content === raw.content ? null : JSON.stringify(raw.content)]);
    }
    return { id: doc.id, created: true };
  }

  async get(id: string): Promise<DatelineDocument | null> {
    this.assertOpen();
    return this.guard('read the document', async () => {
      const key = await this.resolve(id);
      if (key === null) return null;
      const [docs, annotations] = await Promise.all([
        this.pool.query<DocumentRow & { exact: string | null }>(SQL.docByKey, [key]),
        this.pool.query<AnnotationRow>(SQL.annotationsByKey, [key]),
      ]);
      const { exact, ...row } = docs.rows[0]!;
      return assembleDocument(restoreRow(row, exact), annotations.rows);
    });
  }

  async getRaw(id: string): Promise<RawInput | null> {
    this.assertOpen();
    return this.guard('read the raw input', async () => {
      const key = await this.resolve(id);
      if (key === null) return null;
      const row = (await this.pool.query<RawInput & { exact: string | null }>(SQL.rawByKey, [key])).rows[0];
      if (!row) return null;
      return { content: row.exact === null ? row.content : (JSON.parse(row.exact) as string), mediaType: row.mediaType };
    });
  }

  async has(id: string): Promise<boolean> {
    this.assertOpen();
    if (typeof id !== 'string') return false;
    return this.guard('look up the document', async () => (await this.pool.query(SQL.has, [pgText(id)])).rows.length > 0);
  }

  async list(query: ListQuery = {}): Promise<StoredSummary[]> {
    this.assertOpen();
    const { limit, offset, search } = checkListQuery(query);
    return this.guard('list documents', async () => {
      if (search === null) return (await this.pool.query<SummaryRow>(SQL.list, [limit, offset])).rows.map(summaryOf);
      const match = searchQuery(search);
      if (match === null) return [];
      return (await this.pool.query<SummaryRow>(SQL.search, [limit, offset, match])).rows.map(summaryOf);
    });
  }

  async count(): Promise<number> {
    this.assertOpen();
    return this.guard('count documents', async () => (await this.pool.query<{ n: number }>(SQL.count)).rows[0]!.n);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** The document's row key for a full id or a unique prefix; null when none. */
  private async resolve(id: string): Promise<string | null> {
    const q = parseIdQuery(id);
    if (q.kind === 'exact') return (await this.pool.query<{ key: string }>(SQL.keyOf, [pgText(q.id)])).rows[0]?.key ?? null;
    const rows = (await this.pool.query<{ key: string; id: string }>(SQL.keysByPrefix, [q.prefix, q.prefix + 'g'])).rows;
    if (rows.length > 1) throw ambiguousPrefix(q.prefix, rows.map((r) => r.id));
    return rows[0]?.key ?? null;
  }

  /** Runs `fn` in a transaction on one pooled connection: committed when it returns, rolled back when it throws. */
  private async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch((err: Error) => (broken = err));
      throw e;
    } finally {
      client.release(broken);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new DatelineError('E_STORE', `the store ${this.location} is closed`);
  }

  /** Runs `fn`, turning a database or connection error into E_STORE (DatelineErrors pass through). */
  private async guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isDatelineError(e)) throw e;
      throw new DatelineError('E_STORE', `could not ${what} in the store ${this.location}: ${(e as Error).message}`, { cause: e });
    }
  }
}

export async function openPostgresStore(url: string, options?: PostgresStoreOptions): Promise<Store> {
  return PostgresStore.open(url, options);
}
