import { describe, expect, it } from 'vitest';
import { only } from '../test/helpers.js';

// DCT 2020-11-20 is a Friday
describe('weekday rules', () => {
  it('resolves a bare weekday by tense: past on or before the DCT, future on or after', () => {
    expect(only('Interfax reported Friday.')).toEqual(['Friday', 'DATE', '2020-11-20']);
    expect(only('The minister resigned Tuesday.')).toEqual(['Tuesday', 'DATE', '2020-11-17']);
    expect(only('The ministers will meet Tuesday.')).toEqual(['Tuesday', 'DATE', '2020-11-24']);
  });

  it('resolves last/next/this + weekday', () => {
    expect(only('They met last Monday.')).toEqual(['last Monday', 'DATE', '2020-11-16']);
    expect(only('They meet again next Friday.')).toEqual(['next Friday', 'DATE', '2020-11-27']);
  });

  it('makes a weekday with a part of the day a TIME', () => {
    expect(only('The fire broke out Wednesday night.')).toEqual(['Wednesday night', 'TIME', '2020-11-18TNI']);
  });
});
