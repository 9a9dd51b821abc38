import { describe, expect, it } from 'vitest';
import { eventsOf } from './test-helpers.js';

/** Strings that must yield no event. */
const NONE = [
  'The agreement runs to forty pages.', // a light noun alone: the document, not an event
  'Lawyers are citing the treaty.',
  'The cooperation agreement covers border checks.', // a noun trigger as a modifier of another noun
  'The election campaign was long.',
  'Staff stayed late in order to finish.', // stop word: "in order to"
  'A man named Smith answered the door.',
  'The street was named after a poet.',
  'The budget will meet its targets.', // "meet" meaning "satisfy"
  'Residents signed up for the scheme.',
  'The firm set up a shell company abroad.',
  'Officials said the roads were clear.', // speech verb attributing a quote
  'The weather was mild and dry.',
  'Public order and safety were reviewed in committee.', // "order" as a noun is no ORDER
];

describe('negative cases', () => {
  for (const text of NONE) {
    it(JSON.stringify(text), () => {
      expect(eventsOf(text).map((e) => `${e.type}:${e.trigger}`)).toEqual([]);
    });
  }
});
