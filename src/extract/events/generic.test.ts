import { describe, expect, it } from 'vitest';
import { eventsOf, one } from './test-helpers.js';

describe('generic occurrences (OCCUR)', () => {
  it('reads common news verbs and nouns outside the ontology, with participants and in-clause dates', () => {
    const evs = eventsOf('On June 7, Apple released a new phone in San Francisco. Apple said the June 24 launch was delayed.', '2010-06-08');
    const rel = one(evs, 'released');
    expect(rel.type).toBe('OCCUR');
    expect(rel.time).toBe('2010-06-07');
    expect(rel.agents).toContain('Apple');
    expect(one(evs, 'launch').time).toBe('2010-06-24');
  });
  it('never takes a word or a date from an ontology event', () => {
    const evs = eventsOf('On March 2, Turkey and Greece signed a fisheries accord in Athens.', '2021-03-04');
    const signed = one(evs, 'signed');
    expect(signed.type).toBe('AGREE');
    expect(signed.time).toBe('2021-03-02');
    expect(evs.filter((e) => e.type === 'OCCUR')).toEqual([]);
  });
  it('leaves undated events undated (never the publication date) and skips sentences without a mention', () => {
    const evs = eventsOf('In 2005, Apple released a new phone in San Francisco. Apple sold a million phones. Sales rose sharply.', '2010-06-08');
    expect(one(evs, 'sold').time).toBe('');
    expect(one(evs, 'sold').timeRule).toBe('unknown');
    expect(evs.some((e) => e.trigger === 'rose')).toBe(false);
  });
});
