/** Strings that hold no quotation and no reported speech: the stage's rules must find nothing. */
import { describe, expect, it } from 'vitest';
import { findQuotes } from './find.js';

const NEGATIVE = [
  'The so-called “reforms” were never passed by the assembly.',
  'She watched the film “Midnight in the Garden” twice last year.',
  'The hashtag “rebuild” trended across the region on Friday.',
  'A “temporary” bridge has stood over the river for thirty years.',
  'His “plan” was a list of slogans, and the voters noticed.',
  'The band played “Home Again” and “Summer Roads” at the fair.',
  'The council’s report isn’t ready, and the mayor’s office is closed.',
  'The reporters waited outside the court for the verdict.',
  'Officials were told to leave the building by noon.',
  'The statement was read aloud at the start of the meeting.',
  'Sales reports show a rise in the second quarter of the year.',
  'The “Save the Harbour” campaign raised money for the repairs.',
  'The book is titled “Roads We Never Took” and came out in spring.',
];

describe('negative cases: no quotation', () => {
  for (const text of NEGATIVE) {
    it(text, () => {
      const q = findQuotes({ text, paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }] });
      expect(q.map((x) => `${x.rule}: ${x.parts.map((p) => text.slice(p.start, p.end)).join(' | ')}`)).toEqual([]);
    });
  }
});
