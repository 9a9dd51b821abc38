/**
 * `npm run eval -- ner <file|folder>`: named-entity recognition scored as conlleval does: an entity
 * counts as correct when its start, end and type match a gold entity exactly; precision, recall and
 * F1 per type and overall (micro: counts summed over all types and documents). Any tag set is
 * accepted (WNUT-17, GUM…): types are scored as they are named in gold and in the predictions, so a
 * gold type the tagger does not know is simply missed. A folder is searched recursively (sorted); every
 * file in it but documentation and archives (README, LICENSE, .md, .pdf, .json, .gz …) is read by `conll.ts`. Tagging speed (tokens/s,
 * one thread, model loading excluded) is in the report.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatelineError } from '../core/errors.js';
import { chunkSpans } from '../extract/entities/tagger/bio.js';
import { loadNerModel, tagDocument, type NerModel } from '../extract/entities/tagger/index.js';
import { readConll, type ConllDocument } from './conll.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface TypeCounts {
  gold: number;
  system: number;
  correct: number;
}

export function prf(c: TypeCounts): PRF {
  const precision = c.system ? c.correct / c.system : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Per-type counts of exact-match chunks (conlleval), gold and system tags aligned sentence by sentence. */
export function countChunks(gold: readonly (readonly string[])[], system: readonly (readonly string[])[]): Map<string, TypeCounts> {
  const counts = new Map<string, TypeCounts>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { gold: 0, system: 0, correct: 0 }));
    return c;
  };
  gold.forEach((g, i) => {
    const gs = chunkSpans(g);
    const ss = chunkSpans(system[i] ?? []);
    const key = (c: { start: number; end: number; type: string }) => `${c.start}:${c.end}:${c.type}`;
    const goldKeys = new Set(gs.map(key));
    for (const c of gs) get(c.type).gold++;
    for (const c of ss) {
      get(c.type).system++;
      if (goldKeys.has(key(c))) get(c.type).correct++;
    }
  });
  return counts;
}

export function totalCounts(counts: ReadonlyMap<string, TypeCounts>): TypeCounts {
  const t = { gold: 0, system: 0, correct: 0 };
  for (const c of counts.values()) {
    t.gold += c.gold;
    t.system += c.system;
    t.correct += c.correct;
  }
  return t;
}

/** Gold type names of other tag sets (lower-cased) → the CoNLL-2003 type that covers them. */
export const CONLL_EQUIVALENT: Readonly<Record<string, string>> = {
  per: 'PER', person: 'PER', loc: 'LOC', location: 'LOC', place: 'LOC', gpe: 'LOC', 'geo-loc': 'LOC',
  org: 'ORG', organization: 'ORG', organisation: 'ORG', corporation: 'ORG', company: 'ORG', group: 'ORG', misc: 'MISC',
};

/** A BIO tag with its type renamed to the CoNLL-2003 equivalent when there is one. */
export function toConllType(tag: string): string {
  const m = /^([BI])-(.+)$/.exec(tag);
  const t = m ? CONLL_EQUIVALENT[m[2]!.toLowerCase()] : undefined;
  return m && t ? `${m[1]}-${t}` : tag;
}

/** In a folder, every file is read as CoNLL except documentation, archives and the like. */
const NOT_DATA = /(?:^(?:readme|license|licence|citation|copying|notice)(?:\.|$))|\.(?:md|rst|pdf|html?|json|ya?ml|cfg|ini|py|sh|js|ts|zip|gz|bz2|xz|tar|7z|jpg|png)$/i;

export function nerFiles(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new DatelineError('E_EVAL_DATA', `${path}: no such file or folder`);
  }
  if (st.isFile()) return [path];
  const out: string[] = [];
  for (const e of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = join(path, e.name);
    if (e.isDirectory()) out.push(...nerFiles(p));
    else if (e.isFile() && !NOT_DATA.test(e.name)) out.push(p);
  }
  return out;
}

/** Tags every document; returns the system tags (aligned with the gold sentences) and tagging speed. */
export function tagAll(model: NerModel, docs: readonly ConllDocument[]): { tags: string[][]; tokens: number; seconds: number } {
  const t0 = performance.now();
  const tags = docs.flatMap((d) => tagDocument(model, d.map((s) => s.tokens)));
  const seconds = (performance.now() - t0) / 1000;
  const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.tokens.length, 0), 0);
  return { tags, tokens, seconds };
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

export function formatReport(counts: ReadonlyMap<string, TypeCounts>): string {
  const rows = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const tot = totalCounts(counts);
  const line = (name: string, c: TypeCounts) => {
    const s = prf(c);
    return `${name.padEnd(14)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   gold ${String(c.gold).padStart(6)}  system ${String(c.system).padStart(6)}  correct ${String(c.correct).padStart(6)}`;
  };
  return [...rows.map(([t, c]) => line(t, c)), line('overall', tot)].join('\n');
}

export function evalNer(path: string, model?: NerModel): { report: string; scores: PRF } {
  const files = nerFiles(path);
  if (!files.length) throw new DatelineError('E_EVAL_DATA', `${path}: no CoNLL-format files (token … TAG per line) in it`);
  const docs = files.flatMap(readConll);
  const m = model ?? loadNerModel();
  // warm-up on the first ~20,000 tokens (JIT, caches), so the speed below is the steady state
  let warm = 0;
  for (let n = 0; warm < docs.length && n < 20_000; warm++) n += docs[warm]!.reduce((k, s) => k + s.tokens.length, 0);
  tagAll(m, docs.slice(0, warm));
  const { tags, tokens, seconds } = tagAll(m, docs);
  const gold = docs.flatMap((d) => d.map((s) => s.tags.map(toConllType)));
  const counts = countChunks(gold, tags);
  const sentences = gold.length;
  const report = [
    `NER (conlleval exact match): ${files.length} file(s), ${docs.length} documents, ${sentences} sentences, ${tokens} tokens`,
    formatReport(counts),
    `tagging: ${tokens} tokens in ${seconds.toFixed(2)} s = ${Math.round(tokens / Math.max(seconds, 1e-9))} tokens/s (one thread, model loaded, after a warm-up on the first ${warm} documents)`,
  ].join('\n');
  return { report, scores: prf(totalCounts(counts)) };
}
