import { describe, expect, it } from 'vitest';
import { findAgreementPhrases } from './nouns.js';
import { findParties } from './parties.js';
import { fixtureSentence, type FixtureMention } from './testing.js';

function parties(text: string, mentions: FixtureMention[]) {
  const st = fixtureSentence(text, mentions);
  const np = findAgreementPhrases(st.text)[0]!;
  return findParties(st, np).map((p) => [p.mention.text, p.rule]);
}

describe('parties', () => {
  it('takes the subject of the signing verb and the names after "with"', () => {
    expect(parties('Norway’s fisheries agency has signed a cooperation agreement with the Icelandic coast guard to share data.', [
      { text: 'Norway’s fisheries agency', type: 'ORG' },
      { text: 'Norway’s', type: 'LOC' },
      { text: 'the Icelandic coast guard', type: 'ORG' },
    ])).toEqual([
      ['Norway’s fisheries agency', 'subject-of-signing'],
      ['the Icelandic coast guard', 'between-with'],
    ]);
  });

  it('reads "between A and B" and stops at the end of the list', () => {
    expect(parties('Talks began on a trade deal between Peru and Bolivia in Lima.', [
      { text: 'Peru' }, { text: 'Bolivia' }, { text: 'Lima' },
    ])).toEqual([['Peru', 'between-with'], ['Bolivia', 'between-with']]);
  });

  it('reads a passive "signed by" and names inside the phrase', () => {
    expect(parties('The accord was signed by Sudan and South Sudan.', [{ text: 'Sudan' }, { text: 'South Sudan' }])).toEqual([
      ['Sudan', 'signed-by'],
      ['South Sudan', 'signed-by'],
    ]);
    expect(parties('The EU-Mercosur trade deal stalled.', [{ text: 'EU-Mercosur', type: 'ORG' }])).toEqual([['EU-Mercosur', 'in-phrase']]);
  });

  it('leaves out mediators and dates', () => {
    expect(parties('The truce was brokered by Qatar.', [{ text: 'Qatar' }])).toEqual([]);
  });
});
