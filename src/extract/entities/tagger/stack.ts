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

/** What the first stage tagged elsewhere in the document, for one token (see `labelFeatures`). */
export interface LabelFacts {
  /** Majority type of the word's tagged occurrences, and the share of its occurrences that carry it. */
  readonly word?: { type: string; share: 'all' | 'most' | 'some' };
  /** Majority type of the token's own entity string across the document (when it occurs more than once). */
  readonly entity?: { type: string; all: boolean };
  /** Majority type and position of the word in longer entities ("PERE": last word of a person's name). */
  readonly inside?: string;
}

/** Label facts per sentence per token, from the tokens' keys (`tokenKey`) and the first stage's tags. */
export function labelFacts(keys: readonly (readonly string[])[], tags: readonly (readonly string[])[]): (LabelFacts | undefined)[][] {
  const tokType: Counts = new Map();
  const entType: Counts = new Map();
  const inside: Counts = new Map();
  const seen = new Map<string, number>();
  const chunks = tags.map((t) => chunkSpans(t));
  keys.forEach((ks, si) => {
    for (const c of chunks[si]!) {
      const words = ks.slice(c.start, c.end);
      add(entType, words.join(' '), c.type);
      words.forEach((k, i) => {
        add(tokType, k, c.type);
        if (words.length > 1) add(inside, k, `${c.type}${i === 0 ? 'B' : i === words.length - 1 ? 'E' : 'I'}`);
      });
    }
  });
  // occurrences of the words tagged somewhere (the share of them tagged)
  for (const ks of keys) for (const k of ks) if (tokType.has(k)) seen.set(k, (seen.get(k) ?? 0) + 1);
  // one answer per distinct word or entity string
  const memo = (counts: Counts) => {
    const done = new Map<string, ReturnType<typeof majority>>();
    return (k: string) => {
      if (!counts.has(k)) return undefined;
      if (!done.has(k)) done.set(k, majority(counts.get(k)));
      return done.get(k);
    };
  };
  const tokMajority = memo(tokType);
  const entMajority = memo(entType);
  const insideMajority = memo(inside);
  return keys.map((ks, si) => {
    const own: (string | undefined)[] = [];
    for (const c of chunks[si]!) for (let i = c.start; i < c.end; i++) own[i] = ks.slice(c.start, c.end).join(' ');
    return ks.map((k, i) => {
      const m = tokMajority(k);
      const ent = own[i];
      const e = ent === undefined ? undefined : entMajority(ent);
      const sup = insideMajority(k);
      if (!m && !(e && e.total > 1) && !sup) return undefined;
      const facts: { -readonly [K in keyof LabelFacts]: LabelFacts[K] } = {};
      if (m) {
        const share = m.n / (seen.get(k) ?? m.n);
        facts.word = { type: m.type, share: share >= 0.99 ? 'all' : share >= 0.5 ? 'most' : 'some' };
      }
      if (e && e.total > 1) facts.entity = { type: e.type, all: e.n === e.total };
      if (sup) facts.inside = sup.type;
      return facts;
    });
  });
}

/** The second stage's features of one token from its label facts (besides `p1=`, its own first-stage tag). */
export function labelFactFeatures(tag: string, x: LabelFacts | undefined): string[] {
  if (!x) return [];
  const f: string[] = [];
  if (x.word) f.push(`mt=${x.word.type}|${x.word.share}`, `mtp=${x.word.type}|${tag}`);
  if (x.entity) f.push(`me=${x.entity.type}|${x.entity.all ? 'all' : 'most'}`);
  if (x.inside) f.push(`ms=${x.inside}`);
  return f;
}

/** Features from the first stage's tags of the whole document, per sentence per token. */
export function labelFeatures(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[]): string[][][] {
  const facts = labelFacts(sentences.map((s) => s.map(tokenKey)), tags);
  return facts.map((fs, si) => fs.map((x, i) => [`p1=${tags[si]![i]!}`, ...labelFactFeatures(tags[si]![i]!, x)]));
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
