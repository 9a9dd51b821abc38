/**
 * Two-stage tagging for label consistency within a document (after Krishnan & Manning 2006): the
 * second stage sees, besides the token features, what the first stage tagged elsewhere in the same
 * document — the majority entity type of the same word and of the same entity string, and the type
 * and position of longer entities containing the word ("Clinton" after "Bill Clinton"). Training
 * the second stage on first-stage output for the training documents uses jackknifing (each fold
 * tagged by a first stage trained on the other folds), so it learns how far to trust it.
 */
import { chunkSpans } from './bio.js';
import { decodeDocument, type Scorer } from './decode.js';
import { documentFeatures, tokenKey } from './features.js';
import { modelFromStages, type NerModel } from './model.js';
import { trainStage, type DocFeatures, type TrainDocument, type TrainOptions } from './train.js';

type Counts = Map<string, Map<string, number>>;

function add(m: Counts, key: string, type: string): void {
  let c = m.get(key);
  if (!c) m.set(key, (c = new Map()));
  c.set(type, (c.get(type) ?? 0) + 1);
}

function majority(c: Map<string, number> | undefined): { type: string; n: number; total: number } | undefined {
  if (!c) return undefined;
  let best: { type: string; n: number } | undefined;
  let total = 0;
  for (const [type, n] of [...c].sort(([a], [b]) => (a < b ? -1 : 1))) {
    total += n;
    if (!best || n > best.n) best = { type, n };
  }
  return best && { ...best, total };
}

/** Features from the first stage's tags of the whole document, per sentence per token. */
export function labelFeatures(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[]): string[][][] {
  const keys = sentences.map((s) => s.map(tokenKey));
  const tokType: Counts = new Map();
  const entType: Counts = new Map();
  const inside: Counts = new Map();
  const seen = new Map<string, number>();
  const chunks = tags.map((t) => chunkSpans(t));
  keys.forEach((ks, si) => {
    for (const k of ks) seen.set(k, (seen.get(k) ?? 0) + 1);
    for (const c of chunks[si]!) {
      const words = ks.slice(c.start, c.end);
      add(entType, words.join(' '), c.type);
      words.forEach((k, i) => {
        add(tokType, k, c.type);
        if (words.length > 1) add(inside, k, `${c.type}${i === 0 ? 'B' : i === words.length - 1 ? 'E' : 'I'}`);
      });
    }
  });
  return keys.map((ks, si) => {
    const own = new Map<number, string>();
    for (const c of chunks[si]!) for (let i = c.start; i < c.end; i++) own.set(i, ks.slice(c.start, c.end).join(' '));
    return ks.map((k, i) => {
      const t1 = tags[si]![i]!;
      const f = [`p1=${t1}`];
      const m = majority(tokType.get(k));
      if (m) {
        const share = m.n / (seen.get(k) ?? m.n);
        f.push(`mt=${m.type}|${share >= 0.99 ? 'all' : share >= 0.5 ? 'most' : 'some'}`, `mtp=${m.type}|${t1}`);
      }
      const ent = own.get(i);
      const e = ent === undefined ? undefined : majority(entType.get(ent));
      if (e && e.total > 1) f.push(`me=${e.type}|${e.n === e.total ? 'all' : 'most'}`);
      const sup = majority(inside.get(k));
      if (sup) f.push(`ms=${sup.type}`);
      return f;
    });
  });
}

const concat = (a: DocFeatures, b: DocFeatures): string[][][] => a.map((s, si) => s.map((t, i) => [...t, ...b[si]![i]!]));

/** Tags a document stage by stage with separate scorers (what `tag.ts` does faster on a model). */
export function tagStages(stages: readonly Scorer[], sentences: readonly (readonly string[])[]): string[][] {
  const base = documentFeatures(sentences);
  const first = decodeDocument(stages[0]!, base);
  const second = stages[1];
  return second ? decodeDocument(second, base, labelFeatures(sentences, first)) : first;
}

export interface StackOptions extends TrainOptions {
  /** Jackknife folds for the second stage's training input (default 5). */
  folds?: number;
  /** Called after the first stage is trained (before the jackknife). */
  onStage?: (name: string, seconds: number) => void;
}

/** Trains the two stages: the first on token features, the second on those plus jackknifed first-stage labels. */
export function trainStacked(docs: readonly TrainDocument[], opts: StackOptions = {}): NerModel {
  const { folds = 5, onEpoch, onStage, ...rest } = opts;
  const t0 = performance.now();
  const tokens = docs.map((d) => d.map((s) => s.tokens));
  const base = tokens.map((t) => documentFeatures(t));
  const first = trainStage(docs, base, rest);
  onStage?.('stage 1', (performance.now() - t0) / 1000);
  const jack: string[][][] = new Array(docs.length);
  for (let k = 0; k < folds; k++) {
    const idx = docs.map((_, i) => i).filter((i) => i % folds !== k);
    const m = trainStage(idx.map((i) => docs[i]!), idx.map((i) => base[i]!), rest);
    docs.forEach((_, i) => {
      if (i % folds === k) jack[i] = decodeDocument(m, base[i]!);
    });
  }
  onStage?.('jackknife', (performance.now() - t0) / 1000);
  const stacked = base.map((b, i) => concat(b, labelFeatures(tokens[i]!, jack[i]!)));
  const wrap = onEpoch && ((e: number, _m: NerModel, s: number, stage?: Scorer) => onEpoch(e, modelFromStages([first, stage!]), s));
  const second = trainStage(docs, stacked, { ...rest, onEpoch: wrap });
  return modelFromStages([first, second], { ...opts.info });
}
