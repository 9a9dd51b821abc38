/**
 * `npm run eval -- quotes <folder>`: the quotes stage against attribution annotations in the PolNeAR layout
 * (`<folder>/text/<name>.txt` + `<folder>/attributions/<name>_<annotator>.ann`, BRAT standoff read by
 * `brat.ts`). When a text has several annotators' files the first in sorted order is used (the report says
 * how many texts that concerns). Each text runs through the pipeline (`processInput`, text/plain) without
 * the stages that produce mentions, entities or quotes, then through the quotes stage's function directly:
 * speakers (entity ids) are not scored, source spans are, and the stage works with empty mention layers.
 *
 * Scoring rules:
 *  - tokens are runs of letters and digits; a content (all its pieces) is the set of tokens it overlaps, so
 *    quotation marks, punctuation and spaces at its edges do not count;
 *  - **overlap match**: a system content and a gold content match when the Dice coefficient of their token
 *    sets is ≥ 0.5; **exact match**: the token sets are equal (the spans are equal after trimming
 *    punctuation and quotation marks). Matching is one-to-one: exact pairs first, then by Dice, highest first;
 *  - PolNeAR is univocal (a token belongs to at most one attribution) and annotates the whole reported
 *    clause as one content; the stage may also report quoted words inside that clause (a partial quote).
 *    A system quote whose tokens all lie inside a longer system quote is therefore not scored;
 *  - precision = matches / system contents, recall = matches / gold contents, F1 their harmonic mean,
 *    micro over all texts;
 *  - **source accuracy**: over overlap-matched pairs, the share whose system source span overlaps the gold
 *    source span (a missing system source is wrong);
 *  - the **direct** subset: gold contents enclosed in quotation marks (the first piece starts with, or comes
 *    right after, an opening mark and the last piece ends with, or comes right before, a closing mark) and
 *    the system's quotes in marks (kinds direct and partial). Both come from the one matching above: recall
 *    = matched direct gold / direct gold, precision = matched system quotes in marks / system quotes in
 *    marks (one that matches a gold content outside the subset, e.g. a clause holding quoted words, is
 *    right), source accuracy over the matched direct gold.
 * BRAT offsets count Unicode code points; they are converted to JavaScript (UTF-16) offsets.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatelineError } from '../core/errors.js';
import type { DatelineDocument, Quote } from '../core/schema.js';
import { processInput } from '../pipeline/process.js';
import { createPipeline, DEFAULT_STAGES, type Pipeline } from '../pipeline/pipeline.js';
import { extractQuotes } from '../extract/quotes/stage.js';
import { CLOSING_MARKS, OPENING_MARKS } from '../extract/quotes/marks.js';
import { attributions, parseBrat, type BratSpan } from './brat.js';

export interface GoldAttribution {
  content: BratSpan[];
  source: BratSpan[];
  cue: BratSpan[];
}

export interface SystemAttribution {
  content: BratSpan[];
  source: BratSpan | null;
  cue: BratSpan | null;
  kind: Quote['kind'];
  rule: string;
}

export interface QuoteRun {
  name: string;
  text: string;
  gold: GoldAttribution[];
  system: SystemAttribution[];
}

/** Converts code-point offsets to UTF-16 offsets (identity for texts without astral characters). */
export function codePointMapper(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Token index sets: each token of the text numbered; a span set → the indices of the tokens it overlaps. */
export function tokenizer(text: string): (spans: readonly BratSpan[]) => Set<number> {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(TOKEN)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return (spans) => {
    const out = new Set<number>();
    for (const s of spans) {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid]! <= s.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < starts.length && starts[i]! < s.end; i++) out.add(i);
    }
    return out;
  };
}

export function dice(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (!a.size && !b.size) return 1;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size === b.size && [...a].every((x) => b.has(x));

/** One-to-one matching of token sets: exact pairs first, then by Dice ≥ threshold, highest first. */
export function matchContents(gold: readonly Set<number>[], system: readonly Set<number>[], threshold = 0.5): { gold: number; system: number; exact: boolean }[] {
  const cands: { g: number; s: number; d: number; exact: boolean }[] = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      const d = dice(g, s);
      if (d >= threshold) cands.push({ g: gi, s: si, d, exact: sameSet(g, s) });
    }),
  );
  cands.sort((a, b) => Number(b.exact) - Number(a.exact) || b.d - a.d || a.g - b.g || a.s - b.s);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const out: { gold: number; system: number; exact: boolean }[] = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedS.has(c.s)) continue;
    usedG.add(c.g);
    usedS.add(c.s);
    out.push({ gold: c.g, system: c.s, exact: c.exact });
  }
  return out;
}

const OPENS = new RegExp(`^(?:${OPENING_MARKS})`);
const OPENED = new RegExp(`(?:${OPENING_MARKS})$`);
const CLOSES = new RegExp(`(?:${CLOSING_MARKS})$`);
const CLOSED = new RegExp(`^(?:${CLOSING_MARKS})`);

/**
 * Whether a gold content is enclosed in quotation marks in the text (the marks of the stage's table): its
 * first piece starts with an opening mark or comes right after one, and its last piece ends with a closing
 * mark or comes right before one (spaces aside).
 */
export function inMarks(text: string, content: readonly BratSpan[]): boolean {
  const first = content[0]!;
  const last = content[content.length - 1]!;
  const head = text.slice(first.start, first.end).trimStart();
  const before = text.slice(Math.max(0, first.start - 4), first.start).trimEnd();
  const tail = text.slice(last.start, last.end).trimEnd();
  const after = text.slice(last.end, last.end + 4).trimStart();
  return (OPENS.test(head) || OPENED.test(before)) && (CLOSES.test(tail) || CLOSED.test(after));
}

/** The system quotes that are scored: those not nested inside a longer one (see the rules at the top). */
export function outermost(system: readonly SystemAttribution[], tokens: readonly Set<number>[]): number[] {
  const keep: number[] = [];
  system.forEach((_, i) => {
    const a = tokens[i]!;
    const nested = tokens.some((b, j) => j !== i && (b.size > a.size || (b.size === a.size && j < i)) && [...a].every((x) => b.has(x)));
    if (!nested) keep.push(i);
  });
  return keep;
}

/** overlap / exact: matched system items; overlapG / exactG: matched gold items (equal except for subsets). */
interface Counts {
  gold: number;
  system: number;
  overlap: number;
  exact: number;
  overlapG: number;
  exactG: number;
  sourceOk: number;
}

const zero = (): Counts => ({ gold: 0, system: 0, overlap: 0, exact: 0, overlapG: 0, exactG: 0, sourceOk: 0 });
const prf = (m: number, s: number, g: number, mg = m) => {
  const p = s ? m / s : 0;
  const r = g ? mg / g : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

export interface QuoteScores {
  direct_content_f1: number;
  direct_source_acc: number;
  all_content_f1: number;
  all_source_acc: number;
  direct_exact_f1: number;
  all_exact_f1: number;
}

const overlapsAny = (s: BratSpan | null, gs: readonly BratSpan[]) => !!s && gs.some((g) => s.start < g.end && g.start < s.end);
/** QUOTES_EVAL_EXAMPLES=spurious,missed,direct lists examples of errors in the report (for development). */
const EXAMPLES = process.env.QUOTES_EVAL_EXAMPLES ?? '';
const show = (s: string) => JSON.stringify(s.replace(/\s+/g, ' ').slice(0, 140));

/** Scores system quotes against gold attributions; pure. */
export function scoreQuotes(runs: readonly QuoteRun[], notes: readonly string[] = []): { report: string; scores: QuoteScores } {
  const all = zero();
  const direct = zero();
  const byRule = new Map<string, { n: number; ok: number }>();
  const missedCues = new Map<string, number>();
  const examples: string[] = [];
  for (const run of runs) {
    const tok = tokenizer(run.text);
    const allTokens = run.system.map((s) => tok(s.content));
    const kept = outermost(run.system, allTokens);
    const system = kept.map((i) => run.system[i]!);
    const gs = run.gold.map((g) => tok(g.content));
    const ss = kept.map((i) => allTokens[i]!);
    const pairs = matchContents(gs, ss);
    const isDirectG = run.gold.map((g) => inMarks(run.text, g.content));
    const isDirectS = system.map((s) => s.kind !== 'indirect');
    all.gold += run.gold.length;
    all.system += system.length;
    direct.gold += isDirectG.filter(Boolean).length;
    direct.system += isDirectS.filter(Boolean).length;
    for (const p of pairs) {
      const sourceOk = overlapsAny(system[p.system]!.source, run.gold[p.gold]!.source);
      all.overlap++;
      all.overlapG++;
      if (p.exact) all.exact++, all.exactG++;
      if (sourceOk) all.sourceOk++;
      // the direct subset: gold side and system side each counted over its own subset, from the one matching
      if (isDirectG[p.gold]) {
        direct.overlapG++;
        if (p.exact) direct.exactG++;
        if (sourceOk) direct.sourceOk++;
      }
      if (isDirectS[p.system]) {
        direct.overlap++;
        if (p.exact) direct.exact++;
      }
    }
    const okS = new Set(pairs.map((p) => p.system));
    system.forEach((s, i) => {
      const r = byRule.get(s.rule) ?? { n: 0, ok: 0 };
      r.n++;
      if (okS.has(i)) r.ok++;
      byRule.set(s.rule, r);
      if (!okS.has(i) && examples.length < 150 && EXAMPLES.includes('spurious')) examples.push(`  spurious ${s.rule}: ${show(s.content.map((x) => run.text.slice(x.start, x.end)).join(' | '))}`);
    });
    const okG = new Set(pairs.map((p) => p.gold));
    run.gold.forEach((g, i) => {
      if (okG.has(i)) return;
      const cue = g.cue.map((x) => run.text.slice(x.start, x.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
      missedCues.set(cue, (missedCues.get(cue) ?? 0) + 1);
      if (examples.length < 150 && (EXAMPLES.includes('missed') || (EXAMPLES.includes('direct') && isDirectG[i]))) examples.push(`  missed [${cue}]: ${show(g.content.map((x) => run.text.slice(x.start, x.end)).join(' | '))}`);
    });
  }
  const line = (name: string, c: Counts) => {
    const o = prf(c.overlap, c.system, c.gold, c.overlapG);
    const e = prf(c.exact, c.system, c.gold, c.exactG);
    return `${name.padEnd(7)} gold ${c.gold}, system ${c.system} | overlap P ${o.p.toFixed(3)} R ${o.r.toFixed(3)} F1 ${o.f.toFixed(3)} | exact P ${e.p.toFixed(3)} R ${e.r.toFixed(3)} F1 ${e.f.toFixed(3)} | source acc ${(c.overlapG ? c.sourceOk / c.overlapG : 0).toFixed(3)} (${c.sourceOk}/${c.overlapG})`;
  };
  const lines = [`quotes: ${runs.length} texts`, ...notes, line('all', all), line('direct', direct), 'system quotes by rule (matched / found):'];
  for (const [rule, r] of [...byRule].sort((a, b) => b[1].n - a[1].n)) lines.push(`  ${rule.padEnd(32)} ${r.ok}/${r.n} (${(r.ok / r.n).toFixed(2)})`);
  lines.push('most frequent cues of missed gold attributions:');
  lines.push(`  ${[...missedCues].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${k || '∅'} ${v}`).join(', ')}`);
  lines.push(...examples);
  const f = (c: Counts) => prf(c.overlap, c.system, c.gold, c.overlapG).f;
  const scores: QuoteScores = {
    direct_content_f1: f(direct),
    direct_source_acc: direct.overlapG ? direct.sourceOk / direct.overlapG : 0,
    all_content_f1: f(all),
    all_source_acc: all.overlap ? all.sourceOk / all.overlap : 0,
    direct_exact_f1: prf(direct.exact, direct.system, direct.gold, direct.exactG).f,
    all_exact_f1: prf(all.exact, all.system, all.gold).f,
  };
  return { report: lines.join('\n'), scores };
}

/** The system's quotes of a processed document, as scorer input. */
export function systemOf(doc: DatelineDocument): SystemAttribution[] {
  return extractQuotes(doc).map((q) => ({
    content: q.parts ?? [{ start: q.start, end: q.end }],
    source: q.source,
    cue: q.cue,
    kind: q.kind,
    rule: q.rule,
  }));
}

/** Reads a PolNeAR-layout folder, runs the pipeline and the quotes stage on each text, and scores. */
export async function evalQuotes(folder: string): Promise<{ report: string; scores: QuoteScores }> {
  const textDir = join(folder, 'text');
  const annDir = join(folder, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw new DatelineError('E_EVAL_DATA', `${folder}: expected text/ and attributions/ folders (PolNeAR layout)`);
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const runs: QuoteRun[] = [];
  let several = 0;
  // the product's pipeline up to (not including) the quotes stage, which is run below on its own
  const pipeline: Pipeline = createPipeline(DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((st) => st.produces.includes('quotes'))));
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.slice(0, -4);
    const mine = anns.filter((a) => a.startsWith(`${name}_`) && !a.slice(name.length + 1, -4).includes('_'));
    if (!mine.length) continue;
    if (mine.length > 1) several++;
    const text = readFileSync(join(textDir, file), 'utf8');
    const cp = codePointMapper(text);
    const conv = (s: BratSpan) => ({ start: cp(s.start), end: cp(s.end) });
    const gold = attributions(parseBrat(readFileSync(join(annDir, mine[0]!), 'utf8'), mine[0])).map((a) => ({
      content: a.content.map(conv),
      source: a.source.map(conv),
      cue: a.cue.map(conv),
    }));
    const p = processInput({ name: file, mediaType: 'text/plain', encoding: 'utf-8', bytes: Buffer.byteLength(text), content: text, hints: {} }, {}, pipeline);
    runs.push({ name, text, gold, system: p.ok ? systemOf(p.doc) : [] });
  }
  if (!runs.length) throw new DatelineError('E_EVAL_DATA', `${folder}: no text with an attributions file`);
  const notes = several ? [`${several} texts have several annotators' files: the first in sorted order is used`] : [];
  return scoreQuotes(runs, notes);
}
