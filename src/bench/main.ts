/**
 * `npm run bench -- <folder|file.jsonl> [--store sqlite|none|postgres://…] [--repeat N] [--workers N] [--stages clean,segment,…]`
 * Runs the pipeline over every input (and, by default, stores into a fresh temporary SQLite database) on
 * one thread (the default, `--workers 0`), or with `--workers N` on N analysis threads storing from the main thread as `dateline ingest`
 * does (end to end on all cores; the read-ahead is bounded, so --repeat must leave peak_rss_mb flat), then
 * prints per-stage times and one line:
 *   score: articles_per_s=… mb_per_s=… peak_rss_mb=…
 * Reading and decoding are included in the wall time (the `input` line); the per-stage lines show where
 * it goes. To see inside a stage, profile the same run:
 *   node --import tsx --cpu-prof src/bench/main.ts <folder> --store none   (then open the .cpuprofile)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, type InputResult } from '../input/index.js';
import { DEFAULT_STAGES } from '../pipeline/pipeline.js';
import { analyseAll } from '../pipeline/pool.js';
import { openStore, PostgresStore, type Store } from '../store/index.js';
import { isPostgresUrl, parseTarget } from '../store/postgres/connect.js';
import pg from 'pg';

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client(parseTarget(url).config);
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

function parseArgs(argv: string[]) {
  const args = { paths: [] as string[], store: 'sqlite', repeat: 1, workers: 0, stages: undefined as string[] | undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--store') args.store = argv[++i] ?? 'sqlite';
    else if (a === '--repeat') args.repeat = Number(argv[++i] ?? 1);
    else if (a === '--workers') args.workers = Number(argv[++i] ?? 0);
    else if (a === '--stages') args.stages = (argv[++i] ?? '').split(',').filter(Boolean);
    else args.paths.push(a);
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const unknown = args.stages?.filter((n) => !DEFAULT_STAGES.some((s) => s.name === n)) ?? [];
  if (
    !args.paths.length || !(['sqlite', 'none'].includes(args.store) || isPostgresUrl(args.store)) || !(args.repeat >= 1) || !(Number.isInteger(args.workers) && args.workers >= 0) ||
    unknown.length || args.stages?.length === 0
  ) {
    process.stderr.write(`usage: npm run bench -- <folder|file.jsonl>… [--store sqlite|none|postgres://…] [--repeat N] [--workers N] [--stages ${DEFAULT_STAGES.map((s) => s.name).join(',')}]\n`);
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  // a PostgreSQL URL: a fresh schema of that database, dropped at the end
  const pgSchema = isPostgresUrl(args.store) ? `dateline_bench_${process.pid}_${Date.now()}` : null;
  const store: Store | null =
    args.store === 'sqlite' ? await openStore(join(dir, 'bench.db')) : pgSchema ? await PostgresStore.open(args.store, { schema: pgSchema }) : null;
  let peak = process.memoryUsage().rss;
  let articles = 0;
  let bytes = 0;
  let tokens = 0;
  let rejected = 0;
  let storeMs = 0;
  let inputMs = 0;
  let stageMs: Record<string, number> = {};
  // the inputs, timed (walking, reading, decoding happen in this thread, also with workers)
  async function* inputs(): AsyncGenerator<InputResult> {
    for (let rep = 0; rep < args.repeat; rep++) {
      const it = readInputs(args.paths);
      for (;;) {
        const i0 = performance.now();
        const next = await it.next();
        inputMs += performance.now() - i0;
        if (next.done) break;
        const r = next.value;
        // a repeated run must not be absorbed by the store's idempotence: vary the text per repetition
        yield !r.ok || rep === 0 ? r : { ok: true, input: { ...r.input, content: `${r.input.content}\n\n[copy ${rep}]` } };
      }
    }
  }
  const t0 = performance.now();
  try {
    // --stages: only these of the default stages (in the default order), e.g. to time the stages of one area.
    // --workers N: analysed on N threads (the bounded queue of ./pipeline/pool.ts), stored here, as `dateline ingest` does
    stageMs = await analyseAll(inputs(), { workers: args.workers, ...(args.stages ? { stages: args.stages } : {}) }, async (o) => {
      if (o.kind !== 'processed') {
        rejected++;
        return;
      }
      if (store) {
        const s0 = performance.now();
        await store.put(o.doc, o.raw);
        storeMs += performance.now() - s0;
      }
      articles++;
      bytes += o.doc.source.bytes;
      tokens += o.doc.layers.tokens.length;
      if (articles % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    });
  } finally {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
    if (pgSchema) await dropSchema(args.store, pgSchema);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const secs = (performance.now() - t0) / 1000;
  const threads = args.workers >= 1 ? `${args.workers} worker thread(s) and the main thread storing (stage times summed over the workers)` : 'one thread';
  // with workers, stage shares are of the time of all threads together (wall × workers)
  const budgetMs = secs * 1000 * (args.workers >= 1 ? args.workers : 1);
  const timed = { input: inputMs, ...stageMs, ...(store ? { store: storeMs } : {}) };
  const accounted = Object.values(timed).reduce((a, b) => a + b, 0);
  process.stdout.write(`${articles} articles (${(bytes / 1e6).toFixed(2)} MB, ${tokens} body tokens), ${rejected} rejected, ${secs.toFixed(2)} s, ${threads}\n`);
  for (const [name, ms] of Object.entries(timed)) {
    // stages that work token by token (the NER tagger) are also given in tokens per second of their own time
    const perToken = name === 'entities' && ms > 0 ? `  ${Math.round(tokens / (ms / 1000))} tokens/s` : name === 'input' ? '  (walking, reading, decoding)' : '';
    process.stdout.write(`  ${name.padEnd(10)} ${(ms / Math.max(articles, 1)).toFixed(3)} ms/article  ${((ms / budgetMs) * 100).toFixed(1)}%${perToken}\n`);
  }
  if (args.workers === 0) {
    process.stdout.write(`  ${'other'.padEnd(10)} ${((secs * 1000 - accounted) / Math.max(articles, 1)).toFixed(3)} ms/article (HTML extraction, document creation, the bench itself)\n`);
  }
  process.stdout.write(`score: articles_per_s=${(articles / secs).toFixed(1)} mb_per_s=${(bytes / 1e6 / secs).toFixed(3)} peak_rss_mb=${(peak / 1048576).toFixed(0)}\n`);
  return 0;
}

process.exitCode = await main();
