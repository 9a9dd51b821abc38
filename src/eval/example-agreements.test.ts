import { describe, expect, it } from 'vitest';
import { createDocument, withLayers } from '../core/document.js';
import type { Agreement, Entity } from '../core/schema.js';
import { scoreAgreements, tokenOverlap } from './example-agreements.js';

const text = 'Kenya and Ethiopia signed a trade agreement in Addis Ababa on March 3, 2021. The deal covers customs and the protection of investors.';
const span = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
const entity = (id: string, name: string): Entity => ({ id, ...span(name), canonical: name, type: 'LOC', roles: [], mentions: [] });
const entities = [entity('e1', 'Kenya'), entity('e2', 'Ethiopia'), entity('e3', 'Addis Ababa')];

const agreement: Agreement = {
  id: 'a0',
  ...span('trade agreement'),
  kind: 'trade agreement',
  event: null,
  mentions: [span('The deal')],
  parties: [{ ...span('Kenya'), entity: 'e1' }, { ...span('Ethiopia'), entity: 'e2' }],
  signedOn: { value: '2021-03-03', precision: 'day', timex: null, rule: 'r', reason: 'r', evidence: span('March 3, 2021') },
  signedAt: { ...span('Addis Ababa'), entity: 'e3' },
  inForce: null,
  duration: null,
  scope: [{ ...span('customs'), item: 'customs' }, { ...span('protection of investors'), item: 'protection of investors' }],
  reportedBy: [],
  citing: [],
};

function doc(agreements: Agreement[]) {
  const d = createDocument({ text, source: { name: 't', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length } });
  return withLayers(d, { entities, agreements });
}

describe('example agreements score', () => {
  it('scores each key agreement by the share of its fields the best system agreement gets right', () => {
    const lines: string[] = [];
    const gold = [{ kind: 'trade deal', parties: ['Ethiopia', 'Kenya'], signed_on: '2021-03-03', signed_at: 'Addis Ababa', scope: ['customs', 'investor protection', 'transit'] }];
    // parties, signed_on, signed_at right; scope 1 of 3 (investor protection shares too few words)
    expect(scoreAgreements(doc([agreement]), gold, lines)).toBeCloseTo((1 + 1 + 1 + 1 / 3) / 4);
    expect(lines.join('\n')).toMatch(/scope: got 1 of 3, gold missed "investor protection", "transit"/);
  });

  it('fails wrong values and counts a missing system agreement as 0', () => {
    const lines: string[] = [];
    const gold = [
      { parties: ['Kenya'], signed_on: '2021-03-04', in_force_from: '2021-07-01' },
      { parties: ['Somalia'], signed_on: '2020-01-01' },
    ];
    expect(scoreAgreements(doc([agreement]), gold, lines)).toBe(0);
    expect(lines.join('\n')).toMatch(/no system agreement/);
  });

  it('is NaN without key agreements and 0 without the layer', () => {
    expect(scoreAgreements(doc([]), [], [])).toBeNaN();
    const bare = doc([]);
    const { agreements: _drop, ...layers } = bare.layers;
    expect(scoreAgreements({ ...bare, layers: layers as typeof bare.layers }, [{ signed_on: '2021-03-03' }], [])).toBe(0);
  });

  it('measures token-set overlap against the longer item', () => {
    expect(tokenOverlap('Protection of special cargo', 'protection of special cargo')).toBe(1);
    expect(tokenOverlap('safety of fuel and energy facilities', 'ensuring the safety of fuel and energy facilities')).toBeCloseTo(6 / 8);
    expect(tokenOverlap('', 'x')).toBe(0);
  });
});
