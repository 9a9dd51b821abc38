/**
 * The `quotes` stage: who said what. Quotations in marks (direct and partial) and reported speech
 * (indirect) of the clean body, each with its cue, its source as written and, through the `mentions` and
 * `entities` layers, its speaker. Rules run on the clean view (paragraphs, and the `sentences` layer mapped
 * into it); every span is mapped back to the original text. See README.md in this folder.
 */
import type { Entity, Quote } from '../../core/schema.js';
import { textSpan, type Span, type TextSpan } from '../../core/span.js';
import { withLayers } from '../../core/document.js';
import { bodyView } from '../../clean/view.js';
import type { DatelineDocument } from '../../core/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { findQuotes } from './find.js';
import { resolveSpeaker } from './speaker.js';

type View = ReturnType<typeof bodyView>['view'];

/**
 * The view offset of original offset `orig` (the inverse of `toOriginal`), by binary search: view offsets
 * map to increasing original offsets; inserted separators (which map to nothing) are stepped over.
 */
export function toViewOffset(view: View, orig: number): number | undefined {
  let lo = 0;
  let hi = view.text.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    let m = mid;
    let o = view.toOriginal(m);
    while (o === undefined && m < hi) o = view.toOriginal(++m);
    if (o === undefined) {
      hi = mid - 1;
      continue;
    }
    if (o === orig) return m;
    if (o < orig) lo = m + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A closing quotation mark the sentence splitter left at the start of the next sentence: `bomb.'` + `' Then`. */
const ORPHAN_CLOSE = /^(?:''|['’"”»])+(?=\s|$)\s*/;

/**
 * The sentences layer as view ranges (a sentence whose ends fall outside the view is left out). A closing
 * mark cut off at the start of a sentence is given back to the sentence before it (the rules read a
 * quotation's attribution within its sentence); a sentence left empty by that is dropped.
 */
export function viewSentences(sentences: readonly Span[], viewText: string, toView: (orig: number) => number | undefined): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const a = toView(s.start);
    const b = toView(s.end - 1);
    if (a === undefined || b === undefined) continue;
    let start = a;
    const orphan = ORPHAN_CLOSE.exec(viewText.slice(a, b + 1));
    const prev = out[out.length - 1];
    if (orphan && prev && !viewText.slice(prev.end, a).includes('\n')) {
      out[out.length - 1] = { start: prev.start, end: a + orphan[0].trimEnd().length };
      start = a + orphan[0].length;
    }
    if (start < b + 1) out.push({ start, end: b + 1 });
  }
  return out;
}

/** Quotes of a processed document (sentences, tokens; mentions and entities may be empty). */
export function extractQuotes(doc: DatelineDocument): Quote[] {
  const { view, paragraphs } = bodyView(doc);
  if (!view.text) return [];
  const toView = (orig: number) => toViewOffset(view, orig);
  const found = findQuotes({ text: view.text, paragraphs, sentences: viewSentences(doc.layers.sentences, view.text, toView) });
  const entities = new Map<string, Entity>(doc.layers.entities.map((e) => [e.id, e]));
  const mentions = doc.layers.mentions;
  const one = (s: Span | null): TextSpan | null => {
    if (!s) return null;
    // a cue or source split by debris keeps its first piece
    const first = view.toOriginalSpans(s.start, s.end)[0];
    return first ? textSpan(doc.text, first.start, first.end) : null;
  };
  const quotes: Quote[] = [];
  for (const f of found) {
    const parts = f.parts.flatMap((p) => view.toOriginalSpans(p.start, p.end)).map((s) => textSpan(doc.text, s.start, s.end));
    if (!parts.length) continue;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const source = one(f.source);
    const speaker = source && f.source ? resolveSpeaker({ source, form: f.source.form, mentions, entities }) : null;
    const q: Quote = {
      id: `q${quotes.length}`,
      ...textSpan(doc.text, first.start, last.end),
      kind: f.kind,
      cue: one(f.cue),
      source,
      speaker,
      rule: f.rule,
    };
    if (parts.length > 1) q.parts = parts;
    quotes.push(q);
  }
  return quotes;
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'mentions', 'entities'],
  produces: ['quotes'],
  run(doc) {
    return withLayers(doc, { quotes: extractQuotes(doc) });
  },
};
