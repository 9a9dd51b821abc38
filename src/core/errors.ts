/**
 * The three kinds of failure are kept apart (see README "Errors"):
 *  - nothing found: an empty array, never an error;
 *  - a rejected input: an {@link InputRejection} value with a typed reason, returned not thrown;
 *  - a bug or misconfiguration: a thrown {@link DatelineError} with a stable code.
 * The CLI and the HTTP API each map these in exactly one place.
 */

export const ERROR_CODES = {
  E_SPAN_MISALIGNED: 'an annotation span does not slice back to its text, or lies outside the document',
  E_STAGE_PREREQUISITE: 'a pipeline stage was configured without a stage that produces what it requires',
  E_SCHEMA: 'a value does not match the Dateline output schema',
  E_STORE: 'the store failed to read or write',
  E_STORE_VERSION: 'the store file was written by a newer Dateline than this one',
  E_CONFIG: 'an option or argument is invalid',
  E_EVAL_DATA: 'an evaluation folder is not in the documented format',
  E_INTERNAL: 'an unexpected internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DatelineError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DatelineError';
    this.code = code;
    this.details = details;
  }
}

/** Why an input was refused. Stable strings: the CLI and HTTP API expose them. */
export const REJECT_REASONS = {
  empty: 'the input is empty or holds only whitespace',
  binary: 'the input looks like binary data, not text',
  'too-large': 'the input is larger than the size limit',
  encoding: 'the bytes are not valid in any supported text encoding',
  unreadable: 'the file could not be read',
  'malformed-html': 'the HTML holds no readable article text',
  'malformed-jsonl': 'a JSONL line is not a valid record',
  unsupported: 'the file type is not supported',
} as const;

export type RejectReason = keyof typeof REJECT_REASONS;

export interface InputRejection {
  /** The file path, `stdin`, or `file.jsonl:LINE`. */
  source: string;
  reason: RejectReason;
  /** Human-readable: what is wrong, specific to this input. */
  message: string;
  /** What the user can do about it. */
  hint?: string;
}

export function rejection(source: string, reason: RejectReason, message: string, hint?: string): InputRejection {
  return hint === undefined ? { source, reason, message } : { source, reason, message, hint };
}

export function isDatelineError(e: unknown): e is DatelineError {
  return e instanceof DatelineError;
}
