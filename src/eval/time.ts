/**
 * `npm run eval -- time <folder>`: TIMEX3 extraction and normalisation, scored as TempEval-3 does
 * (UzZaman et al. 2013; the official `TE3-evaluation.py` / `evaluate_entities.py`).
 *
 * Data: a folder searched recursively (sorted, hidden entries skipped) for TimeML `.tml` files
 * (TimeBank / AQUAINT / TempEval-3 layout, read by `timeml.ts`) and CAT `.xml` files (MEANTIME and
 * SemEval-2015 TimeLine layout, read by `cat.ts`; an `.xml` file whose root is `<TimeML>` is read as
 * TimeML). The tagger runs on each document's text with its creation date (`YYYY-MM-DD`). The
 * creation-time TIMEX3 of a TimeML file sits outside `<TEXT>` and is not gold (TE3 skips `t0` too).
 * Where only part of a document was annotated (`scope`, set by the CAT reader for MEANTIME, which
 * annotates the first sentences only), system timexes that do not overlap that part are left out.
 *
 * Scoring rules:
 *  - **strict extent match**: a system timex with the same start and end as a gold one;
 *  - **relaxed extent match**: the spans overlap. Matching is one-to-one: strict pairs are taken first,
 *    then the remaining overlapping pairs greedily by overlap length (longest first; ties by position),
 *    so each gold timex is matched to at most one system timex and vice versa. Every strict pair is
 *    also a relaxed pair. (TE3 aligns the two annotations with its TimeML-Normalizer and compares
 *    extents as token sequences; character offsets are the equivalent on untokenised text);
 *  - extent precision = matches / system timexes, recall = matches / gold timexes, F1 their harmonic
 *    mean, strict and relaxed, **micro** over all documents (counts summed first);
 *  - **type accuracy** and **value accuracy**: share of relaxed-matched pairs whose type / value agree
 *    (strings compared exactly after trimming), as TE3 counts attribute accuracy over matched pairs;
 *  - **value F1 = relaxed F1 × value accuracy** and type F1 = relaxed F1 × type accuracy: this is TE3's
 *    "attribute F1", the "value F1" usually reported for TempEval-3 (HeidelTime ≈ 0.78 on platinum);
 *  - as in TE3: with no gold and no system timex at all every figure is 1; a precision (recall) with no
 *    system (gold) timex is 0; an accuracy with no relaxed match is 0.
 * `mod` is read and kept but, as in TE3, not scored.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DatelineError } from '../core/errors.js';
import { readCat } from './cat.js';
import { readTimeML, type GoldTimex, type TimexDoc } from './timeml.js';

/** What a time tagger returns for one document: spans into `text` with TIMEX3 attributes. */
export interface SystemTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  mod?: string;
}

export type TimexTagger = (text: string, dct: string) => SystemTimex[];

export interface TimeCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeOk: number;
  valueOk: number;
}

export interface TimeScores {
  relaxed_p: number;
  relaxed_r: number;
  relaxed_f1: number;
  strict_p: number;
  strict_r: number;
  strict_f1: number;
  type_acc: number;
  value_acc: number;
  type_f1: number;
  value_f1: number;
}

interface Span {
  start: number;
  end: number;
}

/** One-to-one alignment: exact pairs first, then overlapping pairs greedily by overlap length. */
export function matchTimexes(gold: readonly Span[], system: readonly Span[]): { gold: number; system: number; strict: boolean }[] {
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: { gold: number; system: number; strict: boolean }[] = [];
  const cands: { g: number; s: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > 0) cands.push({ g: gi, s: si, overlap });
    }),
  );
  for (const c of cands) {
    const g = gold[c.g]!;
    const s = system[c.s]!;
    if (g.start === s.start && g.end === s.end && !usedG.has(c.g) && !usedS.has(c.s)) {
      usedG.add(c.g);
      usedS.add(c.s);
      pairs.push({ gold: c.g, system: c.s, strict: true });
    }
  }
  cands.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.s - b.s);
  for (const c of cands) {
    if (usedG.has(c.g) || usedS.has(c.s)) continue;
    usedG.add(c.g);
    usedS.add(c.s);
    pairs.push({ gold: c.g, system: c.s, strict: false });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

const prf = (matches: number, system: number, gold: number) => {
  const p = system ? matches / system : 0;
  const r = gold ? matches / gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0] as const;
};

/** The TE3 figures from summed counts (see the rules at the top of this file). */
export function timeScores(c: TimeCounts): TimeScores {
  if (c.gold === 0 && c.system === 0) {
    return { relaxed_p: 1, relaxed_r: 1, relaxed_f1: 1, strict_p: 1, strict_r: 1, strict_f1: 1, type_acc: 1, value_acc: 1, type_f1: 1, value_f1: 1 };
  }
  const [relaxed_p, relaxed_r, relaxed_f1] = prf(c.relaxed, c.system, c.gold);
  const [strict_p, strict_r, strict_f1] = prf(c.strict, c.system, c.gold);
  const type_acc = c.relaxed ? c.typeOk / c.relaxed : 0;
  const value_acc = c.relaxed ? c.valueOk / c.relaxed : 0;
  return { relaxed_p, relaxed_r, relaxed_f1, strict_p, strict_r, strict_f1, type_acc, value_acc, type_f1: relaxed_f1 * type_acc, value_f1: relaxed_f1 * value_acc };
}

/** A document with the tagger's output for it. */
export interface TimeRun {
  doc: TimexDoc;
  system: SystemTimex[];
}

interface DocResult extends TimeCounts {
  name: string;
  errors: number;
}

const show = (s: string) => JSON.stringify(s.replace(/\s+/g, ' '));
const f3 = (x: number) => x.toFixed(3);

function tally<K>(m: Map<string, { n: number; example: K }>, key: string, example: K): void {
  const e = m.get(key);
  if (e) e.n++;
  else m.set(key, { n: 1, example });
}

const top = <K>(m: Map<string, { n: number; example: K }>, k: number) =>
  [...m.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)).slice(0, k);

/** Scores tagger output against gold; pure (the folder reading and tagging happen in {@link evalTime}). */
export function scoreTime(runs: readonly TimeRun[]): { report: string; scores: TimeScores; counts: TimeCounts } {
  const total: TimeCounts = { gold: 0, system: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0 };
  let outOfScope = 0;
  const perDoc: DocResult[] = [];
  const valueErrors = new Map<string, { n: number; example: { gold: string; system: string } }>();
  const typeErrors = new Map<string, { n: number; example: string }>();
  const missed = new Map<string, { n: number; example: string }>();
  const spurious = new Map<string, { n: number; example: string }>();
  for (const { doc, system: all } of runs) {
    for (const s of all) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > doc.text.length) {
        throw new DatelineError('E_SPAN_MISALIGNED', `${doc.name}: the tagger returned the span [${s.start}, ${s.end}) outside the text (length ${doc.text.length})`);
      }
    }
    const scope = doc.scope;
    const system = scope ? all.filter((s) => s.start < scope.end && s.end > scope.start) : all;
    outOfScope += all.length - system.length;
    const pairs = matchTimexes(doc.gold, system);
    const c: DocResult = { name: doc.name, gold: doc.gold.length, system: system.length, strict: 0, relaxed: pairs.length, typeOk: 0, valueOk: 0, errors: 0 };
    for (const p of pairs) {
      const g: GoldTimex = doc.gold[p.gold]!;
      const s = system[p.system]!;
      const sText = doc.text.slice(s.start, s.end);
      if (p.strict) c.strict++;
      if (g.type.trim() === s.type.trim()) c.typeOk++;
      else tally(typeErrors, `${g.type} → ${s.type}`, g.text);
      if (g.value.trim() === s.value.trim()) c.valueOk++;
      else tally(valueErrors, `${g.value.trim()}\t${s.value.trim()}`, { gold: g.text, system: sText });
    }
    const matchedG = new Set(pairs.map((p) => p.gold));
    const matchedS = new Set(pairs.map((p) => p.system));
    doc.gold.forEach((g, i) => {
      if (!matchedG.has(i)) tally(missed, g.text.replace(/\s+/g, ' ').toLowerCase(), g.value);
    });
    system.forEach((s, i) => {
      if (!matchedS.has(i)) tally(spurious, doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').toLowerCase(), s.value);
    });
    c.errors = c.gold - c.relaxed + (c.system - c.relaxed) + (c.relaxed - c.valueOk);
    perDoc.push(c);
    for (const k of ['gold', 'system', 'strict', 'relaxed', 'typeOk', 'valueOk'] as const) total[k] += c[k];
  }
  const scores = timeScores(total);
  const lines: string[] = [];
  const worst = perDoc.filter((d) => d.errors > 0).sort((a, b) => b.errors - a.errors || (a.name < b.name ? -1 : 1)).slice(0, 10);
  if (worst.length) {
    lines.push('worst documents (missed + spurious + wrong value):');
    for (const d of worst) {
      lines.push(`  ${d.name}: gold ${d.gold}, system ${d.system}, strict ${d.strict}, relaxed ${d.relaxed}, value ok ${d.valueOk} — ${d.gold - d.relaxed} missed, ${d.system - d.relaxed} spurious, ${d.relaxed - d.valueOk} wrong value`);
    }
  }
  if (valueErrors.size) {
    lines.push(`most frequent value errors (of ${total.relaxed - total.valueOk}; gold value → system value, gold text / system text):`);
    for (const [k, { n, example }] of top(valueErrors, 15)) {
      const [gv, sv] = k.split('\t');
      lines.push(`  ${String(n).padStart(4)}× ${show(gv!)} → ${show(sv!)}  e.g. ${show(example.gold)}${example.system === example.gold ? '' : ` / ${show(example.system)}`}`);
    }
  }
  if (typeErrors.size) {
    lines.push(`type errors (of ${total.relaxed - total.typeOk}; gold type → system type):`);
    for (const [k, { n, example }] of top(typeErrors, 10)) lines.push(`  ${String(n).padStart(4)}× ${k}  e.g. ${show(example)}`);
  }
  if (missed.size) {
    lines.push(`most frequent missed gold texts (of ${total.gold - total.relaxed}):`);
    for (const [k, { n, example }] of top(missed, 10)) lines.push(`  ${String(n).padStart(4)}× ${show(k)}  e.g. value ${show(example)}`);
  }
  if (spurious.size) {
    lines.push(`most frequent spurious system texts (of ${total.system - total.relaxed}):`);
    for (const [k, { n, example }] of top(spurious, 10)) lines.push(`  ${String(n).padStart(4)}× ${show(k)}  e.g. value ${show(example)}`);
  }
  lines.push(
    `${runs.length} documents, ${total.gold} gold TIMEX3, ${total.system} system: ${total.strict} strict and ${total.relaxed} relaxed matches, ` +
      `${total.typeOk} right type, ${total.valueOk} right value` +
      (outOfScope ? ` (${outOfScope} system timexes outside the annotated part of their document left out)` : ''),
    `extent strict   P ${f3(scores.strict_p)}  R ${f3(scores.strict_r)}  F1 ${f3(scores.strict_f1)}`,
    `extent relaxed  P ${f3(scores.relaxed_p)}  R ${f3(scores.relaxed_r)}  F1 ${f3(scores.relaxed_f1)}`,
    `attributes over relaxed matches: type accuracy ${f3(scores.type_acc)}, value accuracy ${f3(scores.value_acc)}; ` +
      `type F1 ${f3(scores.type_f1)}, value F1 ${f3(scores.value_f1)} (relaxed F1 × accuracy, as TE3)`,
  );
  return { report: lines.join('\n'), scores, counts: total };
}

/** `.tml` and `.xml` files under `folder`, recursive, sorted, hidden entries skipped. */
export function timeFiles(folder: string): string[] {
  let st;
  try {
    st = statSync(folder);
  } catch {
    throw new DatelineError('E_EVAL_DATA', `${folder}: no such folder; expected TimeML .tml files or CAT .xml files`);
  }
  if (!st.isDirectory()) throw new DatelineError('E_EVAL_DATA', `${folder}: not a folder; expected a folder of TimeML .tml files or CAT .xml files`);
  const out: string[] = [];
  for (const e of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const p = join(folder, e.name);
    if (e.isDirectory()) out.push(...timeFiles(p));
    else if (/\.(tml|xml)$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** Reads every document of a folder (see {@link timeFiles}); throws `E_EVAL_DATA` when there is none. */
export function readTimeFolder(folder: string): TimexDoc[] {
  const files = timeFiles(folder);
  if (!files.length) {
    throw new DatelineError(
      'E_EVAL_DATA',
      `${folder}: no .tml or .xml files; expected TimeML .tml files (TimeBank / TempEval-3 layout: <DCT> + <TEXT> with inline <TIMEX3>) or CAT .xml files (MEANTIME layout: <token> + <Markables><TIMEX3><token_anchor>), searched recursively`,
    );
  }
  return files.map((f) => {
    const xml = readFileSync(f, 'utf8');
    const name = relative(folder, f) || f;
    return /\.tml$/i.test(f) || /<TimeML\b/.test(xml.slice(0, 2000)) ? readTimeML(xml, name) : readCat(xml, name);
  });
}

/** The time-expression stage's tagger, loaded when first needed (the stage may not exist yet). */
export async function defaultTimexTagger(): Promise<TimexTagger> {
  const specifier = '../extract/time/index.js';
  let mod: Record<string, unknown>;
  try {
    mod = (await import(specifier)) as Record<string, unknown>;
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find module|Failed to load url|does not provide/.test(String(e))) {
      throw new DatelineError('E_EVAL_DATA', `the time-expression stage is not available: src/extract/time/index.ts (exporting tagTimex(text, dct)) could not be loaded (${String(e).split('\n')[0]})`);
    }
    throw e;
  }
  const tag = mod.tagTimex;
  if (typeof tag !== 'function') {
    throw new DatelineError('E_EVAL_DATA', 'the time-expression stage src/extract/time/index.ts does not export a function tagTimex(text, dct)');
  }
  return tag as TimexTagger;
}

/** Runs `tag` (by default the time-expression stage) over a folder and scores it; see the rules above. */
export async function evalTime(folder: string, tag?: TimexTagger): Promise<{ report: string; scores: TimeScores; counts: TimeCounts }> {
  const docs = readTimeFolder(folder);
  const tagger = tag ?? (await defaultTimexTagger());
  const runs = docs.map((doc) => ({ doc, system: tagger(doc.text, doc.dct) }));
  const r = scoreTime(runs);
  const tml = docs.filter((d) => /\.tml$/i.test(d.name)).length;
  return { ...r, report: `${folder}: ${docs.length} documents (${tml} .tml, ${docs.length - tml} .xml)\n${r.report}` };
}
