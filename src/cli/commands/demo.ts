import { Command, Option } from 'commander';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openStore } from '../../store/index.js';
import { factSheet } from '../factsheet.js';
import { dbOption } from '../options.js';
import { ingestInto } from './ingest.js';
import { formatSummaries } from './list.js';
import { EXIT } from '../failures.js';
import { serveCommand } from './serve.js';

/** The bundled example articles (examples/ in the package). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

export function demoCommand(): Command {
  return new Command('demo')
    .summary('ingest the bundled example articles and show what Dateline found (npm start)')
    .addOption(dbOption())
    .addOption(new Option('--serve', 'then serve the store and the web interface (dateline serve) until Ctrl-C'))
    .addOption(new Option('-p, --port <n>', 'with --serve: TCP port').default('8080'))
    .addOption(new Option('--host <address>', 'with --serve: address to bind').default('127.0.0.1'))
    .action(async (flags: { db: string; serve?: boolean; port: string; host: string }) => {
      const store = await openStore(flags.db);
      try {
        const dir = relative(process.cwd(), EXAMPLES_DIR) || EXAMPLES_DIR;
        const files = readdirSync(EXAMPLES_DIR).filter((f) => /\.(?:txt|html?)$/.test(f)).sort().map((f) => join(dir, f));
        const ids: string[] = [];
        const r = await ingestInto(store, files, { maxBytes: 20 * 1024 * 1024, quiet: true }, (id) => ids.push(id));
        for (const id of ids) {
          const doc = await store.get(id);
          if (doc) process.stdout.write(`${factSheet(doc)}\n`);
        }
        process.stdout.write(`Stored in ${flags.db}: ${r.created} new, ${r.existing} already there, ${r.rejected} rejected.\n`);
        process.stdout.write(`${formatSummaries(await store.list({ limit: 100 }))}\n`);
        process.stdout.write(
          `\nNext: dateline show <id> --db ${flags.db}   ·   dateline timeline --entity Lukashenko --db ${flags.db}   ·   dateline serve --db ${flags.db}   ·   dateline --help\n`,
        );
        process.exitCode = r.rejected ? EXIT.rejected : EXIT.ok;
      } finally {
        await store.close();
      }
      if (flags.serve) {
        process.stdout.write('\nServing the web interface (timeline, entities, agreements, quotes, articles); Ctrl-C stops.\n');
        // `dateline serve` itself, on the same database: it prints the URL and runs until SIGINT/SIGTERM
        await serveCommand().exitOverride().parseAsync(['--db', flags.db, '--port', flags.port, '--host', flags.host], { from: 'user' });
      }
    });
}
