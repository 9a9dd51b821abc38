import { describe, expect, it } from 'vitest';
import type { Entity, Mention } from '../../core/schema.js';
import { resolveSpeaker } from './speaker.js';

const text = 'Ana Ruiz met the Harbour Authority. Later she spoke. The agency said no. They agreed. The engineer smiled.';
const span = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
const mentions: Mention[] = [
  { id: 'm0', ...span('Ana Ruiz'), entity: 'e0', kind: 'name' },
  { id: 'm1', ...span('Harbour Authority'), entity: 'e1', kind: 'name' },
];
const entities = new Map<string, Entity>([
  ['e0', { id: 'e0', ...span('Ana Ruiz'), canonical: 'Ana Ruiz', type: 'PER', roles: ['city engineer'], mentions: ['m0'] }],
  ['e1', { id: 'e1', ...span('Harbour Authority'), canonical: 'Harbour Authority', type: 'ORG', roles: [], mentions: ['m1'] }],
]);

describe('resolveSpeaker', () => {
  it('takes the entity of a mention inside the source', () => {
    expect(resolveSpeaker({ source: span('Ana Ruiz'), form: 'name', mentions, entities })).toBe('e0');
  });
  it('prefers the named person over a demonym or an organisation inside the source', () => {
    const t = 'Harbour Authority engineer Ana Ruiz';
    const src = { start: 0, end: t.length, text: t };
    const ms: Mention[] = [
      { id: 'x0', start: 0, end: 17, text: 'Harbour Authority', entity: 'e1', kind: 'name' },
      { id: 'x1', start: 27, end: 35, text: 'Ana Ruiz', entity: 'e0', kind: 'name' },
    ];
    expect(resolveSpeaker({ source: src, form: 'name', mentions: ms, entities })).toBe('e0');
  });
  it('resolves he/she to the nearest person before, they/it to an organisation', () => {
    expect(resolveSpeaker({ source: span('she'), form: 'pronoun', mentions, entities })).toBe('e0');
    expect(resolveSpeaker({ source: span('They'), form: 'pronoun', mentions, entities })).toBe('e1');
  });
  it('resolves a description by its head noun, preferring a stated role', () => {
    expect(resolveSpeaker({ source: span('The agency'), form: 'description', mentions, entities })).toBe('e1');
    expect(resolveSpeaker({ source: span('The engineer'), form: 'description', mentions, entities })).toBe('e0');
  });
  it('is null without mentions or a fitting entity', () => {
    expect(resolveSpeaker({ source: span('Ana Ruiz'), form: 'name', mentions: [], entities: new Map() })).toBeNull();
    expect(resolveSpeaker({ source: span('Later'), form: 'description', mentions, entities })).toBeNull();
  });
});
