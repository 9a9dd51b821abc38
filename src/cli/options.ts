import { Option } from 'commander';
import { DatelineError } from '../core/errors.js';
import { normaliseGivenDate } from '../extract/metadata/dates.js';

export const DEFAULT_DB = process.env.DATELINE_DB ?? 'dateline.db';

export const dbOption = () => new Option('--db <path>', 'SQLite database file (env DATELINE_DB)').default(DEFAULT_DB);

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
