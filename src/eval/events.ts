/**
 * `npm run eval -- events <folder>`: event-mention detection and event–time anchoring against CAT XML
 * files (MEANTIME layout: `<token>`s, `<EVENT_MENTION>` and `<TIMEX3>` markables with token anchors,
 * `<TLINK>` relations), searched recursively.
 *
 * Reading: the CAT reader of the time task (`cat.ts`) is reused as it is — it rebuilds the text from the
 * tokens, finds the creation date and the annotated part of the document (`scope`). To get the spans of
 * the event mentions from it, each `<EVENT_MENTION m_id="N">` is handed to it as a TIMEX3 markable with the
 * value `ev:N` (same token anchors); gold entries with such values are the events, the others the
 * timexes. TLINK ends and TIMEX3 values are read from the XML by their `m_id`.
 *
 * System: the whole pipeline (`DEFAULT_STAGES` plus the events stage when the pipeline does not hold it
 * yet) runs on the rebuilt text as a plain-text input with `hints: { published: dct }`; events outside the
 * scope (after the last annotated sentence) are left out.
 *
 * Scoring:
 *  - detection: a system event matches a gold EVENT_MENTION when their trigger spans overlap (one to one:
 *    exact pairs first, then by longest overlap, as `matchTimexes` of the time task); precision = matched
 *    / system events, recall = matched / gold event mentions (with token anchors), F1, micro over files.
 *    MEANTIME annotates every event (release, sell, be, cost …); Dateline reads only the types of its
 *    ontology, so recall is bounded by coverage: the report adds recall over the gold mentions whose
 *    predicate (`pred`) is a word of the trigger lexicon;
 *  - anchoring: over matched gold events with a TLINK to a timex whose relation places the event at that
 *    time (SIMULTANEOUS, IS_INCLUDED, INCLUDES, DURING, BEGINS, BEGUN_BY, ENDS, ENDED_BY, IDENTITY — not
 *    BEFORE/AFTER/MEASURE), the share whose system `time.value` equals that timex's value (any of them when
 *    several). Links to the creation time (DCT) are counted too and reported apart: Dateline never dates an
 *    event by the publication date unless the text ties it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DatelineError } from '../core/errors.js';
import type { DatelineDocument } from '../core/schema.js';
import { DEFAULT_STAGES, createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import { processInput } from '../pipeline/process.js';
import { eventsStage } from '../extract/events/stage.js';
import { LEXICON } from '../extract/events/lexicon.js';
import { readCat } from './cat.js';
import { matchTimexes, timeFiles } from './time.js';
import { xmlAttributes } from './timeml.js';

export interface GoldEvent {
  id: string;
  start: number;
  end: number;
  text: string;
  pred: string;
  /** values of the timexes it is anchored to (by an anchoring TLINK), with whether each is the DCT */
  anchors: { value: string; dct: boolean }[];
}

export interface EventDoc {
  name: string;
  text: string;
  dct: string;
  gold: GoldEvent[];
  scope?: { start: number; end: number };
}

export interface SystemEvent {
  start: number;
  end: number;
  type: string;
  time: { value: string };
}

export type EventExtractor = (text: string, dct: string, name: string) => SystemEvent[];

const EVENT_MENTION = /<EVENT_MENTION\b((?:"[^"]*"|'[^']*'|[^'">])*?)(\/>|>)/g;
const TIMEX_OPEN = /<TIMEX3\b((?:"[^"]*"|'[^']*'|[^'">])*?)\/?>/g;
const TLINK = /<TLINK\b([^>]*)>([\s\S]*?)<\/TLINK>/g;
const END = (tag: string) => new RegExp(`<${tag}\\b[^>]*?\\bm_id\\s*=\\s*["']([^"']*)["']`);
export const ANCHORING_RELTYPES: ReadonlySet<string> = new Set(['SIMULTANEOUS', 'IS_INCLUDED', 'INCLUDES', 'DURING', 'BEGINS', 'BEGUN_BY', 'ENDS', 'ENDED_BY', 'IDENTITY']);

/** Reads one CAT XML document's event mentions and their time anchors (see the top of this file). */
export function readEventsCat(xml: string, name: string): EventDoc {
  const preds = new Map<string, string>();
  const asTimex = xml
    .replace(EVENT_MENTION, (_, attrs: string, close: string) => {
      const a = xmlAttributes(attrs);
      if (a.m_id === undefined) return _;
      preds.set(a.m_id, a.pred ?? '');
      return `<TIMEX3 m_id="${a.m_id}" type="EVENT" value="ev:${a.m_id}"${close}`;
    })
    .replace(/<\/EVENT_MENTION>/g, '</TIMEX3>');
  const doc = readCat(asTimex, name);
  const timexes = new Map<string, { value: string; dct: boolean }>();
  for (const m of xml.matchAll(TIMEX_OPEN)) {
    const a = xmlAttributes(m[1]!);
    if (a.m_id !== undefined && a.value) timexes.set(a.m_id, { value: a.value, dct: a.functionInDocument === 'CREATION_TIME' });
  }
  const anchors = new Map<string, { value: string; dct: boolean }[]>();
  for (const m of xml.matchAll(TLINK)) {
    const a = xmlAttributes(m[1]!);
    if (!ANCHORING_RELTYPES.has(a.reltype ?? '')) continue;
    const source = END('source').exec(m[2]!)?.[1];
    const target = END('target').exec(m[2]!)?.[1];
    if (source === undefined || target === undefined) continue;
    const [ev, tx] = preds.has(source) && timexes.has(target) ? [source, target] : preds.has(target) && timexes.has(source) ? [target, source] : [];
    if (ev === undefined || tx === undefined) continue;
    const list = anchors.get(ev) ?? [];
    list.push(timexes.get(tx)!);
    anchors.set(ev, list);
  }
  const gold: GoldEvent[] = doc.gold
    .filter((g) => g.value.startsWith('ev:'))
    .map((g) => {
      const id = g.value.slice(3);
      return { id, start: g.start, end: g.end, text: g.text, pred: preds.get(id) ?? '', anchors: anchors.get(id) ?? [] };
    });
  return doc.scope ? { name, text: doc.text, dct: doc.dct, gold, scope: doc.scope } : { name, text: doc.text, dct: doc.dct, gold };
}

export interface EventScores {
  event_precision: number;
  event_recall: number;
  event_f1: number;
  anchor_acc: number;
}

const f3 = (x: number) => x.toFixed(3);
const show = (s: string) => JSON.stringify(s.replace(/\s+/g, ' '));

/** Whether a gold predicate is a word of the trigger lexicon (for the coverage figure). */
const inLexicon = (pred: string) => {
  const p = pred.toLowerCase();
  return LEXICON.verbs.has(p) || LEXICON.nouns.has(p) || LEXICON.lightNouns.has(p);
};

function tally(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}
const top = (m: Map<string, number>, k: number) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);

/** Scores system events against gold; pure (reading and extraction happen in {@link evalEvents}). */
export function scoreEvents(runs: readonly { doc: EventDoc; system: readonly SystemEvent[] }[]): { report: string; scores: EventScores } {
  let gold = 0;
  let system = 0;
  let matched = 0;
  let covered = 0;
  let coveredMatched = 0;
  let anchored = 0;
  let anchorOk = 0;
  let anchoredDct = 0;
  let anchorOkDct = 0;
  let outOfScope = 0;
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  const byType = new Map<string, { system: number; matched: number }>();
  const anchorErrors = new Map<string, number>();
  for (const { doc, system: all } of runs) {
    const scope = doc.scope;
    const sys = scope ? all.filter((s) => s.start < scope.end) : [...all];
    outOfScope += all.length - sys.length;
    const pairs = matchTimexes(doc.gold, sys);
    gold += doc.gold.length;
    system += sys.length;
    matched += pairs.length;
    const gm = new Map(pairs.map((p) => [p.gold, p.system]));
    const sm = new Set(pairs.map((p) => p.system));
    doc.gold.forEach((g, i) => {
      const cov = inLexicon(g.pred);
      if (cov) covered++;
      const si = gm.get(i);
      if (si === undefined) {
        if (cov) tally(missed, g.text.toLowerCase());
        return;
      }
      if (cov) coveredMatched++;
      if (!g.anchors.length) return;
      const value = sys[si]!.time.value;
      const ok = g.anchors.some((a) => a.value === value);
      const dct = g.anchors.every((a) => a.dct);
      anchored++;
      if (ok) anchorOk++;
      else tally(anchorErrors, `${g.anchors.map((a) => a.value).join('|')} → ${value || '""'} (${show(g.text)})`);
      if (dct) {
        anchoredDct++;
        if (ok) anchorOkDct++;
      }
    });
    sys.forEach((s, i) => {
      const t = byType.get(s.type) ?? { system: 0, matched: 0 };
      t.system++;
      if (sm.has(i)) t.matched++;
      else tally(spurious, `${s.type} ${doc.text.slice(s.start, s.end).toLowerCase()}`);
      byType.set(s.type, t);
    });
  }
  const p = system ? matched / system : 0;
  const r = gold ? matched / gold : 0;
  const scores: EventScores = {
    event_precision: p,
    event_recall: r,
    event_f1: p + r ? (2 * p * r) / (p + r) : 0,
    anchor_acc: anchored ? anchorOk / anchored : 0,
  };
  const lines: string[] = [];
  lines.push(`system events by type (matched / found): ${[...byType.entries()].sort().map(([t, c]) => `${t} ${c.matched}/${c.system}`).join(', ')}`);
  if (spurious.size) lines.push(`most frequent unmatched system triggers (of ${system - matched}):`, ...top(spurious, 12).map(([k, n]) => `  ${String(n).padStart(4)}× ${k}`));
  if (missed.size) lines.push(`missed gold mentions whose predicate is in the lexicon (of ${covered - coveredMatched}):`, ...top(missed, 12).map(([k, n]) => `  ${String(n).padStart(4)}× ${show(k)}`));
  if (anchorErrors.size) lines.push(`anchoring errors (gold value → system value):`, ...top(anchorErrors, 12).map(([k, n]) => `  ${String(n).padStart(4)}× ${k}`));
  lines.push(
    `${runs.length} documents, ${gold} gold event mentions, ${system} system events, ${matched} matched` + (outOfScope ? ` (${outOfScope} system events after the annotated part left out)` : ''),
    `detection  P ${f3(p)}  R ${f3(r)}  F1 ${f3(scores.event_f1)}`,
    `coverage: ${covered} gold mentions have a predicate in the trigger lexicon; recall on them ${f3(covered ? coveredMatched / covered : 0)} (${coveredMatched}/${covered})`,
    `anchoring: ${anchored} matched gold events with an anchoring TLINK, ${anchorOk} with the same time value (${f3(scores.anchor_acc)}); ` +
      `of them ${anchoredDct} anchored to the creation time only (${anchorOkDct} right), ${anchored - anchoredDct} to a timex of the text (${anchorOk - anchorOkDct} right)`,
  );
  return { report: lines.join('\n'), scores };
}

let pipeline: Pipeline | undefined;

/** The pipeline with the events stage (appended when `DEFAULT_STAGES` does not hold it yet). */
function eventsPipeline(): Pipeline {
  return (pipeline ??= createPipeline(DEFAULT_STAGES.some((s) => s.name === eventsStage.name) ? DEFAULT_STAGES : [...DEFAULT_STAGES, eventsStage]));
}

/** Runs the whole pipeline on a text with its creation date and returns the events layer. */
export const pipelineEvents: EventExtractor = (text, dct, name) => {
  const p = processInput({ name, mediaType: 'text/plain', encoding: 'utf-8', bytes: Buffer.byteLength(text), content: text, hints: { published: dct } }, {}, eventsPipeline());
  return p.ok ? (p.doc as DatelineDocument).layers.events : [];
};

/** Reads every CAT `.xml` file of a folder and scores the extractor (by default the pipeline) on it. */
export async function evalEvents(folder: string, extract: EventExtractor = pipelineEvents): Promise<{ report: string; scores: EventScores }> {
  const files = timeFiles(folder).filter((f) => /\.xml$/i.test(f));
  if (!files.length) throw new DatelineError('E_EVAL_DATA', `${folder}: no .xml files; expected CAT XML files (MEANTIME layout: <token> + <Markables><EVENT_MENTION><token_anchor> + <Relations><TLINK>), searched recursively`);
  const runs = files.map((f) => {
    const doc = readEventsCat(readFileSync(f, 'utf8'), relative(folder, f) || f);
    return { doc, system: extract(doc.text, doc.dct, doc.name) };
  });
  const r = scoreEvents(runs);
  return { ...r, report: `${folder}: ${files.length} CAT documents\n${r.report}` };
}
