/**
 * The NER model and its weight file. A model has one or two stages (`stack.ts`) over one shared
 * feature index, so a token's feature strings are looked up once for both: the weight of feature `f`,
 * stage `s`, label `y` is `weights[(f * stages + s) * L + y]`.
 *
 * File: gzip of `DLNER3\n` · header JSON (labels, stages, per-stage transitions, weight scale, feature
 * count, training info) `\n` · feature names joined by `\n` (sorted: they compress well) · weights as
 * int8 (or little-endian int16), `nFeatures × stages × L`, times `scale`. Features whose quantised
 * weights are all zero are left out.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DatelineError } from '../../../core/errors.js';
import type { Scorer } from './decode.js';

export interface NerModel {
  readonly labels: readonly string[];
  readonly stages: number;
  readonly index: ReadonlyMap<string, number>;
  readonly weights: Float32Array;
  /** Per stage, `(L + 1) × L` transition weights, row `L` the sentence start. */
  readonly trans: readonly Float32Array[];
  /** What the model was trained on and how (written to the file header). */
  readonly info: Readonly<Record<string, unknown>>;
}

const MAGIC = 'DLNER3\n';

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../../models/ner/ner-conll2003.bin.gz', import.meta.url));

/** Lays trained stages (same labels) over one shared feature index. */
export function modelFromStages(stages: readonly Scorer[], info: Readonly<Record<string, unknown>> = {}): NerModel {
  const labels = stages[0]!.labels;
  if (!stages.every((s) => s.labels.length === labels.length && s.labels.every((l, i) => l === labels[i]))) {
    throw new DatelineError('E_INTERNAL', 'NER stages disagree on their labels');
  }
  const L = labels.length;
  const S = stages.length;
  const index = new Map<string, number>();
  for (const s of stages) for (const name of s.index.keys()) if (!index.has(name)) index.set(name, index.size);
  const weights = new Float32Array(index.size * S * L);
  stages.forEach((s, st) => {
    for (const [name, id] of s.index) weights.set(s.weights.subarray(id * L, id * L + L), (index.get(name)! * S + st) * L);
  });
  return { labels, stages: S, index, weights, trans: stages.map((s) => s.trans), info };
}

interface Header {
  labels: string[];
  stages: number;
  trans: number[][];
  scale: number;
  bits: 8 | 16;
  nFeatures: number;
  info: Record<string, unknown>;
}

/** Serialises a model with 8 (default) or 16 bits per weight. */
export function encodeNerModel(model: NerModel, bits: 8 | 16 = 8): Buffer {
  const row = model.stages * model.labels.length;
  let maxAbs = 0;
  for (const v of model.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs > 0 ? maxAbs / (bits === 16 ? 32767 : 127) : 1;
  const kept: { name: string; q: number[] }[] = [];
  for (const [name, id] of model.index) {
    const q = Array.from({ length: row }, (_, k) => Math.round(model.weights[id * row + k]! / scale));
    if (q.some((v) => v !== 0) && !name.includes('\n')) kept.push({ name, q });
  }
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const arr = bits === 16 ? new Int16Array(kept.length * row) : new Int8Array(kept.length * row);
  kept.forEach((k, i) => k.q.forEach((v, j) => (arr[i * row + j] = v)));
  const header: Header = {
    labels: [...model.labels],
    stages: model.stages,
    trans: model.trans.map((t) => Array.from(t)),
    scale,
    bits,
    nFeatures: kept.length,
    info: { ...model.info },
  };
  const names = kept.map((k) => k.name).join('\n');
  return gzipSync(Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n${names}`, 'utf8'), Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength)]), { level: 9 });
}

function corrupt(path: string, why: string): DatelineError {
  return new DatelineError('E_CONFIG', `NER model ${path}: ${why}`, { path });
}

export function decodeNerModel(data: Buffer, path = '<buffer>'): NerModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(data);
  } catch {
    throw corrupt(path, 'not a gzip file');
  }
  if (raw.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) throw corrupt(path, 'not a Dateline NER model (bad magic)');
  const headEnd = raw.indexOf(10, MAGIC.length);
  let h: Header;
  try {
    h = JSON.parse(raw.subarray(MAGIC.length, headEnd).toString('utf8')) as Header;
  } catch {
    throw corrupt(path, 'unreadable header');
  }
  const L = h.labels?.length ?? 0;
  const row = h.stages * L;
  const bytes = h.bits === 16 ? 2 : 1;
  const wBytes = h.nFeatures * row * bytes;
  const wStart = raw.length - wBytes;
  if (!L || !(h.stages >= 1) || wStart <= headEnd || h.trans?.length !== h.stages || h.trans.some((t) => t.length !== (L + 1) * L)) {
    throw corrupt(path, 'truncated or inconsistent');
  }
  const names = h.nFeatures ? raw.subarray(headEnd + 1, wStart).toString('utf8').split('\n') : [];
  if (names.length !== h.nFeatures) throw corrupt(path, 'feature count does not match');
  const weights = new Float32Array(h.nFeatures * row);
  for (let i = 0; i < weights.length; i++) weights[i] = (bytes === 2 ? raw.readInt16LE(wStart + 2 * i) : raw.readInt8(wStart + i)) * h.scale;
  const index = new Map<string, number>();
  names.forEach((n, i) => index.set(n, i));
  return { labels: h.labels, stages: h.stages, index, weights, trans: h.trans.map((t) => Float32Array.from(t)), info: h.info };
}

export function saveNerModel(model: NerModel, path: string, bits: 8 | 16 = 8): number {
  const buf = encodeNerModel(model, bits);
  writeFileSync(path, buf);
  return buf.length;
}

const cache = new Map<string, NerModel>();

/** Loads (once per path) the weight file; throws DatelineError E_CONFIG when it is missing or corrupt. */
export function loadNerModel(path: string = DEFAULT_MODEL_PATH): NerModel {
  const hit = cache.get(path);
  if (hit) return hit;
  if (!existsSync(path)) throw new DatelineError('E_CONFIG', `NER model ${path} not found (train it with scripts/train-ner.ts)`, { path });
  const model = decodeNerModel(readFileSync(path), path);
  cache.set(path, model);
  return model;
}
