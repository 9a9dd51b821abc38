import { Command, Option } from 'commander';
import { DatelineError } from '../../core/errors.js';
import { DEFAULT_LEASE_SECONDS, DEFAULT_MAX_ATTEMPTS, JobQueue, requirePostgres, runWorker } from '../../queue/index.js';
import { openStore } from '../../store/index.js';
import { EXIT } from '../failures.js';
import { dbOption } from '../options.js';

const number = (flag: string, integer: boolean) => (v: string) => {
  const n = Number(v);
  if (!(Number.isFinite(n) && n > 0) || (integer && !Number.isInteger(n))) {
    throw new DatelineError('E_CONFIG', `${flag} "${v}" is not a positive ${integer ? 'integer' : 'number'}`);
  }
  return n;
};

interface WorkerFlags {
  db: string;
  batch: number;
  lease: number;
  poll: number;
  maxAttempts: number;
  exitWhenEmpty?: boolean;
  quiet?: boolean;
}

export function workerCommand(): Command {
  return new Command('worker')
    .summary('process articles from the PostgreSQL job queue (run one or more per machine)')
    .description(
      'Take articles from the job queue filled by `dateline enqueue`, analyse each and store it in the same ' +
        'PostgreSQL database, until stopped. Run as many workers as you like, on as many machines: each job is ' +
        'claimed by one worker at a time (FOR UPDATE SKIP LOCKED) under a lease the worker keeps renewing. If a ' +
        'worker dies, its job is claimed again by another once the lease runs out, and it is still stored exactly ' +
        'once (the store is idempotent by content hash). An input the pipeline rejects is marked failed with the ' +
        'reason; a job whose worker died --max-attempts times is marked failed too (see `dateline enqueue --status`). ' +
        'Ctrl-C or SIGTERM: the current article is finished, the other claimed ones are given back, then it exits 0.',
    )
    .addOption(dbOption())
    .addOption(new Option('--batch <n>', 'jobs claimed at a time').default(1).argParser(number('--batch', true)))
    .addOption(
      new Option('--lease <seconds>', 'how long a claim lasts without renewal; must exceed the longest time one article takes')
        .default(DEFAULT_LEASE_SECONDS)
        .argParser(number('--lease', false)),
    )
    .addOption(new Option('--poll <seconds>', 'wait between looks at an empty queue').default(1).argParser(number('--poll', false)))
    .addOption(
      new Option('--max-attempts <n>', 'claims of one job before it is failed (its workers kept dying)')
        .default(DEFAULT_MAX_ATTEMPTS)
        .argParser(number('--max-attempts', true)),
    )
    .addOption(new Option('--exit-when-empty', 'exit (0) once no job is queued or running, instead of waiting for more'))
    .option('-q, --quiet', 'no line per job; only the summary')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ dateline worker --db postgres://dateline@db.internal:5432/news\n' +
        '  $ dateline worker --db "$DATABASE_URL" --batch 4 --exit-when-empty\n' +
        '  $ dateline enqueue --status --db postgres://dateline@db.internal:5432/news\n' +
        '\nProgress goes to stderr, one line per job. Exit codes: 0 stopped or queue empty · 2 bad option (or --db not PostgreSQL) · 3 database error',
    )
    .action(async (flags: WorkerFlags) => {
      const db = requirePostgres(flags.db, 'worker');
      const queue = await JobQueue.open(db);
      let store;
      try {
        store = await openStore(db);
      } catch (e) {
        await queue.close();
        throw e;
      }
      const stop = new AbortController();
      const onSignal = (sig: NodeJS.Signals) => {
        if (stop.signal.aborted) {
          // A second signal: leave now. Unfinished jobs go back to the queue when their lease runs out.
          process.stderr.write(`dateline: ${sig} again: exiting without finishing the current job\n`);
          process.exit(128 + (sig === 'SIGINT' ? 2 : 15));
        }
        process.stderr.write(`dateline: ${sig}: stopping after the current job\n`);
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        await runWorker(queue, store, {
          batch: flags.batch,
          leaseSeconds: flags.lease,
          pollSeconds: flags.poll,
          maxAttempts: flags.maxAttempts,
          exitWhenEmpty: flags.exitWhenEmpty ?? false,
          signal: stop.signal,
          log: (line) => {
            if (!flags.quiet || line.includes(': finished:')) process.stderr.write(`dateline: ${line}\n`);
          },
        });
        process.exitCode = EXIT.ok;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store.close();
        await queue.close();
      }
    });
}
