import { describe, expect, it } from 'vitest';
import { only, tags } from '../test/helpers.js';

describe('time rules', () => {
  it('reads clock times on the DCT or on a date just before them', () => {
    expect(only('The polls close at 8 p.m.')).toEqual(['8 p.m.', 'TIME', '2020-11-20T20:00']);
    expect(only('The blast came at about 10:35 a.m.')).toEqual(['about 10:35 a.m.', 'TIME', '2020-11-20T10:35', 'APPROX']);
    expect(tags('The vote is on Nov. 24 at noon.').map((t) => t[2])).toEqual(['2020-11-24', '2020-11-24T12:00']);
  });

  it('joins a clock time and the day named after it', () => {
    expect(only('The gunman was arrested at 10 p.m. Wednesday, police said.')).toEqual(['10 p.m. Wednesday', 'TIME', '2020-11-18T22:00']);
    expect(only('Talks broke off at noon on Nov. 19.')).toEqual(['noon on Nov. 19', 'TIME', '2020-11-19T12:00']);
  });

  it('does not read titles as times', () => {
    expect(tags('He quoted the film High Noon again.')).toEqual([]);
  });

  it('reads tonight and this morning as parts of the DCT', () => {
    expect(only('He speaks tonight.')).toEqual(['tonight', 'TIME', '2020-11-20TNI']);
    expect(only('Shares fell this morning.')).toEqual(['this morning', 'TIME', '2020-11-20TMO']);
  });

  it('reads "at 4 in the morning" as a clock time, its day from a weekday in the parenthesis after it', () => {
    expect(tags('The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.', '2000-04-05')[0]).toEqual(['4 in the morning', 'TIME', '2000-04-06T04:00']);
    expect(tags('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', '1998-08-08')[0]).toEqual(['about 10:35 a.m.', 'TIME', '1998-08-07T10:35', 'APPROX']);
  });
});
