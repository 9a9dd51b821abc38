import { describe, expect, it } from 'vitest';
import { TextView } from './view.js';
import { textSpan } from './span.js';
import { DatelineError } from './errors.js';

describe('TextView', () => {
  const original = 'Hello\nworld.\n\nhttps://x.y\n\nAnd more.';
  // "Hello world." joined across the hard wrap, then the debris skipped, then "And more."
  const view = new TextView(original, [{ start: 0, end: 5 }, { insert: ' ' }, { start: 6, end: 12 }, { insert: ' ' }, { start: 27, end: 36 }]);

  it('builds the view text from pieces and inserts', () => {
    expect(view.text).toBe('Hello world. And more.');
  });

  it('maps view offsets inside pieces to original offsets, inserted characters to nothing', () => {
    expect(view.toOriginal(0)).toBe(0);
    expect(view.toOriginal(6)).toBe(6);
    expect(view.toOriginal(5)).toBeUndefined();
    expect(view.toOriginal(13)).toBe(27);
  });

  it('merges pieces separated only by whitespace in the original (a hard wrap) into one span', () => {
    expect(view.toOriginalSpans(0, 12)).toEqual([{ start: 0, end: 12 }]);
    expect(original.slice(0, 12)).toBe('Hello\nworld.');
  });

  it('keeps pieces apart when debris lies between them', () => {
    const spans = view.toOriginalSpans(6, 22);
    expect(spans).toEqual([{ start: 6, end: 12 }, { start: 27, end: 36 }]);
    expect(spans.map((s) => original.slice(s.start, s.end))).toEqual(['world.', 'And more.']);
  });
});

describe('textSpan', () => {
  it('slices exactly', () => expect(textSpan('abcdef', 1, 4)).toEqual({ start: 1, end: 4, text: 'bcd' }));
  it('refuses a span outside the text or inverted, with a stable code', () => {
    for (const [s, e] of [[-1, 2], [2, 1], [0, 7], [0.5, 2]] as const) {
      expect(() => textSpan('abcdef', s, e)).toThrowError(DatelineError);
      try {
        textSpan('abcdef', s, e);
      } catch (err) {
        expect((err as DatelineError).code).toBe('E_SPAN_MISALIGNED');
      }
    }
  });
});
