import { Command, Option } from 'commander';
import { DatelineError } from '../../core/errors.js';
import { readInputs } from '../../input/index.js';
import { JobQueue, requirePostgres, type JobInput } from '../../queue/index.js';
import { redactUrl } from '../../store/postgres/connect.js';
import { EXIT, printRejection } from '../failures.js';
import { checkPublished, dbOption, inputOptions, type InputFlags } from '../options.js';

/** Inputs sent to the queue at a time (the queue splits them further by size). */
const CHUNK = 200;

interface EnqueueFlags extends InputFlags {
  db: string;
  status?: boolean;
  retryFailed?: boolean;
}

async function printStatus(queue: JobQueue, db: string): Promise<void> {
  const c = await queue.counts();
  const w = String(Math.max(c.queued, c.running, c.done, c.failed)).length;
  const line = (label: string, n: number, note = '') => `  ${label.padEnd(8)} ${String(n).padStart(w)}${note}\n`;
  let out = `Job queue in ${redactUrl(db)}\n`;
  out += line('queued', c.queued);
  out += line('running', c.running, c.expired ? `  (${c.expired} with an expired lease: the worker died or stalled; the next claim takes it)` : '');
  out += line('done', c.done);
  out += line('failed', c.failed);
  if (c.failed > 0) {
    const failed = await queue.failures(20);
    out += `Failed jobs${c.failed > failed.length ? ` (first ${failed.length})` : ''}:\n`;
    for (const f of failed) out += `  job ${f.id}  ${f.source}  (${f.attempts} attempt${f.attempts === 1 ? '' : 's'}): ${f.error ?? '?'}\n`;
    out += 'Put them back in the queue with: dateline enqueue --retry-failed --db …\n';
  }
  process.stdout.write(out);
}

export function enqueueCommand(): Command {
  const cmd = new Command('enqueue')
    .summary('add articles to a PostgreSQL job queue for `dateline worker` processes')
    .description(
      'Add articles to the job queue in a PostgreSQL database, for `dateline worker` processes on any number of ' +
        'machines to analyse and store. Each input is read and decoded here and its text is kept in the queue, so ' +
        'the workers need no shared disk. An article already in the queue (same content, in any state) is not added ' +
        'again. Unreadable inputs are reported and skipped. Needs a postgres:// --db.',
    )
    .argument('[inputs...]', 'files (.txt, .html, .jsonl, .gz), folders (recursive), or - for stdin')
    .addOption(dbOption())
    .addOption(new Option('--status', 'print how many jobs are queued, running, done and failed, and why they failed (after enqueueing any inputs given)'))
    .addOption(new Option('--retry-failed', 'put every failed job back in the queue (before enqueueing any inputs given)'));
  for (const o of inputOptions) cmd.addOption(o());
  cmd.addHelpText(
    'after',
    '\nExamples:\n' +
      '  $ dateline enqueue corpus/ --db postgres://dateline@db.internal:5432/news\n' +
      '  $ dateline worker --db postgres://dateline@db.internal:5432/news       # on each machine\n' +
      '  $ dateline enqueue --status --db postgres://dateline@db.internal:5432/news\n' +
      '  $ zcat feed.jsonl.gz | dateline enqueue - --db "$DATABASE_URL" --published 2024-05-01\n' +
      '\nPrints "N queued, M already queued, K rejected" on stderr; exit code 1 when some inputs were rejected.',
  );
  cmd.action(async (inputs: string[], flags: EnqueueFlags) => {
    const db = requirePostgres(flags.db, 'enqueue');
    if (inputs.length === 0 && !flags.status && !flags.retryFailed) {
      throw new DatelineError('E_CONFIG', 'nothing to enqueue: name files, folders or - (stdin), or use --status (see dateline enqueue --help)');
    }
    const published = checkPublished(flags.published);
    const queue = await JobQueue.open(db);
    try {
      if (flags.retryFailed) process.stderr.write(`dateline: ${await queue.requeueFailed()} failed job(s) put back in the queue\n`);
      if (inputs.length > 0) {
        let queued = 0;
        let existing = 0;
        let rejected = 0;
        let chunk: JobInput[] = [];
        const send = async () => {
          const r = await queue.enqueue(chunk);
          queued += r.queued;
          existing += r.existing;
          chunk = [];
        };
        const read = readInputs(inputs, { maxBytes: flags.maxBytes, ...(flags.encoding ? { encoding: flags.encoding } : {}) });
        for await (const r of read) {
          if (!r.ok) {
            rejected++;
            printRejection(r.rejection);
            continue;
          }
          chunk.push(published ? { input: r.input, options: { published } } : { input: r.input });
          if (chunk.length >= CHUNK) await send();
        }
        await send();
        process.stderr.write(`dateline: ${queued} queued, ${existing} already queued, ${rejected} rejected\n`);
        process.exitCode = rejected ? EXIT.rejected : EXIT.ok;
      }
      if (flags.status) await printStatus(queue, db);
    } finally {
      await queue.close();
    }
  });
  return cmd;
}
