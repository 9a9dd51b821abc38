/**
 * All quotations of a passage (the clean body: paragraphs and sentences as ranges of one text), in view
 * offsets: first the quotations in marks (paired by `marks.ts`, attributed by `attribute.ts`, told apart
 * from scare quotes and titles and given a kind by `kinds.ts`), then reported speech without marks
 * (`indirect.ts`) in the sentences the marked ones do not already cover.
 */
import type { Quote } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { attribute, type Attribution } from './attribute.js';
import { findIndirect } from './indirect.js';
import { isLabelled, isScareOrTitle, isWholeSentence } from './kinds.js';
import { pairQuotes, type MarkedQuote } from './marks.js';
import { reader, wordIndexAt, type Passage } from './passage.js';
import { sourceBefore, type FoundSource } from './sources.js';

export interface FoundQuote {
  /** Content pieces (one unless the quotation runs on into the next paragraph). */
  parts: Span[];
  kind: Quote['kind'];
  cue: Span | null;
  source: FoundSource | null;
  rule: string;
}

/** The words right before the opening mark as a source: `The agreement "…" comes into force`. */
function phraseBefore(r: ReturnType<typeof reader>, q: MarkedQuote): FoundSource | null {
  const si = r.sentenceAt(q.open);
  if (si < 0) return null;
  const ws = r.wordsOf(si);
  const k = wordIndexAt(ws, q.open);
  if (k === 0) return null;
  const src = sourceBefore(ws, k, 0);
  return src && src.form !== 'pronoun' && ws[k - 1]!.end === src.end ? { start: src.start, end: src.end, form: src.form } : null;
}

export function findQuotes(passage: Passage): FoundQuote[] {
  const r = reader(passage);
  const marked = pairQuotes(passage.text, passage.paragraphs);
  const out: FoundQuote[] = [];
  let previous: { index: number; source: FoundSource | null; paragraph: number } | null = null;
  for (const q of marked) {
    const first = q.parts[0]!;
    const last = q.parts[q.parts.length - 1]!;
    const para = r.paragraphAt(q.open);
    if (isLabelled(passage.text, q.open, passage.paragraphs[para]?.start ?? 0)) continue;
    const found: Attribution | null = attribute(r, q, marked);
    // a cue elsewhere in the sentence is not "nearby" for a quoted word or three: a scare quote
    const att = found && found.rule.startsWith('sentence') && q.parts.length === 1 && isScareOrTitle(passage.text, first.start, first.end) ? null : found;
    const si = r.sentenceAt(q.open);
    const sentenceStart = si >= 0 ? r.sentences[si]!.start : 0;
    const whole = isWholeSentence(passage.text, q.open, first.start, Math.max(sentenceStart, passage.paragraphs[para]?.start ?? 0), att?.cue && att.cue.end <= q.open ? att.cue.end : null);
    const kind: Quote['kind'] = whole ? 'direct' : 'partial';
    const prev = previous ? out[previous.index] : undefined;
    // `"A," he said. "B."` and `"A," he said, "B."`: one quotation in two pieces around its attribution
    if (prev && previous!.paragraph === para && prev.cue && prev.kind === 'direct' && whole && (!att?.cue || att.cue.start === prev.cue.start)) {
      out[previous!.index] = { ...prev, parts: [...prev.parts, ...q.parts] };
      previous = { ...previous!, paragraph: r.paragraphAt(last.end) };
      continue;
    }
    if (att?.cue) {
      out.push({ parts: q.parts, kind, cue: att.cue, source: att.source, rule: `marks/${att.rule}` });
      previous = { index: out.length - 1, source: att.source, paragraph: r.paragraphAt(last.end) };
      continue;
    }
    if (q.parts.length === 1 && isScareOrTitle(passage.text, first.start, first.end)) continue;
    if (whole) {
      // a quotation that goes on from the previous one in the paragraph before: the same speaker
      const near: boolean = previous !== null && para - previous.paragraph <= 1;
      out.push({ parts: q.parts, kind, cue: null, source: near ? previous!.source : null, rule: near ? 'marks/continued' : 'marks/uncued-direct' });
      previous = { index: out.length - 1, source: near ? previous!.source : null, paragraph: r.paragraphAt(last.end) };
      continue;
    }
    out.push({ parts: q.parts, kind, cue: null, source: phraseBefore(r, q), rule: 'marks/uncued-partial' });
  }
  // reported speech, in sentences not covered by a direct quotation
  const direct = out.filter((o) => o.kind === 'direct').flatMap((o) => o.parts);
  const covered = (s: Span) => {
    let n = 0;
    for (const d of direct) n += Math.max(0, Math.min(d.end, s.end) - Math.max(d.start, s.start));
    return n >= 0.6 * (s.end - s.start);
  };
  const cues = new Set(out.filter((o) => o.kind === 'direct' && o.cue).map((o) => o.cue!.start));
  for (let i = 0; i < passage.sentences.length; i++) {
    for (const f of findIndirect(r, i, covered)) {
      if (cues.has(f.cue.start)) continue;
      out.push({ parts: f.content, kind: 'indirect', cue: f.cue, source: f.source, rule: `indirect/${f.rule}` });
    }
  }
  return out.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start || a.parts[0]!.end - b.parts[0]!.end);
}
