/**
 * `npm run bench -- <folder|file.jsonl> [--store sqlite|none] [--repeat N] [--stages clean,segment,…]`
 * Runs the pipeline over every input (and, by default, stores into a fresh temporary SQLite database) on
 * one thread, then prints per-stage times and one line:
 *   score: articles_per_s=… mb_per_s=… peak_rss_mb=…
 * Reading and decoding are included in the wall time (the `input` line); the per-stage lines show where
 * it goes. To see inside a stage, profile the same run:
 *   node --import tsx --cpu-prof src/bench/main.ts <folder> --store none   (then open the .cpuprofile)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../input/index.js';
import { createPipeline, DEFAULT_STAGES } from '../pipeline/pipeline.js';
import { processInput } from '../pipeline/process.js';
import { openStore, type Store } from '../store/index.js';

function parseArgs(argv: string[]) {
  const args = { paths: [] as string[], store: 'sqlite', repeat: 1, stages: undefined as string[] | undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--store') args.store = argv[++i] ?? 'sqlite';
    else if (a === '--repeat') args.repeat = Number(argv[++i] ?? 1);
    else if (a === '--stages') args.stages = (argv[++i] ?? '').split(',').filter(Boolean);
    else args.paths.push(a);
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const unknown = args.stages?.filter((n) => !DEFAULT_STAGES.some((s) => s.name === n)) ?? [];
  if (!args.paths.length || !['sqlite', 'none'].includes(args.store) || !(args.repeat >= 1) || unknown.length || args.stages?.length === 0) {
    process.stderr.write(`usage: npm run bench -- <folder|file.jsonl>… [--store sqlite|none] [--repeat N] [--stages ${DEFAULT_STAGES.map((s) => s.name).join(',')}]\n`);
    return 2;
  }
  // --stages: only these of the default stages (in the default order), e.g. to time the stages of one area
  const pipeline = createPipeline(args.stages ? DEFAULT_STAGES.filter((s) => args.stages!.includes(s.name)) : undefined);
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const store: Store | null = args.store === 'sqlite' ? await openStore(join(dir, 'bench.db')) : null;
  let peak = process.memoryUsage().rss;
  let articles = 0;
  let bytes = 0;
  let tokens = 0;
  let rejected = 0;
  let storeMs = 0;
  let inputMs = 0;
  const t0 = performance.now();
  try {
    for (let rep = 0; rep < args.repeat; rep++) {
      const inputs = readInputs(args.paths);
      for (;;) {
        const i0 = performance.now();
        const next = await inputs.next();
        inputMs += performance.now() - i0;
        if (next.done) break;
        const r = next.value;
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
  const stageMs = { input: inputMs, ...pipeline.timings, ...(store ? { store: storeMs } : {}) };
  const accounted = Object.values(stageMs).reduce((a, b) => a + b, 0);
  process.stdout.write(`${articles} articles (${(bytes / 1e6).toFixed(2)} MB, ${tokens} body tokens), ${rejected} rejected, ${secs.toFixed(2)} s, one thread\n`);
  for (const [name, ms] of Object.entries(stageMs)) {
    // stages that work token by token (the NER tagger) are also given in tokens per second of their own time
    const perToken = name === 'entities' && ms > 0 ? `  ${Math.round(tokens / (ms / 1000))} tokens/s` : name === 'input' ? '  (walking, reading, decoding)' : '';
    process.stdout.write(`  ${name.padEnd(10)} ${(ms / Math.max(articles, 1)).toFixed(3)} ms/article  ${((ms / (secs * 1000)) * 100).toFixed(1)}%${perToken}\n`);
  }
  process.stdout.write(`  ${'other'.padEnd(10)} ${((secs * 1000 - accounted) / Math.max(articles, 1)).toFixed(3)} ms/article (HTML extraction, document creation, the bench itself)\n`);
  process.stdout.write(`score: articles_per_s=${(articles / secs).toFixed(1)} mb_per_s=${(bytes / 1e6 / secs).toFixed(3)} peak_rss_mb=${(peak / 1048576).toFixed(0)}\n`);
  return 0;
}

process.exitCode = await main();
