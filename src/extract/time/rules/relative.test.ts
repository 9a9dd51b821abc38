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

  it('reads "the past year" and "the last decade" as the unit before the DCT\'s', () => {
    expect(only('Hate groups grew over the past year.')).toEqual(['the past year', 'DATE', '2019']);
    expect(only('Workers lost earning power in the last decade.')).toEqual(['the last decade', 'DATE', '201']);
    expect(only('Sales rose in the last quarter.')).toEqual(['the last quarter', 'DATE', '2020-Q3']);
  });

  it('reads a part of the day before a day word, and "a week or so ago" as approximate', () => {
    expect(only('Shares were up at mid-afternoon yesterday.')).toEqual(['mid-afternoon yesterday', 'TIME', '2020-11-19TAF']);
    expect(only('The deal was struck yesterday morning.')).toEqual(['yesterday morning', 'TIME', '2020-11-19TMO']);
    expect(only('Then, a week or so ago, the general picked a date.')).toEqual(['a week or so ago', 'DATE', '2020-W46', 'APPROX']);
  });

  it('reads "that same day" against the last date of the narrative', () => {
    expect(tags('He was shot on Oct. 23, 1998. His name was crossed out that same day.')[1]).toEqual(['that same day', 'DATE', '1998-10-23']);
  });

  it('takes "the year-ago quarter" from the quarter under discussion, else the year before the DCT', () => {
    expect(tags('Profit rose in the third quarter ended Sept. 30. In the year-ago quarter it had a loss.')[2]).toEqual(['the year-ago quarter', 'DATE', '2019-Q3']);
    expect(tags('Net rose from the 2019 period. The year-ago results included a charge.')[1]).toEqual(['The year-ago', 'DATE', '2019']);
  });

  it('reads "in the morning" on the day of the narrative, and "by mid afternoon" on the DCT', () => {
    expect(tags('Hopes were dashed Friday. Dealers placed buy orders in the morning.')[1]).toEqual(['the morning', 'TIME', '2020-11-20TMO']);
    expect(tags('Stocks fell on Nov. 3. In the afternoon they recovered.')[1]).toEqual(['the afternoon', 'TIME', '2020-11-03TAF']);
    expect(only('By mid afternoon, officials were saying the fighting had stopped.')).toEqual(['mid afternoon', 'TIME', '2020-11-20TAF']);
    expect(tags('He watched it in the evening news.')).toEqual([]);
  });
});
