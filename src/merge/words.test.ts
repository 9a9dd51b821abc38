import { describe, expect, it } from 'vitest';
import { headStem, normName, slug, stem } from './words.js';

describe('merge words', () => {
  it('reduces the forms of one word to one stem', () => {
    expect(new Set(['arrested', 'arrests', 'arrest', 'arresting'].map(stem))).toEqual(new Set(['arrest']));
    expect(new Set(['charge', 'charged', 'charges'].map(stem)).size).toBe(1);
    expect(new Set(['die', 'died', 'dies', 'dying'].map(stem)).size).toBe(1);
    expect(new Set(['stop', 'stopped', 'stopping'].map(stem)).size).toBe(1);
    expect(stem('shot')).toBe(stem('shooting'));
    expect(stem('signed')).not.toBe(stem('sent'));
  });

  it('takes the head of a verb group, not its auxiliaries or particles', () => {
    expect(headStem('has been arrested')).toBe(stem('arrest'));
    expect(headStem('took over')).toBe(stem('take'));
    expect(headStem('signing')).toBe(stem('signed'));
    expect(headStem('6.1 - magnitude earthquake')).toBe(stem('earthquakes'));
  });

  it('compares names without case, a leading "the" or a possessive', () => {
    expect(normName('The  National\nGuard')).toBe('national guard');
    expect(normName('Belarus’')).toBe('belarus');
    expect(slug('Ministry of Internal Affairs of Belarus')).toBe('ministry-of-internal-affairs-of-belarus');
    expect(slug('Лукашенко')).toBe('лукашенко');
  });
});
