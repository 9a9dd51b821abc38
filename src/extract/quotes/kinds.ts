/**
 * What a pair of quotation marks holds: speech (direct or partial) or not speech at all (a scare quote, a
 * title, a label). The criterion, in order:
 *  1. a label word right before the marks ("so-called", "dubbed", "titled", "the word") → not speech;
 *  2. a speech cue found for it (see attribute.ts) → speech; for three words or fewer the cue must be next
 *     to the marks (`"Nonsense," he said.`, `He said: "Never."`), not merely elsewhere in the sentence;
 *  3. no cue: three words or fewer → a scare quote; every longer word capitalised → a title; otherwise
 *     speech without a cue (words quoted from a document, or a quotation that goes on from the previous one).
 * Kind: direct when the quotation is a whole sentence — it opens at a sentence start (paragraph or sentence
 * start, after a colon or comma, or right after its cue) with a capital letter or digit; partial otherwise.
 */
import { isWord, lower, words } from './words.js';

/** Words right before the marks that make them a name or a mention of words, not speech. */
const LABELS: ReadonlySet<string> = new Set([
  'so-called', 'dubbed', 'titled', 'entitled', 'headlined', 'nicknamed', 'named', 'word', 'words', 'term', 'phrase', 'slogan',
  'hashtag', 'known', 'billed', 'branded', 'labeled', 'labelled', 'film', 'movie', 'book', 'song', 'album', 'show', 'series',
  'programme', 'program', 'novel', 'play', 'episode', 'article', 'column', 'op-ed', 'editorial', 'essay', 'documentary', 'magazine', 'newspaper',
]);

export function isLabelled(text: string, open: number, lo: number): boolean {
  const before = words(text, Math.max(lo, open - 40), open);
  const last = before[before.length - 1];
  if (!last) return false;
  const lw = lower(last);
  if (LABELS.has(lw)) return true;
  // "known as", "billed as", "the word of"
  return lw === 'as' && LABELS.has(lower(before[before.length - 2]));
}

const MIN_WORDS = 4;

/** Not speech when no cue was found: a scare quote (few words) or a title (capitalised words). */
export function isScareOrTitle(text: string, start: number, end: number): boolean {
  const ws = words(text, start, end).filter(isWord);
  if (ws.length < MIN_WORDS) return true;
  const long = ws.filter((w) => w.w.length >= 4);
  return long.length >= 2 && long.every((w) => /^[\p{Lu}\p{N}]/u.test(w.w));
}

/**
 * Whether a quotation is a whole sentence: opened at `open`, its content starting at `contentStart`;
 * `sentenceStart` is where its sentence starts; `cueEnd` is the end of a cue right before it, if any.
 */
export function isWholeSentence(text: string, open: number, contentStart: number, sentenceStart: number, cueEnd: number | null): boolean {
  if (!/[\p{Lu}\p{N}"“«„]/u.test(text[contentStart] ?? '')) return false;
  let i = open - 1;
  while (i >= sentenceStart && /\s/.test(text[i]!)) i--;
  if (i < sentenceStart) return true;
  if (/[:,.!?;\u2014\u2013]/.test(text[i]!)) return true;
  return cueEnd !== null && i < cueEnd + 1;
}
