/**
 * Scoring and decoding: emission scores are sums of per-label feature weights; the best tag sequence
 * is found by Viterbi over first-order label transitions, with BIO well-formedness as a hard
 * constraint (`I-X` only after `B-X` or `I-X`).
 */

/** The weights decoding needs: `weights[f * L + y]`, `trans[p * L + y]` with row `L` the sentence start. */
export interface Scorer {
  readonly labels: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly weights: Float32Array;
  readonly trans: Float32Array;
}

/** `allowed[p * L + y]`: may label y follow p (p = L: sentence start)? */
export function bioConstraints(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const ok = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let y = 0; y < L; y++) {
      const lab = labels[y]!;
      if (!lab.startsWith('I-')) ok[p * L + y] = 1;
      else if (p < L) {
        const prev = labels[p]!;
        ok[p * L + y] = prev.slice(2) === lab.slice(2) && prev !== 'O' ? 1 : 0;
      }
    }
  }
  return ok;
}

/** Emission scores of feature-id lists (`ids` of token j between `offsets[j]` and `offsets[j+1]`). */
export function scoreIds(weights: Float32Array | Float64Array, L: number, ids: Int32Array, offsets: Int32Array): Float64Array {
  const n = offsets.length - 1;
  const out = new Float64Array(n * L);
  for (let j = 0; j < n; j++) {
    const base = j * L;
    for (let k = offsets[j]!; k < offsets[j + 1]!; k++) {
      const f = ids[k]! * L;
      for (let y = 0; y < L; y++) out[base + y] = out[base + y]! + weights[f + y]!;
    }
  }
  return out;
}

/** Emission scores of feature strings (and optional extra features per token); unknown features are skipped. */
export function scoreFeatures(s: Scorer, feats: readonly (readonly string[])[], extra?: readonly (readonly string[])[]): Float64Array {
  const L = s.labels.length;
  const out = new Float64Array(feats.length * L);
  const w = s.weights;
  const addAll = (base: number, fs: readonly string[]) => {
    for (const name of fs) {
      const id = s.index.get(name);
      if (id === undefined) continue;
      const f = id * L;
      for (let y = 0; y < L; y++) out[base + y] = out[base + y]! + w[f + y]!;
    }
  };
  feats.forEach((fs, j) => {
    addAll(j * L, fs);
    if (extra) addAll(j * L, extra[j]!);
  });
  return out;
}

/** For each label y, the labels that may precede it (ascending), from the allowed matrix; cached per matrix. */
const predecessors = new WeakMap<Uint8Array, Int32Array[]>();

function allowedBefore(allowed: Uint8Array, L: number): Int32Array[] {
  let p = predecessors.get(allowed);
  if (!p) {
    p = Array.from({ length: L }, (_, y) => Int32Array.from(Array.from({ length: L }, (_, q) => q).filter((q) => allowed[q * L + y])));
    predecessors.set(allowed, p);
  }
  return p;
}

/** Viterbi's tables (scores and back-pointers), grown as needed. */
let delta = new Float64Array(1024);
let back = new Int32Array(1024);

/** Best label sequence (label indices) under emission scores, transitions and the allowed matrix. */
export function viterbi(scores: Float64Array, L: number, trans: Float32Array | Float64Array, allowed: Uint8Array): number[] {
  const n = scores.length / L;
  if (n === 0) return [];
  const before = allowedBefore(allowed, L);
  // every cell is written before it is read: the buffers are reused from call to call
  if (delta.length < n * L) {
    delta = new Float64Array(n * L * 2);
    back = new Int32Array(n * L * 2);
  }
  for (let y = 0; y < L; y++) delta[y] = allowed[L * L + y] ? scores[y]! + trans[L * L + y]! : -Infinity;
  for (let j = 1; j < n; j++) {
    const prev = (j - 1) * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      // only the labels that may precede y, in ascending order: the first best wins, as over all labels
      const ps = before[y]!;
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k]!;
        const v = delta[prev + p]! + trans[p * L + y]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[j * L + y] = best + scores[j * L + y]!;
      back[j * L + y] = arg;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (delta[(n - 1) * L + k]! > delta[(n - 1) * L + y]!) y = k;
  const path = new Array<number>(n);
  for (let j = n - 1; j >= 0; j--) {
    path[j] = y;
    y = back[j * L + y]!;
  }
  return path;
}

const constraintCache = new WeakMap<readonly string[], Uint8Array>();

type DocFeats = readonly (readonly (readonly string[])[])[];

/** Best tags of every sentence of a document, given its feature strings (and optional extra ones). */
export function decodeDocument(s: Scorer, feats: DocFeats, extra?: DocFeats): string[][] {
  let allowed = constraintCache.get(s.labels);
  if (!allowed) {
    allowed = bioConstraints(s.labels);
    constraintCache.set(s.labels, allowed);
  }
  const L = s.labels.length;
  const ok = allowed;
  return feats.map((sf, si) => viterbi(scoreFeatures(s, sf, extra?.[si]), L, s.trans, ok).map((y) => s.labels[y]!));
}
