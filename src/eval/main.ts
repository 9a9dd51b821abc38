/**
 * `npm run eval -- <task> <folder>`: prints a readable report and, last, one line
 * `score: name=value name=value …` that tooling reads. Tasks and their folder formats are in the README.
 */
import { DatelineError, isDatelineError } from '../core/errors.js';
import { evalClean } from './clean.js';
import { evalExample } from './example.js';
import { evalSegment } from './segment.js';
import { evalTime } from './time.js';
import { evalNer } from './ner.js';
import { evalQuotes } from './quotes.js';
import { evalTimeline } from './timeline.js';
import { evalEvents } from './events.js';
import { evalMerge, mergeEvalOptions } from './merge.js';
import { processInput } from '../pipeline/process.js';
import { bodyView } from '../clean/view.js';

type Task = (folder: string) => Promise<{ report: string; scores: Record<string, number> }>;

/** The clean task scores what Dateline keeps as the article body: the clean view after the whole pipeline. */
function pipelineBody(html: string, url: string | undefined): string {
  const p = processInput({ name: 'page.html', mediaType: 'text/html', encoding: 'utf-8', bytes: html.length, content: html, hints: url ? { url } : {} });
  return p.ok ? bodyView(p.doc).view.text : '';
}

const TASKS: Record<string, { about: string; run: Task }> = {
  clean: {
    about: 'article-body extraction: folder with ground-truth.json + html/<id>.html[.gz] (article-extraction-benchmark layout)',
    run: async (folder) => {
      const r = await evalClean(folder, pipelineBody);
      return { report: r.report, scores: { precision: r.scores.precision, recall: r.scores.recall, f1: r.scores.f1 } };
    },
  },
  segment: {
    about: 'sentence splitting: folder of CAT XML files with <token sentence=…> (MEANTIME layout)',
    run: async (folder) => {
      const r = await evalSegment(folder);
      return { report: r.report, scores: { ...r.scores } };
    },
  },
  example: {
    about: 'answer keys: folder of <name>.txt + <name>.gold.json (format of the shared examples)',
    run: async (folder) => {
      const r = await evalExample(folder);
      return { report: r.report, scores: { ...r.scores } };
    },
  },
  time: {
    about: 'TIMEX3 extraction and normalisation, TempEval-3 scoring: folder of TimeML .tml and/or CAT XML .xml files',
    run: async (folder) => {
      const r = await evalTime(folder);
      const s = r.scores;
      return { report: r.report, scores: { relaxed_f1: s.relaxed_f1, strict_f1: s.strict_f1, type_acc: s.type_acc, value_f1: s.value_f1 } };
    },
  },
  events: {
    about: 'event mentions and event–time anchoring: folder of CAT XML files with EVENT_MENTION, TIMEX3 and TLINK (MEANTIME layout)',
    run: async (folder) => {
      const r = await evalEvents(folder);
      const s = r.scores;
      return { report: r.report, scores: { event_f1: s.event_f1, event_precision: s.event_precision, event_recall: s.event_recall, anchor_acc: s.anchor_acc } };
    },
  },
  timeline: {
    about: 'SemEval-2015 Task 4 TimeLine, track A: corpus folder with list_target_entities_*.txt, a *trackA* folder of CAT .xml, a *Gold* folder of timelines',
    run: async (folder) => {
      const r = await evalTimeline(folder);
      return { report: r.report, scores: { f1: r.scores.f1, precision: r.scores.precision, recall: r.scores.recall } };
    },
  },
  merge: {
    about: 'cross-document event coreference (MUC, B³, CEAF-e, CoNLL F1): ECB+ folder (ECB+/<topic>/*.xml + ECBplus_coreference_sentences.csv); test topics 36–45, or --all / --topics=1,2 after the folder',
    run: async (folder) => {
      const r = await evalMerge(folder, mergeEvalOptions(process.argv.slice(4)));
      const s = r.scores;
      return { report: r.report, scores: { conll_f1: s.conll_f1!, muc_f1: s.muc_f1!, b3_f1: s.b3_f1!, ceafe_f1: s.ceafe_f1! } };
    },
  },
  ner: {
    about: 'named entities, conlleval exact match: a CoNLL-format file (token … TAG last; -DOCSTART- splits documents) or a folder of .txt/.conll/.tsv files',
    run: async (path) => {
      const r = evalNer(path);
      return { report: r.report, scores: { precision: r.scores.precision, recall: r.scores.recall, f1: r.scores.f1 } };
    },
  },
  quotes: {
    about: 'quotations and reported speech: folder with text/<name>.txt + attributions/<name>_<annotator>.ann (PolNeAR layout, BRAT standoff)',
    run: async (folder) => {
      const r = await evalQuotes(folder);
      const s = r.scores;
      return { report: r.report, scores: { direct_content_f1: s.direct_content_f1, direct_source_acc: s.direct_source_acc, all_content_f1: s.all_content_f1, all_source_acc: s.all_source_acc } };
    },
  },
};

function usage(): string {
  return `usage: npm run eval -- <task> <folder>\ntasks:\n${Object.entries(TASKS).map(([k, v]) => `  ${k.padEnd(8)} ${v.about}`).join('\n')}`;
}

async function run(argv: string[]): Promise<number> {
  const [task, folder] = argv;
  if (!task || task === '--help' || task === '-h') {
    process.stdout.write(`${usage()}\n`);
    return task ? 0 : 2;
  }
  const t = TASKS[task];
  if (!t || !folder) {
    process.stderr.write(`${t ? `missing <folder> for task ${task}` : `unknown task "${task}"`}\n${usage()}\n`);
    return 2;
  }
  const t0 = performance.now();
  try {
    const { report, scores } = await t.run(folder);
    process.stdout.write(`${report}\n(${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    process.stdout.write(`score: ${Object.entries(scores).map(([k, v]) => `${k}=${Number.isNaN(v) ? 'nan' : v.toFixed(4)}`).join(' ')}\n`);
    return 0;
  } catch (e) {
    if (isDatelineError(e)) {
      process.stderr.write(`eval ${task}: ${e.message} [${e.code}]\n`);
      return 3;
    }
    throw e instanceof Error ? e : new DatelineError('E_INTERNAL', String(e));
  }
}

process.exitCode = await run(process.argv.slice(2));
