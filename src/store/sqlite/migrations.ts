/**
 * The SQLite store's schema, as numbered steps applied in order, each inside a transaction, with the
 * version kept in `PRAGMA user_version`. A step, once released, is never edited: a change is a new step.
 * A database newer than the code is refused (E_STORE_VERSION); an older one is upgraded on open.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { DatelineError } from '../../core/errors.js';
import { newerStoreError } from '../store.js';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** Marks a database as a Dateline store (`PRAGMA application_id`): "DTLN". */
export const APPLICATION_ID = 0x44544c4e;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, annotations, raw inputs, full-text index',
    sql: `
      CREATE TABLE documents (
        doc_key     INTEGER PRIMARY KEY,          -- ingestion order; what the other tables refer to
        id          TEXT NOT NULL UNIQUE,         -- sha256 hex of text
        schema      TEXT NOT NULL,
        source_name TEXT NOT NULL,
        media_type  TEXT NOT NULL,
        encoding    TEXT NOT NULL,
        bytes       INTEGER NOT NULL,
        text        TEXT NOT NULL,
        chars       INTEGER NOT NULL,             -- text length in UTF-16 code units
        input       TEXT NOT NULL,                -- JSON
        metadata    TEXT NOT NULL,                -- JSON
        warnings    TEXT NOT NULL,                -- JSON
        extra       TEXT,                         -- JSON, rarely set: what the columns cannot hold
        title       TEXT,
        published   TEXT,
        outlet      TEXT,
        language    TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE TABLE annotations (
        doc_key INTEGER NOT NULL REFERENCES documents(doc_key) ON DELETE CASCADE,
        layer   TEXT NOT NULL,                    -- zones, links, sentences, tokens
        seq     INTEGER NOT NULL,                 -- index in the layer (tokens: one packed row, seq 0)
        start   INTEGER NOT NULL,
        "end"   INTEGER NOT NULL,
        data    TEXT NOT NULL,                    -- JSON: the annotation less start, end, text
        PRIMARY KEY (doc_key, layer, seq)
      ) WITHOUT ROWID;
      CREATE TABLE raw_inputs (
        doc_key    INTEGER PRIMARY KEY REFERENCES documents(doc_key) ON DELETE CASCADE,
        media_type TEXT NOT NULL,
        content    TEXT NOT NULL,             -- lone surrogates replaced by U+FFFD, when any ...
        exact      TEXT                       -- ... then the exact content as a JSON string; else NULL
      );
      CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
      );
      PRAGMA application_id = ${APPLICATION_ID};
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Brings `db` (the file `file`) up to the last step of `migrations`. Each step and its version bump
 * commit together; a failing step leaves the database at the previous version.
 */
export function migrate(db: BetterSqlite3.Database, file: string, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const current = version();
  const appId = db.pragma('application_id', { simple: true }) as number;
  const objects = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  if (appId !== APPLICATION_ID && (objects > 0 || current > 0)) {
    throw new DatelineError(
      'E_STORE',
      `${file} is an SQLite database but not a Dateline store: give the path of a Dateline store or of a new file`,
      { file },
    );
  }
  if (current > latest) throw newerStoreError(file, current, latest, { file });
  for (const step of migrations) {
    if (step.version <= current) continue;
    db.transaction(() => {
      if (version() >= step.version) return; // another process got there first
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
  return latest;
}
