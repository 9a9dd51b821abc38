/**
 * Several workers sharing a corpus through the PostgreSQL job queue, as real processes; one is killed
 * (SIGKILL) while it holds a job. Needs the server of src/store/postgres/store.test.ts
 * (postgres://postgres@127.0.0.1:5432/test, or $DATELINE_TEST_PG) and fails when there is none.
 *
 * To kill a worker surely in the middle of a job, the test holds a SHARE lock on the documents table
 * while the workers start: each claims a job, processes it and then waits inside the store's `put`. Once
 * all three hold a job, one is killed and the lock is released. Nothing waits on a clock: every wait is a
 * poll of the jobs table, or of a process exit, under a generous limit.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobInput } from '../src/queue/index.js';
import { processInput } from '../src/pipeline/process.js';
import { openStore } from '../src/store/index.js';
import { redactUrl } from '../src/store/postgres/connect.js';

const ROOT = new URL('..', import.meta.url).pathname;
const MAIN = join(ROOT, 'src/cli/main.ts');
const URL_ = process.env.DATELINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const START = 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start';

const SCHEMA = `dateline_workers_${process.pid}_${Date.now().toString(36)}`;
const DB = (() => {
  const u = new URL(URL_);
  u.searchParams.set('schema', SCHEMA);
  return u.toString();
})();

const admin = new pg.Pool({ connectionString: URL_, max: 3, connectionTimeoutMillis: 5000 });
admin.on('error', () => undefined);
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`).catch(() => undefined);
  await admin.end();
});

const TOWNS = ['Aberdeen', 'Bergen', 'Cádiz', 'Dubrovnik', 'Esbjerg', 'Faro', 'Gdańsk', 'Hull', 'Izmir', 'Juneau', 'Kiel', 'Lisbon'];
const PEOPLE = ['Maria Lopez', 'Jonas Berg', 'Aisha Khan', 'Tomás Ruiz', 'Elena Petrova'];
const TOPICS = [
  ['approved a new ferry terminal', 'will cut waiting times for passengers'],
  ['postponed the harbour dredging', 'needs another environmental review'],
  ['signed a fishing agreement with the regional government', 'protects jobs for the next decade'],
  ['opened a museum of maritime history', 'is free for schoolchildren'],
  ['rejected a plan for a cruise pier', 'would have crowded the old town'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Small distinct news articles, plain text, title first. */
function articleText(i: number): string {
  const town = TOWNS[i % TOWNS.length]!;
  const who = PEOPLE[i % PEOPLE.length]!;
  const [did, why] = TOPICS[i % TOPICS.length]!;
  const date = `${MONTHS[i % 12]} ${(i % 27) + 1}, ${2015 + (i % 9)}`;
  return (
    `${town} council ${did} (report ${i})\n\n` +
    `The council of ${town} ${did} on ${date}, after a debate that lasted ${2 + (i % 5)} hours. ` +
    `Mayor ${who} said the decision ${why}. "We listened to everyone," ${who.split(' ')[0]} told reporters.\n\n` +
    `The vote was ${10 + (i % 7)} to ${i % 6}. A final review is due in ${MONTHS[(i + 3) % 12]}.\n`
  );
}

function dateline(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Worker {
  child: ChildProcess;
  stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startWorker(): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'worker', '--db', DB, '--exit-when-empty', '--lease', '2', '--poll', '0.2'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  const w: Worker = {
    child,
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
  };
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (w.stderr += s));
  return w;
}

/** Polls `check` until it returns a value (not undefined); fails with `what` and the workers' output after `limitMs`. */
async function until<T>(what: string, limitMs: number, workers: Worker[], check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) {
      throw new Error(`gave up waiting for ${what}; workers said:\n${workers.map((w) => w.stderr).join('\n---\n')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface JobRow {
  id: number;
  state: string;
  attempts: number;
  locked_by: string | null;
  doc_id: string | null;
  error: string | null;
  input: string;
}

const jobs = async (): Promise<JobRow[]> =>
  (
    await admin.query<JobRow>(
      `SELECT id::float8 AS id, state, attempts, locked_by, doc_id, error, input FROM ${SCHEMA}.dateline_jobs ORDER BY id`,
    )
  ).rows;

describe('dateline worker: three processes share a queue, one is killed mid-job', () => {
  it('does every job, stores each distinct article exactly once, and redoes the dead worker\'s job', async () => {
    await admin.query('SELECT 1').catch((e: Error) => {
      throw new Error(`this test needs a PostgreSQL server at ${redactUrl(URL_)} (${e.message}); start it with: ${START} (or set DATELINE_TEST_PG)`);
    });

    // 60 articles; a copy of one under another name; a JSONL file with one more article and a copy of another;
    // an HTML page with no article (the pipeline rejects it); an empty file (rejected when read).
    const dir = mkdtempSync(join(tmpdir(), 'dateline-queue-'));
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.txt`), articleText(i));
    writeFileSync(join(dir, 'b-copy-of-a05.txt'), articleText(5));
    writeFileSync(join(dir, 'c-feed.jsonl'), [JSON.stringify({ text: articleText(60) }), JSON.stringify({ text: articleText(10), url: 'https://example.com/10' })].join('\n') + '\n');
    writeFileSync(join(dir, 'd-shell.html'), '<html><head><title>x</title></head><body><script>render()</script></body></html>');
    writeFileSync(join(dir, 'e-empty.txt'), '');

    const wrong = dateline(['worker', '--db', join(dir, 'x.db')]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/E_CONFIG: dateline worker needs PostgreSQL/);

    const enq = dateline(['enqueue', dir, '--db', DB]);
    expect(enq.err).toContain('62 queued, 2 already queued, 1 rejected');
    expect(enq.code).toBe(1);
    expect(dateline(['enqueue', dir, '--db', DB]).err).toContain('0 queued, 64 already queued, 1 rejected');

    // Hold the workers inside their first put, so that the one killed surely holds a job.
    const lock = await admin.connect();
    let locked = true;
    try {
      await lock.query('BEGIN');
      await lock.query(`LOCK TABLE ${SCHEMA}.documents IN SHARE MODE`);
      const workers = [startWorker(), startWorker(), startWorker()];
      const holderOf = (w: Worker) => (r: JobRow) => r.state === 'running' && r.locked_by?.includes(`:${w.child.pid}:`);
      await until('each worker to hold a job', 60_000, workers, async () => {
        const rows = await jobs();
        return workers.every((w) => rows.some(holderOf(w))) ? true : undefined;
      });
      const victim = workers[1]!;
      const held = (await jobs()).filter(holderOf(victim));
      expect(held.length).toBeGreaterThan(0);
      victim.child.kill('SIGKILL');
      expect(await victim.exited).toEqual({ code: null, signal: 'SIGKILL' });
      await lock.query('COMMIT');
      locked = false;

      const survivors = [workers[0]!, workers[2]!];
      const exits = await until('the other workers to empty the queue and exit', 60_000, workers, async () => {
        const done = survivors.map((w) => (w.child.exitCode === null && w.child.signalCode === null ? undefined : w.child.exitCode));
        return done.every((c) => c !== undefined) ? done : undefined;
      });
      expect(exits, survivors.map((w) => w.stderr).join('\n---\n')).toEqual([0, 0]);

      const rows = await jobs();
      expect(rows).toHaveLength(62);
      expect(rows.filter((r) => r.state === 'failed').map((r) => JSON.parse(r.input).input.name)).toEqual([join(dir, 'd-shell.html')]);
      expect(rows.find((r) => r.state === 'failed')!.error).toMatch(/\[malformed-html\]/);
      const done = rows.filter((r) => r.state === 'done');
      expect(done).toHaveLength(61);
      // the dead worker's job was claimed again and finished by a survivor
      for (const h of held) {
        const after = rows.find((r) => r.id === h.id)!;
        expect(after.state).toBe('done');
        expect(after.attempts).toBe(2);
        expect(after.locked_by).not.toContain(`:${victim.child.pid}:`);
      }
      expect(survivors.map((w) => w.stderr).join('')).toMatch(/attempt 2: processing/);

      // exactly one document per distinct input, each what a fresh run of the pipeline makes of it
      const store = await openStore(DB);
      try {
        expect(await store.count()).toBe(61);
        expect(new Set(done.map((r) => r.doc_id)).size).toBe(61);
        for (const r of done) {
          const job = JSON.parse(r.input) as JobInput;
          const fresh = processInput(job.input, job.options ?? {});
          if (!fresh.ok) throw new Error(`${job.input.name} was not processed afresh`);
          const stored = await store.get(r.doc_id!);
          expect(stored?.id).toBe(fresh.doc.id);
          expect(stored?.source.name).toBe(job.input.name);
          const lengths = (d: typeof fresh.doc) => Object.fromEntries(Object.entries(d.layers).map(([k, v]) => [k, v.length]));
          expect(lengths(stored!)).toEqual(lengths(fresh.doc));
        }
      } finally {
        await store.close();
      }

      const status = dateline(['enqueue', '--status', '--db', DB]);
      expect(status.code).toBe(0);
      expect(status.out).toMatch(/done\s+61/);
      expect(status.out).toMatch(/failed\s+1/);
      expect(status.out).toMatch(/d-shell\.html .*malformed-html/);
    } finally {
      if (locked) await lock.query('ROLLBACK').catch(() => undefined);
      lock.release();
    }
  }, 120_000);
});
