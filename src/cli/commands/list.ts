import { Command, Option } from 'commander';
import { openStore, type StoredSummary } from '../../store/index.js';
import { dbOption } from '../options.js';

const int = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`"${v}" is not a non-negative integer`);
  return n;
};

export function formatSummaries(rows: StoredSummary[]): string {
  if (!rows.length) return '(no articles)';
  return rows
    .map((r) => `${r.id.slice(0, 12)}  ${(r.published ?? '—').slice(0, 10).padEnd(10)}  ${(r.outlet ?? '—').slice(0, 20).padEnd(20)}  ${r.language.padEnd(3)} ${(r.title ?? r.source).slice(0, 70)}`)
    .join('\n');
}

export function listCommand(): Command {
  return new Command('list')
    .summary('list stored articles (newest first), optionally by full-text search')
    .addOption(dbOption())
    .option('-s, --search <words>', 'full-text search over the article text')
    .addOption(new Option('--limit <n>', 'at most this many').default(50).argParser(int))
    .addOption(new Option('--offset <n>', 'skip this many').default(0).argParser(int))
    .option('--json', 'print JSON')
    .action(async (flags: { db: string; search?: string; limit: number; offset: number; json?: boolean }) => {
      const store = await openStore(flags.db);
      try {
        const rows = await store.list({ limit: flags.limit, offset: flags.offset, ...(flags.search ? { search: flags.search } : {}) });
        process.stdout.write(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : `${formatSummaries(rows)}\n`);
      } finally {
        await store.close();
      }
    });
}
