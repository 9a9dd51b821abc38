import { describe, expect, it } from 'vitest';
import { only, tags } from '../test/helpers.js';

// DCT 2020-11-20 (a Friday)
describe('date rules', () => {
  it('reads full dates in the usual English orders', () => {
    expect(only('The deal was signed on Nov. 19, 2020 in the capital.')).toEqual(['Nov. 19, 2020', 'DATE', '2020-11-19']);
    expect(only('It opened on 3 March 2019.')).toEqual(['3 March 2019', 'DATE', '2019-03-03']);
    expect(only('The filing is dated 2018-07-04.')).toEqual(['2018-07-04', 'DATE', '2018-07-04']);
    expect(only('The memo of 12/24/2019 was leaked.')).toEqual(['12/24/2019', 'DATE', '2019-12-24']);
    expect(only('Sales fell in September 2019.')).toEqual(['September 2019', 'DATE', '2019-09']);
  });

  it('infers the year of a month and day from the publication date and the tense', () => {
    expect(only('Protests began after the Aug. 9 election.')).toEqual(['Aug. 9', 'DATE', '2020-08-09']);
    // a past event dated well after the DCT is last year's
    expect(only('The factory closed on Dec. 30, workers said.', '2020-03-05')).toEqual(['Dec. 30', 'DATE', '2019-12-30']);
    // reported speech about a date just after the DCT keeps its year
    expect(only('The company said the vote was set for Dec. 7.')).toEqual(['Dec. 7', 'DATE', '2020-12-07']);
    // a future one before the DCT's month is next year's
    expect(only('The new law will take effect on Feb. 1.')).toEqual(['Feb. 1', 'DATE', '2021-02-01']);
    expect(only('The summit will be held on Dec. 3.')).toEqual(['Dec. 3', 'DATE', '2020-12-03']);
  });

  it('takes the year from the DCT, not from a background date in the same paragraph', () => {
    expect(tags('The plant had closed in March 2015. On April 3, workers occupied it again.').map((t) => t[2])).toEqual(['2015-03', '2020-04-03']);
  });

  it('leaves the year open without a publication date', () => {
    expect(tags('They met on Aug. 27.', '')).toEqual([['Aug. 27', 'DATE', 'XXXX-08-27']]);
  });

  it('keeps a date before a colon, but not a clock time', () => {
    expect(tags('The paper said in an editorial on Saturday, April 25: the court erred.').map((t) => t.slice(0, 3))).toEqual([['Saturday, April 25', 'DATE', '2020-04-25']]);
  });

  it('reads "the week of March 6" as the week of that day', () => {
    expect(only('A hearing is expected the week of March 6.', '2021-02-20')).toEqual(['the week of March 6', 'DATE', '2021-W09']);
  });

  it('rejects impossible days', () => {
    expect(tags('The code Feb. 31 is not a date.')).toEqual([]);
  });

  it('reads the second day of "April 24 and 25" and "Nov. 19-20, 2020" on its own', () => {
    expect(tags('The summit will be held on April 24 and 25.', '1999-02-10')).toEqual([['April 24', 'DATE', '1999-04-24'], ['25', 'DATE', '1999-04-25']]);
    expect(tags('Talks on Nov. 19-20, 2020 in Minsk.', '2021-01-01')).toEqual([['Nov. 19', 'DATE', '2020-11-19'], ['20', 'DATE', '2020-11-20']]);
    expect(tags('On Aug. 9 and 10 people died.', '2020-11-20')).toEqual([['Aug. 9', 'DATE', '2020-08-09']]);
  });
});
