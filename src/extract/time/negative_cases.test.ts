/** Strings that hold no time expression and must yield nothing (chrono-node style negative cases). */
import { describe, expect, it } from 'vitest';
import { tagTimex } from './index.js';

const NEGATIVE = [
  'May I ask a question?',
  'She may leave early, but March she will not.',
  'The March of Dimes raised money for research.',
  'The panel took a second look at the evidence.',
  'Officials counted 2020 votes in the district.',
  'The company employs 1998 people in the region.',
  'Read it at https://www.example.com/2020/11/19/story-title and share.',
  'See www.example.org/archive/2019-05-04/page.html for details.',
  'The 6-year-old boy was found safe.',
  'He scored 2-1 in the final and 3:1 overall.',
  'The Sunday Times and the Daily Mail ran the story.',
  'Call 1-800-555-2020 for help.',
  'She lives at 1600 Pennsylvania Avenue.',
  'The report runs to 2000 pages.',
  'Prices rose 3.5 percent in the period.',
  'Nearly a quarter of the workforce went on strike.',
  'Iraq imports about three-quarters of its food.',
  'He quoted the film High Noon and watched 60 Minutes.',
  'Mr. Smith, 52 years old, will retire.',
  'The minister spoke on the programme “This Week” about taxes.',
  'She sent Christmas cards to the staff.',
];

describe('negative cases: no time expression', () => {
  for (const text of NEGATIVE) {
    it(text, () => {
      expect(tagTimex(text, '2020-11-20').map((t) => t.text)).toEqual([]);
    });
  }
});

describe('paragraph breaks', () => {
  it('no expression runs across a blank line', () => {
    const text = 'Saturday, 26 February\n\n1600 GMT kick-off at the stadium.';
    const found = tagTimex(text, '2005-02-20');
    expect(found.every((t) => !/\n\s*\n/.test(t.text))).toBe(true);
    expect(found.map((t) => t.value)).not.toContain('1600-02-26');
  });
});
