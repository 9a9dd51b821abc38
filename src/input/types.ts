import type { InputRejection } from '../core/errors.js';

/** One decoded input, ready for the pipeline. */
export interface RawInput {
  /** File path as given (folder entries joined onto the folder as given), `stdin`, or `path/file.jsonl:LINE`. */
  name: string;
  mediaType: 'text/plain' | 'text/html';
  /** Encoding the bytes were decoded from: utf-8, utf-16le, utf-16be, windows-1251, windows-1252, … */
  encoding: string;
  /** Size of the bytes that were decoded (after gunzip; for JSONL: the line's byte length, without the newline). */
  bytes: number;
  /** Decoded text (HTML source for text/html), BOM removed, otherwise untouched: later offsets index into it. */
  content: string;
  hints: { url?: string; published?: string; outlet?: string; title?: string; id?: string };
}

export type InputResult = { ok: true; input: RawInput } | { ok: false; rejection: InputRejection };

export interface ReadOptions {
  /** Largest input accepted, in bytes (a file, stdin, a gunzipped file, or one JSONL line). Default 20 MiB. */
  maxBytes?: number;
  /** Decode every non-JSONL input with this encoding (a WHATWG label: utf-8, windows-1251, latin1, koi8-r, …) instead of detecting it. A byte-order mark still wins. */
  encoding?: string;
  /** Stream read for `-` instead of `process.stdin` (tests, embedding). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** "512 bytes", "1.5 KiB", "20 MiB": for messages. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? '' : 's'}`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}
