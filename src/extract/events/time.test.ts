import { describe, expect, it } from 'vitest';
import { eventsOf, one } from './test-helpers.js';
import { precisionOf } from './time.js';

describe('event time', () => {
  it('nominal-modifier: a timex right before a noun trigger, or after it with "on"', () => {
    const e = one(eventsOf('Turnout in the March 7 election was low.'), 'election');
    expect([e.time, e.timeRule]).toEqual(['2021-03-07', 'nominal-modifier']);
    const m = one(eventsOf('The summit in Geneva on Feb. 2 ended early.'), 'summit');
    expect([m.time, m.timeRule]).toEqual(['2021-02-02', 'nominal-modifier']);
  });

  it('since: "since <date>" gives an open interval from then on', () => {
    const e = one(eventsOf('Strikes and protests have shaken the country since the Jan. 5 vote.'), 'protests');
    expect([e.time, e.timeRule]).toEqual(['2021-01-05/..', 'since']);
    expect(one(eventsOf('Strikes and protests have shaken the country since the Jan. 5 vote.'), 'vote').time).toBe('2021-01-05');
  });

  it('timex-in-clause: a fronted or trailing date goes to the nearest verb trigger of its clause', () => {
    const e = one(eventsOf('On Feb. 3, the minister announced that the army had deployed troops.'), 'announced');
    expect([e.time, e.timeRule]).toEqual(['2021-02-03', 'timex-in-clause']);
    expect(one(eventsOf('On Feb. 3, the minister announced that the army had deployed troops.'), 'deployed').time).toBe('');
    const r = one(eventsOf('The deal was signed, the agency reported Monday.'), 'reported');
    expect([r.time, r.timeRule]).toEqual(['2021-03-08', 'timex-in-clause']);
  });

  it('during-event: "During <dated event>" dates the asserted events of the sentence', () => {
    const e = one(eventsOf('During the Feb. 9 talks in Oslo, a truce was reached.'), 'reached');
    expect([e.time, e.timeRule]).toEqual(['2021-02-09', 'during-event']);
  });

  it('inherited-coreferent: a definite noun refers back to the last event of its type', () => {
    const es = eventsOf('The Feb. 14 referendum passed easily. Critics said the referendum was rushed.');
    const later = es.filter((e) => e.trigger === 'referendum')[1]!;
    expect([later.time, later.timeRule]).toEqual(['2021-02-14', 'inherited-coreferent']);
  });

  it('unknown otherwise, and never the publication date on its own', () => {
    const e = one(eventsOf('The minister resigned.'), 'resigned');
    expect(e.event.time).toEqual({ value: '', precision: 'unknown', timex: null, rule: 'unknown', reason: expect.any(String) });
  });

  it('precision from the value', () => {
    expect(precisionOf('2020-11-19')).toBe('day');
    expect(precisionOf('2020-08-09/..')).toBe('day');
    expect(precisionOf('2020-10')).toBe('month');
    expect(precisionOf('2020-W47')).toBe('week');
    expect(precisionOf('2020-Q3')).toBe('quarter');
    expect(precisionOf('2020')).toBe('year');
    expect(precisionOf('')).toBe('unknown');
  });
});
