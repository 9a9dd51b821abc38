import { describe, expect, it } from 'vitest';
import { decodeDocument } from './decode.js';
import { documentFeatures } from './features.js';
import { modelFromStages } from './model.js';
import { sampleCorpus } from './sample-corpus.js';
import { labelFeatures, tagStages } from './stack.js';
import { tagWithModel } from './tag.js';
import { trainStage } from './train.js';

describe('tagWithModel', () => {
  const corpus = sampleCorpus();
  const feats = corpus.map((d) => documentFeatures(d.map((s) => s.tokens)));
  const first = trainStage(corpus, feats, { epochs: 3 });
  const stacked = feats.map((f, i) =>
    f.map((s, si) => {
      const extra = labelFeatures(corpus[i]!.map((x) => x.tokens), decodeDocument(first, f));
      return s.map((t, j) => [...t, ...extra[si]![j]!]);
    }),
  );
  const second = trainStage(corpus, stacked, { epochs: 3 });
  const docs = [
    [['Sana', 'Qadir', 'left', 'Lindau', '.'], ['Qadir', 'joined', 'Vantor', 'Motors', '.']],
    [['Nobody', 'knows', 'Ostrava', 'Cup', 'officials'], []],
  ];
  it('tags as the separate stages do', () => {
    const model = modelFromStages([first, second]);
    for (const d of docs) expect(tagWithModel(model, d)).toEqual(tagStages([first, second], d));
  });
  it('works with one stage', () => {
    const model = modelFromStages([first]);
    for (const d of docs) expect(tagWithModel(model, d)).toEqual(tagStages([first], d));
  });
});
