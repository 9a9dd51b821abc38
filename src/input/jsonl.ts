/**
 * JSON Lines: one record per non-empty line, streamed. Memory is bounded by one line (at most maxBytes):
 * the file is split on bytes, not read whole, and a line past the limit is dropped as it streams and
 * rejected as too-large. (readline cannot bound a line's length, so the splitter is hand-written.)
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { rejection, type InputRejection } from '../core/errors.js';
import { scanUtf8 } from './decode.js';
import { textProblem } from './sniff.js';
import { formatBytes, type InputResult, type RawInput } from './types.js';
import { unreadable } from './walk.js';

export const JSONL_EXTENSIONS: ReadonlySet<string> = new Set(['.jsonl', '.ndjson']);

const RECORD_EXAMPLE = 'each line must be one JSON object such as {"text": "…", "url": "…", "published": "2024-05-01"}';
const HINT_FIELDS = ['url', 'published', 'outlet', 'title', 'id'] as const;

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line's bytes without the newline (and without a trailing \r); undefined when longer than maxBytes. */
  bytes: Buffer | undefined;
  /** Byte length without the newline. */
  length: number;
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0b && b !== 0x0c) return false;
  return true;
}

/** Splits a byte stream into non-blank lines, keeping at most `maxBytes` of a line in memory. */
export async function* splitLines(stream: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let blank = true;
  let number = 1;
  const keep = (piece: Buffer): void => {
    if (blank) {
      const bom = number === 1 && length === 0 && piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf;
      blank = isBlank(bom ? piece.subarray(3) : piece);
    }
    length += piece.length;
    if (length <= maxBytes) parts.push(piece);
    else parts = [];
  };
  const finish = (): Line | undefined => {
    let line: Line | undefined;
    if (!blank) {
      let bytes = length > maxBytes ? undefined : parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, length);
      if (bytes !== undefined) {
        if (number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
        if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
      }
      line = { number, bytes, length: bytes?.length ?? length };
    }
    parts = [];
    length = 0;
    blank = true;
    number++;
    return line;
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      keep(chunk.subarray(start, nl));
      const line = finish();
      if (line) yield line;
      start = nl + 1;
    }
    if (start < chunk.length) keep(chunk.subarray(start));
  }
  if (length > 0) {
    const line = finish();
    if (line) yield line;
  }
}

function fail(r: InputRejection): InputResult {
  return { ok: false, rejection: r };
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** One JSONL line (already UTF-8 decoded) → a RawInput, or a rejection naming `source` (`file.jsonl:LINE`). */
export function parseRecord(line: string, source: string, byteLength: number): InputResult {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return fail(rejection(source, 'malformed-jsonl', `${source} is not valid JSON: ${(error as Error).message}`, RECORD_EXAMPLE));
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return fail(rejection(source, 'malformed-jsonl', `${source} is ${typeOf(record)}, not a JSON object`, RECORD_EXAMPLE));
  }
  const fields = record as Record<string, unknown>;
  const wrong: string[] = [];
  const str = (key: string): string | undefined => {
    const value = fields[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (key === 'id' && typeof value === 'number' && Number.isFinite(value)) return String(value); // numeric ids are common
    wrong.push(`"${key}" must be a string, not ${typeOf(value)}`);
    return undefined;
  };
  const text = str('text');
  const html = str('html');
  const hints: RawInput['hints'] = {};
  for (const key of HINT_FIELDS) {
    const value = str(key);
    if (value !== undefined) hints[key] = value;
  }
  if (wrong.length > 0) {
    return fail(rejection(source, 'malformed-jsonl', `${source}: ${wrong.join('; ')}`, RECORD_EXAMPLE));
  }
  if (text !== undefined && html !== undefined && text !== '' && html !== '') {
    return fail(rejection(source, 'malformed-jsonl', `${source} has both "text" and "html"`, 'give exactly one of "text" or "html" per line'));
  }
  if (text === undefined && html === undefined) {
    return fail(rejection(source, 'malformed-jsonl', `${source} has neither "text" nor "html"`, RECORD_EXAMPLE));
  }
  const isHtml = html !== undefined && html !== '';
  const content = isHtml ? html : (text ?? '');
  const field = isHtml ? '"html"' : '"text"';
  if (content.trim() === '') {
    const what = content === '' ? 'is an empty string' : 'holds only whitespace';
    return fail(rejection(source, 'empty', `${source}: ${field} ${what}`, 'remove the line or fill in the article'));
  }
  const problem = textProblem(content, source, byteLength);
  if (problem) return fail(problem);
  return {
    ok: true,
    input: { name: source, mediaType: isHtml ? 'text/html' : 'text/plain', encoding: 'utf-8', bytes: byteLength, content, hints },
  };
}

function openBytes(path: string): AsyncIterable<Buffer> {
  const file = createReadStream(path);
  if (!/\.gz$/i.test(path)) return file;
  const gunzip = createGunzip();
  file.on('error', (error) => gunzip.destroy(error));
  return file.pipe(gunzip);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a `.jsonl`/`.ndjson` file (optionally gzipped) line by line. `name` is how the file is shown. */
export async function* readJsonl(path: string, name: string, maxBytes: number): AsyncGenerator<InputResult> {
  let records = 0;
  try {
    for await (const line of splitLines(openBytes(path), maxBytes)) {
      records++;
      const source = `${name}:${line.number}`;
      if (line.bytes === undefined) {
        yield fail(
          rejection(source, 'too-large', `${source} is ${formatBytes(line.length)}, over the ${formatBytes(maxBytes)} limit`, `raise the limit with --max-bytes (this line needs at least ${line.length})`),
        );
        continue;
      }
      let text: string;
      try {
        text = utf8.decode(line.bytes);
      } catch {
        const offset = scanUtf8(line.bytes).firstInvalid;
        yield fail(rejection(source, 'encoding', `${source} is not valid UTF-8: invalid byte sequence at byte ${offset} of the line`, 'JSONL must be UTF-8: re-save the file as UTF-8'));
        continue;
      }
      yield parseRecord(text, source, line.length);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_')) {
      yield fail(rejection(name, 'unreadable', `cannot read ${name}: not valid gzip data (${(error as Error).message})`, 're-compress the file with gzip, or remove the .gz extension if it is not compressed'));
    } else {
      yield fail(unreadable(name, error));
    }
    return;
  }
  if (records === 0) {
    yield fail(rejection(name, 'empty', `${name} holds no records (no non-empty lines)`, RECORD_EXAMPLE));
  }
}

/** How many results {@link readJsonl} will yield: the non-empty lines, or 1 when none or unreadable. */
export async function countJsonl(path: string): Promise<number> {
  let n = 0;
  try {
    for await (const _ of splitLines(openBytes(path), 0)) n++;
  } catch {
    return n + 1;
  }
  return Math.max(n, 1);
}
