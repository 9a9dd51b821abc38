import { describe, expect, it } from 'vitest';
import { sampleCorpus } from './sample-corpus.js';
import { tagWithModel } from './tag.js';
import { labelSet, rng, shuffled, trainNer } from './train.js';

describe('training helpers', () => {
  it('has a reproducible PRNG and shuffle that leave the input alone', () => {
    const a = rng(7);
    const b = rng(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const xs = [1, 2, 3, 4, 5, 6];
    const s = shuffled(xs, rng(3));
    expect(xs).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...s].sort()).toEqual(xs);
    expect(shuffled(xs, rng(3))).toEqual(s);
  });
  it('collects O plus B-/I- labels per type', () => {
    expect(labelSet([[{ tokens: ['a', 'b'], tags: ['B-PER', 'O'] }]])).toEqual(['O', 'B-PER', 'I-PER']);
  });
});

describe('trainNer', () => {
  it('learns a tiny self-written corpus and is reproducible', () => {
    const corpus = sampleCorpus();
    const epochs: number[] = [];
    const model = trainNer(corpus, { epochs: 5, seed: 1, onEpoch: (e) => epochs.push(e) });
    expect(epochs).toEqual([1, 2, 3, 4, 5]);
    expect(model.stages).toBe(1);
    for (const doc of corpus) expect(tagWithModel(model, doc.map((s) => s.tokens))).toEqual(doc.map((s) => s.tags));
    const again = trainNer(corpus, { epochs: 5, seed: 1 });
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
  });
});
