import { Command, Option } from 'commander';
import { DatelineError } from '../../core/errors.js';
import type { DatelineDocument } from '../../core/schema.js';
import { openStore } from '../../store/index.js';
import { buildTimeline, toCsv, toPlover, toText } from '../../timeline/index.js';
import { dbOption } from '../options.js';
import { byTime, mergeCorpus, type CorpusEvent } from '../../merge/index.js';
import { oneLine } from '../../core/text.js';

/** Whole words of `name` among an event's participants and place (as the timeline's entity filter reads names). */
const names = (e: CorpusEvent, name: string) => {
  const w = (s: string) => ` ${oneLine(s).toLowerCase()} `;
  return [...e.participants.map((p) => p.name), e.place?.name ?? ''].some((n) => w(n).includes(w(name)));
};

/** One line per corpus event: date, type, actors, place, its sources (article id prefix and words), conflicts. */
function mergedText(events: readonly CorpusEvent[]): string {
  return events
    .map((e) => {
      const who = e.participants.map((p) => p.name).join(', ');
      const src = e.sources.map((s) => `${s.doc.slice(0, 8)} "${oneLine(s.span.text)}"`).join('; ');
      const conflicts = e.conflicts.map((c) => `\n    CONFLICT ${c.field}: ${c.values.map((v) => `${v.value} (${v.doc.slice(0, 8)})`).join(' vs ')}`).join('');
      return `${(e.time.value || 'undated').padEnd(12)} ${e.type.padEnd(10)} ${who || '—'}${e.place ? ` @ ${e.place.name}` : ''}\n    ${e.sources.length} source(s): ${src}${conflicts}`;
    })
    .join('\n');
}

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
    .option('--merged', 'one line per happening: the same event told by several articles merged, with all its sources and any conflicting dates or places (text or json)')
    .addOption(new Option('-f, --format <format>', 'text, json (schema dateline/timeline@1), plover (PLOVER-style JSON records) or csv').choices(FORMATS).default('text'))
    .addHelpText('after', '\nExamples:\n  $ dateline timeline --entity Lukashenko\n  $ dateline timeline --format csv > events.csv\n  $ dateline timeline --doc c83a78 --format plover\n  $ dateline timeline --merged --entity Lukashenko')
    .action(async (flags: { db: string; entity?: string; doc?: string; merged?: boolean; format: (typeof FORMATS)[number] }) => {
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
        if (flags.merged) {
          const m = mergeCorpus(docs);
          const events = m.events
            .filter((e) => !flags.entity || names(e, flags.entity))
            .sort(byTime);
          if (flags.format !== 'text' && flags.format !== 'json') throw new DatelineError('E_CONFIG', `--merged prints text or json, not ${flags.format}`);
          process.stdout.write(`${flags.format === 'json' ? JSON.stringify({ entities: m.entities, events }, null, 2) : mergedText(events)}\n`);
          const across = events.filter((e) => new Set(e.sources.map((x) => x.doc)).size > 1).length;
          process.stderr.write(`${events.length} happening(s) from ${docs.length} article(s), ${across} told by more than one\n`);
          return;
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
