import { describe, expect, it } from 'vitest';
import { only } from '../test/helpers.js';

describe('set rules', () => {
  it('reads recurring times', () => {
    expect(only('The ferry sails daily.')).toEqual(['daily', 'SET', 'P1D']);
    expect(only('The board meets every month.')).toEqual(['every month', 'SET', 'P1M']);
    expect(only('The scheme costs $5 million a year.')).toEqual(['a year', 'SET', 'P1Y']);
    expect(only('Markets open every Friday.')).toEqual(['every Friday', 'SET', 'XXXX-WXX-5']);
    expect(only('The shop closes on Sundays.')).toEqual(['Sundays', 'SET', 'XXXX-WXX-7']);
    expect(only('The marchers parade each July.')).toEqual(['each July', 'SET', 'XXXX-07']);
  });
});
