import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_PATH } from './model.js';
import { bioSpans, loadNerModel, tagDocument } from './index.js';
import { sampleCorpus } from './sample-corpus.js';
import { trainStacked } from './stack.js';

describe('public API', () => {
  it('tags a document with a trained model; bioSpans reads the result', () => {
    const model = trainStacked(sampleCorpus(), { epochs: 5, folds: 2 });
    const tags = tagDocument(model, [['Ines', 'Carrow', 'visited', 'Kessport', 'on', 'Monday', '.'], []]);
    expect(tags).toEqual([['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O'], []]);
    expect(bioSpans(tags[0]!)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });
  it.runIf(existsSync(DEFAULT_MODEL_PATH))('loads the committed model and finds common entities', () => {
    const model = loadNerModel();
    const doc = [
      ['The', 'German', 'chancellor', 'Angela', 'Merkel', 'met', 'officials', 'of', 'the', 'United', 'Nations', 'in', 'Paris', 'on', 'Tuesday', '.'],
      ['Merkel', 'said', 'the', 'talks', 'went', 'well', '.'],
    ];
    const spans = tagDocument(model, doc).map(bioSpans);
    expect(spans[0]).toEqual([
      { start: 1, end: 2, type: 'MISC' },
      { start: 3, end: 5, type: 'PER' },
      { start: 9, end: 11, type: 'ORG' },
      { start: 12, end: 13, type: 'LOC' },
    ]);
    expect(spans[1]).toEqual([{ start: 0, end: 1, type: 'PER' }]);
  });
});
