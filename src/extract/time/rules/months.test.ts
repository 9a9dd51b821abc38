import { describe, expect, it } from 'vitest';
import { only, tags } from '../test/helpers.js';

describe('month rules', () => {
  it('takes a bare month only after a preposition or modifier', () => {
    expect(only('Talks stalled in October, officials said.')).toEqual(['October', 'DATE', '2020-10']);
    expect(only('Prices have risen since March.')).toEqual(['March', 'DATE', '2020-03']);
    expect(tags('October was a quiet month for the council.')).toEqual([]);
  });

  it('resolves last/next/this + month', () => {
    expect(only('The company was founded last December.')).toEqual(['last December', 'DATE', '2019-12']);
    expect(only('Elections are due next March.')).toEqual(['next March', 'DATE', '2021-03']);
    expect(only('He stepped down last February.')).toEqual(['last February', 'DATE', '2020-02']);
  });

  it('attaches early/late/mid as a modifier', () => {
    expect(only('The vote slipped to early December.')).toEqual(['early December', 'DATE', '2020-12', 'START']);
    expect(only('Troops arrived in late July.')).toEqual(['late July', 'DATE', '2020-07', 'END']);
  });
  it('takes "late-November" with its modifier', () => {
    expect(only('The plant shut in late-November, staff said.')).toEqual(['late-November', 'DATE', '2020-11', 'END']);
  });
  it('reads irregular past verbs and "would be" + participle as tense cues', () => {
    expect(only('In January, the firm brought in a new chief.')).toEqual(['January', 'DATE', '2020-01']);
    expect(only('The dividend would be paid in January.')).toEqual(['January', 'DATE', '2021-01']);
  });

  it('reads a month after "for" and a month used as an adjective', () => {
    expect(only('The job figures for January extended a surge.', '1998-02-06')).toEqual(['January', 'DATE', '1998-01']);
    expect(only('Police have evidence in the October slaying of a doctor.', '1998-11-20')).toEqual(['October', 'DATE', '1998-10']);
    expect(tags('May the best team win. The May Day parade was cancelled.')).toEqual([]);
  });
});
