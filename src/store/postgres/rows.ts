/**
 * What PostgreSQL needs beyond the shared codec (../codec.ts):
 *  - text columns cannot hold NUL (nor lone surrogates): such values are kept with U+FFFD in the column
 *    and exactly in a JSON `exact` column beside it ({@link pgSafeRow}, {@link restoreRow});
 *  - the words to index and to search for ({@link searchWords}), folded like the SQLite store's FTS5
 *    tokenizer (unicode61, remove_diacritics): lowercase, Latin-script accents dropped, split on
 *    anything but letters, digits and marks. Indexing and searching use this one function, so they
 *    always agree, and no extension (unaccent) is needed on the server.
 */
import { storableText, type DocumentRow } from '../codec.js';

/** `s` as a PostgreSQL text column can keep it: NUL and lone surrogates become U+FFFD. */
export function pgText(s: string): string {
  const t = storableText(s);
  return t.includes('\u0000') ? t.replaceAll('\u0000', '\uFFFD') : t;
}

/** The row with every string column storable, and the exact values of those that changed (JSON), or null. */
export function pgSafeRow(row: DocumentRow): { row: DocumentRow; exact: string | null } {
  const safe: Record<string, unknown> = { ...row };
  let exact: Record<string, string> | null = null;
  for (const [k, v] of Object.entries(row)) {
    if (typeof v !== 'string') continue;
    const s = pgText(v);
    if (s === v) continue;
    safe[k] = s;
    (exact ??= {})[k] = v;
  }
  return { row: safe as unknown as DocumentRow, exact: exact && JSON.stringify(exact) };
}

/** Undoes {@link pgSafeRow} on a row read back (any object whose keys are those of `exact`). */
export function restoreRow<T extends object>(row: T, exact: string | null): T {
  return exact === null ? row : { ...row, ...(JSON.parse(exact) as Partial<T>) };
}

/** Longest lexeme PostgreSQL accepts, in UTF-8 bytes. */
const MAX_LEXEME_BYTES = 2047;
/** A tsvector holds at most 1 MiB of lexemes; an article's distinct words stay far below this cap. */
const MAX_INDEX_BYTES = 900_000;

/** The search words of `s`: lowercase, Latin-script diacritics removed, runs of letters, digits and marks. */
export function searchWords(s: string): string[] {
  const folded = s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  return folded.match(/[\p{L}\p{N}\p{M}\p{Co}]+/gu) ?? [];
}

/** The distinct words to index for a document's title and body (what fits in a tsvector). */
export function indexWords(title: string, body: string): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (const w of new Set([...searchWords(title), ...searchWords(body)])) {
    const n = Buffer.byteLength(w);
    if (n > MAX_LEXEME_BYTES) continue;
    if ((bytes += n + 8) > MAX_INDEX_BYTES) break;
    out.push(w);
  }
  return out;
}

/**
 * A tsquery that matches documents holding every word of `search` (any order), or null when it can match
 * nothing (no words, or a word too long to be indexed). The words are letters, digits and marks only,
 * quoted: nothing in `search` can act as tsquery syntax.
 */
export function searchQuery(search: string): string | null {
  const words = [...new Set(searchWords(search))];
  if (words.length === 0 || words.some((w) => Buffer.byteLength(w) > MAX_LEXEME_BYTES)) return null;
  return words.map((w) => `'${w}'`).join(' & ');
}
