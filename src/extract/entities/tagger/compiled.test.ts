import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledModel, documentWords, Emissions, scoreSentence } from './compiled.js';
import { scoreFeatures, type Scorer } from './decode.js';
import { documentContext, documentFeatures, sentenceFeatures } from './features.js';
import { DEFAULT_MODEL_PATH, loadNerModel, modelFromStages, type NerModel } from './model.js';
import { sampleCorpus } from './sample-corpus.js';
import { trainStage } from './train.js';


/** Stage `s` of a model as a separate scorer (what string features are scored with). */
function stageScorer(m: NerModel, s: number): Scorer {
  const L = m.labels.length;
  const weights = new Float32Array(m.index.size * L);
  for (let f = 0; f < m.index.size; f++) weights.set(m.weights.subarray((f * m.stages + s) * L, (f * m.stages + s + 1) * L), f * L);
  return { labels: m.labels, index: m.index, weights, trans: m.trans[s]! };
}

const DOCS: string[][][] = [
  [
    ['RAIN', 'DELAYS', 'MATCH', 'IN', 'OSLO'],
    ['Oslo', 'fans', 'waited', 'for', 'Kari', 'Nordmann', 'on', '17', 'May', '2024', '.'],
    ['Nordmann', 'said', 'the', 'rain', '“', 'stopped', '”', 'at', '12:30', '.'],
    ['The', 'German', 'chancellor', 'Angela', 'Merkel', 'met', 'officials', 'of', 'the', 'United', 'Nations', 'in', 'Paris', '.'],
  ],
  // odd tokens: bars and padding look-alikes must not be taken for parts of other features
  [['a|b', '|', '||', 'x|', '<s>', '</s>', 'Ærø', 'O’Neill', 'McDonald', 'NATO', 'ß', 'İstanbul', '𝒳|y', '😀'], ['I'], []],
];

function compiledScores(m: NerModel, doc: readonly (readonly string[])[]): Float64Array[] {
  const c = compiledModel(m);
  const ctx = documentWords(c, doc);
  const e = new Emissions(c, doc.reduce((n, s) => n + s.length, 0));
  doc.forEach((_, si) => scoreSentence(c, ctx, si, e));
  return e.scores;
}

function stringScores(m: NerModel, doc: readonly (readonly string[])[], s: number): number[] {
  const ctx = documentContext(doc);
  return doc.flatMap((_, si) => Array.from(scoreFeatures(stageScorer(m, s), sentenceFeatures(ctx, si))));
}

describe('compiled model', () => {
  it.runIf(existsSync(DEFAULT_MODEL_PATH))('scores exactly as the feature strings do with the committed model', () => {
    const m = loadNerModel();
    for (const doc of DOCS) {
      const scores = compiledScores(m, doc);
      for (let s = 0; s < m.stages; s++) expect(Array.from(scores[s]!)).toEqual(stringScores(m, doc, s));
    }
  });

  it('scores as the feature strings do with a model trained here (float weights: up to rounding)', () => {
    const corpus = sampleCorpus();
    const m = modelFromStages([trainStage(corpus, corpus.map((d) => documentFeatures(d.map((s) => s.tokens))), { epochs: 2 })]);
    const docs = [...DOCS, corpus[0]!.map((s) => s.tokens)];
    for (const doc of docs) {
      const got = Array.from(compiledScores(m, doc)[0]!);
      const want = stringScores(m, doc, 0);
      expect(got.length).toBe(want.length);
      got.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 9));
    }
  });

  it.runIf(existsSync(DEFAULT_MODEL_PATH))('keeps a word once across documents', () => {
    const m = loadNerModel();
    const c = compiledModel(m);
    expect(c.word('Merkel')).toBe(c.word('Merkel'));
    expect(c.word('Merkel')).not.toBe(c.word('merkel'));
  });
});
