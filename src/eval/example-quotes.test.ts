import { describe, expect, it } from 'vitest';
import { createDocument, withLayers } from '../core/document.js';
import type { Entity, Quote } from '../core/schema.js';
import { scoreQuotes } from './example-quotes.js';

const text = 'The minister said the talks would go on. “We will not give up,” Ruto said. The treaty “binds both sides” for ever.';
const at = (s: string) => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s };
};
const ruto: Entity = { id: 'e1', ...at('Ruto'), canonical: 'William Ruto', type: 'PER', roles: [], mentions: [] };
const quotes: Quote[] = [
  { id: 'q0', ...at('We will not give up,'), kind: 'direct', cue: at('said. The'), source: at('Ruto'), speaker: 'e1', rule: 't' },
  { id: 'q1', ...at('binds both sides'), kind: 'partial', cue: null, source: at('The treaty'), speaker: null, rule: 't' },
];
const doc = withLayers(createDocument({ text, source: { name: 't', mediaType: 'text/plain', encoding: 'utf-8', bytes: 1 } }), { entities: [ruto], quotes });

describe('example quotes score', () => {
  it('finds quotes by their words, punctuation at the ends aside, and checks the speaker or the source words', () => {
    const lines: string[] = [];
    const gold = [
      { speaker: 'William Ruto', cue: 'said', kind: 'direct', text: '“We will not give up,”' },
      { speaker: 'the treaty', cue: null, kind: 'partial', text: 'binds both sides' },
    ];
    expect(scoreQuotes(doc, gold, lines)).toBe(1);
  });

  it('fails a wrong speaker or a quote not found, and is NaN without gold quotes', () => {
    const lines: string[] = [];
    const gold = [
      { speaker: 'the minister', cue: 'said', kind: 'direct', text: 'We will not give up' },
      { speaker: 'the minister', cue: 'said', kind: 'indirect', text: 'the talks would go on' },
    ];
    expect(scoreQuotes(doc, gold, lines)).toBe(0);
    expect(lines.join('\n')).toMatch(/speaker William Ruto, gold "the minister"[\s\S]*not found/);
    expect(scoreQuotes(doc, [], [])).toBeNaN();
  });
});
