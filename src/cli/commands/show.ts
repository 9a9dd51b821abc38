import { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { factSheet } from '../factsheet.js';
import { dbOption } from '../options.js';
import { EXIT } from '../failures.js';

export function showCommand(): Command {
  return new Command('show')
    .summary('print one stored article')
    .description('Print a stored article as a fact sheet, or as JSON with --json (exactly as stored).')
    .argument('<id>', 'document id or a unique prefix of it (at least 6 characters), as `dateline list` shows')
    .addOption(dbOption())
    .option('--json', 'print the document as JSON')
    .option('--clean', 'print only the clean body text')
    .action(async (id: string, flags: { db: string; json?: boolean; clean?: boolean }) => {
      const store = await openStore(flags.db);
      try {
        const doc = await store.get(id);
        if (!doc) {
          process.stderr.write(`dateline: no article with id ${id} in ${flags.db}; \`dateline list --db ${flags.db}\` shows the ids\n`);
          process.exitCode = EXIT.rejected;
          return;
        }
        process.stdout.write(flags.json ? `${JSON.stringify(doc, null, 2)}\n` : `${factSheet(doc, { clean: flags.clean ?? false })}\n`);
      } finally {
        await store.close();
      }
    });
}
