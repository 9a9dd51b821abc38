/**
 * Trains the NER tagger and writes its weight file.
 *   npx tsx scripts/train-ner.ts [--train FILE] [--dev FILE] [--out FILE] [--epochs N] [--seed N]
 *                                [--min-count N] [--bits 8|16] [--with-dev] [--one-stage] [--folds N]
 * Defaults: CoNLL-2003 train/valid under ../shared/data/ner/conll2003/, 10 epochs, seed 1, min-count 1,
 * 8-bit weights, output models/ner/ner-conll2003.bin.gz. Prints dev P/R/F1 and time after every epoch.
 * `--with-dev` trains on train + dev (the dev figures printed are then not held-out). The model has two
 * stages (`stack.ts`, second stage trained on `--folds`-fold jackknifed first-stage output) unless `--one-stage`.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConll } from '../src/eval/conll.js';
import { countChunks, formatReport, prf, tagAll, totalCounts } from '../src/eval/ner.js';
import { DEFAULT_MODEL_PATH, saveNerModel, type NerModel } from '../src/extract/entities/tagger/model.js';
import { trainStacked } from '../src/extract/entities/tagger/stack.js';
import { trainNer } from '../src/extract/entities/tagger/train.js';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: '../shared/data/ner/conll2003/train.txt' },
    dev: { type: 'string', default: '../shared/data/ner/conll2003/valid.txt' },
    out: { type: 'string', default: DEFAULT_MODEL_PATH },
    epochs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    'min-count': { type: 'string', default: '1' },
    bits: { type: 'string', default: '8' },
    'with-dev': { type: 'boolean', default: false },
    'one-stage': { type: 'boolean', default: false },
    folds: { type: 'string', default: '5' },
  },
});

const t0 = performance.now();
const train = readConll(values.train);
const dev = readConll(values.dev);
const docs = values['with-dev'] ? [...train, ...dev] : train;
const count = (ds: typeof train) => ({ docs: ds.length, sentences: ds.reduce((n, d) => n + d.length, 0), tokens: ds.reduce((n, d) => n + d.reduce((m, s) => m + s.tokens.length, 0), 0) });
console.log(`train: ${JSON.stringify(count(docs))}  dev: ${JSON.stringify(count(dev))}`);

const devGold = dev.flatMap((d) => d.map((s) => s.tags));
const evalDev = (m: NerModel) => {
  const r = tagAll(m, dev);
  return { counts: countChunks(devGold, r.tags), speed: r.tokens / r.seconds };
};

let last: ReturnType<typeof evalDev> | undefined;
const train1 = values['one-stage'] ? trainNer : trainStacked;
const model = train1(docs, {
  folds: Number(values.folds),
  onStage: (name: string, seconds: number) => console.log(`${name} done at ${seconds.toFixed(1)} s`),
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
  info: {
    trainedOn: values['with-dev'] ? 'CoNLL-2003 train + valid' : 'CoNLL-2003 train',
    ...count(docs),
    epochs: Number(values.epochs),
    seed: Number(values.seed),
    minCount: Number(values['min-count']),
    stages: values['one-stage'] ? 1 : 2,
    date: new Date().toISOString().slice(0, 10),
  },
  onEpoch: (epoch, m, seconds) => {
    last = evalDev(m);
    const s = prf(totalCounts(last.counts));
    console.log(`epoch ${epoch}: ${seconds.toFixed(1)} s  ${values['with-dev'] ? 'dev (trained on, not held out)' : 'dev'} P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}  (${Math.round(last.speed)} tokens/s)`);
  },
});
if (last) console.log(formatReport(last.counts));
const bytes = saveNerModel(model, values.out, values.bits === '8' ? 8 : 16);
console.log(`wrote ${values.out}: ${bytes} bytes (${statSync(values.out).size}), ${model.index.size} features before pruning; total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
