/**
 * Quotation marks and their pairing. The table says which characters open and close a quotation; pairing
 * runs paragraph by paragraph and never lets a quotation run past the end of its paragraph, except by the
 * journalistic continuation convention (a paragraph that opens a quotation of whole sentences without
 * closing it, followed by a paragraph that opens with a quotation mark: the same speaker goes on).
 */
import type { Span } from '../../core/span.js';

/** open: only opens; close: only closes; either: decided by context (straight marks, and curly marks misused). */
type Role = 'open' | 'close' | 'either';

/**
 * The marks. `closers`: what may close a quotation this mark opened. German „…“ closes with “ (or ”),
 * «ёлочки» with », straight "…" with ", the typewriter pair ``…'' and doubled apostrophes ''…'' (also
 * typed as two curly single quotes ‘‘…’’).
 * Single quotes (‘…’, '…') are not read: their closing mark is also the apostrophe.
 */
export const MARKS: readonly { mark: string; role: Role; closers: readonly string[] }[] = [
  { mark: '“', role: 'either', closers: ['”', '“', '’’', "''"] },
  { mark: '”', role: 'either', closers: ['”'] },
  { mark: '„', role: 'open', closers: ['“', '”'] },
  { mark: '«', role: 'open', closers: ['»'] },
  { mark: '»', role: 'close', closers: [] },
  { mark: '"', role: 'either', closers: ['"', '”', '“'] },
  { mark: '``', role: 'open', closers: ["''", '"'] },
  { mark: "''", role: 'either', closers: ["''", '"', '”', '’’'] },
  { mark: '‘‘', role: 'open', closers: ['’’', '”'] },
  { mark: '’’', role: 'close', closers: [] },
];

const BY_MARK = new Map(MARKS.map((m) => [m.mark, m]));
const alternation = (ms: readonly string[]) => ms.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Marks that can open a quotation, and marks that can close one (a pattern source each, for other modules). */
export const OPENING_MARKS = alternation(MARKS.filter((m) => m.role !== 'close').map((m) => m.mark));
export const CLOSING_MARKS = alternation(MARKS.filter((m) => m.role !== 'open').map((m) => m.mark));
/** Any mark, the two-character ones first. */
export const MARK = /``|''|‘‘|’’|[“”„«»"]/g;
/** A quotation mark at the very start of a paragraph (after spaces). */
const OPENS_PARAGRAPH = /^\s*(?:``|''|[“”„«"])/;

/** The character before an opening mark: start, space, bracket, dash, slash, or another mark. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-\/:“„«"]/;
/** The character after a closing mark: end, space, punctuation. */
const AFTER_CLOSE = /[\s)\]}.,;:!?\u2014\u2013\u2015\-”»"'’…]/;

export interface MarkedQuote {
  /** The content pieces without the marks, one per paragraph it runs through. */
  parts: Span[];
  /** Offset of the (first) opening mark. */
  open: number;
  /** Offset just after the (last) closing mark, or the paragraph end when it never closed. */
  end: number;
  /** false when the last piece ended at a paragraph end without a closing mark. */
  closed: boolean;
}

interface Found {
  at: number;
  mark: string;
}

function looksOpening(text: string, f: Found, para: Span): boolean {
  const before = f.at > para.start ? text[f.at - 1]! : ' ';
  const after = text[f.at + f.mark.length] ?? ' ';
  return BEFORE_OPEN.test(before) && !/\s/.test(after);
}

function looksClosing(text: string, f: Found, para: Span): boolean {
  const before = f.at > para.start ? text[f.at - 1]! : ' ';
  const next = f.at + f.mark.length;
  const after = next < para.end ? text[next]! : ' ';
  return !/\s/.test(before) && AFTER_CLOSE.test(after);
}

/** One paragraph's top-level quotations, in order; `close` is null for one that never closed. */
interface Pair {
  open: Found;
  close: Found | null;
  /** Where an unclosed quotation was cut short by the next opening mark. */
  cut?: number;
}

function pairParagraph(text: string, para: Span): Pair[] {
  const found: Found[] = [];
  MARK.lastIndex = 0;
  const slice = text.slice(para.start, para.end);
  for (const m of slice.matchAll(MARK)) found.push({ at: para.start + m.index, mark: m[0] });
  const quotes: Pair[] = [];
  let open: Found | null = null;
  for (const f of found) {
    const spec = BY_MARK.get(f.mark)!;
    if (!open) {
      if (spec.role === 'open' || (spec.role === 'either' && looksOpening(text, f, para))) open = f;
      continue;
    }
    const closers = BY_MARK.get(open.mark)!.closers;
    if (!closers.includes(f.mark)) continue; // another family inside: nested, ignored
    if (looksClosing(text, f, para) || !looksOpening(text, f, para)) {
      quotes.push({ open, close: f });
      open = null;
    } else {
      // an opening mark while one is open: the first never closed; it ends before this one
      quotes.push({ open, close: null, cut: f.at });
      open = f;
    }
  }
  if (open) quotes.push({ open, close: null });
  return quotes;
}

/** Trims spaces from a content span. */
function trim(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * Whether an unclosed quotation may continue into the next paragraph: it opens at a sentence start
 * (paragraph start, or after a colon, a comma or terminal punctuation) with a capital letter, i.e. it
 * quotes whole sentences. A mid-sentence quotation that never closes (`to act if “the rivers rise again.`)
 * is a lone mark: it ends with its paragraph.
 */
function quotesWholeSentences(text: string, para: Span, open: Found): boolean {
  let i = open.at - 1;
  while (i >= para.start && /\s/.test(text[i]!)) i--;
  const before = i >= para.start ? text[i]! : '';
  const first = text[open.at + open.mark.length] ?? '';
  return (before === '' || /[:,.!?]/.test(before)) && /[\p{Lu}\p{N}]/u.test(first);
}

/**
 * All top-level quotations of a text made of paragraphs (view offsets, paragraphs in order). A quotation
 * that never closes ends at its paragraph's end, or, by the continuation convention, goes on in the next
 * paragraph's first quotation when that paragraph opens with a quotation mark.
 */
export function pairQuotes(text: string, paragraphs: readonly Span[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let carry: MarkedQuote | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const quotes = pairParagraph(text, para);
    const next = paragraphs[p + 1];
    quotes.forEach((q, i) => {
      const contentStart = q.open.at + q.open.mark.length;
      const cut = q.cut;
      const contentEnd = q.close ? q.close.at : (cut ?? para.end);
      const part = trim(text, contentStart, contentEnd);
      const end = q.close ? q.close.at + q.close.mark.length : contentEnd;
      let quote: MarkedQuote;
      if (carry && i === 0 && text.slice(para.start, q.open.at).trim() === '') {
        quote = { ...carry, parts: [...carry.parts, part], end, closed: q.close !== null };
        carry = null;
      } else {
        if (carry) out.push(carry);
        carry = null;
        quote = { parts: [part], open: q.open.at, end, closed: q.close !== null };
      }
      const last = i === quotes.length - 1;
      const continues =
        last && !q.close && cut === undefined && next !== undefined && OPENS_PARAGRAPH.test(text.slice(next.start, next.end)) && quotesWholeSentences(text, para, q.open);
      if (continues) carry = quote;
      else out.push(quote);
    });
    if (carry && !quotes.length) {
      out.push(carry);
      carry = null;
    }
  }
  if (carry) out.push(carry);
  return out.filter((q) => q.parts.some((s) => s.end > s.start));
}
