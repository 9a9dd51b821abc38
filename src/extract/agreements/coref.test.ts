import { describe, expect, it } from 'vitest';
import { readAgreements } from './coref.js';
import { fixtureDoc, fixtureSentences, type FixtureMention, type FixtureTimex } from './testing.js';

function read(text: string, mentions: FixtureMention[] = [], timex: FixtureTimex[] = []) {
  const doc = fixtureDoc(text, mentions, timex);
  return readAgreements(fixtureSentences(doc), doc.text, doc.layers.entities);
}

describe('reading agreements across sentences', () => {
  it('refers "the deal" and "it" back to the agreement, and merges their facts', () => {
    const [a, ...rest] = read(
      'Peru and Chile signed a fisheries agreement in Lima. The deal takes effect upon signature. It will remain in force for ten years.',
      [{ text: 'Peru' }, { text: 'Chile' }, { text: 'Lima' }],
    );
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ kind: 'fisheries agreement', signedAt: { text: 'Lima' }, inForce: { finding: { rule: 'upon signature' } } });
    expect(a!.mentions.map((m) => m.text)).toEqual(['The deal', 'It']);
    expect(a!.duration?.value).toBe('P10Y');
    expect(a!.parties.map((p) => p.text)).toEqual(['Peru', 'Chile']);
  });

  it('starts a new agreement for "an agreement" and for the same kind between other parties', () => {
    const drafts = read(
      'Peru signed a trade agreement with Chile. Separately, Spain signed a trade agreement with Morocco. Later an agreement was signed.',
      [{ text: 'Peru' }, { text: 'Chile' }, { text: 'Spain' }, { text: 'Morocco' }],
    );
    expect(drafts.map((d) => [d.kind, d.parties.map((p) => p.text)])).toEqual([
      ['trade agreement', ['Peru', 'Chile']],
      ['trade agreement', ['Spain', 'Morocco']],
      ['agreement', []],
    ]);
  });

  it('keeps apart a phrase whose signing date differs', () => {
    const drafts = read(
      'The pact was signed on May 1, 2021. The pact was signed on June 9, 2022.',
      [],
      [{ text: 'May 1, 2021', value: '2021-05-01' }, { text: 'June 9, 2022', value: '2022-06-09' }],
    );
    expect(drafts.map((d) => d.signedOn?.value)).toEqual(['2021-05-01', '2022-06-09']);
  });

  it('gives the agreement what the parties will cooperate on in a later sentence, not what others do', () => {
    const [a] = read(
      'Peru and Chile signed a security agreement. The two navies will cooperate on patrols and rescue at sea. Spain will cooperate on tourism.',
      [{ text: 'Peru' }, { text: 'Chile' }, { text: 'Spain' }],
    );
    expect(a!.scope.map((s) => s.item)).toEqual(['patrols', 'rescue at sea']);
  });
});
