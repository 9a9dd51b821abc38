import { describe, expect, it } from 'vitest';
import { bioConstraints, decodeDocument, scoreFeatures, viterbi } from './decode.js';

const labels = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];

describe('bioConstraints', () => {
  it('allows I-X only after B-X or I-X', () => {
    const ok = bioConstraints(labels);
    const L = labels.length;
    const allowed = (p: number, y: number) => ok[p * L + y] === 1;
    expect(allowed(L, 2)).toBe(false); // start → I-PER
    expect(allowed(0, 2)).toBe(false); // O → I-PER
    expect(allowed(1, 2)).toBe(true); // B-PER → I-PER
    expect(allowed(2, 2)).toBe(true);
    expect(allowed(3, 2)).toBe(false); // B-LOC → I-PER
    expect(allowed(2, 3)).toBe(true); // I-PER → B-LOC
  });
});

describe('viterbi', () => {
  it('finds the best well-formed path', () => {
    const L = labels.length;
    const trans = new Float32Array((L + 1) * L);
    // token 0 prefers I-PER (not allowed at the start), so B-PER wins; token 1 prefers I-PER
    const scores = Float64Array.from([0, 1, 5, 0, 0, 0, 0, 3, 0, 0, 2, 0, 0, 0, 0]);
    expect(viterbi(scores, L, trans, bioConstraints(labels))).toEqual([1, 2, 0]);
  });
  it('returns nothing for an empty sentence', () => {
    expect(viterbi(new Float64Array(0), 5, new Float32Array(30), bioConstraints(labels))).toEqual([]);
  });
});

describe('scoring by feature strings', () => {
  const scorer = {
    labels: ['O', 'B-LOC', 'I-LOC'],
    index: new Map([
      ['w=paris', 0],
      ['b', 1],
    ]),
    weights: Float32Array.from([0, 2, 0, 0.5, 0, 0]),
    trans: new Float32Array(12),
  };
  it('sums the weights of known features and skips unknown ones', () => {
    expect(Array.from(scoreFeatures(scorer, [['w=paris', 'b', 'unknown'], ['b']]))).toEqual([0.5, 2, 0, 0.5, 0, 0]);
    expect(Array.from(scoreFeatures(scorer, [['b']], [['w=paris']]))).toEqual([0.5, 2, 0]);
  });
  it('decodes a document into tags', () => {
    expect(decodeDocument(scorer, [[['w=paris', 'b'], ['b']]])).toEqual([['B-LOC', 'O']]);
  });
});
