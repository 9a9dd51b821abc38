import { describe, expect, it } from 'vitest';
import { normaliseGivenDate, statedDays } from './dates.js';

describe('given dates', () => {
  it('takes ISO days and date-times as they are, and refuses impossible days', () => {
    expect(normaliseGivenDate(' 2020-11-20 ')).toBe('2020-11-20');
    expect(normaliseGivenDate('2020-11-20 08:00')).toBe('2020-11-20T08:00');
    expect(normaliseGivenDate('2020-11-20T08:00:00+03:00')).toBe('2020-11-20T08:00:00+03:00');
    expect(normaliseGivenDate('2020-02-30')).toBeNull();
  });

  it('reads a written date that is the whole value', () => {
    for (const v of ['Nov 20, 2020', 'Friday, November 20, 2020', 'Fri, 20 Nov 2020 08:00:00 GMT', '20 Nov 2020 08:00', 'Nov. 20, 2020, 9:02 AM']) {
      expect(normaliseGivenDate(v), v).toBe('2020-11-20');
    }
  });

  it('refuses what is not a whole day, or a date inside a longer text', () => {
    for (const v of ['soon', 'yesterday-ish', 'Nov 20', 'November 2020', 'Published on Nov 20, 2020 by John Smith of the Daily Planet']) {
      expect(normaliseGivenDate(v), v).toBeNull();
    }
  });
});

describe('stated days', () => {
  it('finds full dates only, with their offsets', () => {
    const text = 'Talks began on Aug. 9 and ended on 4 May 2019; the next day nothing happened. In 2020 they resumed.';
    expect(statedDays(text).map((d) => [d.year, d.month, d.day, text.slice(d.start, d.end)])).toEqual([[2019, 5, 4, '4 May 2019']]);
  });
});

describe('dates given with an input', () => {
  it('reads all-digit dates whose order is unambiguous, and refuses the rest', () => {
    expect(normaliseGivenDate('2020/11/20')).toBe('2020-11-20');
    expect(normaliseGivenDate('20.11.2020')).toBe('2020-11-20');
    expect(normaliseGivenDate('11/20/2020')).toBe('2020-11-20');
    expect(normaliseGivenDate('20/11/2020')).toBe('2020-11-20');
    expect(normaliseGivenDate('05/06/2020')).toBeNull();
    expect(normaliseGivenDate('31.02.2020')).toBeNull();
    expect(normaliseGivenDate('20-Nov-2020')).toBe('2020-11-20');
  });
});
