/**
 * Load sanity check for `dateline serve` (not a test): starts the server as a child process on a store,
 * warms it up (one request per path: the first cross-article query loads the corpus cache), then fires
 * --requests GET requests with at most --concurrency in flight (node:http with a keep-alive agent, at most --concurrency sockets), and prints requests/s, p50, p99 and errors, overall and per path.
 *
 *   npx tsx scripts/load-api.ts                       # a temporary store holding examples/
 *   npx tsx scripts/load-api.ts --db /tmp/bbc.db --requests 20000 --concurrency 500
 *   … --identity                                    # without Accept-Encoding: gzip (browsers send it)
 *
 * The server and this client share the machine: on a small machine the figures are a floor.
 */
import { execFileSync, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    requests: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '500' },
    paths: { type: 'string' },
    identity: { type: 'boolean', default: false },
  },
});
const total = Number(values.requests);
const concurrency = Number(values.concurrency);
/** Ask for gzip as browsers and HTTP libraries do (--identity: plain bodies); the bodies are counted, not decompressed. */
const gzip = !values.identity;

const tmp = values.db ? undefined : mkdtempSync(join(tmpdir(), 'dateline-load-'));
const db = values.db ?? join(tmp!, 'load.db');

const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    out += d;
    const m = /at (http:\/\/\S+?)\/ /.exec(out);
    if (m) resolve(m[1]!);
  });
  child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

async function main() {
  if (!values.db) {
    const form = new FormData();
    for (const f of readdirSync('examples').filter((f) => f.endsWith('.txt'))) form.append('file', new Blob([readFileSync(join('examples', f))]), f);
    const r = await fetch(`${base}/api/ingest`, { method: 'POST', body: form });
    process.stderr.write(`ingested examples/: ${r.status} ${JSON.stringify(((await r.json()) as { created: number }).created)} created\n`);
  }
  const list = (await (await fetch(`${base}/api/articles?limit=20`)).json()) as { total: number; items: { id: string }[] };
  const entities = (await (await fetch(`${base}/api/entities?limit=5`)).json()) as { items: { key: string; canonical: string }[] };
  const ids = list.items.map((i) => i.id);
  const key = entities.items[0]?.key ?? 'PER:nobody';
  const paths = values.paths
    ? values.paths.split(',')
    : [
        '/api/articles',
        '/api/articles?q=government',
        ...ids.slice(0, 5).map((id) => `/api/articles/${id}`),
        '/api/entities?limit=50',
        `/api/entities/${encodeURIComponent(key)}`,
        '/api/events?limit=50',
        '/api/quotes?limit=50',
        `/api/timeline?entity=${encodeURIComponent(entities.items[0]?.canonical ?? 'x')}`,
      ];
  process.stderr.write(`server ${base}, store ${db} (${list.total} articles); paths: ${paths.length}\n`);

  const t0 = performance.now();
  for (const p of new Set(paths)) await (await fetch(base + p)).arrayBuffer();
  process.stderr.write(`warm-up (one request per path, loads the corpus cache): ${(performance.now() - t0).toFixed(0)} ms\n`);

  /** CPU seconds the server process has used so far (from /proc, Linux). */
  const serverCpu = () => {
    try {
      const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
    } catch {
      return NaN;
    }
  };
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  /** GET with node:http and a keep-alive agent (cheaper per request than fetch). */
  const get = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(base + path, { agent, headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  const latencies: number[] = [];
  const perPath = new Map<string, number[]>();
  let errors = 0;
  const statuses = new Map<number | string, number>();
  let next = 0;
  const start = performance.now();
  const cpu0 = serverCpu();
  const client0 = process.cpuUsage();
  async function worker() {
    while (next < total) {
      const path = paths[next++ % paths.length]!;
      const t = performance.now();
      try {
        const status = await get(path);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status !== 200) errors++;
      } catch (e) {
        errors++;
        const code = String((e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message);
        statuses.set(code, (statuses.get(code) ?? 0) + 1);
      }
      const ms = performance.now() - t;
      latencies.push(ms);
      let a = perPath.get(path);
      if (!a) perPath.set(path, (a = []));
      a.push(ms);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const wall = (performance.now() - start) / 1000;
  const cpu = serverCpu() - cpu0;
  const client = process.cpuUsage(client0);
  agent.destroy();
  const q = (a: number[], p: number) => {
    const s = [...a].sort((x, y) => x - y);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
  };
  process.stdout.write(`\n${'path'.padEnd(70)} ${'n'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}\n`);
  for (const [p, a] of perPath) process.stdout.write(`${p.slice(0, 70).padEnd(70)} ${String(a.length).padStart(6)} ${q(a, 50).toFixed(1).padStart(8)} ${q(a, 99).toFixed(1).padStart(8)}\n`);
  process.stdout.write(`statuses: ${JSON.stringify(Object.fromEntries(statuses))}\n`);
  process.stdout.write(
    `wall ${wall.toFixed(2)} s; server CPU ${cpu.toFixed(2)} s (${((cpu / latencies.length) * 1e3).toFixed(3)} ms per request); client CPU ${((client.user + client.system) / 1e6).toFixed(2)} s; ${execFileSync('nproc').toString().trim()} cores\n`,
  );
  process.stdout.write(
    `score: requests=${latencies.length} concurrency=${concurrency} requests_per_s=${(latencies.length / wall).toFixed(0)} p50_ms=${q(latencies, 50).toFixed(1)} p99_ms=${q(latencies, 99).toFixed(1)} errors=${errors}\n`,
  );
}

try {
  await main();
} finally {
  child.kill('SIGINT');
  await new Promise((r) => child.once('exit', r));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
