import { describe, expect, it } from 'vitest';
import { only, tags } from '../test/helpers.js';

describe('year rules', () => {
  it('finds years after prepositions, before punctuation and as adjectives', () => {
    expect(only('The mine has been closed since 2014.')).toEqual(['2014', 'DATE', '2014']);
    expect(only('He was elected in 1994 and never left.')).toEqual(['1994', 'DATE', '1994']);
    expect(only('The 2016 referendum split the country.')).toEqual(['2016', 'DATE', '2016']);
    expect(only('Output peaked in mid-1996.')).toEqual(['mid-1996', 'DATE', '1996', 'MID']);
  });

  it('reads decades with their modifiers', () => {
    expect(only('The plant was built in the 1970s.')).toEqual(['the 1970s', 'DATE', '197']);
    expect(only('Rents soared in the late 1980s.')).toEqual(['the late 1980s', 'DATE', '198', 'END']);
  });

  it('does not take counts for years', () => {
    expect(tags('Officials counted 2020 votes in the district.')).toEqual([]);
    expect(tags('The ship carried 1500 passengers.')).toEqual([]);
  });
  it('reads short decades and centuries', () => {
    expect(only('Sales were flat through the late \'80s.')).toEqual(["the late '80s", 'DATE', '198', 'END']);
    expect(only('Crime fell through the nineties.')).toEqual(['the nineties', 'DATE', '199']);
    expect(only('It was the bloodiest war of the 20th century.')).toEqual(['the 20th century', 'DATE', '19']);
    expect(tags('She is in her forties.')).toEqual([]);
  });

  it('reads a year used as an adjective before a plural, and a year in a list of years', () => {
    expect(only('Many of the leaders of the 1992 protests have moved.')).toEqual(['1992', 'DATE', '1992']);
    expect(only('But the post-1959 politics split families.')).toEqual(['1959', 'DATE', '1959']);
    expect(tags('Tapes show the car in 1994, 1995 and 1997.').map((t) => t[2])).toEqual(['1994', '1995', '1997']);
    expect(tags('The plant makes 1500 cars a week.').filter((t) => t[1] === 'DATE')).toEqual([]);
  });

  it('reads spoken years with a month or season before them', () => {
    expect(only('Prices last fell that far in the winter of nineteen ninety-four.')).toEqual(['the winter of nineteen ninety-four', 'DATE', '1994-WI']);
    expect(only('January nineteen ninety-seven. Atlanta again.')).toEqual(['January nineteen ninety-seven', 'DATE', '1997-01']);
  });
});
