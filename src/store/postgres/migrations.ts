/**
 * The PostgreSQL store's schema, as numbered steps applied in order, each in its own transaction, with
 * the applied versions recorded in `dateline_migrations`. A step, once released, is never edited: a
 * change is a new step. Every transaction here first takes a transaction-level advisory lock for the
 * schema, so two processes opening the same store at once apply each step exactly once. A schema newer
 * than the code is refused (E_STORE_VERSION); an older one is upgraded on open.
 */
import pg, { type ClientBase } from 'pg';
import { DatelineError, isDatelineError } from '../../core/errors.js';
import { newerStoreError } from '../store.js';
import { connectionError, parseTarget, type PostgresTarget } from './connect.js';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** First key of the advisory lock: "DTLN" (the SQLite store's application id); the second is the schema. */
const LOCK_CLASS = 0x44544c4e;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, annotations, raw inputs, full-text index',
    sql: `
      CREATE TABLE documents (
        doc_key     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- ingestion order; what the other tables refer to
        id          text COLLATE "C" NOT NULL UNIQUE,                -- sha256 hex of text (C collation: prefix ranges)
        schema      text NOT NULL,
        source_name text NOT NULL,
        media_type  text NOT NULL,
        encoding    text NOT NULL,
        bytes       bigint NOT NULL,
        text        text NOT NULL,
        chars       integer NOT NULL,          -- text length in UTF-16 code units
        input       text NOT NULL,             -- JSON
        metadata    text NOT NULL,             -- JSON
        warnings    text NOT NULL,             -- JSON
        extra       text,                      -- JSON, rarely set: what the columns cannot hold (see codec.ts)
        exact       text,                      -- JSON, rarely set: exact values of the columns above that held NUL
        title       text,
        published   text,
        outlet      text,
        language    text NOT NULL,
        ingested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        search      tsvector NOT NULL          -- folded words of the title and the clean body
      );
      CREATE INDEX documents_search ON documents USING gin (search);
      CREATE TABLE annotations (
        doc_key bigint NOT NULL REFERENCES documents(doc_key) ON DELETE CASCADE,
        layer   text NOT NULL,                 -- zones, links, sentences, tokens
        seq     integer NOT NULL,              -- index in the layer (tokens: one packed row, seq 0)
        start   integer NOT NULL,
        "end"   integer NOT NULL,
        data    text NOT NULL,                 -- JSON: the annotation less start, end, text
        PRIMARY KEY (doc_key, layer, seq)
      );
      CREATE TABLE raw_inputs (
        doc_key    bigint PRIMARY KEY REFERENCES documents(doc_key) ON DELETE CASCADE,
        media_type text NOT NULL,
        content    text NOT NULL,              -- NULs and lone surrogates replaced by U+FFFD, when any ...
        exact      text                        -- ... then the exact content as a JSON string; else NULL
      );
    `,
  },
  {
    version: 2,
    description: 'job queue shared by workers on several machines (src/queue)',
    sql: `
      CREATE TABLE dateline_jobs (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- enqueue order; jobs are claimed oldest first
        input_hash   text COLLATE "C" NOT NULL UNIQUE, -- sha256 hex of the media type and content: enqueueing twice is a no-op
        source       text NOT NULL,                    -- the input's name, for messages (NUL, lone surrogates → U+FFFD)
        input        text NOT NULL,                    -- JSON, exact: the decoded input and its options (no shared disk needed)
        state        text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        attempts     integer NOT NULL DEFAULT 0,       -- claims so far
        locked_by    text,                             -- the worker that holds (or last held) the job
        locked_until timestamptz,                      -- end of the holder's lease (server clock); then it may be reclaimed
        doc_id       text,                             -- done: the stored document's id
        error        text,                             -- failed (or a retried attempt): why
        enqueued_at  timestamptz NOT NULL DEFAULT now(),
        started_at   timestamptz,
        finished_at  timestamptz
      );
      CREATE INDEX dateline_jobs_open ON dateline_jobs (id) WHERE state IN ('queued', 'running');
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Runs `fn` in a transaction that holds the schema's migration lock. */
async function locked<T>(client: ClientBase, schema: string, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, schema]);
    const out = await fn();
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

async function currentVersion(client: ClientBase): Promise<number> {
  const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM dateline_migrations');
  return r.rows[0]?.v ?? 0;
}

/** Creates the schema (when named) and the version table; refuses a schema that holds another application's tables. */
async function prepare(client: ClientBase, schema: string | null, where: string): Promise<number> {
  if (schema !== null) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const r = await client.query<{ versions: string | null; documents: string | null }>(
    `SELECT to_regclass('dateline_migrations')::text AS versions, to_regclass('documents')::text AS documents`,
  );
  if (r.rows[0]?.versions == null && r.rows[0]?.documents != null) {
    throw new DatelineError(
      'E_STORE',
      `${where} already has a "documents" table that is not a Dateline store's: give another database, or a schema with ?schema=dateline`,
      { where },
    );
  }
  await client.query(`CREATE TABLE IF NOT EXISTS dateline_migrations (
    version     integer PRIMARY KEY,
    description text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
  )`);
  return currentVersion(client);
}

/**
 * Brings the store's schema (`schema`, or the connection's search_path when null) up to the last step of
 * `migrations`; `where` names the store in messages. Each step and its version row commit together; a
 * failing step leaves the store at the previous version. Returns the version reached.
 */
export async function migrate(
  client: ClientBase,
  schema: string | null,
  where: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const lockKey = schema ?? '';
  const current = await locked(client, lockKey, () => prepare(client, schema, where));
  if (current > latest) throw newerStoreError(where, current, latest, { where });
  for (const step of migrations) {
    if (step.version <= current) continue;
    await locked(client, lockKey, async () => {
      if ((await currentVersion(client)) >= step.version) return; // another process got there first
      await client.query(step.sql);
      await client.query('INSERT INTO dateline_migrations (version, description) VALUES ($1, $2)', [step.version, step.description]);
    });
  }
  return latest;
}

/**
 * A connection pool to `url` (in `schema` when given) whose tables are created or upgraded; the store and
 * the job queue both open theirs this way. E_STORE (with what to do) when the server cannot be reached.
 */
export async function openMigratedPool(url: string, schema: string | undefined, max?: number): Promise<{ target: PostgresTarget; pool: pg.Pool }> {
  const target = parseTarget(url, schema);
  const pool = new pg.Pool(max ? { ...target.config, max } : target.config);
  pool.on('error', () => undefined); // an idle connection that dies is replaced on the next query
  try {
    const client = await pool.connect();
    try {
      await migrate(client, target.schema, target.where);
    } finally {
      client.release();
    }
    return { target, pool };
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw isDatelineError(e) ? e : connectionError(e, target);
  }
}
