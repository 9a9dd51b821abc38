/**
 * The article body that some pages publish in JSON-LD (`articleBody`), as blocks. Used when Readability
 * finds nothing or much less than JSON-LD declares (pages whose text is rendered by scripts, or behind a
 * paywall overlay). It is not used as a cross-check otherwise: on the benchmark folder the 8 pages that
 * carry an articleBody have it truncated (2 pages, 500 characters), wrapped in HTML or with extra text, and
 * the DOM extraction scored higher on 7 of 8.
 */
import { parseHTML } from 'linkedom';
import type { ZoneKind } from '../../core/schema.js';
import { collectBlocks } from './blocks.js';
import type { DomDocument } from './dom.js';

export interface TextBlock {
  text: string;
  kind: ZoneKind;
}

/** JSON-LD is used instead when it is at least this many times longer than the DOM extraction … */
export const JSONLD_RATIO = 2;
/** … and at least this long. */
export const JSONLD_MIN_CHARS = 400;

export function jsonLdBlocks(articleBody: string): TextBlock[] {
  const body = articleBody.trim();
  if (!body) return [];
  // Paragraphs are either HTML elements or lines; entities are decoded either way by the HTML parser.
  const html = /<(?:p|div|br|h[1-6]|li|body)\b[^>]*>/i.test(body)
    ? body
    : body
        .split(/\r?\n/)
        .map((line) => `<p>${line.replace(/</g, '&lt;')}</p>`)
        .join('');
  try {
    const doc = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as DomDocument;
    if (!doc.body) return [];
    return collectBlocks(doc.body).map((b) => ({ text: b.text, kind: b.kind === 'heading' ? 'heading' : 'body' }));
  } catch {
    return [];
  }
}
