import { DatelineError } from './errors.js';

/** A half-open character range [start, end) into a document's original text (UTF-16 code units, as JS strings). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the exact original text it covers. */
export interface TextSpan extends Span {
  readonly text: string;
}

/**
 * Makes a span over `original`, refusing one that lies outside the text or is inverted.
 * Like spaCy's char_span: a misaligned span is an error, never repaired by searching the text again.
 */
export function textSpan(original: string, start: number, end: number): TextSpan {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > original.length || start > end) {
    throw new DatelineError('E_SPAN_MISALIGNED', `span [${start}, ${end}) lies outside a text of length ${original.length}`, {
      start,
      end,
      length: original.length,
    });
  }
  return { start, end, text: original.slice(start, end) };
}

/** Narrows a span so that it starts and ends on non-whitespace (an all-space span collapses to its start). */
export function trimSpan(original: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(original[start]!)) start++;
  while (end > start && /\s/.test(original[end - 1]!)) end--;
  return { start, end };
}

export function spanLength(s: Span): number {
  return s.end - s.start;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
