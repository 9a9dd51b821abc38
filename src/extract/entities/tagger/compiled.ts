/**
 * The model compiled for tagging: emission scores without building a feature string per token.
 * What depends on one word alone — its own features (word, shapes, affixes) and its features as a
 * neighbour ("w-1=the", "sh+1=Xxxx") — is looked up once per distinct word, summed into weight rows and
 * kept in a bounded cache across documents; the features that pair two or three tokens
 * ("ww-1=the|bank", "sss=Xx|x|Xx") are found through integer ids of their parts, starting from a
 * table the first part's word carries. The scores equal, exactly, those of looking up `sentenceFeatures`'
 * strings in the model's index (the committed weights are 8-bit multiples of one scale, so float64 sums
 * of them do not depend on the order; a test holds the two to it).
 */
import { DatelineError } from '../../../core/errors.js';
import { contextOf, PAD, PAD_END, tokInfo, type DocContext, type Tok } from './features.js';
import type { NerModel } from './model.js';

/** Part ids of pair features stay below this, so that keys of two are small integers. */
const SPAN = 1 << 15;

/** Word rows: one block of `stages × labels` weights per role, in this order. */
const OWN = 0;
const LEFT1 = 1;
const RIGHT1 = 2;
const LEFT2 = 3;
const RIGHT2 = 4;

/** Pair features that start with a word or shape, by the part id of what follows (`sss`: second × SPAN + third). */
interface PairStarts {
  wwm1?: Map<number, number>;
  wwp1?: Map<number, number>;
  wss?: Map<number, number>;
  ssw?: Map<number, number>;
  sss?: Map<number, number>;
}

/** Feature ids of a lowercased word (-1: not in the model), and the pair features it starts. */
interface KeyFeatures extends PairStarts {
  w: number;
  wm1: number;
  wp1: number;
  wm2: number;
  wp2: number;
  hw: number;
  /** Its id as a part of pair features (-1: in none). */
  part: number;
  /* starts ww-1= and ww+1= (by the next word's part) and w-1ss= (by the next token's shape part) */
}

/** Feature ids of a long shape. */
interface LongFeatures {
  sh: number;
  shm1: number;
  shp1: number;
}

/** Feature ids of a short shape, and the pair features it starts (ssw+1= by the next word, sss= by the next two shapes). */
interface ShortFeatures extends PairStarts {
  ss: number;
  ssm2: number;
  ssp2: number;
  hss: number;
  /** i0= by (first token ? 2 : 0) + (headline ? 1 : 0). */
  i0: Int32Array;
  part: number;
  /* starts ssw+1= (by the next word's part) and sss= (by the next two shapes' parts) */
}

const noKey = (): KeyFeatures => ({ w: -1, wm1: -1, wp1: -1, wm2: -1, wp2: -1, hw: -1, part: -1 });
const noLong = (): LongFeatures => ({ sh: -1, shm1: -1, shp1: -1 });
const noShort = (): ShortFeatures => ({ ss: -1, ssm2: -1, ssp2: -1, hss: -1, i0: Int32Array.of(-1, -1, -1, -1), part: -1 });
const NO_KEY = noKey();
const NO_LONG = noLong();
const NO_SHORT = noShort();

/** A distinct word (raw token string) with what it brings to the scores wherever it stands. */
export class Word implements Tok {
  readonly w: string;
  readonly lw: string;
  readonly long: string;
  readonly short: string;
  readonly cap: boolean;
  readonly letters: boolean;
  readonly lower: boolean;
  /**
   * Summed weight rows, `stages × labels` each: OWN (w=, sh=, ss=, p1= s1= … p4= s4=), and the word as a
   * neighbour of the token being scored: LEFT1 (w-1=, sh-1=), RIGHT1 (w+1=, sh+1=), LEFT2 (w-2=, ss-2=),
   * RIGHT2 (w+2=, ss+2=).
   */
  readonly rows: Float64Array;
  readonly key: KeyFeatures;
  readonly shape: ShortFeatures;

  constructor(t: Tok, c: CompiledModel) {
    const { lw } = t;
    this.w = t.w;
    this.lw = lw;
    this.long = t.long;
    this.short = t.short;
    this.cap = t.cap;
    this.letters = t.letters;
    this.lower = t.lower;
    const k = (this.key = c.keys.get(lw) ?? NO_KEY);
    const l = c.longs.get(t.long) ?? NO_LONG;
    const s = (this.shape = c.shorts.get(t.short) ?? NO_SHORT);
    const r = c.row;
    const rows = (this.rows = new Float64Array(5 * r));
    c.addWeights(rows, OWN * r, k.w);
    c.addWeights(rows, OWN * r, l.sh);
    c.addWeights(rows, OWN * r, s.ss);
    for (let n = 1; n <= 4 && n < lw.length; n++) {
      c.addWeights(rows, OWN * r, c.affixes.get(lw.slice(0, n))?.[0] ?? -1);
      c.addWeights(rows, OWN * r, c.affixes.get(lw.slice(lw.length - n))?.[1] ?? -1);
    }
    c.addWeights(rows, LEFT1 * r, k.wm1);
    c.addWeights(rows, LEFT1 * r, l.shm1);
    c.addWeights(rows, RIGHT1 * r, k.wp1);
    c.addWeights(rows, RIGHT1 * r, l.shp1);
    c.addWeights(rows, LEFT2 * r, k.wm2);
    c.addWeights(rows, LEFT2 * r, s.ssm2);
    c.addWeights(rows, RIGHT2 * r, k.wp2);
    c.addWeights(rows, RIGHT2 * r, s.ssp2);
  }
}

/** Words kept per model: two generations of at most this many; a word unseen for a generation is dropped. */
const GENERATION = 20_000;

export class CompiledModel {
  readonly model: NerModel;
  /** Weights per feature: `stages × labels`. */
  readonly row: number;
  readonly bias: number;
  /** dl= by lowerSeen * 2 + start, dt= by titleSeen, dr= by run role. */
  readonly dl: Int32Array;
  readonly dt: Int32Array;
  readonly dr: ReadonlyMap<string, number>;
  /** p1= (the second stage's: the first stage's tag of the token) by label index. */
  readonly firstTag: Int32Array;
  /** The model's features by what they are of: a lowercased word, a long shape, a short shape, an affix ([pN=, sN=] of an N-character affix). */
  readonly keys = new Map<string, KeyFeatures>();
  readonly longs = new Map<string, LongFeatures>();
  readonly shorts = new Map<string, ShortFeatures>();
  readonly affixes = new Map<string, [number, number]>();
  readonly pad: Word;
  readonly padEnd: Word;
  private young = new Map<string, Word>();
  private old = new Map<string, Word>();

  constructor(model: NerModel) {
    this.model = model;
    this.row = model.stages * model.labels.length;
    const key = (k: string) => getOr(this.keys, k, noKey);
    const long = (k: string) => getOr(this.longs, k, noLong);
    const short = (k: string) => getOr(this.shorts, k, noShort);
    // parts of pair features: ids in order of first sight (a lowercased word's part lives on its entry)
    let keyParts = 0;
    let shortParts = 0;
    const keyPart = (k: string) => {
      const e = key(k);
      if (e.part < 0) e.part = keyParts++;
      return e;
    };
    const shortPart = (k: string) => {
      const e = short(k);
      if (e.part < 0) e.part = shortParts++;
      return e;
    };
    const pairs: [string, number][] = [];
    for (const [name, id] of model.index) {
      const eq = name.indexOf('=');
      const tpl = name.slice(0, eq);
      const rest = name.slice(eq + 1);
      if (tpl === 'w') key(rest).w = id;
      else if (tpl === 'w-1') key(rest).wm1 = id;
      else if (tpl === 'w+1') key(rest).wp1 = id;
      else if (tpl === 'w-2') key(rest).wm2 = id;
      else if (tpl === 'w+2') key(rest).wp2 = id;
      else if (tpl === 'hw') key(rest).hw = id;
      else if (tpl === 'sh') long(rest).sh = id;
      else if (tpl === 'sh-1') long(rest).shm1 = id;
      else if (tpl === 'sh+1') long(rest).shp1 = id;
      else if (tpl === 'ss') short(rest).ss = id;
      else if (tpl === 'ss-2') short(rest).ssm2 = id;
      else if (tpl === 'ss+2') short(rest).ssp2 = id;
      else if (tpl === 'hss') short(rest).hss = id;
      else if (tpl === 'i0' && /^[01]\|.*\|H?$/s.test(rest)) {
        // i0=FIRST|SHORT|HEADLINE: a short shape never holds "H", so the last field is unambiguous
        const hl = rest.endsWith('|H');
        short(rest.slice(2, hl ? -2 : -1)).i0[(rest[0] === '1' ? 2 : 0) + (hl ? 1 : 0)] = id;
      } else if (/^[ps][1-4]$/.test(tpl) && rest.length === Number(tpl[1])) {
        getOr(this.affixes, rest, () => [-1, -1])[tpl[0] === 'p' ? 0 : 1] = id;
      } else if (tpl === 'ww-1' || tpl === 'ww+1' || tpl === 'w-1ss' || tpl === 'ssw+1' || tpl === 'sss') pairs.push([name, id]);
    }
    // a part may itself contain "|": every split of a name is registered, so a lookup by parts finds a
    // feature exactly when the joined string is one
    const bars = (s: string) => {
      const at: number[] = [];
      for (let i = s.indexOf('|'); i >= 0; i = s.indexOf('|', i + 1)) at.push(i);
      return at;
    };
    const put = (first: PairStarts, table: keyof PairStarts, next: number, id: number) => (first[table] ??= new Map()).set(next, id);
    for (const [name, id] of pairs) {
      const eq = name.indexOf('=');
      const tpl = name.slice(0, eq);
      const rest = name.slice(eq + 1);
      for (const i of bars(rest)) {
        const [a, b] = [rest.slice(0, i), rest.slice(i + 1)];
        if (tpl === 'ww-1') put(keyPart(a), 'wwm1', keyPart(b).part, id);
        else if (tpl === 'ww+1') put(keyPart(a), 'wwp1', keyPart(b).part, id);
        else if (tpl === 'w-1ss') put(keyPart(a), 'wss', shortPart(b).part, id);
        else if (tpl === 'ssw+1') put(shortPart(a), 'ssw', keyPart(b).part, id);
        else {
          for (const j of bars(rest)) {
            if (j > i) put(shortPart(rest.slice(0, i)), 'sss', shortPart(rest.slice(i + 1, j)).part * SPAN + shortPart(rest.slice(j + 1)).part, id);
          }
        }
      }
    }
    if (shortParts >= SPAN) throw new DatelineError('E_INTERNAL', 'NER model: too many shapes for numeric pair keys');
    this.bias = this.id('b');
    this.dl = Int32Array.from(['dl=0|0', 'dl=0|1', 'dl=1|0', 'dl=1|1'], (f) => this.id(f));
    this.dt = Int32Array.from(['dt=0', 'dt=1'], (f) => this.id(f));
    const roles = ['S1', ...['B', 'I', 'E'].flatMap((r) => [2, 3, 4].map((n) => `${r}${n}`))];
    this.dr = new Map(roles.map((r) => [r, this.id(`dr=${r}`)]));
    this.firstTag = Int32Array.from(model.labels, (l) => this.id(`p1=${l}`));
    this.pad = new Word(PAD, this);
    this.padEnd = new Word(PAD_END, this);
  }

  /** The id of a feature string, -1 when the model does not have it. */
  id(feature: string): number {
    return this.model.index.get(feature) ?? -1;
  }

  /** Adds feature `id`'s weights (all stages) to `out` at `at`; nothing for -1. */
  addWeights(out: Float64Array, at: number, id: number): void {
    if (id < 0) return;
    const w = this.model.weights;
    const f = id * this.row;
    for (let k = 0; k < this.row; k++) out[at + k] = out[at + k]! + w[f + k]!;
  }

  /** A word, read once per distinct raw token and kept. */
  word(raw: string): Word {
    let w = this.young.get(raw);
    if (w) return w;
    w = this.old.get(raw) ?? new Word(tokInfo(raw), this);
    if (this.young.size >= GENERATION) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(raw, w);
    return w;
  }
}

function getOr<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) m.set(k, (v = make()));
  return v;
}

const compiledModels = new WeakMap<NerModel, CompiledModel>();

export function compiledModel(model: NerModel): CompiledModel {
  let c = compiledModels.get(model);
  if (!c) compiledModels.set(model, (c = new CompiledModel(model)));
  return c;
}

/** A document's words, read through the cache, with their document context. */
export function documentWords(c: CompiledModel, sentences: readonly (readonly string[])[]): DocContext<Word> {
  return contextOf(sentences.map((s) => s.map((raw) => c.word(raw))));
}

/**
 * Emission scores of a document's tokens, per stage: `scores[stage][j * labels + y]` for token `j` of the
 * document (all sentences in a row). `add` and `addRow` put in one more feature of the current token.
 */
export class Emissions {
  readonly scores: Float64Array[];
  /** The token being scored. */
  token = 0;
  private readonly w: Float32Array;
  private readonly L: number;
  private readonly from: number;
  private readonly to: number;

  /** Only weights of stages `fromStage` and later are added (the second stage's own features: 1). */
  constructor(c: CompiledModel, tokens: number, fromStage = 0, scores?: Float64Array[]) {
    this.w = c.model.weights;
    this.L = c.model.labels.length;
    this.from = fromStage;
    this.to = c.model.stages;
    this.scores = scores ?? Array.from({ length: c.model.stages }, () => new Float64Array(tokens * this.L));
  }

  /** Adds the weights of feature `id` (nothing for -1). */
  add(id: number): void {
    if (id < 0) return;
    const { L, w } = this;
    const o = this.token * L;
    for (let s = this.from; s < this.to; s++) {
      const out = this.scores[s]!;
      const f = (id * this.to + s) * L;
      for (let y = 0; y < L; y++) out[o + y] = out[o + y]! + w[f + y]!;
    }
  }

  /** Adds a word's summed weights in role `r` (laid out as the model's: `stages × labels` per role). */
  addRow(rows: Float64Array, r: number): void {
    const L = this.L;
    const o = this.token * L;
    for (let s = this.from; s < this.to; s++) {
      const out = this.scores[s]!;
      const f = (r * this.to + s) * L;
      for (let y = 0; y < L; y++) out[o + y] = out[o + y]! + rows[f + y]!;
    }
  }
}

const pairId = (table: Map<number, number> | undefined, part: number) => (table === undefined || part < 0 ? -1 : (table.get(part) ?? -1));

/** Adds the scores of sentence `si`'s tokens (the features of `sentenceFeatures`), one token after another. */
export function scoreSentence(c: CompiledModel, ctx: DocContext<Word>, si: number, e: Emissions): void {
  const s = ctx.toks[si]!;
  const hl = ctx.headline[si]!;
  const n = s.length;
  for (let i = 0; i < n; i++, e.token++) {
    const t = s[i]!;
    const p1 = i >= 1 ? s[i - 1]! : c.pad;
    const p2 = i >= 2 ? s[i - 2]! : c.pad;
    const n1 = i + 1 < n ? s[i + 1]! : c.padEnd;
    const n2 = i + 2 < n ? s[i + 2]! : c.padEnd;
    e.add(c.bias);
    e.addRow(t.rows, OWN);
    e.addRow(p1.rows, LEFT1);
    e.addRow(n1.rows, RIGHT1);
    e.addRow(p2.rows, LEFT2);
    e.addRow(n2.rows, RIGHT2);
    e.add(pairId(p1.key.wwm1, t.key.part));
    e.add(pairId(t.key.wwp1, n1.key.part));
    e.add(t.shape.part < 0 || n1.shape.part < 0 ? -1 : pairId(p1.shape.sss, t.shape.part * SPAN + n1.shape.part));
    e.add(pairId(p1.key.wss, t.shape.part));
    e.add(pairId(t.shape.ssw, n1.key.part));
    const start = i === 0 || hl;
    e.add(t.shape.i0[(i === 0 ? 2 : 0) + (hl ? 1 : 0)]!);
    if (hl) {
      e.add(t.key.hw);
      e.add(t.shape.hss);
    }
    if (t.cap || hl) {
      e.add(c.dl[(ctx.lowerSeen.has(t.lw) ? 2 : 0) + (start ? 1 : 0)]!);
      if (start) e.add(c.dt[ctx.titleSeen.has(t.lw) ? 1 : 0]!);
      const role = ctx.runRole.get(t.lw);
      if (role) e.add(c.dr.get(role) ?? -1);
    }
  }
}
