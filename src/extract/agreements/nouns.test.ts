import { describe, expect, it } from 'vitest';
import { findAgreementPhrases, hasAgreementNoun } from './nouns.js';

const kinds = (t: string) => findAgreementPhrases(t).map((p) => [t.slice(p.start, p.end), p.kind, p.determiner]);

describe('agreement phrases', () => {
  it('reads the determiner and the kind modifiers', () => {
    expect(kinds('Chile has signed a free trade agreement with Japan.')).toEqual([['a free trade agreement', 'free trade agreement', 'indefinite']]);
    expect(kinds('The deal was welcomed.')).toEqual([['The deal', 'deal', 'definite']]);
    expect(kinds('They reached a landmark peace accord.')).toEqual([['a landmark peace accord', 'peace accord', 'indefinite']]);
  });

  it('keeps a capitalised name as the kind and passes over proper modifiers of a common noun', () => {
    expect(kinds('Leaders praised the Paris Agreement.')).toEqual([['the Paris Agreement', 'Paris Agreement', 'definite']]);
    expect(kinds('The US-China trade deal stalled.')).toEqual([['The US-China trade deal', 'trade deal', 'definite']]);
  });

  it('reads a hyphenated duration and a multi-word noun', () => {
    const [p] = findAgreementPhrases('Ghana signed a five-year gas supply contract.');
    expect(p).toMatchObject({ kind: 'gas supply contract', duration: { value: 'P5Y' } });
    expect(kinds('They signed a memorandum of understanding.')).toEqual([['a memorandum of understanding', 'memorandum of understanding', 'indefinite']]);
  });

  it('passes over "deal" as a quantity or a verb, and bare nouns', () => {
    expect(kinds('It took a great deal of effort to deal with the crisis.')).toEqual([]);
    expect(kinds('There was broad agreement that prices would rise.')).toEqual([]);
  });

  it('tells families apart and tests quickly', () => {
    expect(findAgreementPhrases('a ceasefire and the truce').map((p) => p.family)).toEqual(['ceasefire', 'ceasefire']);
    expect(hasAgreementNoun('The treaty')).toBe(true);
    expect(hasAgreementNoun('Nothing here')).toBe(false);
  });
});
