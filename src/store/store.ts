/**
 * The store: where processed documents are kept, keyed by their content hash. One interface, several
 * back ends (embedded SQLite, PostgreSQL); every back end passes the same conformance suite
 * (`runContract` in ./contract.ts). The interface is async and says nothing about SQL.
 */
import { contentHash } from '../core/document.js';
import { DatelineError } from '../core/errors.js';
import { DocumentSchema, TokenSchema, type DatelineDocument } from '../core/schema.js';
import { spanViolations } from '../core/validate.js';

/** One line of a listing: enough to show and pick a document without loading it. */
export interface StoredSummary {
  id: string;
  /** `source.name`: file path, "stdin" or "file.jsonl:LINE". */
  source: string;
  title: string | null;
  /** `metadata.published.value`. */
  published: string | null;
  outlet: string | null;
  /** `metadata.language.code`. */
  language: string;
  /** Length of `text` in UTF-16 code units. */
  chars: number;
  /** ISO 8601 date-time the document was first stored. */
  ingestedAt: string;
}

/** `created` is false when a document with the same content hash was already stored: then nothing changed. */
export interface PutResult {
  id: string;
  created: boolean;
}

export interface ListQuery {
  /** At most this many summaries (default: all). */
  limit?: number;
  /** Skip this many first (default 0). */
  offset?: number;
  /**
   * Full-text search over the title and the clean body text. Words are matched (all of them, any order);
   * the string is never interpreted as a query language. Empty or whitespace-only: no filter. A string
   * with no letters or digits at all matches nothing.
   */
  search?: string;
}

/** The original input of an HTML document, kept beside the document (it is not part of the JSON output). */
export interface RawInput {
  content: string;
  mediaType: string;
}

export interface Store {
  /**
   * Stores a document (and, for HTML inputs, the original HTML), all or nothing, in one transaction.
   * Idempotent by content hash: putting a document whose id is already stored changes nothing (not even
   * its ingestion time) and returns `created: false`. Refuses, before writing anything, a document that
   * fails the schema (E_SCHEMA) or whose spans do not slice back (E_SPAN_MISALIGNED).
   */
  put(doc: DatelineDocument, raw?: RawInput): Promise<PutResult>;
  /**
   * The document exactly as put, or null. `id` may also be a unique prefix of at least 6 hex characters;
   * a prefix that matches several documents throws E_CONFIG.
   */
  get(id: string): Promise<DatelineDocument | null>;
  /** The original input kept with `put`, or null (none kept, or no such document). Same id rules as `get`. */
  getRaw(id: string): Promise<RawInput | null>;
  /**
   * Whether a document with exactly this full id (the sha256 of its text) is stored. No prefixes: a cheap
   * look-up, e.g. to skip an input already stored before analysing it again (a resumed ingest).
   */
  has(id: string): Promise<boolean>;
  /** Newest ingested first. */
  list(query?: ListQuery): Promise<StoredSummary[]>;
  count(): Promise<number>;
  /** Releases the connection. Idempotent; any other call after it throws E_STORE. */
  close(): Promise<void>;
}

/** E_STORE_VERSION: the store at `where` was written by a newer Dateline (both back ends' migrations refuse it so). */
export function newerStoreError(where: string, current: number, latest: number, details: Record<string, unknown>): DatelineError {
  return new DatelineError(
    'E_STORE_VERSION',
    `the store ${where} was written by a newer Dateline (store version ${current}; this Dateline knows up to ${latest}): upgrade Dateline to open it`,
    { ...details, version: current, known: latest },
  );
}

/** Shortest id prefix `get` accepts. */
export const MIN_ID_PREFIX = 6;

/**
 * How `get` reads its argument: a full id, a hex prefix to expand, or something that can only match
 * exactly (and will not, as ids are lowercase hex).
 */
export function parseIdQuery(id: string): { kind: 'exact'; id: string } | { kind: 'prefix'; prefix: string } {
  const s = id.trim();
  if (/^[0-9a-fA-F]+$/.test(s) && s.length >= MIN_ID_PREFIX) {
    const lower = s.toLowerCase();
    return lower.length >= 64 ? { kind: 'exact', id: lower } : { kind: 'prefix', prefix: lower };
  }
  return { kind: 'exact', id: s };
}

export function ambiguousPrefix(prefix: string, ids: string[]): DatelineError {
  return new DatelineError(
    'E_CONFIG',
    `ambiguous id prefix "${prefix}": it matches several documents (${ids.map((i) => i.slice(0, 12)).join(', ')}, …); give more characters`,
    { prefix, matches: ids },
  );
}

export function checkListQuery(q: ListQuery): { limit: number | null; offset: number; search: string | null } {
  const { limit, offset = 0, search } = q;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new DatelineError('E_CONFIG', `list limit must be a non-negative integer, got ${String(limit)}`);
  }
  if (!(Number.isInteger(offset) && offset >= 0)) {
    throw new DatelineError('E_CONFIG', `list offset must be a non-negative integer, got ${String(offset)}`);
  }
  const s = search?.trim();
  return { limit: limit ?? null, offset, search: s ? s : null };
}

/**
 * The checks every back end makes before touching its database: the schema, the content hash, and that
 * every span slices back. Throws E_SCHEMA or E_SPAN_MISALIGNED.
 *
 * Speed: tokens are most of a document (a thousand objects in a typical article) and the generic checks
 * cost about 0.6 ms on them; so when every token passes {@link tokensSound} (at least as strict as the
 * schema and span rules for tokens) the generic checks run on the document without its tokens. Anything
 * doubtful goes through the generic checks whole, which then decide and explain.
 */
export function assertStorable(doc: DatelineDocument): void {
  const d = doc as { text?: unknown; layers?: { tokens?: unknown } } | null | undefined;
  const quick = TOKEN_FAST_PATH && typeof d?.text === 'string' && tokensSound(d.layers?.tokens, d.text.length);
  const checked = quick ? { ...doc, layers: { ...doc.layers, tokens: [] } } : doc;
  const parsed = DocumentSchema.safeParse(checked);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`);
    throw new DatelineError('E_SCHEMA', `cannot store the document: it does not match the schema (${issues.join('; ')})`, {
      issues: parsed.error.issues.length,
    });
  }
  if (doc.id !== contentHash(doc.text)) {
    throw new DatelineError('E_SCHEMA', `cannot store document ${doc.id.slice(0, 12)}: its id is not the sha256 of its text`, {
      id: doc.id,
    });
  }
  const bad = spanViolations(checked);
  if (bad.length > 0) {
    const first = bad.slice(0, 3).map((v) => `${v.layer} ${v.id} [${v.start}, ${v.end}): ${v.problem}`);
    throw new DatelineError(
      'E_SPAN_MISALIGNED',
      `cannot store document ${doc.id.slice(0, 12)}: ${bad.length} span(s) do not slice back (${first.join('; ')})`,
      { id: doc.id, violations: bad.slice(0, 20) },
    );
  }
}

/** The fast path is valid only while a token is exactly what it checks: start, end, sentence, kind. */
const TOKEN_FAST_PATH = Object.keys(TokenSchema.shape).sort().join() === 'end,kind,sentence,start';

const nat = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/** True when `tokens` is an array of schema-valid tokens lying inside a text of length `length`. */
export function tokensSound(tokens: unknown, length: number): boolean {
  if (!Array.isArray(tokens)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Record<string, unknown> | null;
    if (typeof t !== 'object' || t === null || Array.isArray(t)) return false;
    const { start, end } = t;
    if (!nat(start) || !nat(end) || start > end || end > length || !nat(t.sentence) || typeof t.kind !== 'string') return false;
  }
  return true;
}
