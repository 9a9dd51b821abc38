import { Command, Option } from 'commander';
import { DatelineError } from '../../core/errors.js';
import { countInputs, readInputs } from '../../input/index.js';
import { openStore, type Store } from '../../store/index.js';
import { checkPublished, dbOption, inputOptions, type InputFlags } from '../options.js';
import type { RunStats } from '../run-inputs.js';
import { progress } from '../progress.js';
import { EXIT, printRejection } from '../failures.js';

export interface IngestResult extends RunStats {
  /** Newly stored. */
  created: number;
  /** Already in the store (found before analysis, or by `put`'s content-hash check). */
  existing: number;
  /** Of `existing`: recognised before analysis and skipped (a resumed run). */
  skipped: number;
}

export interface IngestFlags extends InputFlags {
  quiet?: boolean;
  /** Analysis threads besides this one; 0 or undefined: in this thread, in input order. */
  workers?: number;
}

/**
 * Analyses `inputs` and stores each document, one transaction each (so a killed run leaves only whole
 * articles). When the store already holds documents, an input whose document is stored is skipped before
 * analysis: running the same command again resumes where it stopped. With several workers the documents
 * are stored in the order their analyses finish, not the input order. `onStored` gets the id of every
 * document stored or already there.
 */
export async function ingestInto(store: Store, inputs: string[], flags: IngestFlags, onStored?: (id: string) => void): Promise<IngestResult> {
  // the pipeline (wink-nlp, linkedom, the time rules…) loads only when a command needs it: --help stays fast
  const { analyseAll } = await import('../../pipeline/pool.js');
  const published = checkPublished(flags.published);
  const total = await countInputs(inputs);
  // no more threads than inputs: one article (or stdin alone) is analysed here, without starting any
  const single = total === 1 || (total === undefined && inputs.length === 1);
  const workers = single ? 0 : Math.max(0, Math.min(flags.workers ?? 0, total ?? Infinity));
  const resume = (await store.list({ limit: 1 })).length > 0;
  const bar = progress(total, flags.quiet ?? false);
  const r: IngestResult = { processed: 0, rejected: 0, created: 0, existing: 0, skipped: 0 };
  const done = () => r.created + r.existing + r.rejected;
  const reading = readInputs(inputs, { maxBytes: flags.maxBytes, ...(flags.encoding ? { encoding: flags.encoding } : {}) });
  await analyseAll(
    reading,
    { workers, ...(published ? { published } : {}), ...(resume ? { isStored: (id: string) => store.has(id) } : {}) },
    async (o) => {
      if (o.kind === 'rejected') {
        r.rejected++;
        bar.interrupt(() => printRejection(o.rejection));
      } else if (o.kind === 'skipped') {
        r.skipped++;
        r.existing++;
        onStored?.(o.id);
      } else {
        r.processed++;
        const put = await store.put(o.doc, o.raw);
        onStored?.(put.id);
        if (put.created) r.created++;
        else r.existing++;
      }
      bar.tick(done(), r.skipped);
    },
  );
  bar.finish(done(), r.skipped);
  return r;
}

export function parseWorkers(v: string): number {
  const n = Number(v.trim());
  if (v.trim() === '' || !Number.isSafeInteger(n) || n < 0) throw new DatelineError('E_CONFIG', `--workers "${v}" is not a whole number ≥ 0 (e.g. 3; 0 analyses in the main thread, without threads)`);
  return n;
}

export function ingestCommand(): Command {
  const cmd = new Command('ingest')
    .summary('analyse articles and store them in the database')
    .description(
      'Analyse articles and store each with all its annotations, one transaction per article. ' +
        'Re-ingesting the same text changes nothing (idempotent by content hash). A bad input is reported ' +
        'and skipped; the rest of a folder is still processed and nothing already stored is touched. ' +
        'Articles are analysed on worker threads (--workers; by default one per core but one, which reads and stores) and stored in the order they are finished. ' +
        'An interrupted run (even killed) leaves only whole articles: run the same command again and the ' +
        'articles already stored are skipped without being analysed again.',
    )
    .argument('<inputs...>', 'files (.txt, .html, .jsonl, .gz), folders (recursive), or - for stdin')
    .addOption(dbOption())
    .addOption(
      new Option('-w, --workers <n>', 'analysis threads besides the main one, which reads and stores (default: cores − 1, at least 1; 0: all in the main thread, in input order)')
        .default(undefined, 'the number of CPU cores')
        .argParser(parseWorkers),
    )
    .option('-q, --quiet', 'no progress output');
  for (const o of inputOptions) cmd.addOption(o());
  cmd.addHelpText(
    'after',
    '\nProgress (count/total, rate, ETA) goes to stderr: redrawn on a terminal, a line every 10 s otherwise.\n' +
      '\nExamples:\n  $ dateline ingest examples/\n  $ dateline ingest --db news.db corpus.jsonl\n  $ dateline ingest --workers 4 --db news.db corpus/   (killed? run it again: it resumes)\n  $ dateline list --db news.db',
  );
  cmd.action(async (inputs: string[], flags: IngestFlags & { db: string }) => {
    const store = await openStore(flags.db);
    try {
      const { defaultWorkers } = await import('../../pipeline/pool.js');
      const r = await ingestInto(store, inputs, { ...flags, workers: flags.workers ?? defaultWorkers() });
      process.stderr.write(
        `dateline: ${r.created} stored, ${r.existing} already in ${flags.db}, ${r.rejected} rejected, ${r.skipped} skipped (already stored)\n`,
      );
      process.exitCode = r.rejected ? EXIT.rejected : EXIT.ok;
    } finally {
      await store.close();
    }
  });
  return cmd;
}
