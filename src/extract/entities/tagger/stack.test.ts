import { describe, expect, it } from 'vitest';
import { labelFeatures, trainStacked } from './stack.js';
import { tagWithModel } from './tag.js';
import { sampleCorpus } from './sample-corpus.js';

describe('labelFeatures', () => {
  it('passes first-stage labels of the same word and of longer entities elsewhere in the document', () => {
    const sentences = [
      ['Mara', 'Velkin', 'spoke', '.'],
      ['Velkin', 'left', 'Norvale', '.'],
      ['Velkin', 'returned', '.'],
    ];
    const tags = [
      ['B-PER', 'I-PER', 'O', 'O'],
      ['B-PER', 'O', 'B-LOC', 'O'],
      ['B-ORG', 'O', 'O'],
    ];
    const f = labelFeatures(sentences, tags);
    const velkin = f[2]![0]!;
    expect(velkin).toContain('p1=B-ORG');
    expect(velkin).toContain('mt=PER|most');
    expect(velkin).toContain('ms=PERE');
    expect(f[1]![2]).toContain('mt=LOC|all');
    expect(f[0]![2]).toEqual(['p1=O']);
  });
});

describe('two-stage model', () => {
  it('trains both stages and tags the training corpus back', () => {
    const corpus = sampleCorpus();
    const model = trainStacked(corpus, { epochs: 5, folds: 3, info: { test: true } });
    expect(model.stages).toBe(2);
    expect(model.info).toEqual({ test: true });
    for (const doc of corpus) expect(tagWithModel(model, doc.map((s) => s.tokens))).toEqual(doc.map((s) => s.tags));
  });
});
