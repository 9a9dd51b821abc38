import { describe, expect, it } from 'vitest';
import { words, wordCount } from './words.js';

describe('words', () => {
  it('keeps abbreviations, possessives and hyphens inside words and splits a final period', () => {
    expect(words('Mr. Gray’s U.S. law-enforcement plan ended.').map((w) => w.w)).toEqual(['Mr.', 'Gray’s', 'U.S.', 'law-enforcement', 'plan', 'ended', '.']);
  });
  it('gives offsets into the text', () => {
    const text = 'He said: “yes.”';
    for (const w of words(text)) expect(text.slice(w.start, w.end)).toBe(w.w);
  });
  it('counts words only', () => {
    expect(wordCount('“Two words,” he said.', 0, 12)).toBe(2);
  });
});
