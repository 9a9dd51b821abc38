/**
 * What the user points Dateline at (files, folders, `-`) → decoded inputs or typed rejections, one at a
 * time. Never throws for bad input; throws a DatelineError (E_CONFIG) only for bad options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DatelineError, rejection, type InputRejection } from '../core/errors.js';
import { decodeBytes, normalizeEncoding } from './decode.js';
import { countJsonl, JSONL_EXTENSIONS, readJsonl } from './jsonl.js';
import { innerExtension, innerName, isGzip, mediaTypeFor } from './sniff.js';
import { DEFAULT_MAX_BYTES, formatBytes, type InputResult, type ReadOptions } from './types.js';
import { unreadable, walk } from './walk.js';

function fail(r: InputRejection): InputResult {
  return { ok: false, rejection: r };
}

function tooLarge(name: string, size: string, maxBytes: number, needed?: number): InputRejection {
  return rejection(
    name,
    'too-large',
    `${name} is ${size}, over the ${formatBytes(maxBytes)} limit`,
    `raise the limit with --max-bytes${needed === undefined ? '' : ` (this input needs at least ${needed})`}`,
  );
}

function checkOptions(options: ReadOptions): { maxBytes: number; encoding: string | undefined } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new DatelineError('E_CONFIG', `maxBytes must be a positive integer, got ${String(options.maxBytes)}`);
  }
  if (options.encoding !== undefined && normalizeEncoding(options.encoding) === undefined) {
    throw new DatelineError('E_CONFIG', `unknown encoding "${options.encoding}"`, { encoding: options.encoding });
  }
  return { maxBytes, encoding: options.encoding };
}

/**
 * Bytes (already read, at most maxBytes) → an input: gunzip when gzip, decode, sniff the media type. The one
 * way bytes become an input, for files, stdin and HTTP uploads alike.
 */
export function inputFromBytes(raw: Uint8Array, name: string, fileName: string | undefined, maxBytes: number, encoding?: string): InputResult {
  let bytes = raw;
  if (isGzip(raw)) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return fail(tooLarge(name, `more than ${formatBytes(maxBytes)} once gunzipped`, maxBytes));
      }
      return fail(
        rejection(name, 'unreadable', `cannot read ${name}: not valid gzip data (${(error as Error).message})`, 're-compress the file with gzip'),
      );
    }
  }
  const decoded = decodeBytes(bytes, name, { encoding });
  if (!decoded.ok) return decoded;
  const mediaType = mediaTypeFor(fileName === undefined ? undefined : innerName(fileName), decoded.text);
  return { ok: true, input: { name, mediaType, encoding: decoded.encoding, bytes: bytes.length, content: decoded.text, hints: {} } };
}

/**
 * Reads a file without ever holding more than maxBytes + 1 bytes: size checked first, then a bounded read.
 * Synchronous system calls: a file is read in well under a millisecond, and waiting for a thread-pool
 * round trip per call (open, stat, read, close) cost more than reading — 1.6 ms per BBC article. (A FIFO
 * named on the command line blocks the thread until its writer writes, as the CLI would wait anyway.)
 */
function readFile(file: string, maxBytes: number, encoding: string | undefined): InputResult {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const stats = fs.fstatSync(fd);
    if (stats.isDirectory()) return fail(unreadable(file, Object.assign(new Error('is a directory'), { code: 'EISDIR' })));
    if (stats.isFile() && stats.size > maxBytes) return fail(tooLarge(file, formatBytes(stats.size), maxBytes, stats.size));
    // Regular files are read to their stat size (+1 to notice growth); FIFOs/devices in chunks until EOF.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunkSize = stats.isFile() ? Math.min(maxBytes, stats.size) + 1 : 64 * 1024;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
      const bytesRead = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return fail(tooLarge(file, `more than ${formatBytes(maxBytes)}`, maxBytes));
    }
    return inputFromBytes(Buffer.concat(chunks, total), file, path.basename(file), maxBytes, encoding);
  } catch (error) {
    return fail(unreadable(file, error));
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // nothing was lost: the bytes are read
      }
    }
  }
}

async function readStdin(stream: AsyncIterable<Uint8Array | string>, maxBytes: number, encoding: string | undefined): Promise<InputResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      total += buffer.length;
      if (total > maxBytes) return fail(tooLarge('stdin', `more than ${formatBytes(maxBytes)}`, maxBytes)); // stops reading
      chunks.push(buffer);
    }
  } catch (error) {
    return fail(unreadable('stdin', error));
  }
  return inputFromBytes(Buffer.concat(chunks, total), 'stdin', undefined, maxBytes, encoding);
}

function isJsonl(file: string): boolean {
  return JSONL_EXTENSIONS.has(innerExtension(file));
}

/**
 * Reads every input named by `args` (files, folders walked recursively in sorted order, `-` for stdin),
 * yielding one result per document: a decoded {@link RawInput} or a rejection. A JSONL file yields one
 * result per non-empty line.
 */
export async function* readInputs(args: string[], options: ReadOptions = {}): AsyncGenerator<InputResult> {
  const { maxBytes, encoding } = checkOptions(options);
  for await (const entry of walk(args)) {
    if (entry.kind === 'problem') {
      yield fail(entry.rejection);
    } else if (entry.kind === 'stdin') {
      yield await readStdin(options.stdin ?? process.stdin, maxBytes, encoding);
    } else if (isJsonl(entry.path)) {
      yield* readJsonl(entry.path, entry.path, maxBytes);
    } else if (innerExtension(entry.path) === '.json') {
      // Only named files get here: folders skip .json silently.
      yield fail(
        rejection(
          entry.path,
          'unsupported',
          `${entry.path} is a .json file; Dateline reads JSON Lines (.jsonl/.ndjson), one record per line`,
          'convert it to JSONL: one {"text": …} or {"html": …} object per line (e.g. jq -c ".[]" file.json > file.jsonl)',
        ),
      );
    } else {
      yield readFile(entry.path, maxBytes, encoding);
    }
  }
}

/**
 * How many results {@link readInputs} will yield for `args` (for a progress bar): one per file or problem,
 * one per non-empty line of a JSONL file. Undefined when `args` include stdin.
 */
export async function countInputs(args: string[]): Promise<number | undefined> {
  if (args.includes('-')) return undefined;
  let n = 0;
  for await (const entry of walk(args)) {
    n += entry.kind === 'file' && isJsonl(entry.path) ? await countJsonl(entry.path) : 1;
  }
  return n;
}
