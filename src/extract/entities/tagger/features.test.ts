import { describe, expect, it } from 'vitest';
import { documentContext, documentFeatures, normalizeToken, sentenceFeatures, tokenKey, wordShapes } from './features.js';

describe('token normalisation and shapes', () => {
  it('turns curly quotes into ASCII and digits into 0 in keys', () => {
    expect(normalizeToken('O’Neill')).toBe("O'Neill");
    expect(normalizeToken('“Hi”')).toBe('"Hi"');
    expect(tokenKey('O’Neill')).toBe("o'neill");
    expect(tokenKey('2024-05-17')).toBe('0000-00-00');
  });
  it('computes long and short shapes', () => {
    expect(wordShapes('Wellington')).toEqual({ long: 'Xxxxx', short: 'Xx' });
    expect(wordShapes('NATO')).toEqual({ long: 'XXXX', short: 'X' });
    expect(wordShapes('1996-08-22')).toEqual({ long: 'dddd-dd-dd', short: 'd-d-d' });
    expect(wordShapes('McDonald')).toEqual({ long: 'XxXxxxx', short: 'XxXx' });
    expect(wordShapes('Ærø')).toEqual({ long: 'Xxx', short: 'Xx' });
  });
});

describe('document context', () => {
  const doc = [
    ['RAIN', 'DELAYS', 'MATCH', 'IN', 'OSLO'],
    ['Oslo', 'fans', 'waited', 'for', 'Kari', 'Nordmann', '.'],
    ['Nordmann', 'said', 'the', 'rain', 'stopped', '.'],
  ];
  it('flags headlines and collects word-case evidence', () => {
    const ctx = documentContext(doc);
    expect(ctx.headline).toEqual([true, false, false]);
    expect(ctx.lowerSeen.has('rain')).toBe(true);
    expect(ctx.titleSeen.has('nordmann')).toBe(true);
    expect(ctx.runRole.get('nordmann')).toBe('E2');
    expect(ctx.runRole.get('kari')).toBe('B2');
  });
  it('gives every token its features, document-level ones included', () => {
    const feats = documentFeatures(doc);
    expect(feats.map((s) => s.length)).toEqual(doc.map((s) => s.length));
    const nordmann = sentenceFeatures(documentContext(doc), 2)[0]!;
    expect(nordmann).toContain('w=nordmann');
    expect(nordmann).toContain('dr=E2');
    expect(nordmann).toContain('w+1=said');
    expect(nordmann).toContain('w-1=<s>');
    const rain = feats[0]![0]!;
    expect(rain).toContain('hw=rain');
    expect(rain).toContain('dl=1|1');
  });
  it('does not change its input', () => {
    const input = [['A', 'b']];
    const copy = JSON.stringify(input);
    documentFeatures(input);
    expect(JSON.stringify(input)).toBe(copy);
  });
});
