import { describe, expect, it } from 'vitest';
import { findScope } from './scope.js';

const scope = (t: string, nouns: { start: number; end: number }[] = [], from = 0, excluded: { start: number; end: number }[] = []) =>
  findScope(t, nouns, from, excluded).map((f) => [f.rule, f.items.map((i) => i.item)]);

describe('scope', () => {
  it('lists what the parties will cooperate on, up to the reporting clause', () => {
    expect(scope('The two ministries will cooperate on border patrols, the exchange of data and the training of pilots, Kyodo reported.')).toEqual([
      ['cooperate-on', ['border patrols', 'exchange of data', 'training of pilots']],
    ]);
  });

  it('reads "covers", a purpose and "an agreement on"', () => {
    expect(scope('The deal, which runs to 2030, covers fishing quotas and port access.')).toEqual([['covers', ['fishing quotas', 'port access']]]);
    expect(scope('They signed a pact to combat "illegal logging," officials said.', [], 10)).toEqual([['purpose', ['combating illegal logging']]]);
    const t = 'Both sides signed an agreement on tourism and education.';
    const at = t.indexOf('an agreement');
    expect(scope(t, [{ start: at, end: at + 12 }])).toEqual([['agreement-on', ['tourism', 'education']]]);
  });

  it('ends items before a time expression and a relative clause', () => {
    const t = 'They signed a memorandum on energy cooperation on Tuesday in Delhi.';
    const at = t.indexOf('a memorandum');
    expect(findScope(t, [{ start: at, end: at + 12 }], 0, [], [t.indexOf('Tuesday')]).map((f) => f.items.map((i) => i.item))).toEqual([['energy cooperation']]);
    expect(scope('The pact covers a funding arrangement that expires soon.')).toEqual([['covers', ['funding arrangement']]]);
  });

  it('names the action of "for X to be withdrawn"', () => {
    expect(scope('A deal was struck for these troops to be withdrawn by May.')).toEqual([['for-to-be', ['withdrawal of the troops']]]);
  });

  it('passes over cited words and a purpose before the agreement', () => {
    const t = 'Police moved to combat looting before the truce, the ministry said, citing the agreement on the government portal.';
    const cited = t.indexOf('the agreement on');
    expect(scope(t, [{ start: cited, end: cited + 13 }], 50, [{ start: cited, end: t.length - 1 }])).toEqual([]);
  });
});
