#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { showCommand } from './commands/show.js';
import { listCommand } from './commands/list.js';
import { demoCommand } from './commands/demo.js';
import { timelineCommand } from './commands/timeline.js';
import { serveCommand } from './commands/serve.js';
import { enqueueCommand } from './commands/enqueue.js';
import { workerCommand } from './commands/worker.js';
import { EXIT, exitCodeFor } from './failures.js';
import { SCHEMA_ID } from '../core/schema.js';

export function program(): Command {
  const p = new Command('dateline')
    .description(
      'Dateline turns news articles into a sourced, structured record: the clean article, its metadata ' +
        '(outlet, publication date with evidence, language), and every fact traceable to its exact ' +
        `characters in the original input. Output schema: ${SCHEMA_ID}.`,
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      '\nExit codes: 0 ok · 1 some inputs rejected (named on stderr) · 2 usage error · 3 store/config error · 4 internal error\n' +
        '\nStart with:\n  $ dateline extract examples/moscow-times-rosgvardia-belarus.txt\n  $ dateline ingest examples/ && dateline list\n  $ dateline timeline --entity Lukashenko',
    );
  for (const c of [extractCommand(), ingestCommand(), showCommand(), listCommand(), timelineCommand(), serveCommand(), demoCommand()]) p.addCommand(c.exitOverride());
  p.addCommand(enqueueCommand().exitOverride());
  p.addCommand(workerCommand().exitOverride());
  return p;
}

export async function main(argv: string[]): Promise<number> {
  // `dateline extract … | head` closes the pipe early: that is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
  });
  try {
    await program().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return exitCodeFor(e);
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isEntry) {
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
