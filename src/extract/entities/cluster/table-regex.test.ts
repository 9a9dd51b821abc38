import { describe, expect, it } from 'vitest';
import { rowAlternation, rowOf, wholeMatcher } from './table-regex.js';

describe('table regexes', () => {
  it('tells which row matched', () => {
    const re = new RegExp(`\\b${rowAlternation(['foreign ministry', 'ministry', 'police(?: force)?'])}\\b`, 'gi');
    const rows = [...'The foreign  ministry and the police force, then the Ministry.'.matchAll(re)].map((m) => [m[0], rowOf(m, 1, 3)]);
    expect(rows).toEqual([['foreign  ministry', 0], ['police force', 2], ['Ministry', 1]]);
  });
  it('matches whole phrases', () => {
    const row = wholeMatcher(['prime minister', 'minister']);
    expect(row('Prime Minister')).toBe(0);
    expect(row('minister')).toBe(1);
    expect(row('ministers')).toBe(-1);
  });
});
