/**
 * A derived text (e.g. the clean body) with an offset map back to the original. The view is built from
 * pieces of the original and inserted separators; every view offset inside a piece maps to exactly one
 * original offset, and a view range maps back to one or more exact original spans.
 */
import type { Span } from './span.js';

interface Piece {
  viewStart: number;
  origStart: number;
  length: number;
}

export type ViewPart = Span | { insert: string };

export class TextView {
  readonly text: string;
  private readonly pieces: Piece[];
  private readonly original: string;

  constructor(original: string, parts: ViewPart[]) {
    this.original = original;
    const pieces: Piece[] = [];
    let text = '';
    for (const p of parts) {
      if ('insert' in p) {
        text += p.insert;
        continue;
      }
      if (p.end <= p.start) continue;
      pieces.push({ viewStart: text.length, origStart: p.start, length: p.end - p.start });
      text += original.slice(p.start, p.end);
    }
    this.text = text;
    this.pieces = pieces;
  }

  /** Original offset of the view character at `viewOffset`, or undefined for inserted characters. */
  toOriginal(viewOffset: number): number | undefined {
    const p = this.pieceAt(viewOffset);
    return p ? p.origStart + (viewOffset - p.viewStart) : undefined;
  }

  /**
   * Maps the view range [start, end) to exact spans of the original. Inserted separators map to
   * nothing. Consecutive pieces are merged into one span when the original between them holds only
   * whitespace (a hard line break); a gap with other characters (inserted debris) keeps them apart.
   */
  toOriginalSpans(start: number, end: number): Span[] {
    const out: Span[] = [];
    // the first piece ending after `start` (binary search: callers map every token, articles have many pieces)
    let lo = 0;
    let hi = this.pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.pieces[mid]!;
      if (m.viewStart + m.length <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.pieces.length; i++) {
      const p = this.pieces[i]!;
      const pEnd = p.viewStart + p.length;
      if (pEnd <= start) continue;
      if (p.viewStart >= end) break;
      const s = Math.max(start, p.viewStart);
      const e = Math.min(end, pEnd);
      const span = { start: p.origStart + (s - p.viewStart), end: p.origStart + (e - p.viewStart) };
      const last = out[out.length - 1];
      if (last && /^\s*$/.test(this.original.slice(last.end, span.start))) {
        out[out.length - 1] = { start: last.start, end: span.end };
      } else {
        out.push(span);
      }
    }
    return out;
  }

  private pieceAt(viewOffset: number): Piece | undefined {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = this.pieces[mid]!;
      if (viewOffset < p.viewStart) hi = mid - 1;
      else if (viewOffset >= p.viewStart + p.length) lo = mid + 1;
      else return p;
    }
    return undefined;
  }
}
