/**
 * Training: an averaged structured perceptron (Collins 2002) over the sparse features of
 * `features.ts`, decoded by constrained Viterbi (`decode.ts`). Sentences are visited in a seeded
 * random order each epoch, so training is reproducible. Averaging uses the usual lazy trick:
 * `avg = w − u / c` with `u` accumulating `c · Δw`.
 */
import { bioConstraints, scoreIds, viterbi } from './decode.js';
import { documentFeatures } from './features.js';
import type { Scorer } from './decode.js';
import { modelFromStages, type NerModel } from './model.js';

export interface TrainSentence {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
}

export type TrainDocument = readonly TrainSentence[];

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** Features seen fewer times than this in training are dropped. */
  minCount?: number;
  /** Called after each epoch with the averaged weights so far. */
  onEpoch?: (epoch: number, model: NerModel, seconds: number, stage?: Scorer) => void;
  info?: Record<string, unknown>;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** 'O' then B-/I- for every type in the data, types sorted. */
export function labelSet(docs: readonly TrainDocument[]): string[] {
  const types = new Set<string>();
  for (const d of docs) for (const s of d) for (const t of s.tags) if (t !== 'O') types.add(t.slice(2));
  return ['O', ...[...types].sort().flatMap((t) => [`B-${t}`, `I-${t}`])];
}

interface Encoded {
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
}

/** Feature strings: per document, per sentence, per token. */
export type DocFeatures = readonly (readonly (readonly string[])[])[];

function encode(docs: readonly TrainDocument[], feats: readonly DocFeatures[], labels: readonly string[], minCount: number) {
  const counts = new Map<string, number>();
  for (const d of feats) for (const s of d) for (const t of s) for (const f of t) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= minCount) index.set(f, index.size);
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const sents: Encoded[] = [];
  feats.forEach((d, di) =>
    d.forEach((s, si) => {
      const ids: number[] = [];
      const offsets = [0];
      for (const t of s) {
        for (const f of t) {
          const id = index.get(f);
          if (id !== undefined) ids.push(id);
        }
        offsets.push(ids.length);
      }
      const gold = Int32Array.from(docs[di]![si]!.tags, (t) => labelId.get(t) ?? 0);
      sents.push({ ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold });
    }),
  );
  return { index, sents };
}

/** Trains one scorer on precomputed features (`feats[d]` belongs to `docs[d]`). */
export function trainStage(docs: readonly TrainDocument[], feats: readonly DocFeatures[], opts: TrainOptions = {}): Scorer {
  const { epochs = 10, seed = 1, minCount = 1 } = opts;
  const labels = labelSet(docs);
  const L = labels.length;
  const { index, sents } = encode(docs, feats, labels, minCount);
  const allowed = bioConstraints(labels);
  const w = new Float32Array(index.size * L);
  const u = new Float64Array(index.size * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const rand = rng(seed);
  const averaged = (): Scorer => {
    const weights = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) weights[i] = w[i]! - u[i]! / c;
    const trans = Float32Array.from(tw, (v, i) => v - tu[i]! / c);
    return { labels, index, weights, trans };
  };
  const bump = (j: number, s: Encoded, y: number, d: number) => {
    for (let k = s.offsets[j]!; k < s.offsets[j + 1]!; k++) {
      const f = s.ids[k]! * L + y;
      w[f] = w[f]! + d;
      u[f] = u[f]! + c * d;
    }
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = performance.now();
    for (const s of shuffled(sents, rand)) {
      const pred = viterbi(scoreIds(w, L, s.ids, s.offsets), L, tw, allowed);
      const g = s.gold;
      for (let j = 0; j < g.length; j++) {
        const pj = j === 0 ? L : pred[j - 1]!;
        const gj = j === 0 ? L : g[j - 1]!;
        if (g[j] !== pred[j]) {
          bump(j, s, g[j]!, 1);
          bump(j, s, pred[j]!, -1);
        }
        if (g[j] !== pred[j] || gj !== pj) {
          const gi = gj * L + g[j]!;
          const pi = pj * L + pred[j]!;
          tw[gi] = tw[gi]! + 1;
          tu[gi] = tu[gi]! + c;
          tw[pi] = tw[pi]! - 1;
          tu[pi] = tu[pi]! - c;
        }
      }
      c++;
    }
    if (opts.onEpoch) {
      const stage = averaged();
      opts.onEpoch(epoch, modelFromStages([stage]), (performance.now() - t0) / 1000, stage);
    }
  }
  return averaged();
}

/** Trains a one-stage model with the features of `features.ts`. */
export function trainNer(docs: readonly TrainDocument[], opts: TrainOptions = {}): NerModel {
  const feats = docs.map((d) => documentFeatures(d.map((s) => s.tokens)));
  return modelFromStages([trainStage(docs, feats, opts)], { ...opts.info });
}
