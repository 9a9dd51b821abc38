import { describe, expect, it } from 'vitest';
import { only, tags } from '../test/helpers.js';
import { tagTimex } from '../index.js';

describe('relative rules', () => {
  it('resolves day words and last/next/this + unit against the DCT', () => {
    expect(only('The results came out yesterday.')).toEqual(['yesterday', 'DATE', '2020-11-19']);
    expect(only('Shops reopen tomorrow.')).toEqual(['tomorrow', 'DATE', '2020-11-21']);
    expect(only('Parliament debated the bill last week.')).toEqual(['last week', 'DATE', '2020-W46']);
    expect(only('The budget is due next month.')).toEqual(['next month', 'DATE', '2020-12']);
    expect(only('Exports fell last year.')).toEqual(['last year', 'DATE', '2019']);
    expect(only('Turnout rose earlier this year.')).toEqual(['earlier this year', 'DATE', '2020']);
  });

  it('counts back with "ago" from the DCT', () => {
    expect(only('The dam burst two weeks ago.')).toEqual(['two weeks ago', 'DATE', '2020-W45']);
    expect(only('The firm was sold three years ago.')).toEqual(['three years ago', 'DATE', '2017']);
    expect(only('He left nearly four years ago.')).toEqual(['nearly four years ago', 'DATE', '2016', 'EQUAL_OR_LESS']);
  });

  it('anchors narrative expressions on the last date in the text, keeping the reference', () => {
    const t = tagTimex('The leaders met on Sept. 14 in the south. The next month, ministers opened talks.', '2020-11-20');
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['Sept. 14', '2020-09-14'],
      ['The next month', '2020-10'],
    ]);
    expect(t[1]!.anchor).toMatchObject({ kind: 'narrative', ref: 't0' });
    expect(tags('The plant opened in March 2015. A year later it closed.').map((x) => x[2])).toEqual(['2015-03', '2016-03']);
    expect(tags('He was arrested on Jan. 4, 2019. He was released the following day.').map((x) => x[2])).toEqual(['2019-01-04', '2019-01-05']);
  });

  it('falls back to the DCT when no date precedes a narrative expression, and says so', () => {
    const [t] = tagTimex('The following week, the strike spread.', '2020-11-20');
    expect(t).toMatchObject({ value: '2020-W48', anchor: { kind: 'dct' } });
  });

  it('reads "the year" of financial text: the DCT year, or a year-long stretch before "ended"', () => {
    expect(only('The firm expects higher earnings for the fiscal year.')).toEqual(['the fiscal year', 'DATE', '2020']);
    expect(tags('Revenue was flat in the year ended March 31.')[0]).toEqual(['the year', 'DURATION', 'P1Y']);
    expect(tags('It was the year he was born.')).toEqual([]);
  });

  it('reads "year-end" as the end of the DCT year', () => {
    expect(only('The deal should close by year-end.')).toEqual(['year-end', 'DATE', '2020', 'END']);
  });

  it('stays unresolved without any reference date', () => {
    const [t] = tagTimex('Prices fell last week.', '');
    expect(t).toMatchObject({ value: '', anchor: { kind: 'unresolved' } });
  });
});
