/**
 * Dateline's library API. The CLI (`dateline …`) and the HTTP API are thin layers over these functions
 * and emit the same documents ({@link DocumentSchema}).
 *
 *   import { analyse } from 'dateline';
 *   const r = analyse({ text, url: 'https://…' });
 *   if (r.ok) console.log(r.doc.metadata.published);
 */
import type { InputRejection } from './core/errors.js';
import type { RawInput } from './input/index.js';
import { processInput, type Processed, type ProcessOptions } from './pipeline/process.js';

export * from './core/errors.js';
export * from './core/schema.js';
export { textSpan, type Span, type TextSpan } from './core/span.js';
export { createDocument, contentHash } from './core/document.js';
export { spanViolations, type SpanViolation } from './core/validate.js';
export { TextView } from './core/view.js';
export { bodyView, type BodyView } from './clean/view.js';
export { createPipeline, DEFAULT_STAGES, type Pipeline } from './pipeline/pipeline.js';
export type { Stage, Capability } from './pipeline/stage.js';
export { processInput, type Processed, type ProcessOptions } from './pipeline/process.js';
export { readInputs, decodeBytes, type RawInput } from './input/index.js';
export { openStore, type Store } from './store/index.js';

export interface ArticleRecord {
  text?: string;
  html?: string;
  url?: string;
  published?: string;
  outlet?: string;
  title?: string;
  id?: string;
  /** A name for messages (default "input"). */
  name?: string;
}

/** Analyses one article given as a string of plain text or as a record with `text` or `html`. */
export function analyse(input: string | ArticleRecord, options: ProcessOptions = {}): Processed {
  const rec: ArticleRecord = typeof input === 'string' ? { text: input } : input;
  const name = rec.name ?? 'input';
  const content = rec.html ?? rec.text;
  if (content === undefined) {
    const rejection: InputRejection = { source: name, reason: 'empty', message: 'neither text nor html was given' };
    return { ok: false, rejection };
  }
  const hints: RawInput['hints'] = {};
  for (const k of ['url', 'published', 'outlet', 'title', 'id'] as const) if (rec[k] !== undefined) hints[k] = rec[k];
  return processInput(
    { name, mediaType: rec.html !== undefined ? 'text/html' : 'text/plain', encoding: 'utf-8', bytes: Buffer.byteLength(content), content, hints },
    options,
  );
}
