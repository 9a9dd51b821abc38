import { describe, expect, it } from 'vitest';
import { findDescriptions } from './descriptions.js';

const find = (text: string) =>
  findDescriptions(text).map((d) => ({ text: text.slice(d.start, d.end), target: d.rule.target, group: d.rule.group, former: d.former, country: d.country?.country.name }));

describe('findDescriptions', () => {
  it('finds definite descriptions with their head noun', () => {
    expect(find('The longtime leader said the country’s economy grew.')).toEqual([
      { text: 'The longtime leader', target: 'person', group: 'leader', former: false, country: undefined },
      { text: 'the country', target: 'country', group: undefined, former: false, country: undefined },
    ]);
  });

  it('reads "former" and a country adjective', () => {
    expect(find('the former Ghanaian president spoke')).toEqual([
      { text: 'the former Ghanaian president', target: 'person', group: 'president', former: true, country: 'Ghana' },
    ]);
    expect(find('the South Korean prime minister arrived')[0]).toMatchObject({ group: 'prime minister', country: 'South Korea' });
  });

  it('skips phrases that are no anaphors', () => {
    expect(find('the president of Ghana spoke')).toEqual([]);
    expect(find('the president John Mahama spoke')).toEqual([]);
    expect(find('the ruling party leader spoke')).toEqual([]);
    expect(find('the countries agreed')).toEqual([]);
  });

  it('does not let a phrase run across another "the" or a sentence end', () => {
    expect(find('to the polls. The country voted.').map((d) => d.text)).toEqual(['The country']);
  });

  it('finds "the opposition" before "of" + a gerund ("accused the opposition of being backed …")', () => {
    expect(find('He accused the opposition of being backed by foreign powers.').map((f) => f.text)).toEqual(['the opposition']);
    expect(find('the opposition of the capital').length).toBe(0);
  });
});
