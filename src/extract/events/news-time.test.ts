import { describe, expect, it } from 'vitest';
import type { Timex } from '../../core/schema.js';
import { newsTime } from './news-time.js';
import { eventsOf, one } from './test-helpers.js';

const timex = (id: string, value: string, type: Timex['type'] = 'DATE'): Timex => ({
  id, type, value, start: 0, end: 5, text: 'today', rule: 'test', anchor: { kind: 'dct', reason: 'test' },
});

describe('news time (inherited-news-time)', () => {
  it('is the first day-precision DATE/TIME from the publication date back 7 days', () => {
    const ts = [timex('t0', '1991'), timex('t1', '2010-05-01'), timex('t2', 'P3D', 'DURATION'), timex('t3', '2010-06-07T10:00', 'TIME'), timex('t4', '2010-06-08')];
    expect(newsTime(ts, '2010-06-08')?.id).toBe('t3');
    expect(newsTime(ts, '2010-06-08T09:00:00Z')?.id).toBe('t3');
    expect(newsTime([timex('t0', '2010-06-09')], '2010-06-08')).toBeNull(); // after publication
    expect(newsTime([timex('t0', '2010-05-30')], '2010-06-08')).toBeNull(); // 9 days before
    expect(newsTime(ts, null)).toBeNull();
  });
  it('dates the asserted events of the article that have no time of their own', () => {
    const evs = eventsOf('Yesterday, Apple chief Steve Jobs unveiled a new phone in San Francisco. Jobs demoed the device on stage.', '2010-06-08');
    expect(one(evs, 'unveiled').time).toBe('2010-06-07');
    const demo = one(evs, 'demoed');
    expect(demo.time).toBe('2010-06-07');
    expect(demo.timeRule).toBe('inherited-news-time');
    expect(demo.event.time.reason).toContain('"Yesterday"');
  });
  it('leaves perfect tenses, future and negated events unknown', () => {
    const evs = eventsOf('On Monday, Apple released a phone. Apple has accused Samsung of copying it. Apple will not release a tablet. Jobs will visit Paris.', '2010-06-08');
    expect(one(evs, 'released').time).toBe('2010-06-07');
    expect(one(evs, 'accused').time).toBe('');
    expect(one(evs, 'release').time).toBe('');
    expect(one(evs, 'visit').time).toBe('');
  });
  it('gives nothing when no time expression is near the publication date (never the publication date itself)', () => {
    const evs = eventsOf('Apple released a new phone in San Francisco. Jobs demoed the device in 2005.', '2010-06-08');
    expect(one(evs, 'released').time).toBe('');
    expect(one(evs, 'released').timeRule).toBe('unknown');
  });
  it('gives nothing to nouns, gerunds and words inside a direct quotation (background, not the story)', () => {
    const evs = eventsOf('Apple news\n\nOn Monday, Apple released a phone in Cupertino. In London, Apple fans stood outside the store, with many calling for a cheaper model. The release came after the June election in Britain. "We launched it," Steve Jobs said.', '2010-06-08');
    expect(one(evs, 'released').time).toBe('2010-06-07');
    expect(one(evs, 'calling for').timeRule).toBe('unknown');
    expect(evs.filter((e) => e.trigger === 'election').map((e) => e.timeRule)).not.toContain('inherited-news-time');
    expect(evs.find((e) => e.trigger === 'launched')?.time ?? '').toBe('');
    expect(one(evs, 'said').time).toBe('2010-06-07');
  });
});
