/**
 * The embedded store: one SQLite file (better-sqlite3, WAL mode, synchronous=NORMAL), or ':memory:'.
 * Table layout: see ./migrations.ts; how a document maps to rows: see ../codec.ts.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { DatelineError, isDatelineError } from '../../core/errors.js';
import type { DatelineDocument } from '../../core/schema.js';
import { assembleDocument, searchFields, splitDocument, storableText, type AnnotationRow, type DocumentRow } from '../codec.js';
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
import { migrate } from './migrations.js';

const DOC_COLUMNS = `id, schema, source_name AS sourceName, media_type AS mediaType, encoding, bytes, text, chars,
  input, metadata, warnings, extra, title, published, outlet, language`;
const SUMMARY_COLUMNS = `id, source_name AS source, title, published, outlet, language, chars, ingested_at AS ingestedAt`;

/**
 * Makes a user's search string into an FTS5 query that cannot be anything but words: each
 * whitespace-separated chunk becomes a quoted phrase (quotes doubled), chunks without a letter or digit
 * are dropped, and the phrases are ANDed. Returns null when no word is left (then nothing matches).
 */
export function ftsQuery(search: string): string | null {
  const chunks = search.split(/\s+/).filter((c) => /[\p{L}\p{N}]/u.test(c));
  return chunks.length > 0 ? chunks.map((c) => `"${c.replaceAll('"', '""')}"`).join(' ') : null;
}

function statements(db: BetterSqlite3.Database) {
  return {
    insertDoc: db.prepare(`INSERT INTO documents (id, schema, source_name, media_type, encoding, bytes, text, chars, input,
        metadata, warnings, extra, title, published, outlet, language, ingested_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertAnnotation: db.prepare(`INSERT INTO annotations (doc_key, layer, seq, start, "end", data) VALUES (?, ?, ?, ?, ?, ?)`),
    insertFts: db.prepare(`INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)`),
    insertRaw: db.prepare(`INSERT INTO raw_inputs (doc_key, media_type, content, exact) VALUES (?, ?, ?, ?)`),
    keyOf: db.prepare(`SELECT doc_key AS key, id FROM documents WHERE id = ?`),
    has: db.prepare(`SELECT 1 FROM documents WHERE id = ?`).pluck(),
    keysByPrefix: db.prepare(`SELECT doc_key AS key, id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 3`),
    docByKey: db.prepare(`SELECT ${DOC_COLUMNS} FROM documents WHERE doc_key = ?`),
    annotationsByKey: db.prepare(`SELECT layer, seq, start, "end", data FROM annotations WHERE doc_key = ?`),
    rawByKey: db.prepare(`SELECT content, media_type AS mediaType, exact FROM raw_inputs WHERE doc_key = ?`),
    count: db.prepare(`SELECT count(*) AS n FROM documents`).pluck(),
    list: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY doc_key DESC LIMIT ? OFFSET ?`),
    // FTS5 walks its matches in descending rowid (= doc_key) order itself, so only one page is read.
    search: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents JOIN (
        SELECT rowid AS hit FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?
      ) ON doc_key = hit ORDER BY doc_key DESC`),
  };
}

export interface SqliteStoreOptions {
  /** Milliseconds to wait for another process's write lock (default 5000). */
  busyTimeoutMs?: number;
}

export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: BetterSqlite3.Database;
  private readonly sql: ReturnType<typeof statements>;
  private readonly putTx: BetterSqlite3.Transaction<(doc: DatelineDocument, raw: RawInput | undefined) => PutResult>;

  private constructor(location: string, db: BetterSqlite3.Database) {
    this.location = location;
    this.db = db;
    this.sql = statements(db);
    this.putTx = db.transaction((doc: DatelineDocument, raw: RawInput | undefined) => this.write(doc, raw));
  }

  /** Opens (creating it if needed, upgrading it if older) the store at `location`, a file path or ':memory:'. */
  static open(location: string, options: SqliteStoreOptions = {}): SqliteStore {
    const memory = location === ':memory:';
    const file = memory ? location : resolve(location);
    if (!memory) checkPath(location, file);
    let db: BetterSqlite3.Database;
    try {
      db = new Database(file);
    } catch (e) {
      throw new DatelineError(
        'E_STORE',
        `cannot open the store ${location}: ${(e as Error).message}; check that the path is a file you may read and write`,
        { file, cause: e },
      );
    }
    try {
      db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db, location);
      return new SqliteStore(location, db);
    } catch (e) {
      db.close();
      if (isDatelineError(e)) throw e;
      const code = (e as { code?: string }).code;
      const what =
        code === 'SQLITE_NOTADB'
          ? 'it is not an SQLite database (a Dateline store is); give the path of a store or of a new file'
          : `${(e as Error).message}; check that the path is a file you may read and write`;
      throw new DatelineError('E_STORE', `cannot open the store ${location}: ${what}`, { file, cause: e });
    }
  }

  async put(doc: DatelineDocument, raw?: RawInput): Promise<PutResult> {
    this.assertOpen();
    assertStorable(doc);
    return this.guard('store the document', () => this.putTx.immediate(doc, raw));
  }

  /** The body of `put`'s transaction. */
  private write(doc: DatelineDocument, raw: RawInput | undefined): PutResult {
    if (this.sql.keyOf.get(doc.id) !== undefined) return { id: doc.id, created: false };
    const { row: r, annotations } = splitDocument(doc);
    const key = this.sql.insertDoc.run(
      r.id, r.schema, r.sourceName, r.mediaType, r.encoding, r.bytes, r.text, r.chars, r.input, r.metadata, r.warnings,
      r.extra, r.title, r.published, r.outlet, r.language, new Date().toISOString(),
    ).lastInsertRowid;
    const ins = this.sql.insertAnnotation;
    for (const a of annotations) ins.run(key, a.layer, a.seq, a.start, a.end, a.data);
    const fts = searchFields(doc);
    this.sql.insertFts.run(key, fts.title, fts.body);
    if (raw) {
      const content = storableText(raw.content);
      this.sql.insertRaw.run(key, raw.mediaType, content, content === raw.content ? null : JSON.stringify(raw.content));
    }
    return { id: doc.id, created: true };
  }

  async get(id: string): Promise<DatelineDocument | null> {
    this.assertOpen();
    return this.guard('read the document', () => {
      const key = this.resolve(id);
      if (key === null) return null;
      const row = this.sql.docByKey.get(key) as DocumentRow;
      const annotations = this.sql.annotationsByKey.all(key) as AnnotationRow[];
      return assembleDocument(row, annotations);
    });
  }

  async getRaw(id: string): Promise<RawInput | null> {
    this.assertOpen();
    return this.guard('read the raw input', () => {
      const key = this.resolve(id);
      if (key === null) return null;
      const row = this.sql.rawByKey.get(key) as (RawInput & { exact: string | null }) | undefined;
      if (!row) return null;
      return { content: row.exact === null ? row.content : (JSON.parse(row.exact) as string), mediaType: row.mediaType };
    });
  }

  async has(id: string): Promise<boolean> {
    this.assertOpen();
    return this.guard('look up the document', () => typeof id === 'string' && this.sql.has.get(id) !== undefined);
  }

  async list(query: ListQuery = {}): Promise<StoredSummary[]> {
    this.assertOpen();
    const { limit, offset, search } = checkListQuery(query);
    return this.guard('list documents', () => {
      if (search === null) return this.sql.list.all(limit ?? -1, offset) as StoredSummary[];
      const match = ftsQuery(search);
      return match === null ? [] : (this.sql.search.all(match, limit ?? -1, offset) as StoredSummary[]);
    });
  }

  async count(): Promise<number> {
    this.assertOpen();
    return this.guard('count documents', () => this.sql.count.get() as number);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** The document's row key for a full id or a unique prefix; null when none. */
  private resolve(id: string): number | bigint | null {
    const q = parseIdQuery(id);
    if (q.kind === 'exact') return (this.sql.keyOf.get(q.id) as { key: number } | undefined)?.key ?? null;
    const rows = this.sql.keysByPrefix.all(q.prefix, q.prefix + 'g') as { key: number; id: string }[];
    if (rows.length > 1) throw ambiguousPrefix(q.prefix, rows.map((r) => r.id));
    return rows[0]?.key ?? null;
  }

  private assertOpen(): void {
    if (!this.db.open) throw new DatelineError('E_STORE', `the store ${this.location} is closed`);
  }

  /** Runs `fn`, turning a database error into E_STORE (DatelineErrors pass through). */
  private guard<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (isDatelineError(e)) throw e;
      throw new DatelineError('E_STORE', `could not ${what} in the store ${this.location}: ${(e as Error).message}`, {
        cause: e,
      });
    }
  }
}

/** Refuses, with a message that says what to do, the paths SQLite would fail on obscurely. */
function checkPath(location: string, file: string): void {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    throw new DatelineError('E_STORE', `cannot open the store ${location}: it is a directory; give a file path, e.g. ${location.replace(/\/+$/, '')}/dateline.db`, { file });
  }
  if (!stat && !statSync(dirname(file), { throwIfNoEntry: false })?.isDirectory()) {
    throw new DatelineError('E_STORE', `cannot create the store ${location}: the folder ${dirname(file)} does not exist; create it first`, { file });
  }
}

export async function openSqliteStore(location: string, options?: SqliteStoreOptions): Promise<Store> {
  return SqliteStore.open(location, options);
}
