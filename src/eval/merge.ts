/**
 * `npm run eval -- merge <folder> [--all] [--topics=1,3,…]`: cross-document event coreference on ECB+
 * (Cybulska & Vossen 2014), scored with MUC, B³, CEAF-e and CoNLL F1 (the mean of the three).
 *
 * Folder: the ECB+ release layout — `ECB+/<topic>/<topic>_<n>ecb[plus].xml` (searched recursively; the
 * topic is the number before "_" in the file name, else the parent folder's name) and, beside it,
 * `ECBplus_coreference_sentences.csv` ("Topic,File,Sentence Number").
 *
 * Setup (the common one of the literature, e.g. Cybulska & Vossen 2015, Barhom et al. 2019):
 *  - gold mentions: the ACTION_* and NEG_* markables with token anchors, restricted to the sentences the
 *    CSV lists (when the folder has no CSV: every annotated sentence, and the report says so);
 *  - gold clusters: the CROSS_DOC_COREF chains (keyed by their target's instance_id), the INTRA_DOC_COREF
 *    chains (within their document), and every other mention a singleton — singletons are INCLUDED in all
 *    metrics;
 *  - topics: the test topics 36–45; all topics with `--all`, or when the folder holds none of 36–45 (a
 *    held-back set with other numbers); `--topics=a,b,…` picks some (e.g. the dev topics 2,5,12,18,21,23,34,35
 *    to tune on). Mentions are clustered within each topic, across its documents (the ecb and ecbplus
 *    sub-topics are not told apart: no gold document clustering is used);
 *  - metrics: MUC, B³ and CEAF-e (entity-based, φ4 similarity, optimal one-to-one cluster alignment by the
 *    Hungarian method) computed over all topics at once (clusters never cross topics); CoNLL F1 = their mean.
 *
 * System: each document's text is rebuilt from its tokens by the CAT reader (`cat.ts`, reused as the
 * events task does: each ACTION/NEG markable is handed to it as a TIMEX3 with the value `ev:<m_id>`), with
 * a blank line between sentences (ECB+ sentences include titles and date lines, separate lines of a page), and
 * `processInput` runs the whole pipeline on it, with the creation time as the publication date when the
 * file has one (ECB+ files have none); the page address that the ecbplus files give as sentence 0 is kept
 * out of the text and passed as the input's URL (as a real input would carry it). Each gold mention is mapped to the Dateline event whose trigger
 * overlaps it most, else to a bare event (type OCCUR, unknown time, no participants or place); its trigger
 * word is the gold mention's head (`headStem`). The views are clustered per topic by `clusterViews` with
 * `sameHappening` — the rule the product's `mergeCorpus` uses — in its same-story setting (the documents of
 * a topic report one story). The report adds the head-lemma baseline (one cluster per head stem and topic).
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { DatelineError } from '../core/errors.js';
import type { DatelineDocument } from '../core/schema.js';
import { processInput } from '../pipeline/process.js';
import { clusterViews, eventViews, headStem, mergeEntities, type EventView } from '../merge/index.js';
import { readCat } from './cat.js';
import { timeFiles } from './time.js';
import { xmlAttributes } from './timeml.js';

export interface GoldMention {
  id: string;
  tag: string;
  start: number;
  end: number;
  text: string;
  /** Sentence number (the `sentence` attribute) of its first token. */
  sentence: number;
  /** Gold cluster key, unique across topics. */
  cluster: string;
}

export interface EcbDoc {
  name: string;
  topic: string;
  text: string;
  dct: string | null;
  /** The page address the ecbplus files give as sentence 0 (kept out of the text, passed as the input's URL). */
  url: string | null;
  mentions: GoldMention[];
}

const ACTION = /<((?:NEG_)?ACTION_[A-Z_]+)\b((?:"[^"]*"|'[^']*'|[^'">/])*)>([\s\S]*?)<\/\1>/g;
const MARKABLE = /<([A-Z_]+)\b((?:"[^"]*"|'[^']*'|[^'">])*?)\/>/g;
const RELATION = /<(CROSS_DOC_COREF|INTRA_DOC_COREF)\b([^>]*)>([\s\S]*?)<\/\1>/g;
const TOKEN = /<token\b([^>]*?)(?:\/>|>)/g;
const ANCHOR = /<token_anchor\b[^>]*?\bt_id\s*=\s*["']([^"']*)["']/g;
const END = (tag: string) => new RegExp(`<${tag}\\b[^>]*?\\bm_id\\s*=\\s*["']([^"']*)["']`, 'g');

/** Reads one ECB+ document: text, creation date (when any) and its gold event mentions (all sentences). */
export function readEcbPlus(source: string, name: string, topic: string): EcbDoc {
  const first = [...source.matchAll(/<token\b[^>]*\bsentence\s*=\s*["']0["'][^>]*>([^<]*)<\/token>\s*/g)];
  const joined = first.map((m) => m[1]!.trim()).join('');
  const url = /^https?:\/\/\S+$/i.test(joined) ? joined : null;
  let xml = source;
  if (url) for (const m of first) xml = xml.replace(m[0], '');
  const sentenceOf = new Map<string, number>();
  for (const m of xml.matchAll(TOKEN)) {
    const a = xmlAttributes(m[1]!);
    if (a.t_id !== undefined) sentenceOf.set(a.t_id, Number(a.sentence ?? 0));
  }
  const actions = new Map<string, { tag: string; sentence: number }>();
  let asTimex = xml.replace(ACTION, (whole, tag: string, attrs: string, body: string) => {
    const a = xmlAttributes(attrs);
    const anchors = [...body.matchAll(ANCHOR)].map((x) => x[1]!);
    if (a.m_id === undefined || !anchors.length || anchors.some((t) => !sentenceOf.has(t))) return '';
    actions.set(a.m_id, { tag, sentence: sentenceOf.get(anchors[0]!)! });
    return `<TIMEX3 m_id="${a.m_id}" type="EVENT" value="ev:${a.m_id}">${body}</TIMEX3>`;
  });
  const hasDct = /<TIMEX3\b[^>]*functionInDocument\s*=\s*["']CREATION_TIME["']/.test(xml);
  if (!hasDct) asTimex = asTimex.replace(/<\/Markables>|$/, (m) => `<TIMEX3 m_id="dct" functionInDocument="CREATION_TIME" value="0001-01-01"/>${m}`);
  const rebuilt = readCat(asTimex, name);
  // one sentence a paragraph: the CAT reader puts one "\n" between sentences; titles, datelines and body
  // sentences of ECB+ are separate lines of the page, so "\n\n" (every offset shifts by the breaks before it)
  const shift = (o: number) => o + (rebuilt.text.slice(0, o).match(/\n/g)?.length ?? 0);
  const cat = { ...rebuilt, text: rebuilt.text.replace(/\n/g, '\n\n'), gold: rebuilt.gold.map((g) => ({ ...g, start: shift(g.start), end: shift(g.end) })) };
  // gold clusters: cross-document chains by instance id, within-document chains, else singletons
  const instance = new Map<string, string>();
  for (const m of xml.matchAll(MARKABLE)) {
    const a = xmlAttributes(m[2]!);
    if (a.m_id !== undefined && a.instance_id) instance.set(a.m_id, a.instance_id);
  }
  const doc = name.replace(/\.xml$/i, '');
  const clusterOf = new Map<string, string>();
  for (const m of xml.matchAll(RELATION)) {
    const target = [...m[3]!.matchAll(END('target'))][0]?.[1];
    if (target === undefined) continue;
    const key = m[1] === 'CROSS_DOC_COREF' ? `${topic}/${instance.get(target) ?? xmlAttributes(m[2]!).note ?? `${doc}#${target}`}` : `${topic}/${doc}#intra${target}`;
    for (const s of m[3]!.matchAll(END('source'))) if (!clusterOf.has(s[1]!) || m[1] === 'CROSS_DOC_COREF') clusterOf.set(s[1]!, key);
  }
  const mentions: GoldMention[] = cat.gold
    .filter((g) => g.value.startsWith('ev:') && actions.has(g.value.slice(3)))
    .map((g) => {
      const id = g.value.slice(3);
      const { tag, sentence } = actions.get(id)!;
      return { id, tag, start: g.start, end: g.end, text: g.text, sentence, cluster: clusterOf.get(id) ?? `${topic}/${doc}#${id}` };
    });
  return { name, topic, text: cat.text, dct: hasDct ? cat.dct : null, url, mentions };
}

/** `ECBplus_coreference_sentences.csv` → "<topic>_<file>" → the selected sentence numbers. */
export function readSentenceSelection(csv: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const line of csv.split(/\r?\n/)) {
    const [topic, file, sentence] = line.split(',').map((s) => s.trim());
    if (!topic || !file || !sentence || !/^\d+$/.test(sentence)) continue;
    const key = `${topic}_${file}`;
    out.set(key, (out.get(key) ?? new Set()).add(Number(sentence)));
  }
  return out;
}

// ---- metrics ----------------------------------------------------------------------------------------

export interface Prf {
  p: number;
  r: number;
  f1: number;
}
const prf = (pn: number, pd: number, rn: number, rd: number): Prf => {
  const p = pd ? pn / pd : 0;
  const r = rd ? rn / rd : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Clusters as lists of mention ids; every mention in exactly one cluster on each side. */
export type Clustering = readonly (readonly string[])[];

function owner(clusters: Clustering): Map<string, number> {
  const m = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach((x) => m.set(x, i)));
  return m;
}

/** MUC link counts (Vilain et al. 1995): numerator and denominator of recall of `key` against `response`. */
function mucPart(key: Clustering, response: Clustering): [number, number] {
  const of = owner(response);
  let num = 0;
  let den = 0;
  for (const k of key) {
    const parts = new Set(k.map((x) => of.get(x) ?? `alone:${x}`));
    num += k.length - parts.size;
    den += k.length - 1;
  }
  return [num, den];
}

/** B³ (Bagga & Baldwin 1998): summed per-mention recall of `key` against `response`, and mention count. */
function b3Part(key: Clustering, response: Clustering): [number, number] {
  const of = owner(response);
  let num = 0;
  let den = 0;
  for (const k of key) {
    const counts = new Map<number, number>();
    for (const x of k) {
      const o = of.get(x);
      if (o !== undefined) counts.set(o, (counts.get(o) ?? 0) + 1);
    }
    for (const x of k) num += (counts.get(of.get(x) ?? -1) ?? 0) / k.length;
    den += k.length;
  }
  return [num, den];
}

/** Maximum-weight one-to-one assignment (Hungarian method, O(n²m)); returns the total weight. */
export function maxAssignment(weight: readonly (readonly number[])[]): number {
  const transpose = weight.length > (weight[0]?.length ?? 0);
  const w = transpose ? weight[0]!.map((_, j) => weight.map((row) => row[j]!)) : weight;
  const n = w.length;
  const m = w[0]?.length ?? 0;
  if (!n || !m) return 0;
  const INF = Number.POSITIVE_INFINITY;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(INF);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -w[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= m; j++) if (p[j]) total += w[p[j]! - 1]![j - 1]!;
  return total;
}

/** CEAF-e (Luo 2005) with φ4: the optimal alignment's similarity, and the cluster counts of both sides. */
function ceafePart(key: Clustering, response: Clustering): { sim: number; keys: number; responses: number } {
  const of = owner(response);
  const sim = key.map((k) => {
    const row = new Array<number>(response.length).fill(0);
    for (const x of k) {
      const o = of.get(x);
      if (o !== undefined) row[o]! += 1;
    }
    return row.map((common, j) => (common ? (2 * common) / (k.length + response[j]!.length) : 0));
  });
  return { sim: maxAssignment(sim), keys: key.length, responses: response.length };
}

export interface CorefScores {
  muc: Prf;
  b3: Prf;
  ceafe: Prf;
  conll_f1: number;
}

/** Scores per-topic clusterings summed over topics (the same as one document whose clusters never cross topics). */
export function corefScores(topics: readonly { key: Clustering; response: Clustering }[]): CorefScores {
  const t = { mr: [0, 0], mp: [0, 0], br: [0, 0], bp: [0, 0], sim: 0, keys: 0, responses: 0 };
  const add = (acc: number[], [a, b]: [number, number]) => {
    acc[0]! += a;
    acc[1]! += b;
  };
  for (const { key, response } of topics) {
    add(t.mr, mucPart(key, response));
    add(t.mp, mucPart(response, key));
    add(t.br, b3Part(key, response));
    add(t.bp, b3Part(response, key));
    const c = ceafePart(key, response);
    t.sim += c.sim;
    t.keys += c.keys;
    t.responses += c.responses;
  }
  const muc = prf(t.mp[0]!, t.mp[1]!, t.mr[0]!, t.mr[1]!);
  const b3 = prf(t.bp[0]!, t.bp[1]!, t.br[0]!, t.br[1]!);
  const ceafe = prf(t.sim, t.responses, t.sim, t.keys);
  return { muc, b3, ceafe, conll_f1: (muc.f1 + b3.f1 + ceafe.f1) / 3 };
}

// ---- system -------------------------------------------------------------------------------------------

/** A gold mention as the merge sees it: the Dateline event over it, or a bare event. */
export function mentionViews(doc: DatelineDocument, mentions: readonly GoldMention[], entities: ReturnType<typeof mergeEntities>): { view: EventView; mapped: boolean }[] {
  const views = eventViews(doc, entities);
  return mentions.map((g) => {
    let best: EventView | undefined;
    let bestOverlap = 0;
    for (const v of views) {
      const overlap = Math.min(v.span.end, g.end) - Math.max(v.span.start, g.start);
      if (overlap > bestOverlap) [best, bestOverlap] = [v, overlap];
    }
    const own = { event: g.id, stem: headStem(g.text), span: { start: g.start, end: g.end, text: g.text } };
    if (best) return { view: { ...best, ...own }, mapped: true };
    const bare: EventView = { doc: doc.id, type: 'OCCUR', time: { value: '', precision: 'unknown' }, place: null, placeName: null, participants: [], factuality: 'asserted', ...own };
    return { view: bare, mapped: false };
  });
}

export const TEST_TOPICS: readonly string[] = ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45'];

export interface MergeEvalOptions {
  all?: boolean;
  topics?: string[];
}

/** `--all`, `--topics=1,2` from the words after the folder. */
export function mergeEvalOptions(args: readonly string[]): MergeEvalOptions {
  const topics = args.find((a) => a.startsWith('--topics='))?.slice(9).split(',').filter(Boolean);
  return { all: args.includes('--all'), ...(topics?.length ? { topics } : {}) };
}

const f3 = (x: number) => x.toFixed(3);
const line = (name: string, s: Prf) => `${name.padEnd(7)} P ${f3(s.p)}  R ${f3(s.r)}  F1 ${f3(s.f1)}`;

export async function evalMerge(folder: string, options: MergeEvalOptions = {}): Promise<{ report: string; scores: Record<string, number> }> {
  const files = timeFiles(folder).filter((f) => /\.xml$/i.test(f));
  if (!files.length) throw new DatelineError('E_EVAL_DATA', `${folder}: no .xml files; expected the ECB+ layout (ECB+/<topic>/<topic>_<n>ecb[plus].xml), searched recursively`);
  const topicOf = (f: string) => /^(\d+)_/.exec(basename(f))?.[1] ?? basename(dirname(f));
  const present = new Set(files.map(topicOf));
  const testSplit = !options.topics && !options.all && TEST_TOPICS.some((t) => present.has(t));
  const wanted = options.topics ?? (testSplit ? TEST_TOPICS.filter((t) => present.has(t)) : [...present]);
  const scope = options.topics ? 'chosen topics' : testSplit ? 'test split 36–45' : 'all topics';
  const csvPath = [join(folder, 'ECBplus_coreference_sentences.csv'), join(folder, '..', 'ECBplus_coreference_sentences.csv')].find((p) => existsSync(p));
  const selection = csvPath ? readSentenceSelection(readFileSync(csvPath, 'utf8')) : null;
  const byTopic = new Map<string, { ecb: EcbDoc; doc: DatelineDocument }[]>();
  let bare = 0;
  let docsWithout = 0;
  for (const f of files.filter((x) => wanted.includes(topicOf(x))).sort()) {
    const name = relative(folder, f) || f;
    const ecb = readEcbPlus(readFileSync(f, 'utf8'), basename(f), topicOf(f));
    const selected = selection?.get(basename(f).replace(/\.xml$/i, ''));
    ecb.mentions = ecb.mentions.filter((m) => !selection || selected?.has(m.sentence));
    if (!ecb.mentions.length) {
      docsWithout++;
      continue;
    }
    const p = processInput({ name, mediaType: 'text/plain', encoding: 'utf-8', bytes: Buffer.byteLength(ecb.text), content: ecb.text, hints: { ...(ecb.dct ? { published: ecb.dct } : {}), ...(ecb.url ? { url: ecb.url } : {}) } });
    if (!p.ok) throw new DatelineError('E_EVAL_DATA', `${name}: ${p.rejection.message}`);
    byTopic.set(ecb.topic, [...(byTopic.get(ecb.topic) ?? []), { ecb, doc: p.doc }]);
  }
  const runs: { key: Clustering; response: Clustering }[] = [];
  const baseline: { key: Clustering; response: Clustering }[] = [];
  let mentions = 0;
  let singletons = 0;
  for (const docs of byTopic.values()) {
    const entities = mergeEntities(docs.map((d) => d.doc));
    const ids: string[] = [];
    const views: EventView[] = [];
    const gold = new Map<string, string[]>();
    for (const { ecb, doc } of docs) {
      const vs = mentionViews(doc, ecb.mentions, entities);
      ecb.mentions.forEach((m, i) => {
        const id = `${ecb.name}#${m.id}`;
        ids.push(id);
        views.push(vs[i]!.view);
        if (!vs[i]!.mapped) bare++;
        gold.set(m.cluster, [...(gold.get(m.cluster) ?? []), id]);
      });
    }
    const key = [...gold.values()];
    mentions += ids.length;
    singletons += key.filter((k) => k.length === 1).length;
    runs.push({ key, response: clusterViews(views, { sameStory: true }).map((g) => g.map((i) => ids[i]!)) });
    const byStem = new Map<string, string[]>();
    views.forEach((v, i) => byStem.set(v.stem, [...(byStem.get(v.stem) ?? []), ids[i]!]));
    baseline.push({ key, response: [...byStem.values()] });
  }
  if (!mentions) throw new DatelineError('E_EVAL_DATA', `${folder}: no ACTION_*/NEG_* mentions in the selected topics (${wanted.join(',')})`);
  const s = corefScores(runs);
  const b = corefScores(baseline);
  const goldClusters = runs.reduce((n, r) => n + r.key.length, 0);
  const sysClusters = runs.reduce((n, r) => n + r.response.length, 0);
  const report = [
    `${folder}: topics ${[...byTopic.keys()].sort((x, y) => Number(x) - Number(y)).join(',')} (${scope}), ` +
      `${[...byTopic.values()].reduce((n, d) => n + d.length, 0)} documents with mentions (${docsWithout} without any in scope)`,
    selection ? `mentions: gold ACTION_*/NEG_* in the sentences of ${basename(csvPath!)}` : 'mentions: gold ACTION_*/NEG_* in every sentence (no ECBplus_coreference_sentences.csv found)',
    `${mentions} gold mentions in ${goldClusters} gold clusters (${singletons} singletons, included); ${sysClusters} system clusters; ${mentions - bare} mentions on a Dateline event, ${bare} bare`,
    'clustering: sameHappening (same-story setting) within each topic',
    line('MUC', s.muc),
    line('B3', s.b3),
    line('CEAF-e', s.ceafe),
    `CoNLL F1 ${f3(s.conll_f1)}`,
    `head-lemma baseline: MUC F1 ${f3(b.muc.f1)}  B3 F1 ${f3(b.b3.f1)}  CEAF-e F1 ${f3(b.ceafe.f1)}  CoNLL F1 ${f3(b.conll_f1)}`,
  ].join('\n');
  return { report, scores: { conll_f1: s.conll_f1, muc_f1: s.muc.f1, b3_f1: s.b3.f1, ceafe_f1: s.ceafe.f1 } };
}
