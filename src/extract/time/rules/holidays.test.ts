import { describe, expect, it } from 'vitest';
import { only, tags } from '../test/helpers.js';

// DCT 2020-11-20 (a Friday) unless given
describe('holiday rules', () => {
  it('computes the day of a holiday in the year the tense points to', () => {
    // Thanksgiving 2019 was Nov. 28; from a January DCT a past one is last year's
    expect(only('The girl was rescued on Thanksgiving Day, her family said.', '2020-01-10')).toEqual(['Thanksgiving Day', 'DATE', '2019-11-28']);
    expect(only('Shops will close on Christmas Day.')).toEqual(['Christmas Day', 'DATE', '2020-12-25']);
    // US Election Day: the Tuesday after the first Monday of November
    expect(only('Turnout rose on Election Day.')).toEqual(['Election Day', 'DATE', '2020-11-03']);
    expect(only('The talks resume after Easter.', '2021-03-01')).toEqual(['Easter', 'DATE', '2021-04-04']);
    expect(only('The strike ended last Christmas.')).toEqual(['last Christmas', 'DATE', '2019-12-25']);
  });

  it('reads a holiday with its year, and "Easter week" as a week', () => {
    expect(only('Snow fell on Christmas Eve 2010.')).toEqual(['Christmas Eve 2010', 'DATE', '2010-12-24']);
    expect(only('Easter week began with a march.', '2021-03-30')).toEqual(['Easter week', 'DATE', '2021-W13']);
  });

  it('needs "Day"/"Eve" or a preposition, and is not an adjective or a name', () => {
    expect(tags('Christmas sales were strong.')).toEqual([]);
    expect(tags('They flew to Christmas Island.')).toEqual([]);
  });
});
