/**
 * Finds the cue and the source of a quotation in marks, in order of reliability:
 *  - after: the words right after the closing mark, in its sentence: `…," Putin said.`, `…," said Putin.`,
 *    `…," he told reporters.`, `…," according to Interfax.`, `…" — the minister added.`;
 *  - before: a cue right before the opening mark: `Putin said: "…`, `He told reporters on Friday that "…`;
 *  - sentence: for quoted words inside a sentence, a cue elsewhere in it: `He called the plan "a disaster."`.
 */
import type { Span } from '../../core/span.js';
import { AMBIGUOUS_FORMS, SOURCE_AFTER_CUES, cueVerb } from './cues.js';
import type { MarkedQuote } from './marks.js';
import { wordIndexAt, type Reader } from './passage.js';
import { skipBetweenBackward, sourceAfter, sourceBefore, subjectSource, type SourceForm } from './sources.js';
import { clauseStart, isMarkToken } from './lexicon.js';
import { isWord, lower, type Word } from './words.js';

export interface Attribution {
  cue: Span | null;
  source: (Span & { form: SourceForm }) | null;
  rule: string;
}

const LEADING = new Set([',', '\u2014', '\u2013', '\u2015', '-', ';']);
const DASHES = new Set(['\u2014', '\u2013', '\u2015']);

/** A multi-word source-after cue ("according to") starting at token i: its length in tokens, or 0. */
const SOURCE_AFTER = SOURCE_AFTER_CUES.map((c) => c.split(' '));
const SOURCE_AFTER_FIRST = new Set(SOURCE_AFTER.map((p) => p[0]!));

export function sourceAfterCueAt(ws: readonly Word[], i: number): number {
  const t = ws[i];
  if (!t || !SOURCE_AFTER_FIRST.has(t.w.toLowerCase())) return 0;
  for (const parts of SOURCE_AFTER) {
    if (parts.every((p, j) => lower(ws[i + j]) === p)) return parts.length;
  }
  return 0;
}

/** A cue verb at token i (not a noun-like form unless `lenient`): its token count, or 0. */
export function cueAt(ws: readonly Word[], i: number, lenient = false): { n: number; thatOnly: boolean; object: boolean; to: boolean } | null {
  const t = ws[i];
  if (!t || !isWord(t)) return null;
  const c = cueVerb(lower(t), ws[i + 1] ? lower(ws[i + 1]) : undefined);
  if (!c) return null;
  if (!lenient && c.words === 1 && AMBIGUOUS_FORMS.has(lower(t))) return null;
  return { n: c.words, thatOnly: c.verb.thatOnly === true, object: c.verb.object === true, to: c.verb.to === true };
}

const span = (ws: readonly Word[], a: number, b: number): Span => ({ start: ws[a]!.start, end: ws[b]!.end });

/** The words after the closing mark, up to the end of its sentence (or of the next one when the splitter cut there). */
function after(r: Reader, q: MarkedQuote): Attribution | null {
  if (!q.closed) return null;
  let si = r.sentenceAt(q.end - 1);
  if (si < 0) return null;
  let ws = r.wordsOf(si);
  let i = wordIndexAt(ws, q.end);
  if (i >= ws.length) {
    // the splitter ended the sentence at the closing mark: `…?" he asked.`
    const next = r.sentences[si + 1];
    if (!next || r.paragraphAt(next.start) !== r.paragraphAt(q.end - 1) || next.start - q.end > 2) return null;
    si++;
    ws = r.wordsOf(si);
    i = 0;
    // a lowercase continuation (`…?" he asked.`), or a short sentence that is only an attribution
    // (`…!" Senator Jane Roe said.`)
    if (!/^[\p{Ll},\u2014\u2013\u2015]/u.test(ws[0]?.w ?? '') && ws.filter(isWord).length > 8) return null;
  }
  // `"…" ― Jane Roe`: a dash and a name closing the quotation (letters, reader comments, epigraphs)
  if (DASHES.has(ws[i]?.w ?? '')) {
    const src = sourceAfter(ws, i + 1, ws.length);
    const after = ws[(src?.last ?? -2) + 1];
    if (src && src.form === 'name' && (!after || /^[.“"”«]$/.test(after.w))) return { cue: span(ws, i, i), source: src, rule: 'after-dash-name' };
  }
  while (i < ws.length && LEADING.has(ws[i]!.w)) i++;
  // inverted: `…," said Putin.` / `…," according to Interfax.`
  let j = i;
  while (j < ws.length && ['also', 'later', 'then', 'had', 'has'].includes(lower(ws[j]))) j++;
  const sa = sourceAfterCueAt(ws, j);
  const inv = sa ? null : cueAt(ws, j, true);
  if (sa || (inv && !inv.thatOnly)) {
    const n = sa || inv!.n;
    const src = sourceAfter(ws, j + n, ws.length);
    if (src && src.form !== 'pronoun' || (src && ws[src.last + 1] && /[.,!?]/.test(ws[src.last + 1]!.w))) {
      return { cue: span(ws, i, j + n - 1), source: src, rule: sa ? 'after-according-to' : 'after-cue-source' };
    }
    if (!src && inv) return { cue: span(ws, i, j + n - 1), source: null, rule: 'after-cue' };
  }
  // `…," Putin said.` / `…," Dmitry Peskov, the Kremlin spokesman, told reporters.`
  for (let k = i + 1; k < ws.length && k - i < 16; k++) {
    const w = ws[k]!.w;
    if (w === '.' || w === '?' || w === '!' || w === ';' || isMarkToken(w)) break;
    const c = cueAt(ws, k, true);
    if (!c || c.thatOnly) continue;
    const src = sourceBefore(ws, k, i);
    if (!src || src.first !== i) continue;
    return { cue: span(ws, skipBetweenBackward(ws, k, src.first), k + c.n - 1), source: src, rule: 'after-source-cue' };
  }
  return null;
}

/** A cue right before the opening mark: `Putin said: "…`, `told reporters on Friday that "…`, `According to X, "…`. */
function before(r: Reader, q: MarkedQuote): Attribution | null {
  const si = r.sentenceAt(q.open);
  if (si < 0) return null;
  const ws = r.wordsOf(si);
  let k = wordIndexAt(ws, q.open) - 1;
  if (k < 0) return null;
  let separated = false;
  if ([':', ',', '\u2014'].includes(ws[k]!.w)) {
    separated = true;
    k--;
  }
  if (lower(ws[k]) === 'that') {
    separated = true;
    k--;
  }
  // `According to Interfax, "…`
  for (let c = k; c >= 0 && k - c < 10; c--) {
    if (isMarkToken(ws[c]!.w)) break;
    const n = sourceAfterCueAt(ws, c);
    if (n && separated) {
      const src = sourceAfter(ws, c + n, k + 1);
      if (src) return { cue: span(ws, c, c + n - 1), source: src, rule: 'before-according-to' };
    }
  }
  // the cue itself, possibly followed by an addressee or a short phrase when a separator stands before the mark
  for (let c = k; c >= 0 && k - c < (separated ? 7 : 1); c--) {
    const w = ws[c]!.w;
    if (isMarkToken(w) || w === '.' || w === ';') break;
    const cue = cueAt(ws, c);
    if (!cue) continue;
    const src = /ing$/.test(lower(ws[c])) ? null : sourceBefore(ws, c, 0);
    if (src) return { cue: span(ws, skipBetweenBackward(ws, c, src.first), c + cue.n - 1), source: src, rule: 'before-source-cue' };
    const inv = sourceAfter(ws, c + cue.n, k + 1);
    if (inv) return { cue: span(ws, c, c + cue.n - 1), source: inv, rule: 'before-cue-source' };
    // "X urged women to vote, saying, "…": the sentence's subject
    const subject = subjectSource(ws, clauseStart(ws), c);
    return { cue: span(ws, c, c + cue.n - 1), source: subject, rule: subject ? 'before-cue-subject' : 'before-cue' };
  }
  // "The timing does not surprise the pollster Daron Shaw: "…": a colon introduces the quotation
  if (ws[wordIndexAt(ws, q.open) - 1]?.w === ':' && k >= 1) {
    const colon = wordIndexAt(ws, q.open) - 1;
    const subject = subjectSource(ws, clauseStart(ws), colon);
    const last = lastName(ws, colon);
    const source = last ?? subject;
    if (source) return { cue: span(ws, colon, colon), source, rule: 'before-colon' };
  }
  return null;
}

/** A name (capitalised words) ending right before token `end`: "… surprise pollster Daron Shaw:". */
function lastName(ws: readonly Word[], end: number): (Span & { form: SourceForm }) | null {
  const src = sourceBefore(ws, end, 0);
  return src && src.form === 'name' && src.first > 0 ? { start: src.start, end: src.end, form: src.form } : null;
}

/** Quoted words inside a sentence: the nearest cue elsewhere in the sentence, outside the marks. */
function inSentence(r: Reader, q: MarkedQuote, quotes: readonly MarkedQuote[]): Attribution | null {
  const si = r.sentenceAt(q.open);
  if (si < 0) return null;
  const s = r.sentences[si]!;
  const ws = r.wordsOf(si);
  const inside = (at: number) => quotes.some((o) => at >= o.open && at < o.end);
  let best: { k: number; n: number; d: number } | null = null;
  for (let k = 0; k < ws.length; k++) {
    const t = ws[k]!;
    if (t.start < s.start || inside(t.start)) continue;
    const n = sourceAfterCueAt(ws, k) || cueAt(ws, k)?.n || 0;
    if (!n) continue;
    const d = t.start < q.open ? q.open - t.end : t.start - q.end;
    if (!best || d < best.d) best = { k, n, d };
  }
  if (!best) return null;
  const { k, n } = best;
  if (sourceAfterCueAt(ws, k)) {
    const src = sourceAfter(ws, k + n, ws.length);
    return { cue: span(ws, k, k + n - 1), source: src, rule: 'sentence-according-to' };
  }
  const src = sourceBefore(ws, k, 0);
  if (src) return { cue: span(ws, skipBetweenBackward(ws, k, src.first), k + n - 1), source: src, rule: 'sentence-source-cue' };
  const inv = sourceAfter(ws, k + n, ws.length);
  return { cue: span(ws, k, k + n - 1), source: inv, rule: inv ? 'sentence-cue-source' : 'sentence-cue' };
}

export function attribute(r: Reader, q: MarkedQuote, quotes: readonly MarkedQuote[]): Attribution | null {
  return after(r, q) ?? before(r, q) ?? inSentence(r, q, quotes);
}
