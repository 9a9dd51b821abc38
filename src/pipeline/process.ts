/**
 * From a decoded input to an analysed document. HTML is first reduced to its article text (kept as the
 * document's text, with the page's block kinds and metadata as hints); then the same text pipeline runs.
 */
import { createDocument } from '../core/document.js';
import { rejection, type InputRejection } from '../core/errors.js';
import type { DatelineDocument, InputHints } from '../core/schema.js';
import { extractHtml } from '../clean/html/extract.js';
import type { RawInput } from '../input/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';

export interface ProcessOptions {
  /** --published: overrides every other source of the publication date. */
  published?: string;
}

export type Processed =
  | { ok: true; doc: DatelineDocument; raw?: { content: string; mediaType: string } }
  | { ok: false; rejection: InputRejection };

let defaultPipeline: Pipeline | undefined;

export function processInput(input: RawInput, options: ProcessOptions = {}, pipeline?: Pipeline): Processed {
  const p = pipeline ?? (defaultPipeline ??= createPipeline());
  const hints: InputHints = { ...input.hints };
  if (options.published) hints.publishedOverride = options.published;
  let text = input.content;
  let raw: { content: string; mediaType: string } | undefined;
  if (input.mediaType === 'text/html') {
    const extraction = extractHtml(input.content, input.hints.url ? { url: input.hints.url } : undefined);
    if (!extraction || !extraction.text.trim()) {
      return {
        ok: false,
        rejection: rejection(input.name, 'malformed-html', 'no readable article text was found in the HTML', 'check that the file is a saved article page, not an index page or a script-only shell'),
      };
    }
    text = extraction.text;
    hints.blocks = extraction.blocks;
    hints.htmlMeta = extraction.meta;
    raw = { content: input.content, mediaType: 'text/html' };
  }
  if (!text.trim()) return { ok: false, rejection: rejection(input.name, 'empty', 'the input holds no text') };
  const doc = createDocument({ text, source: { name: input.name, mediaType: input.mediaType, encoding: input.encoding, bytes: input.bytes }, input: hints });
  const out = p.run(doc);
  return raw ? { ok: true, doc: out, raw } : { ok: true, doc: out };
}
