/**
 * Sentence lookups: which sentence holds an offset, and whether a span stays inside one sentence.
 * With no sentences the whole text counts as one.
 */
import type { Span } from './types.js';

export interface SentenceIndex {
  /** Index of the last sentence starting at or before `pos` (0 when none does). */
  at(pos: number): number;
  /** Start of the sentence holding `pos` (0 when none). */
  startOf(pos: number): number;
  /** End of the sentence holding `pos` (the text's length when none). */
  endOf(pos: number): number;
  /** True when no sentence boundary falls strictly inside the span. */
  contains(start: number, end: number): boolean;
}

export function sentenceIndex(textLength: number, sentences: readonly Span[]): SentenceIndex {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const ends = sorted.map((s) => s.end);
  const lastAtOrBefore = (arr: number[], pos: number): number => {
    let lo = 0;
    let hi = arr.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid]! <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
  const at = (pos: number): number => Math.max(0, lastAtOrBefore(starts, pos));
  const holding = (pos: number): Span | undefined => {
    const i = lastAtOrBefore(starts, pos);
    const s = i >= 0 ? sorted[i] : undefined;
    return s && pos < s.end ? s : undefined;
  };
  return {
    at,
    startOf: (pos) => holding(pos)?.start ?? (sorted.length ? Math.max(0, ends[lastAtOrBefore(ends, pos)] ?? 0) : 0),
    endOf: (pos) => holding(pos)?.end ?? (sorted.length ? (starts[lastAtOrBefore(starts, pos) + 1] ?? textLength) : textLength),
    contains: (start, end) => {
      if (end <= start) return false;
      // a sentence start or end strictly inside (start, end) splits the span
      const si = lastAtOrBefore(starts, end - 1);
      if (si >= 0 && starts[si]! > start) return false;
      const ei = lastAtOrBefore(ends, end - 1);
      return !(ei >= 0 && ends[ei]! > start);
    },
  };
}
