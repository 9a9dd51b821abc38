/**
 * POST /api/ingest: request body → inputs → pipeline → store, one result per input. Inputs are read with
 * the same functions as the CLI's (decodeBytes, the JSONL record parser), so a rejected input carries the
 * same typed reason and hint; rejected inputs are per-item results (status 200), not errors. Only a body
 * that cannot be read at all (not JSON, not a form, no lines, no files) is a 400.
 *
 * Accepted bodies:
 *   application/json        one record {text|html, url?, published?, outlet?, title?, id?}, or an array of them
 *   application/x-ndjson    (also application/jsonl, application/ndjson) one such record per line
 *   multipart/form-data     one or more files (.txt, .html, .jsonl, any of them .gz); text fields url,
 *                           published, outlet and title apply to every file
 *   text/plain, text/html   the body is one article (bytes decoded and sniffed like a file)
 */
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { rejection, type InputRejection } from '../core/errors.js';
import { formatBytes, inputFromBytes, parseJsonlRecord, type InputResult, type RawInput } from '../input/index.js';
import { splitLines } from '../input/jsonl.js';
import { innerExtension, innerName, isGzip } from '../input/sniff.js';
import { processInput } from '../pipeline/process.js';
import type { Store } from '../store/index.js';
import { badRequest, HttpProblem } from './errors.js';
import type { IngestItem } from './schemas.js';

const JSON_TYPES = /^application\/(json|[\w.+-]+\+json)$/;
const NDJSON_TYPES = new Set(['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonl', 'application/jsonlines', 'application/x-jsonlines']);
export const INGEST_MEDIA_TYPES = ['application/json', 'application/x-ndjson', 'multipart/form-data', 'text/plain', 'text/html'] as const;

type Hints = RawInput['hints'];
const HINT_FIELDS = ['url', 'published', 'outlet', 'title'] as const;

const fail = (r: InputRejection): InputResult => ({ ok: false, rejection: r });
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An uploaded file's name as a source name: its base name only, printable, at most 200 characters. */
function fileSource(name: string, index: number): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[^\p{L}\p{N}._ ()+-]/gu, '_').slice(0, 200);
  return base && base !== '.' && base !== '..' ? base : `upload-${index + 1}`;
}

/** Bytes of one file or body → an input (gunzip, decode, sniff) exactly as the CLI reads a file, with the request's hints. */
function fromBytes(raw: Uint8Array, name: string, fileName: string | undefined, maxBytes: number, hints: Hints): InputResult {
  const r = inputFromBytes(raw, name, fileName, maxBytes);
  return r.ok ? { ok: true, input: { ...r.input, hints: { ...hints } } } : r;
}

/** JSONL bytes → one result per non-blank line; `valid` counts the lines that were JSON at all. */
async function fromJsonl(bytes: Uint8Array, name: string, maxBytes: number, hints: Hints): Promise<{ results: InputResult[]; valid: number }> {
  const results: InputResult[] = [];
  let valid = 0;
  async function* once() {
    yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  for await (const line of splitLines(once(), maxBytes)) {
    const source = `${name}:${line.number}`;
    if (line.bytes === undefined) {
      results.push(fail(rejection(source, 'too-large', `${source} is ${formatBytes(line.length)}, over the ${formatBytes(maxBytes)} limit`)));
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(line.bytes);
    } catch {
      results.push(fail(rejection(source, 'encoding', `${source} is not valid UTF-8`, 'JSONL must be UTF-8')));
      continue;
    }
    const r = parseJsonlRecord(text, source, line.length);
    if (r.ok || !/is not valid JSON/.test(r.rejection.message)) valid++;
    results.push(r.ok ? { ok: true, input: { ...r.input, hints: { ...hints, ...r.input.hints } } } : r);
  }
  return { results, valid };
}

function mediaType(c: Context): string {
  const header = c.req.header('content-type');
  if (!header) throw new HttpProblem('E_UNSUPPORTED_MEDIA_TYPE', `no Content-Type: send one of ${INGEST_MEDIA_TYPES.join(', ')}`);
  return (header.split(';')[0] ?? '').trim().toLowerCase();
}

/** Reads the request body into inputs. Throws HttpProblem (400/415) when nothing in it can be read. */
export async function readIngestBody(c: Context, maxBytes: number): Promise<InputResult[]> {
  const type = mediaType(c);
  if (JSON_TYPES.test(type)) {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    let text: string;
    let body: unknown;
    try {
      text = utf8.decode(bytes);
      body = JSON.parse(text);
    } catch (e) {
      throw badRequest(`the body is not valid JSON: ${(e as Error).message}`);
    }
    if (Array.isArray(body)) {
      if (body.length === 0) throw badRequest('the body is an empty array: send at least one {"text": …} record');
      return body.map((item, i) => {
        const s = JSON.stringify(item) ?? 'null';
        return parseJsonlRecord(s, `api[${i}]`, Buffer.byteLength(s));
      });
    }
    if (typeof body !== 'object' || body === null) throw badRequest('the body must be a JSON object {"text": …} (or an array of them)');
    return [parseJsonlRecord(text, 'api', bytes.length)];
  }
  if (NDJSON_TYPES.has(type)) {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const { results, valid } = await fromJsonl(bytes, 'api.jsonl', maxBytes, {});
    if (results.length === 0) throw badRequest('the body holds no records (no non-empty lines)');
    if (valid === 0) {
      throw badRequest(
        'no line of the body is valid JSON',
        results.slice(0, 20).map((r, i) => ({ path: [i], message: r.ok ? 'ok' : r.rejection.message })),
      );
    }
    return results;
  }
  if (type === 'multipart/form-data') {
    let form: Record<string, unknown>;
    try {
      form = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
    } catch (e) {
      if (e instanceof HttpProblem) throw e;
      throw badRequest(`the body is not a valid multipart form: ${(e as Error).message}`);
    }
    const hints: Hints = {};
    for (const key of HINT_FIELDS) {
      const v = form[key];
      if (typeof v === 'string' && v.trim()) hints[key] = v;
    }
    const files = Object.values(form)
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .filter((v): v is File => typeof v === 'object' && v !== null && typeof (v as File).arrayBuffer === 'function');
    if (files.length === 0) throw badRequest('the form holds no files: send the articles as file fields (multipart/form-data)');
    const results: InputResult[] = [];
    for (const [i, file] of files.entries()) {
      const name = fileSource(file.name, i);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const ext = innerExtension(name);
      if (ext === '.jsonl' || ext === '.ndjson') {
        let data: Uint8Array = bytes;
        if (isGzip(bytes)) {
          try {
            data = gunzipSync(bytes, { maxOutputLength: maxBytes });
          } catch (e) {
            results.push(fail(rejection(name, 'unreadable', `cannot read ${name}: not valid gzip data or too large once gunzipped (${(e as Error).message})`)));
            continue;
          }
        }
        const r = await fromJsonl(data, name, maxBytes, hints);
        results.push(...(r.results.length ? r.results : [fail(rejection(name, 'empty', `${name} holds no records (no non-empty lines)`))]));
      } else if (ext === '.json') {
        results.push(fail(rejection(name, 'unsupported', `${name} is a .json file; Dateline reads JSON Lines (.jsonl/.ndjson), one record per line`, 'convert it to JSONL: one {"text": …} object per line')));
      } else {
        results.push(fromBytes(bytes, name, name, maxBytes, hints));
      }
    }
    return results;
  }
  if (type === 'text/plain' || type === 'text/html') {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return [fromBytes(bytes, 'api', type === 'text/html' ? 'api.html' : undefined, maxBytes, {})];
  }
  throw new HttpProblem('E_UNSUPPORTED_MEDIA_TYPE', `Content-Type ${type} is not read here: send one of ${INGEST_MEDIA_TYPES.join(', ')}`);
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the pipeline on each input and stores the documents. Other requests are served between inputs. */
export async function ingestInputs(store: Store, inputs: InputResult[]): Promise<{ results: IngestItem[]; created: number; existing: number; rejected: number }> {
  const results: IngestItem[] = [];
  let created = 0;
  let existing = 0;
  let rejected = 0;
  for (const [i, r] of inputs.entries()) {
    if (i > 0) await tick();
    const p = r.ok ? processInput(r.input) : r;
    if (!p.ok) {
      rejected++;
      const { source, reason, message, hint } = p.rejection;
      results.push({ source, rejected: hint === undefined ? { reason, message } : { reason, message, hint } });
      continue;
    }
    const put = await store.put(p.doc, p.raw);
    if (put.created) created++;
    else existing++;
    results.push({ source: r.ok ? r.input.name : p.doc.source.name, id: put.id, created: put.created });
  }
  return { results, created, existing, rejected };
}
