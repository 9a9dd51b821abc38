import { Option } from 'commander';
import { DatelineError } from '../core/errors.js';
import { normaliseGivenDate } from '../extract/metadata/dates.js';
import { isPostgresUrl, redactUrl } from '../store/postgres/connect.js';

/** A `postgres://` DATABASE_URL (the usual variable of hosting platforms); any other kind is not ours to use. */
const databaseUrl = isPostgresUrl(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL : undefined;

export const DEFAULT_DB = process.env.DATELINE_DB ?? databaseUrl ?? 'dateline.db';

export const dbOption = () =>
  new Option(
    '--db <path|url>',
    'the store: an SQLite database file, or a postgres://user@host:5432/db URL (env DATELINE_DB, else DATABASE_URL when it is a postgres:// URL)',
  ).default(DEFAULT_DB, JSON.stringify(redactUrl(DEFAULT_DB)));

export const inputOptions = [
  () => new Option('--published <date>', 'publication date for every input (YYYY-MM-DD); overrides stated and inferred dates'),
  () => new Option('--max-bytes <n>', 'refuse inputs larger than this many bytes').default(20 * 1024 * 1024).argParser(parseBytes),
  () => new Option('--encoding <name>', 'decode every input with this encoding instead of detecting it (utf-8, utf-16le, windows-1251, …)'),
];

export function parseBytes(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?)?$/i.exec(v.trim());
  if (!m) throw new DatelineError('E_CONFIG', `--max-bytes "${v}" is not a size (e.g. 5000000, 20MB, 1GiB)`);
  const mult = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2]?.[0]?.toLowerCase() ?? '') as 'k' | 'm' | 'g'] ?? 1;
  return Math.floor(Number(m[1]) * mult);
}

export function checkPublished(v: string | undefined): string | undefined {
  if (v !== undefined && !normaliseGivenDate(v)) throw new DatelineError('E_CONFIG', `--published "${v}" is not a date; use YYYY-MM-DD`);
  return v;
}

export interface InputFlags {
  published?: string;
  maxBytes: number;
  encoding?: string;
}
