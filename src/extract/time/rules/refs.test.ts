import { describe, expect, it } from 'vitest';
import { only, tags } from '../test/helpers.js';

describe('reference rules', () => {
  it('reads vague present, past and future references', () => {
    expect(only('The border is now closed.')).toEqual(['now', 'DATE', 'PRESENT_REF']);
    expect(only('Such cases were rare in the past.')).toEqual(['the past', 'DATE', 'PAST_REF']);
    expect(only('Prices may rise in the future.')).toEqual(['the future', 'DATE', 'FUTURE_REF']);
    expect(only('The mayor recently resigned.')).toEqual(['recently', 'DATE', 'PAST_REF']);
  });

  it('leaves "the past" to the duration rule when a length follows', () => {
    expect(tags('It rained for the past three days.')).toEqual([['the past three days', 'DURATION', 'P3D']]);
  });

  it('reads "current" as the present, but not in accounting terms or before a unit', () => {
    expect(only('The plant closed because of current market conditions.')).toEqual(['current', 'DATE', 'PRESENT_REF']);
    expect(tags('The current account deficit widened.')).toEqual([]);
    expect(only('Sales in the current fiscal year will rise.')[0]).not.toBe('current');
  });

  it('reads "the near term", "a later date", "as soon as possible", "future quarters" and "then current"', () => {
    expect(only('We do not minimise the challenges of the near term.')).toEqual(['the near term', 'DATE', 'FUTURE_REF']);
    expect(only('It may sell shares at a later date.')).toEqual(['a later date', 'DATE', 'FUTURE_REF']);
    expect(only('It will liquidate the unit as soon as possible.')).toEqual(['as soon as possible', 'DATE', 'FUTURE_REF']);
    expect(only('Losses will cut tax payments in future quarters.')).toEqual(['future quarters', 'DATE', 'FUTURE_REF']);
    expect(only('Holders may buy shares at half the then current market price.')).toEqual(['then current', 'DATE', 'PAST_REF']);
  });
});
