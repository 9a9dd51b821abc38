/**
 * The text the rules read: the clean view's text with its paragraphs and sentences as view ranges, and the
 * words of each sentence, cut once. Pure helpers for finding the sentence or the word at an offset.
 */
import type { Span } from '../../core/span.js';
import { words, type Word } from './words.js';

export interface Passage {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  /** Sentences in text order, each inside one paragraph. */
  readonly sentences: readonly Span[];
}

export interface Reader extends Passage {
  /** Index of the sentence holding offset `at` (or the last one starting before it), -1 before the first. */
  sentenceAt(at: number): number;
  /** Words of sentence `i`, cached. */
  wordsOf(i: number): readonly Word[];
  /** Index of the paragraph holding offset `at`. */
  paragraphAt(at: number): number;
}

function lastStartingAtOrBefore(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export function reader(p: Passage): Reader {
  const cache = new Map<number, readonly Word[]>();
  return {
    ...p,
    sentenceAt: (at) => lastStartingAtOrBefore(p.sentences, at),
    paragraphAt: (at) => lastStartingAtOrBefore(p.paragraphs, at),
    wordsOf(i) {
      let ws = cache.get(i);
      if (!ws) {
        const s = p.sentences[i]!;
        cache.set(i, (ws = words(p.text, s.start, s.end)));
      }
      return ws;
    },
  };
}

/** Index of the first word starting at or after `at`. */
export function wordIndexAt(ws: readonly Word[], at: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
