import { describe, expect, it } from 'vitest';
import { createDocument, withLayers } from '../core/document.js';
import type { Entity, Mention } from '../core/schema.js';
import { scoreEntities } from './example-entities.js';

const text = 'Kenyan President William Ruto met the press. Ruto said the country would hold firm.';
const span = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};

function doc(entities: Entity[], mentions: Mention[]) {
  const d = createDocument({ text, source: { name: 't', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length } });
  return withLayers(d, { entities, mentions });
}

const mentions: Mention[] = [
  { id: 'm0', ...span('Kenyan'), entity: 'e2', kind: 'demonym' },
  { id: 'm1', ...span('William Ruto'), entity: 'e1', kind: 'name' },
  { id: 'm2', ...span('Ruto', 40), entity: 'e1', kind: 'alias' },
  { id: 'm3', ...span('the country'), entity: 'e2', kind: 'description' },
];
const ruto: Entity = { id: 'e1', ...span('William Ruto'), canonical: 'William Ruto', type: 'PER', roles: ['President of Kenya'], mentions: ['m1', 'm2'] };
const kenya: Entity = { id: 'e2', ...span('Kenyan'), canonical: 'Kenya', type: 'LOC', roles: [], mentions: ['m0', 'm3'] };

describe('example entities score', () => {
  it('counts a gold entity found with its canonical name, type and every alias in one entity', () => {
    const lines: string[] = [];
    const gold = [
      { canonical: 'William Ruto', type: 'PER', aliases_in_text: ['William Ruto', 'Ruto'], role: 'President of Kenya' },
      { canonical: 'Kenya', type: 'LOC', aliases_in_text: ['Kenyan', 'the country'] },
    ];
    expect(scoreEntities(doc([ruto, kenya], mentions), gold, lines)).toBe(1);
    expect(lines.join('\n')).toContain('role ok');
  });

  it('fails an entity with a missing alias, a wrong type or no match, and says why', () => {
    const lines: string[] = [];
    const gold = [
      { canonical: 'William Ruto', type: 'PER', aliases_in_text: ['William Ruto', 'the president'] },
      { canonical: 'Kenya', type: 'ORG', aliases_in_text: ['Kenyan'] },
      { canonical: 'Nairobi', type: 'LOC', aliases_in_text: ['Nairobi'] },
    ];
    expect(scoreEntities(doc([ruto, kenya], mentions), gold, lines)).toBe(0);
    expect(lines.join('\n')).toMatch(/aliases not in it: "the president"[\s\S]*type LOC, gold ORG[\s\S]*"Nairobi" \(LOC\): not found/);
  });

  it('is NaN without gold entities and 0 without an entities layer', () => {
    expect(scoreEntities(doc([], []), [], [])).toBeNaN();
    const bare = doc([], []);
    const { entities: _drop, ...layers } = bare.layers;
    expect(scoreEntities({ ...bare, layers: layers as typeof bare.layers }, [{ canonical: 'Kenya', type: 'LOC' }], [])).toBe(0);
  });
});
