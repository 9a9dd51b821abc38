import { describe, expect, it } from 'vitest';
import { compareTimelines, formatTimeline, microScores, pairScores, parseTimeline, reduceLinks, timelineLinks, type Timeline, type TimelineLine } from './timeline-score.js';

/** Timeline lines from `ORDER DATE EVENT…` rows (space separated, for brevity). */
const tl = (...rows: string[]): TimelineLine[] =>
  rows.map((r) => {
    const [order, date, ...events] = r.split(' ');
    return { order: Number(order), date: date!, events };
  });

const gold3 = tl('1 2010-01-01 1-0-a', '2 2010-01-02 1-1-b', '3 2010-01-03 2-0-c');

describe('parseTimeline / formatTimeline', () => {
  it('skips the entity line, blank lines and lines with fewer than three fields', () => {
    const t = parseTimeline('Steve Jobs\n0\tXXXX-XX-XX\t1-2-said\n\n1\t2005-06-06\t1-3-keynote\t2-4-keynote \n2\t2006\n');
    expect(t).toEqual({
      entity: 'Steve Jobs',
      lines: [
        { order: 0, date: 'XXXX-XX-XX', events: ['1-2-said'] },
        { order: 1, date: '2005-06-06', events: ['1-3-keynote', '2-4-keynote'] },
      ],
    });
    expect(parseTimeline(formatTimeline(t as Timeline))).toEqual(t);
  });

  it('reports an ORDER that is not an integer', () => {
    expect(parseTimeline('X\nfirst\t2005\t1-2-a\n')).toEqual({ error: 'line 2: ORDER "first" is not a non-negative integer' });
  });
});

describe('timelineLinks (the official timeline → TLINK conversion)', () => {
  it('links each event to its date, then each event to the next: BEFORE across orders, SIMULTANEOUS within', () => {
    expect(timelineLinks(tl('1 2010 1-0-a 2-0-a', '2 2011 1-1-b'))).toEqual([
      { from: 'e:1-0-a#0', to: 't:2010', rel: 'SIMULTANEOUS' },
      { from: 'e:2-0-a#0', to: 't:2010', rel: 'SIMULTANEOUS' },
      { from: 'e:1-1-b#0', to: 't:2011', rel: 'SIMULTANEOUS' },
      { from: 'e:1-0-a#0', to: 'e:2-0-a#0', rel: 'SIMULTANEOUS' },
      { from: 'e:2-0-a#0', to: 'e:1-1-b#0', rel: 'BEFORE' },
    ]);
  });

  it('drops order 0 and sorts lines naturally (9 before 10), numbers before text', () => {
    const a = timelineLinks(tl('10 2012 1-0-c', '0 XXXX-XX-XX 1-0-z', '9 XXXX-XX-XX 1-0-b', '9 2011 1-0-a'));
    expect(a.filter((l) => l.rel === 'BEFORE' || l.to.startsWith('e:'))).toEqual([
      { from: 'e:1-0-a#0', to: 'e:1-0-b#0', rel: 'SIMULTANEOUS' },
      { from: 'e:1-0-b#0', to: 'e:1-0-c#0', rel: 'BEFORE' },
    ]);
    expect(a.some((l) => l.from.includes('1-0-z'))).toBe(false);
  });

  it('gives a repeated event id a node per occurrence', () => {
    expect(timelineLinks(tl('1 2010 1-0-a', '2 2011 1-0-a')).map((l) => l.from)).toEqual(['e:1-0-a#0', 'e:1-0-a#1', 'e:1-0-a#0']);
  });
});

describe('reduceLinks', () => {
  it('leaves out links the earlier ones imply, keeps contradicting ones', () => {
    // same date, different orders: a = t = b, then a BEFORE b contradicts and is kept (as TE3 keeps violated relations)
    const { reduced } = reduceLinks(timelineLinks(tl('1 2010 1-0-a', '1 2010 1-0-b', '2 2010 1-0-c')));
    expect(reduced.map((l) => `${l.from} ${l.rel} ${l.to}`)).toEqual([
      'e:1-0-a#0 SIMULTANEOUS t:2010',
      'e:1-0-b#0 SIMULTANEOUS t:2010',
      'e:1-0-c#0 SIMULTANEOUS t:2010',
      'e:1-0-b#0 BEFORE e:1-0-c#0',
    ]);
  });

  it('does not mutate its input', () => {
    const links = Object.freeze(timelineLinks(gold3).map((l) => Object.freeze({ ...l })));
    expect(() => reduceLinks(links)).not.toThrow();
  });
});

describe('compareTimelines (temporal awareness)', () => {
  it('scores identical timelines 1', () => {
    const c = compareTimelines(gold3, gold3);
    expect(c).toEqual({ precMatched: 5, system: 5, recMatched: 5, gold: 5 });
    expect(pairScores(c)).toEqual({ f1: 1, precision: 1, recall: 1 });
  });

  it('scores one swapped pair: only the swapped BEFORE fails, the rest is verified through closure', () => {
    // system: b before a (dates kept); a < c still follows from b < a < c … and from a < b < c in the gold
    const c = compareTimelines(gold3, tl('1 2010-01-02 1-1-b', '2 2010-01-01 1-0-a', '3 2010-01-03 2-0-c'));
    expect(c).toEqual({ precMatched: 4, system: 5, recMatched: 4, gold: 5 });
    expect(pairScores(c).f1).toBeCloseTo(0.8, 10);
  });

  it('scores simultaneous where the gold says before: the event–date links hold, the order does not', () => {
    const gold = tl('1 2010-01-01 1-0-a', '2 2010-01-02 1-0-b');
    const c = compareTimelines(gold, tl('1 2010-01-01 1-0-a', '1 2010-01-02 1-0-b'));
    expect(c).toEqual({ precMatched: 2, system: 3, recMatched: 2, gold: 3 });
    expect(pairScores(c).f1).toBeCloseTo(2 / 3, 10);
  });

  it('scores an empty system 0 (recall 0, no system link)', () => {
    expect(compareTimelines(gold3, [])).toEqual({ precMatched: 0, system: 0, recMatched: 0, gold: 5 });
    expect(pairScores(compareTimelines(gold3, []))).toEqual({ f1: 0, precision: 0, recall: 0 });
  });

  it('ignores order-0 events on both sides', () => {
    expect(compareTimelines([...gold3, ...tl('0 XXXX-XX-XX 9-9-x')], [...gold3, ...tl('0 XXXX-XX-XX 8-8-y')])).toEqual({ precMatched: 5, system: 5, recMatched: 5, gold: 5 });
  });

  it('counts a spurious event against precision only', () => {
    const c = compareTimelines(gold3, [...gold3, ...tl('4 2010-01-04 3-0-d')]);
    expect(c).toEqual({ precMatched: 5, system: 7, recMatched: 5, gold: 5 });
  });

  it('scores the gold against itself 1 even where it contradicts itself', () => {
    const g = tl('1 2010 1-0-a', '2 2010 1-0-b', '3 XXXX-XX-XX 1-0-c', '4 XXXX-XX-XX 1-0-d');
    expect(pairScores(compareTimelines(g, g))).toEqual({ f1: 1, precision: 1, recall: 1 });
  });
});

describe('microScores', () => {
  it('sums the counts over timelines before dividing (micro, not macro)', () => {
    const s = microScores([
      { precMatched: 1, system: 1, recMatched: 1, gold: 1 },
      { precMatched: 0, system: 3, recMatched: 0, gold: 3 },
    ]);
    expect(s.precision).toBe(0.25);
    expect(s.recall).toBe(0.25);
    expect(s.f1).toBe(0.25);
  });

  it('gives 0 with nothing to count', () => {
    expect(microScores([])).toEqual({ f1: 0, precision: 0, recall: 0 });
  });
});
