/**
 * Tagging a document with a model: features once per token (one index lookup each for all stages),
 * the first stage decoded per sentence, then — for a two-stage model — the second stage with the
 * first stage's document-level label features (`stack.ts`).
 */
import { bioConstraints, viterbi } from './decode.js';
import { documentFeatures } from './features.js';
import type { NerModel } from './model.js';
import { labelFeatures } from './stack.js';

interface Ids {
  ids: Int32Array;
  offsets: Int32Array;
}

function lookup(m: NerModel, feats: readonly (readonly string[])[]): Ids {
  const ids: number[] = [];
  const offsets = [0];
  for (const fs of feats) {
    for (const f of fs) {
      const id = m.index.get(f);
      if (id !== undefined) ids.push(id);
    }
    offsets.push(ids.length);
  }
  return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets) };
}

function addRows(m: NerModel, stage: number, { ids, offsets }: Ids, out: Float64Array): void {
  const L = m.labels.length;
  const S = m.stages;
  const w = m.weights;
  for (let j = 0; j + 1 < offsets.length; j++) {
    const base = j * L;
    for (let k = offsets[j]!; k < offsets[j + 1]!; k++) {
      const f = (ids[k]! * S + stage) * L;
      for (let y = 0; y < L; y++) out[base + y] = out[base + y]! + w[f + y]!;
    }
  }
}

const constraints = new WeakMap<readonly string[], Uint8Array>();

function allowedFor(labels: readonly string[]): Uint8Array {
  let a = constraints.get(labels);
  if (!a) constraints.set(labels, (a = bioConstraints(labels)));
  return a;
}

/** Tags one document given as sentences of token strings; one BIO tag per token. */
export function tagWithModel(m: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const L = m.labels.length;
  const allowed = allowedFor(m.labels);
  const base = documentFeatures(sentences).map((sf) => lookup(m, sf));
  const decode = (stage: number, extra?: readonly Ids[]) =>
    base.map((b, si) => {
      const scores = new Float64Array((b.offsets.length - 1) * L);
      addRows(m, stage, b, scores);
      if (extra) addRows(m, stage, extra[si]!, scores);
      return viterbi(scores, L, m.trans[stage]!, allowed).map((y) => m.labels[y]!);
    });
  const first = decode(0);
  if (m.stages === 1) return first;
  return decode(1, labelFeatures(sentences, first).map((sf) => lookup(m, sf)));
}
