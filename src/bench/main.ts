/**
 * `npm run bench -- <folder|file.jsonl> [--store sqlite|none] [--repeat N]`
 * Runs the pipeline over every input (and, by default, stores into a fresh temporary SQLite database) on
 * one thread, then prints per-stage times and one line:
 *   score: articles_per_s=… mb_per_s=… peak_rss_mb=…
 * Reading and decoding are included in the wall time; the per-stage lines show where it goes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../input/index.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { processInput } from '../pipeline/process.js';
import { openStore, type Store } from '../store/index.js';

function parseArgs(argv: string[]) {
  const args = { paths: [] as string[], store: 'sqlite', repeat: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--store') args.store = argv[++i] ?? 'sqlite';
    else if (a === '--repeat') args.repeat = Number(argv[++i] ?? 1);
    else args.paths.push(a);
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.paths.length || !['sqlite', 'none'].includes(args.store) || !(args.repeat >= 1)) {
    process.stderr.write('usage: npm run bench -- <folder|file.jsonl>… [--store sqlite|none] [--repeat N]\n');
    return 2;
  }
  const pipeline = createPipeline();
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const store: Store | null = args.store === 'sqlite' ? await openStore(join(dir, 'bench.db')) : null;
  let peak = process.memoryUsage().rss;
  let articles = 0;
  let bytes = 0;
  let tokens = 0;
  let rejected = 0;
  let storeMs = 0;
  const t0 = performance.now();
  try {
    for (let rep = 0; rep < args.repeat; rep++) {
      for await (const r of readInputs(args.paths)) {
        if (!r.ok) {
          rejected++;
          continue;
        }
        // a repeated run must not be absorbed by the store's idempotence: vary the text per repetition
        const input = rep === 0 ? r.input : { ...r.input, content: `${r.input.content}\n\n[copy ${rep}]` };
        const p = processInput(input, {}, pipeline);
        if (!p.ok) {
          rejected++;
          continue;
        }
        if (store) {
          const s0 = performance.now();
          await store.put(p.doc, p.raw);
          storeMs += performance.now() - s0;
        }
        articles++;
        bytes += r.input.bytes;
        tokens += p.doc.layers.tokens.length;
        if (articles % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      }
    }
  } finally {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const secs = (performance.now() - t0) / 1000;
  const stageMs = { ...pipeline.timings, ...(store ? { store: storeMs } : {}) };
  const accounted = Object.values(stageMs).reduce((a, b) => a + b, 0);
  process.stdout.write(`${articles} articles (${(bytes / 1e6).toFixed(2)} MB, ${tokens} body tokens), ${rejected} rejected, ${secs.toFixed(2)} s, one thread\n`);
  for (const [name, ms] of Object.entries(stageMs)) {
    // stages that work token by token (the NER tagger) are also given in tokens per second of their own time
    const perToken = name === 'entities' && ms > 0 ? `  ${Math.round(tokens / (ms / 1000))} tokens/s` : '';
    process.stdout.write(`  ${name.padEnd(10)} ${(ms / Math.max(articles, 1)).toFixed(3)} ms/article  ${((ms / (secs * 1000)) * 100).toFixed(1)}%${perToken}\n`);
  }
  process.stdout.write(`  ${'other'.padEnd(10)} ${((secs * 1000 - accounted) / Math.max(articles, 1)).toFixed(3)} ms/article (reading, decoding, HTML extraction)\n`);
  process.stdout.write(`score: articles_per_s=${(articles / secs).toFixed(1)} mb_per_s=${(bytes / 1e6 / secs).toFixed(3)} peak_rss_mb=${(peak / 1048576).toFixed(0)}\n`);
  return 0;
}

process.exitCode = await main();
