import { describe, expect, it } from 'vitest';
import { sourceAfter, sourceBefore } from './sources.js';
import { words } from './words.js';

function before(text: string, cue: string) {
  const ws = words(text);
  const k = ws.findIndex((w) => w.w === cue);
  const s = sourceBefore(ws, k, 0);
  return s ? text.slice(s.start, s.end) : null;
}

function after(text: string, cue: string) {
  const ws = words(text);
  const k = ws.findIndex((w) => w.w === cue);
  const s = sourceAfter(ws, k + 1, ws.length);
  return s ? text.slice(s.start, s.end) : null;
}

describe('sourceBefore', () => {
  it('reads names, pronouns and described sources', () => {
    expect(before('Mayor Ana Ruiz said the bridge is safe.', 'said')).toBe('Mayor Ana Ruiz');
    expect(before('But she said the bridge is safe.', 'said')).toBe('she');
    expect(before('The harbour authority said the bridge is safe.', 'said')).toBe('The harbour authority');
    expect(before('Local officials said the bridge is safe.', 'said')).toBe('Local officials');
  });
  it('skips auxiliaries, adverbs and time words', () => {
    expect(before('Ruiz has also repeatedly said the bridge is safe.', 'said')).toBe('Ruiz');
    expect(before('Ruiz on Friday said the bridge is safe.', 'said')).toBe('Ruiz');
  });
  it('reads appositions and relative clauses between commas', () => {
    expect(before('Ana Ruiz, the city engineer, said the bridge is safe.', 'said')).toBe('Ana Ruiz, the city engineer');
    expect(before('Ana Ruiz, who inspected it twice, said the bridge is safe.', 'said')).toBe('Ana Ruiz, who inspected it twice');
    expect(before('Tom Vale, 61, said the bridge is safe.', 'said')).toBe('Tom Vale, 61');
    expect(before('Sen. Jo Park (D-Ore.) said the bridge is safe.', 'said')).toBe('Sen. Jo Park (D-Ore.)');
  });
  it('finds nothing where no phrase names a speaker', () => {
    expect(before('The plan was late, said the bridge is safe.', 'said')).toBeNull();
  });
});

describe('sourceAfter', () => {
  it('reads the source of an inverted cue', () => {
    expect(after('"It is safe," said Ana Ruiz.', 'said')).toBe('Ana Ruiz');
    expect(after('"It is safe," said a spokesman for the city.', 'said')).toBe('a spokesman for the city');
    expect(after('"It is safe," said Ana Ruiz, the city engineer.', 'said')).toBe('Ana Ruiz, the city engineer');
    expect(after('It is safe, according to city engineers.', 'to')).toBe('city engineers');
  });
  it('stops before a phrase of time or place', () => {
    expect(after('"It is safe," said Ruiz on Friday.', 'said')).toBe('Ruiz');
  });
});
