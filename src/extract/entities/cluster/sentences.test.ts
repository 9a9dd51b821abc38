import { describe, expect, it } from 'vitest';
import { sentenceIndex } from './sentences.js';

describe('sentenceIndex', () => {
  const sx = sentenceIndex(40, [{ start: 0, end: 15 }, { start: 16, end: 30 }, { start: 32, end: 40 }]);
  it('finds the sentence of an offset', () => {
    expect(sx.at(3)).toBe(0);
    expect(sx.at(20)).toBe(1);
    expect(sx.startOf(20)).toBe(16);
    expect(sx.endOf(20)).toBe(30);
  });
  it('refuses spans that cross a boundary', () => {
    expect(sx.contains(2, 10)).toBe(true);
    expect(sx.contains(16, 30)).toBe(true);
    expect(sx.contains(10, 20)).toBe(false);
    expect(sx.contains(29, 33)).toBe(false);
  });
  it('treats a text without sentences as one', () => {
    const one = sentenceIndex(50, []);
    expect(one.contains(0, 50)).toBe(true);
    expect(one.startOf(10)).toBe(0);
    expect(one.endOf(10)).toBe(50);
  });
});
