/**
 * `npm run eval -- timeline <folder>`: SemEval-2015 Task 4 (TimeLine: Cross-Document Event Ordering),
 * track A — timelines built from raw text — scored as the task's official tool does (the scoring is
 * described at the top of `timeline-score.ts`; the timeline builder in `timeline-build.ts`).
 *
 * Data: a corpus folder in the task's layout — a `list_target_entities_*.txt` file (one target entity a
 * line), a folder whose name holds `trackA` (any case) with the CAT XML documents (tokens and the
 * creation-time TIMEX3 only: the input of track A), and a folder whose name holds `Gold` with one gold
 * timeline `.txt` per target entity (first line: the entity). The track-B folder (gold events) is never
 * read. When the folder itself holds no list file, every subfolder (recursive) that does is a corpus and
 * all are pooled into one micro average.
 *
 * System side: each CAT document's text is rebuilt by `readCat` (tokens joined as news text reads, one
 * line a sentence) and analysed by the whole pipeline with its creation date as the publication date;
 * the CAT tokens are then located in that text (in order: each token is the next non-space run), which
 * maps a span of the analysed text back to token ids. For every gold timeline, the system timeline of
 * its entity (the gold file's first line) is built from the documents' `events` layers; an empty layer
 * gives an empty timeline (recall 0). Target entities of the list without a gold timeline are named in
 * the report and not scored (the official tool iterates over the gold files).
 *
 * The report adds two reference points computed from the gold alone, to show what the scorer rewards:
 * the gold against itself (1.0), and two baselines — "one line" (the gold's ordered events with their
 * gold dates, all on ORDER 1: right events, right dates, no order) and "DCT order" (every gold event,
 * order 0 ones included, dated and ordered by its document's creation time).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { DatelineError } from '../core/errors.js';
import { processInput } from '../pipeline/process.js';
import { readCat } from './cat.js';
import { decodeXml, xmlAttributes } from './timeml.js';
import { buildTimeline, nameWords, type CatToken, type TimelineDoc } from './timeline-build.js';
import { compareTimelines, microScores, pairScores, parseTimeline, type Timeline, type TimelineCounts, type TimelineLine, type TimelineScores } from './timeline-score.js';

/** One track-A document: its id, creation date, rebuilt text and tokens as spans of that text. */
export interface TrackADoc {
  name: string;
  docId: string;
  dct: string;
  text: string;
  tokens: CatToken[];
}

export interface TimelineCorpus {
  name: string;
  targets: string[];
  docs: TrackADoc[];
  gold: { file: string; timeline: Timeline }[];
}

/** Analyses a rebuilt text; returns the layers the builder reads (or null when the pipeline refused it). */
export type Analyse = (text: string, dct: string, name: string) => TimelineDoc['layers'] | null;

const TOKEN = /<token\b([^>]*?)(?:\/>|>([^<]*)<\/token>)/g;

/**
 * Reads one track-A CAT document: `readCat` rebuilds the text and finds the DCT; the tokens are then
 * located in that text in order (each token is the next run after any white space), so every token gets
 * its span. `docId`: the `doc_id` attribute of `<Document>`, else the leading digits of the file name.
 */
export function readTrackA(xml: string, name: string): TrackADoc {
  const cat = readCat(xml, name);
  const tokens: CatToken[] = [];
  let at = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const a = xmlAttributes(m[1]!);
    const word = decodeXml(m[2] ?? '');
    while (at < cat.text.length && /\s/.test(cat.text[at]!) && !cat.text.startsWith(word, at)) at++;
    if (!cat.text.startsWith(word, at)) {
      throw new DatelineError('E_EVAL_DATA', `${name}: token t_id=${a.t_id ?? '?'} ${JSON.stringify(word)} not found at offset ${at} of the rebuilt text`);
    }
    tokens.push({ start: at, end: at + word.length, sentence: a.sentence ?? '', text: word });
    at += word.length;
  }
  const docId = /<Document\b[^>]*?\bdoc_id\s*=\s*["']([^"']+)["']/.exec(xml)?.[1] ?? /^\d+/.exec(basename(name))?.[0] ?? basename(name).replace(/\.xml$/i, '');
  return { name, docId, dct: cat.dct, text: cat.text, tokens };
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function entries(folder: string) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort(byName);
}

function filesUnder(folder: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const e of entries(folder)) {
    const p = join(folder, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, ext));
    else if (ext.test(e.name)) out.push(p);
  }
  return out;
}

/** Folders (the folder itself, else its subfolders, recursive) that hold a `list_target_entities_` file. */
export function corpusFolders(folder: string): string[] {
  let st;
  try {
    st = statSync(folder);
  } catch {
    throw new DatelineError('E_EVAL_DATA', `${folder}: no such folder; expected a SemEval-2015 TimeLine corpus folder`);
  }
  if (!st.isDirectory()) throw new DatelineError('E_EVAL_DATA', `${folder}: not a folder; expected a SemEval-2015 TimeLine corpus folder`);
  const here = entries(folder);
  if (here.some((e) => e.isFile() && e.name.startsWith('list_target_entities_'))) return [folder];
  return here.filter((e) => e.isDirectory()).flatMap((e) => corpusFolders(join(folder, e.name)));
}

/** Reads one corpus folder (layout at the top of the file). Throws `E_EVAL_DATA` when a part is missing. */
export function readTimelineCorpus(folder: string, name = folder): TimelineCorpus {
  const here = entries(folder);
  const list = here.find((e) => e.isFile() && e.name.startsWith('list_target_entities_'));
  const catDir = here.find((e) => e.isDirectory() && /tracka/i.test(e.name));
  const goldDir = here.find((e) => e.isDirectory() && /gold/i.test(e.name));
  const layout = 'expected list_target_entities_*.txt, a *trackA* folder of CAT .xml files and a *Gold* folder of timeline .txt files';
  if (!list) throw new DatelineError('E_EVAL_DATA', `${folder}: no list_target_entities_* file; ${layout}`);
  if (!catDir) throw new DatelineError('E_EVAL_DATA', `${folder}: no folder named *trackA*; ${layout}`);
  if (!goldDir) throw new DatelineError('E_EVAL_DATA', `${folder}: no folder named *Gold*; ${layout}`);
  const targets = readFileSync(join(folder, list.name), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const catFiles = filesUnder(join(folder, catDir.name), /\.xml$/i);
  if (!catFiles.length) throw new DatelineError('E_EVAL_DATA', `${join(folder, catDir.name)}: no .xml files; ${layout}`);
  const docs = catFiles.map((f) => readTrackA(readFileSync(f, 'utf8'), relative(folder, f)));
  const gold = filesUnder(join(folder, goldDir.name), /\.txt$/i).map((f) => {
    const t = parseTimeline(readFileSync(f, 'utf8'));
    if ('error' in t) throw new DatelineError('E_EVAL_DATA', `${f}: ${t.error}`);
    return { file: relative(folder, f), timeline: t };
  });
  if (!gold.length) throw new DatelineError('E_EVAL_DATA', `${join(folder, goldDir.name)}: no gold timeline .txt files; ${layout}`);
  return { name, targets, docs, gold };
}

/** The default analysis: the whole pipeline on the rebuilt text, the creation date as publication date. */
export const pipelineAnalyse: Analyse = (text, dct, name) => {
  const p = processInput({ name, mediaType: 'text/plain', encoding: 'utf-8', bytes: Buffer.byteLength(text), content: text, hints: { published: dct } });
  return p.ok ? p.doc.layers : null;
};

const key = (s: string) => nameWords(s).join(' ');

/** Baseline timelines from a gold timeline (see the top of the file). */
export function baselines(gold: Timeline, dctOf: ReadonlyMap<string, string>): { oneLine: TimelineLine[]; dctOrder: TimelineLine[] } {
  const oneLine = gold.lines.filter((l) => l.order !== 0).flatMap((l) => l.events.map((e) => ({ order: 1, date: l.date, events: [e] })));
  const all = [...new Set(gold.lines.flatMap((l) => l.events))];
  const dated = all.map((e) => ({ e, date: dctOf.get(e.split('-')[0]!) ?? 'XXXX-XX-XX' }));
  const dates = [...new Set(dated.filter((d) => d.date !== 'XXXX-XX-XX').map((d) => d.date))].sort();
  const dctOrder = dated.map((d) => ({ order: d.date === 'XXXX-XX-XX' ? 0 : dates.indexOf(d.date) + 1, date: d.date, events: [d.e] }));
  return { oneLine, dctOrder };
}

const f3 = (x: number) => x.toFixed(3);
const line = (label: string, s: TimelineScores, c?: TimelineCounts) =>
  `${label}  P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}${c ? `   (system links ${c.precMatched}/${c.system} verified, gold links ${c.recMatched}/${c.gold} found)` : ''}`;

/** Runs the pipeline on every track-A document of the folder's corpora, builds and scores the timelines. */
export async function evalTimeline(folder: string, analyse: Analyse = pipelineAnalyse): Promise<{ report: string; scores: TimelineScores; counts: TimelineCounts[] }> {
  const corpora = corpusFolders(folder).map((f) => readTimelineCorpus(f, relative(folder, f) || basename(f)));
  if (!corpora.length) {
    throw new DatelineError('E_EVAL_DATA', `${folder}: no list_target_entities_* file here or in any subfolder; expected a SemEval-2015 TimeLine corpus folder`);
  }
  const lines: string[] = [];
  const counts: TimelineCounts[] = [];
  const ref = { gold: [] as TimelineCounts[], oneLine: [] as TimelineCounts[], dctOrder: [] as TimelineCounts[] };
  let nDocs = 0;
  let nEvents = 0;
  let refused = 0;
  for (const c of corpora) {
    const docs: TimelineDoc[] = [];
    for (const d of c.docs) {
      const layers = analyse(d.text, d.dct, d.name);
      if (!layers) {
        refused++;
        continue;
      }
      nEvents += layers.events?.length ?? 0;
      docs.push({ docId: d.docId, tokens: d.tokens, layers });
    }
    nDocs += c.docs.length;
    const dctOf = new Map(c.docs.map((d) => [d.docId, d.dct]));
    const goldKeys = new Set(c.gold.map((g) => key(g.timeline.entity)));
    const noGold = c.targets.filter((t) => !goldKeys.has(key(t)));
    lines.push(`corpus ${c.name}: ${c.docs.length} documents, ${c.targets.length} target entities, ${c.gold.length} gold timelines`);
    if (noGold.length) lines.push(`  target entities without a gold timeline (not scored): ${noGold.join(', ')}`);
    for (const g of c.gold) {
      const system = buildTimeline(g.timeline.entity, docs);
      const k = compareTimelines(g.timeline.lines, system.lines);
      counts.push(k);
      const b = baselines(g.timeline, dctOf);
      ref.gold.push(compareTimelines(g.timeline.lines, g.timeline.lines));
      ref.oneLine.push(compareTimelines(g.timeline.lines, b.oneLine));
      ref.dctOrder.push(compareTimelines(g.timeline.lines, b.dctOrder));
      const nGold = g.timeline.lines.reduce((n, l) => n + l.events.length, 0);
      const nSys = system.lines.reduce((n, l) => n + l.events.length, 0);
      const ordered = system.lines.filter((l) => l.order !== 0).length;
      lines.push(line(`  ${g.timeline.entity.padEnd(24)} gold events ${String(nGold).padStart(3)}, system ${String(nSys).padStart(3)} (${ordered} dated)`, pairScores(k), k));
    }
  }
  const scores = microScores(counts);
  lines.push(
    `${nDocs} documents analysed${refused ? ` (${refused} refused by the pipeline)` : ''}, ${nEvents} events in their events layers${nEvents ? '' : ' — the events layer is empty: every system timeline is empty, recall 0'}`,
    'reference points from the gold alone (same scorer):',
    line('  gold vs gold             ', microScores(ref.gold)),
    line('  one line (gold events and dates, no order)', microScores(ref.oneLine)),
    line('  DCT order (gold events by document date) ', microScores(ref.dctOrder)),
    line(`micro over ${counts.length} timelines`, scores, counts.reduce((a, k) => ({ precMatched: a.precMatched + k.precMatched, system: a.system + k.system, recMatched: a.recMatched + k.recMatched, gold: a.gold + k.gold }), { precMatched: 0, system: 0, recMatched: 0, gold: 0 })),
  );
  return { report: lines.join('\n'), scores, counts };
}
