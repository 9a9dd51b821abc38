import { describe, expect, it } from 'vitest';
import { only, tags } from '../test/helpers.js';

describe('season and quarter rules', () => {
  it('reads quarters with and without a year', () => {
    expect(only('Profit rose in the third quarter of 2019.')).toEqual(['the third quarter of 2019', 'DATE', '2019-Q3']);
    expect(only('Profit rose in the third quarter.')).toEqual(['the third quarter', 'DATE', '2020-Q3']);
    expect(only('Q2 2021 results will follow.')).toEqual(['Q2 2021', 'DATE', '2021-Q2']);
    expect(only('Sales grew in the first half of 2018.')).toEqual(['the first half of 2018', 'DATE', '2018-H1']);
  });

  it('resolves "a year earlier" in a story about a quarter to that quarter a year before', () => {
    expect(tags('Profit rose in the third quarter, from a loss a year earlier.').map((t) => t[2])).toEqual(['2020-Q3', '2019-Q3']);
  });

  it('reads seasons', () => {
    expect(only('The dam will be finished this summer.')).toEqual(['this summer', 'DATE', '2020-SU']);
    expect(only('Floods hit the valley last winter.')).toEqual(['last winter', 'DATE', '2019-WI']);
    expect(only('Work stopped in the spring of 2017.')).toEqual(['the spring of 2017', 'DATE', '2017-SP']);
  });
  it('reads "the corresponding period last year" as the quarter under discussion a year before', () => {
    expect(tags('Profit rose in the third quarter. It fell in the corresponding period last year.').map((t) => t[2])).toEqual(['2020-Q3', '2019-Q3']);
  });
  it('reads "over the summer" and "this past spring" as the latest such season', () => {
    expect(only('Over the summer, rivals cut prices.', '2020-10-26')).toEqual(['the summer', 'DATE', '2020-SU']);
    expect(only('Orders rose from the lows of the early summer.', '2020-10-26')).toEqual(['the early summer', 'DATE', '2020-SU', 'START']);
    expect(only('The unit was closed this past spring.', '2020-10-26')).toEqual(['this past spring', 'DATE', '2020-SP']);
    expect(tags('He won gold at the Summer Olympics.')).toEqual([]);
  });
  it('reads "the last half of 2019" as its second half', () => {
    expect(only('Earnings will fall in the last half of 2019.')).toEqual(['the last half of 2019', 'DATE', '2019-H2']);
  });
  it('reads "the 2019 quarter" as the quarter under discussion in that year', () => {
    expect(tags('Profit rose in the third quarter. It had fallen in the 2019 quarter.').map((t) => t[2])).toEqual(['2020-Q3', '2019-Q3']);
  });

  it('reads "the first two quarters of 1990" as that year\'s first half', () => {
    expect(only('The slump will last through the first two quarters of 1990.')).toEqual(['the first two quarters of 1990', 'DATE', '1990-H1']);
  });
});
