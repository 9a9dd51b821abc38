import { describe, expect, it } from 'vitest';
import { only, tags } from '../test/helpers.js';

describe('duration rules', () => {
  it('reads counted durations', () => {
    expect(only('The siege lasted three months.')).toEqual(['three months', 'DURATION', 'P3M']);
    expect(only('He served 12 years in office.')).toEqual(['12 years', 'DURATION', 'P12Y']);
    expect(only('A 24-hour strike began.')).toEqual(['24-hour', 'DURATION', 'PT24H']);
    expect(only('The war lasted a decade.')).toEqual(['a decade', 'DURATION', 'P10Y']);
    expect(only('Output has grown over the past two years.')).toEqual(['the past two years', 'DURATION', 'P2Y']);
  });

  it('uses X for vague amounts and bare plurals', () => {
    expect(only('The talks could take several weeks.')).toEqual(['several weeks', 'DURATION', 'PXW']);
    expect(only('The agreement comes amid months of protests.')).toEqual(['months', 'DURATION', 'PXM']);
    expect(only('They have waited for years.')).toEqual(['years', 'DURATION', 'PXY']);
  });

  it('attaches amount modifiers', () => {
    expect(only('The vote took more than four hours.')).toEqual(['more than four hours', 'DURATION', 'PT4H', 'MORE_THAN']);
    expect(only('He was held for about two weeks.')).toEqual(['about two weeks', 'DURATION', 'P2W', 'APPROX']);
    expect(only('Detention is limited to at least 72 hours.')).toEqual(['at least 72 hours', 'DURATION', 'PT72H', 'EQUAL_OR_MORE']);
  });

  it('skips ages and idioms', () => {
    expect(tags('The 6-year-old boy was found safe.')).toEqual([]);
    expect(tags('The panel will take a second look at the plan.')).toEqual([]);
  });
  it('reads a hyphenated "one-day" as a duration, not a bare "one day"', () => {
    expect(only('She made a one-day visit.')).toEqual(['one-day', 'DURATION', 'P1D']);
  });

  it('reads halves into the next smaller unit', () => {
    expect(only('They lived in refugee camps for 2 1/2 years.')).toEqual(['2 1/2 years', 'DURATION', 'P2Y6M']);
    expect(only('She spent 5 1/2 hours in Nairobi.')).toEqual(['5 1/2 hours', 'DURATION', 'PT5H30M']);
    expect(only('The call lasted a minute and a half.')).toEqual(['a minute and a half', 'DURATION', 'PT1M30S']);
    expect(only('The hearing took a day and a half.')).toEqual(['a day and a half', 'DURATION', 'P1DT12H']);
  });
});
