import { describe, expect, it } from 'vitest';
import { dayRange, relateDates } from './dates.js';

describe('merge dates', () => {
  it('reads the days a value covers at its precision', () => {
    expect(dayRange('2020-11-19')).toEqual({ from: '2020-11-19', to: '2020-11-19' });
    expect(dayRange('2020-02')).toEqual({ from: '2020-02-01', to: '2020-02-29' });
    expect(dayRange('2020-Q4')).toEqual({ from: '2020-10-01', to: '2020-12-31' });
    expect(dayRange('2020-W47')).toEqual({ from: '2020-11-16', to: '2020-11-22' });
    expect(dayRange('2020')).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(dayRange('2020-08-09/..')?.from).toBe('2020-08-09');
    expect(dayRange('')).toBeNull();
    expect(dayRange('PAST_REF')).toBeNull();
  });

  it('tells compatible dates from disjoint ones', () => {
    expect(relateDates('2020-11-19', '2020-11-19')).toBe('same-day');
    expect(relateDates('2020-11', '2020-11-19')).toBe('compatible');
    expect(relateDates('2020-W47', '2020-11-19')).toBe('compatible');
    expect(relateDates('2020-11-19', '2020-11-20')).toBe('disjoint');
    expect(relateDates('2020-10', '2020-11-19')).toBe('disjoint');
    expect(relateDates('2020-08-09/..', '2020-11-19')).toBe('compatible');
    expect(relateDates('', '2020-11-19')).toBe('unknown');
  });
});
