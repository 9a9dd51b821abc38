import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCorpus } from '../extract/entities/tagger/sample-corpus.js';
import { trainStacked } from '../extract/entities/tagger/stack.js';
import { countChunks, evalNer, prf, toConllType, totalCounts } from './ner.js';

describe('conlleval counting', () => {
  it('counts exact-match chunks per type, any tag set', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-person', 'O']];
    const sys = [['B-PER', 'O', 'O', 'B-LOC'], ['O', 'B-ORG']];
    const c = countChunks(gold, sys);
    expect(Object.fromEntries(c)).toEqual({
      PER: { gold: 1, system: 1, correct: 0 },
      LOC: { gold: 1, system: 1, correct: 1 },
      person: { gold: 1, system: 0, correct: 0 },
      ORG: { gold: 0, system: 1, correct: 0 },
    });
    expect(totalCounts(c)).toEqual({ gold: 3, system: 3, correct: 1 });
    expect(prf({ gold: 4, system: 2, correct: 2 })).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(prf({ gold: 0, system: 0, correct: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('evalNer', () => {
  it('tags a CoNLL file and scores it, with speed in the report', () => {
    const corpus = sampleCorpus();
    const model = trainStacked(corpus, { epochs: 5, folds: 2 });
    const text = corpus.map((d) => `-DOCSTART- -X- -X- O\n\n${d.map((s) => s.tokens.map((t, i) => `${t} X X ${s.tags[i]}`).join('\n')).join('\n\n')}\n`).join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'));
    writeFileSync(join(dir, 'a.txt'), text);
    const r = evalNer(join(dir, 'a.txt'), model);
    expect(r.scores).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(r.report).toMatch(/overall .*F1 100\.00/);
    expect(r.report).toMatch(/tokens\/s/);
    expect(evalNer(dir, model).scores.f1).toBe(1);
    expect(() => evalNer(join(dir, 'nope'), model)).toThrow(expect.objectContaining({ code: 'E_EVAL_DATA' }));
  });

  it('renames gold types of other tag sets to their CoNLL-2003 equivalent, and keeps the rest', () => {
    expect(['B-person', 'I-PERSON', 'B-location', 'B-corporation', 'B-group', 'B-product', 'O'].map(toConllType)).toEqual(['B-PER', 'I-PER', 'B-LOC', 'B-ORG', 'B-ORG', 'B-product', 'O']);
  });
});
