import { Command } from 'commander';
import { countInputs } from '../../input/index.js';
import { openStore, type Store } from '../../store/index.js';
import { dbOption, inputOptions, type InputFlags } from '../options.js';
import type { RunStats } from '../run-inputs.js';
import { progress } from '../progress.js';
import { EXIT } from '../failures.js';

export interface IngestResult extends RunStats {
  created: number;
  existing: number;
}

export async function ingestInto(
  store: Store,
  inputs: string[],
  flags: InputFlags & { quiet?: boolean },
  onStored?: (id: string) => void,
): Promise<IngestResult> {
  const { forEachDocument } = await import('../run-inputs.js');
  const total = await countInputs(inputs);
  const bar = progress(total, flags.quiet ?? false);
  let created = 0;
  let existing = 0;
  const stats = await forEachDocument(inputs, flags, async (doc, raw) => {
    const r = await store.put(doc, raw);
    onStored?.(r.id);
    if (r.created) created++;
    else existing++;
    bar.tick(created + existing);
  });
  bar.finish(created + existing);
  return { ...stats, created, existing };
}

export function ingestCommand(): Command {
  const cmd = new Command('ingest')
    .summary('analyse articles and store them in the database')
    .description(
      'Analyse articles and store each with all its annotations, one transaction per article. ' +
        'Re-ingesting the same text changes nothing (idempotent by content hash). A bad input is reported ' +
        'and skipped; the rest of a folder is still processed and nothing already stored is touched.',
    )
    .argument('<inputs...>', 'files (.txt, .html, .jsonl, .gz), folders (recursive), or - for stdin')
    .addOption(dbOption())
    .option('-q, --quiet', 'no progress output');
  for (const o of inputOptions) cmd.addOption(o());
  cmd.addHelpText('after', '\nExamples:\n  $ dateline ingest examples/\n  $ dateline ingest --db news.db corpus.jsonl\n  $ dateline list --db news.db');
  cmd.action(async (inputs: string[], flags: InputFlags & { db: string; quiet?: boolean }) => {
    const store = await openStore(flags.db);
    try {
      const r = await ingestInto(store, inputs, flags);
      process.stderr.write(`dateline: ${r.created} stored, ${r.existing} already in ${flags.db}, ${r.rejected} rejected\n`);
      process.exitCode = r.rejected ? EXIT.rejected : EXIT.ok;
    } finally {
      await store.close();
    }
  });
  return cmd;
}
