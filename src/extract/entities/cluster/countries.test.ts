import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryBefore, countryForm } from './countries.js';

describe('country table', () => {
  it('has the countries of international news, each name once', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(COUNTRIES.map((c) => c.name)).size).toBe(COUNTRIES.length);
  });

  it('knows names, aliases, adjectives and peoples', () => {
    expect(countryForm('Kenya')).toMatchObject({ kind: 'name', country: { name: 'Kenya' } });
    expect(countryForm('U.S.')).toMatchObject({ kind: 'alias', country: { name: 'United States' } });
    expect(countryForm('Britain')).toMatchObject({ kind: 'alias', country: { name: 'United Kingdom' } });
    expect(countryForm('Belarusian')).toMatchObject({ kind: 'adjective', country: { name: 'Belarus' } });
    expect(countryForm('Ukrainians')).toMatchObject({ kind: 'people', country: { name: 'Ukraine', people: 'Ukrainians' } });
    expect(countryForm('New Zealand')?.kind).toBe('name');
    expect(countryForm('Nairobi')).toBeUndefined();
  });
});

describe('countryBefore', () => {
  const before = (text: string, word: string) => {
    const pos = text.indexOf(word);
    const m = countryBefore(text, pos, 0);
    return m && { name: m.country.name, kind: m.kind, possessive: m.possessive, text: text.slice(m.start, m.end) };
  };

  it('finds an adjective, a possessive or an alias before a word', () => {
    expect(before('Kenyan President William Ruto', 'President')).toEqual({ name: 'Kenya', kind: 'adjective', possessive: false, text: 'Kenyan' });
    expect(before('Kenya’s President William Ruto', 'President')).toEqual({ name: 'Kenya', kind: 'name', possessive: true, text: 'Kenya’s' });
    expect(before('Belarus’ police force', 'police')).toMatchObject({ name: 'Belarus', possessive: true, text: 'Belarus’' });
    expect(before('the U.S. government', 'government')).toMatchObject({ name: 'United States', kind: 'alias', text: 'U.S.' });
  });

  it('prefers the longest form', () => {
    expect(before('the South Korean president', 'president')).toMatchObject({ name: 'South Korea', text: 'South Korean' });
    expect(before('the Democratic Republic of the Congo army', 'army')).toMatchObject({ name: 'Democratic Republic of the Congo' });
  });

  it('ignores hyphenated forms and forms not right before the word', () => {
    expect(before('a pro-Russian government', 'government')).toBeNull();
    expect(before('Kenya, whose government', 'government')).toBeNull();
  });
});
