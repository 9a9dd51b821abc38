import { Command, Option } from 'commander';
import { DatelineError } from '../../core/errors.js';
import type { DatelineDocument } from '../../core/schema.js';
import { openStore } from '../../store/index.js';
import { buildTimeline, toCsv, toPlover, toText } from '../../timeline/index.js';
import { dbOption } from '../options.js';

const FORMATS = ['text', 'json', 'plover', 'csv'] as const;

export function timelineCommand(): Command {
  return new Command('timeline')
    .summary('events of the stored articles in date order, for one entity or all')
    .description(
      'Print the events of the stored articles (or of one with --doc) ordered by their resolved date, each with its ' +
        'precision, type, actors, place and the exact words it came from. --entity keeps the events of one entity ' +
        '(whole words of its name: "Lukashenko" finds "Alexander Lukashenko"). Events with no date come last.',
    )
    .addOption(dbOption())
    .option('-e, --entity <name>', 'only events with this entity as a participant or place')
    .option('--doc <id>', 'only this article (id or unique prefix of at least 6 characters)')
    .addOption(new Option('-f, --format <format>', 'text, json (schema dateline/timeline@1), plover (PLOVER-style JSON records) or csv').choices(FORMATS).default('text'))
    .addHelpText('after', '\nExamples:\n  $ dateline timeline --entity Lukashenko\n  $ dateline timeline --format csv > events.csv\n  $ dateline timeline --doc c83a78 --format plover')
    .action(async (flags: { db: string; entity?: string; doc?: string; format: (typeof FORMATS)[number] }) => {
      const store = await openStore(flags.db);
      try {
        let docs: DatelineDocument[];
        if (flags.doc) {
          const d = await store.get(flags.doc);
          if (!d) throw new DatelineError('E_CONFIG', `no article with id ${flags.doc} in ${flags.db}; \`dateline list --db ${flags.db}\` shows the ids`);
          docs = [d];
        } else {
          docs = [];
          for (const s of await store.list()) {
            const d = await store.get(s.id);
            if (d) docs.push(d);
          }
        }
        const t = buildTimeline(docs, flags.entity);
        const out =
          flags.format === 'json' ? JSON.stringify(t, null, 2) : flags.format === 'plover' ? JSON.stringify(toPlover(t.entries), null, 2) : flags.format === 'csv' ? toCsv(t.entries).trimEnd() : toText(t.entries);
        process.stdout.write(`${out}\n`);
        if (flags.format === 'text') process.stderr.write(`${t.entries.length} event(s) from ${docs.length} article(s)${flags.entity ? ` for "${flags.entity}"` : ''}\n`);
      } finally {
        await store.close();
      }
    });
}
