import { describe, expect, it } from 'vitest';
import { only, tags } from '../test/helpers.js';

// DCT 2020-11-20 is a Friday
describe('weekday rules', () => {
  it('resolves a bare weekday by tense: past on or before the DCT, future on or after', () => {
    expect(only('Interfax reported Friday.')).toEqual(['Friday', 'DATE', '2020-11-20']);
    expect(only('The minister resigned Tuesday.')).toEqual(['Tuesday', 'DATE', '2020-11-17']);
    expect(only('The ministers will meet Tuesday.')).toEqual(['Tuesday', 'DATE', '2020-11-24']);
  });

  it('takes a weekday before a number that is not a day of the month', () => {
    expect(only('The index dropped 19 points Friday to 1462.93.')).toEqual(['Friday', 'DATE', '2020-11-20']);
  });

  it('does not read "next to" as a future cue', () => {
    expect(only('A bomb exploded in a building next to the embassy on Tuesday.')).toEqual(['Tuesday', 'DATE', '2020-11-17']);
  });

  it('resolves last/next/this + weekday', () => {
    expect(only('They met last Monday.')).toEqual(['last Monday', 'DATE', '2020-11-16']);
    expect(only('They meet again next Friday.')).toEqual(['next Friday', 'DATE', '2020-11-27']);
  });

  it('makes a weekday with a part of the day a TIME', () => {
    expect(only('The fire broke out Wednesday night.')).toEqual(['Wednesday night', 'TIME', '2020-11-18TNI']);
  });
  it('resolves "the previous Friday" against the last day of the narrative', () => {
    expect(tags('Shares fell on Friday. They had risen the previous Friday.', '2020-11-23').map((t) => t[2])).toEqual(['2020-11-20', '2020-11-13']);
  });

  it('reads "as soon as Tuesday" as the coming Tuesday', () => {
    expect(only('The group might come to the U.S. as soon as Tuesday, according to reports.', '2000-04-03')).toEqual(['Tuesday', 'DATE', '2000-04-04']);
  });

  it('reads a weekday named as an event\'s day ("Wednesday\'s ruling") as past, unless awaited', () => {
    expect(only('Relatives would look for ways to get around Wednesday\'s ruling.', '2000-01-07')).toEqual(['Wednesday', 'DATE', '2000-01-05']);
    expect(only('Traders will stay cautious ahead of Tuesday\'s vote.', '2020-11-20')).toEqual(['Tuesday', 'DATE', '2020-11-24']);
  });

  it('reads "said Tuesday that … would" as the day of the saying, and a scheduling verb in the present as future', () => {
    expect(only('The ambassador said on Tuesday that Iraq would retaliate.', '1990-08-15')).toEqual(['Tuesday', 'DATE', '1990-08-14']);
    expect(only('He and Arafat meet separately Monday with the Secretary of State.', '1998-05-01')).toEqual(['Monday', 'DATE', '1998-05-04']);
    expect(only('Officials postponed until Tuesday any action on the case.', '2000-03-30')).toEqual(['Tuesday', 'DATE', '2000-04-04']);
    expect(only('Until Thursday, they had not called him a suspect.', '1999-05-07')).toEqual(['Thursday', 'DATE', '1999-05-06']);
  });

  it('reads "the day before last Tuesday" one day off', () => {
    expect(only('The day before last Tuesday\'s hearing, he flew to Miami.', '2000-02-24')).toEqual(['The day before last Tuesday', 'DATE', '2000-02-21']);
  });
});
