/**
 * The job queue against a real server: postgres://postgres@127.0.0.1:5432/test (trust auth), or
 * $DATELINE_TEST_PG. Fails, saying how to start the server, when none answers. Every test uses its own
 * schema, dropped at the end. Leases are made to run out by moving `locked_until` into the past, never by
 * waiting.
 */
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { isDatelineError } from '../core/errors.js';
import type { RawInput } from '../input/index.js';
import { processInput } from '../pipeline/process.js';
import { openStore } from '../store/open.js';
import { redactUrl } from '../store/postgres/connect.js';
import type { Store } from '../store/store.js';
import { JobQueue, inputHash, requirePostgres, type Job } from './queue.js';
import { runJob, runWorker } from './worker.js';

const URL_ = process.env.DATELINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const START = 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start';

const admin = new pg.Pool({ connectionString: URL_, max: 2, connectionTimeoutMillis: 5000 });
admin.on('error', () => undefined);
const schemas: string[] = [];
const opened: { close(): Promise<void> }[] = [];
let n = 0;

const unreachable: Promise<Error | null> = admin.query('SELECT 1').then(
  () => null,
  (e: Error) =>
    new Error(
      `the job queue tests need a PostgreSQL server at ${redactUrl(URL_)} (${e.message}); start it with: ${START}` +
        ' (or point DATELINE_TEST_PG at another server)',
    ),
);
// Without a server every test here fails (none is skipped), each with the message above.
beforeEach(async () => {
  const e = await unreachable;
  if (e) throw e;
});

afterAll(async () => {
  for (const o of opened) await o.close().catch(() => undefined);
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => undefined);
  await admin.end();
});

/** A new schema's URL. */
function newUrl(): { url: string; schema: string } {
  const schema = `dateline_qtest_${process.pid}_${Date.now().toString(36)}_${++n}`;
  schemas.push(schema);
  const u = new URL(URL_);
  u.searchParams.set('schema', schema);
  return { url: u.toString(), schema };
}

async function openQueue(url: string): Promise<JobQueue> {
  const q = await JobQueue.open(url);
  opened.push(q);
  return q;
}

async function openStoreAt(url: string): Promise<Store> {
  const s = await openStore(url);
  opened.push(s);
  return s;
}

const article = (i: number, extra = ''): RawInput => {
  const content =
    `Harbour report ${i}\n\nThe harbour board of Port ${i} met on Tuesday, March ${(i % 27) + 1}, 2021, and approved ` +
    `a new quay. Chair Maria Lopez said the work would start in May.${extra}\n`;
  return { name: `article-${i}.txt`, mediaType: 'text/plain', encoding: 'utf-8', bytes: Buffer.byteLength(content), content, hints: {} };
};

/** Makes the leases of `ids` run out now (as if their worker had died long ago). */
async function expire(schema: string, ids: number[]): Promise<void> {
  await admin.query(`UPDATE ${schema}.dateline_jobs SET locked_until = clock_timestamp() - interval '1 second' WHERE id = ANY($1::bigint[])`, [ids]);
}

async function jobRows(schema: string) {
  const r = await admin.query<{ id: number; state: string; attempts: number; locked_by: string | null; doc_id: string | null; error: string | null }>(
    `SELECT id::float8 AS id, state, attempts, locked_by, doc_id, error FROM ${schema}.dateline_jobs ORDER BY id`,
  );
  return r.rows;
}

describe('job queue: enqueue', () => {
  it('adds each distinct input once, however often it is enqueued, and keeps the input exactly', async () => {
    const { url } = newUrl();
    const q = await openQueue(url);
    const odd: RawInput = { ...article(9), name: 'odd\u0000name.txt', content: 'A NUL \u0000 and a lone \uD800 surrogate.\n', hints: { url: 'https://example.com/x' } };
    expect(await q.enqueue([{ input: article(1) }, { input: article(2) }, { input: article(1) }, { input: odd }])).toEqual({ queued: 3, existing: 1 });
    // the same content under another name, or with other options, is the same article
    expect(await q.enqueue([{ input: { ...article(2), name: 'copy.txt' }, options: { published: '2021-01-01' } }, { input: article(3) }])).toEqual({
      queued: 1,
      existing: 1,
    });
    expect(await q.counts()).toEqual({ queued: 4, running: 0, done: 0, failed: 0, expired: 0 });
    const jobs = await q.claim('w', 10, 60);
    expect(jobs.map((j) => j.input)).toEqual([article(1), article(2), odd, article(3)]);
    expect(jobs.every((j) => j.attempts === 1)).toBe(true);
    // a finished job's input is still known: enqueueing it again adds nothing
    expect(await q.complete('w', jobs[0]!.id, 'x')).toBe(true);
    expect(await q.enqueue([{ input: article(1) }])).toEqual({ queued: 0, existing: 1 });
    expect(inputHash(article(1))).not.toBe(inputHash({ ...article(1), mediaType: 'text/html' }));
    expect(inputHash({ mediaType: 'text/plain', content: '\uD800' })).not.toBe(inputHash({ mediaType: 'text/plain', content: '\uDC00' }));
  });

  it('refuses a store location that is not a PostgreSQL URL, with E_CONFIG', () => {
    expect(requirePostgres(' postgres://u@h/db ', 'worker')).toBe('postgres://u@h/db');
    let err: unknown;
    try {
      requirePostgres('dateline.db', 'worker');
    } catch (e) {
      err = e;
    }
    expect(isDatelineError(err) && err.code === 'E_CONFIG').toBe(true);
    expect((err as Error).message).toMatch(/needs PostgreSQL/);
  });
});

describe('job queue: claiming', () => {
  it('never gives one job to two concurrent claimers', async () => {
    const { url } = newUrl();
    const queues = await Promise.all([0, 1, 2, 3].map(() => openQueue(url)));
    await queues[0]!.enqueue(Array.from({ length: 60 }, (_, i) => ({ input: article(i) })));
    const got = new Map<string, number[]>();
    await Promise.all(
      queues.map(async (q, w) => {
        const mine: number[] = [];
        for (;;) {
          const jobs = await q.claim(`w${w}`, 3, 60);
          if (jobs.length === 0) break;
          mine.push(...jobs.map((j) => j.id));
        }
        got.set(`w${w}`, mine);
      }),
    );
    const all = [...got.values()].flat();
    expect(all).toHaveLength(60);
    expect(new Set(all).size).toBe(60);
    expect(await queues[0]!.counts()).toMatchObject({ queued: 0, running: 60, expired: 0 });
  });

  it('gives a job whose lease ran out to the next claimer, and only the new holder can finish it', async () => {
    const { url, schema } = newUrl();
    const q = await openQueue(url);
    await q.enqueue([{ input: article(1) }]);
    const [job] = await q.claim('dead', 1, 60);
    expect(await q.claim('alive', 1, 60)).toEqual([]); // the lease holds
    await expire(schema, [job!.id]);
    expect(await q.counts()).toMatchObject({ running: 1, expired: 1 });
    const [again] = await q.claim('alive', 1, 60);
    expect(again).toMatchObject({ id: job!.id, attempts: 2, input: article(1) });
    expect(await q.renew('dead', [job!.id], 60)).toEqual([]);
    expect(await q.complete('dead', job!.id, 'x')).toBe(false);
    expect(await q.fail('dead', job!.id, 'x')).toBe(false);
    expect(await q.renew('alive', [job!.id], 60)).toEqual([job!.id]);
    expect(await q.complete('alive', job!.id, 'doc')).toBe(true);
    expect((await jobRows(schema))[0]).toMatchObject({ state: 'done', locked_by: 'alive', doc_id: 'doc', attempts: 2 });
  });

  it('fails a job abandoned on its last attempt instead of retrying it forever', async () => {
    const { url, schema } = newUrl();
    const q = await openQueue(url);
    await q.enqueue([{ input: article(1) }, { input: article(2) }]);
    for (let attempt = 1; attempt <= 3; attempt++) {
      const jobs = await q.claim(`w${attempt}`, 1, 60, 3);
      expect(jobs.map((j) => [j.id, j.attempts])).toEqual([[1, attempt]]);
      await expire(schema, [1]);
    }
    const next = await q.claim('w4', 1, 60, 3);
    expect(next.map((j) => j.id)).toEqual([2]);
    expect((await jobRows(schema))[0]).toMatchObject({ state: 'failed', attempts: 3 });
    expect((await q.failures())[0]!.error).toMatch(/abandoned after 3 attempts/);
    // its last holder, if it was only slow, may still complete it
    expect(await q.complete('w3', 1, 'doc')).toBe(true);
  });

  it('gives back unstarted jobs without counting an attempt; --retry-failed requeues failed ones', async () => {
    const { url, schema } = newUrl();
    const q = await openQueue(url);
    await q.enqueue([{ input: article(1) }, { input: article(2) }]);
    const jobs = await q.claim('w', 2, 60);
    expect(await q.release('other', jobs.map((j) => j.id))).toBe(0);
    expect(await q.release('w', jobs.map((j) => j.id))).toBe(2);
    expect((await jobRows(schema)).map((r) => [r.state, r.attempts, r.locked_by])).toEqual([
      ['queued', 0, null],
      ['queued', 0, null],
    ]);
    const [j] = await q.claim('w', 1, 60);
    expect(await q.fail('w', j!.id, 'bad', { retry: true })).toBe(true);
    expect((await jobRows(schema))[0]).toMatchObject({ state: 'queued', attempts: 1, error: 'bad' });
    const [k] = await q.claim('w', 1, 60);
    expect(k!.id).toBe(j!.id);
    expect(await q.fail('w', k!.id, 'worse')).toBe(true);
    expect(await q.counts()).toMatchObject({ queued: 1, failed: 1 });
    expect(await q.requeueFailed()).toBe(1);
    expect(await q.counts()).toMatchObject({ queued: 2, failed: 0 });
  });
});

describe('job queue: workers', () => {
  it('processes every job once; a rejected input is failed with its reason, not retried', async () => {
    const { url, schema } = newUrl();
    const [q, store] = [await openQueue(url), await openStoreAt(url)];
    const shell: RawInput = { name: 'shell.html', mediaType: 'text/html', encoding: 'utf-8', bytes: 40, content: '<html><body><script>x()</script></body></html>', hints: {} };
    await q.enqueue([...[1, 2, 3].map((i) => ({ input: article(i) })), { input: shell }]);
    const lines: string[] = [];
    const stats = await runWorker(q, store, { id: 'w1', exitWhenEmpty: true, leaseSeconds: 30, log: (l) => lines.push(l) });
    expect(stats).toMatchObject({ done: 3, stored: 3, existing: 0, failed: 1, retried: 0, lost: 0 });
    const rows = await jobRows(schema);
    expect(rows.map((r) => r.state)).toEqual(['done', 'done', 'done', 'failed']);
    expect(rows[3]).toMatchObject({ attempts: 1, error: expect.stringMatching(/\[malformed-html\]$/) });
    expect(await store.count()).toBe(3);
    for (const [i, r] of rows.slice(0, 3).entries()) {
      const fresh = processInput(article(i + 1));
      expect(fresh.ok && r.doc_id === fresh.doc.id).toBe(true);
      expect(await store.get(r.doc_id!)).toEqual(fresh.ok && fresh.doc);
    }
    expect(lines.some((l) => /job 4 failed: .*malformed-html/.test(l))).toBe(true);
  });

  it('a worker that died after storing but before marking done: the job is redone, still one document', async () => {
    const { url, schema } = newUrl();
    const [q, store] = [await openQueue(url), await openStoreAt(url)];
    await q.enqueue([{ input: article(7) }]);
    // the dead worker: claimed, processed and stored — then nothing
    const [job] = (await q.claim('dead', 1, 60)) as [Job];
    const p = processInput(job.input);
    if (!p.ok) throw new Error('not processed');
    expect((await store.put(p.doc)).created).toBe(true);
    await expire(schema, [job.id]);
    const stats = await runWorker(q, store, { id: 'alive', exitWhenEmpty: true });
    expect(stats).toMatchObject({ done: 1, stored: 0, existing: 1 });
    expect(await store.count()).toBe(1);
    expect((await jobRows(schema))[0]).toMatchObject({ state: 'done', locked_by: 'alive', attempts: 2, doc_id: p.doc.id });
  });

  it('a worker that lost its lease while processing stores nothing twice and leaves the job to the new holder', async () => {
    const { url, schema } = newUrl();
    const [q, store] = [await openQueue(url), await openStoreAt(url)];
    await q.enqueue([{ input: article(8) }]);
    const [slow] = (await q.claim('slow', 1, 60)) as [Job];
    await expire(schema, [slow.id]);
    const [fast] = (await q.claim('fast', 1, 60)) as [Job];
    expect(await runJob(q, store, 'fast', fast)).toMatchObject({ outcome: 'stored' });
    expect(await runJob(q, store, 'slow', slow)).toMatchObject({ outcome: 'lost' });
    expect(await store.count()).toBe(1);
    expect((await jobRows(schema))[0]).toMatchObject({ state: 'done', locked_by: 'fast' });
  });

  it('stops when aborted, giving back the jobs it claimed but did not start', async () => {
    const { url, schema } = newUrl();
    const [q, store] = [await openQueue(url), await openStoreAt(url)];
    await q.enqueue([1, 2, 3, 4].map((i) => ({ input: article(i) })));
    const stop = new AbortController();
    const stats = await runWorker(q, store, {
      id: 'w',
      batch: 4,
      signal: stop.signal,
      log: (l) => {
        if (/job 1 done/.test(l)) stop.abort();
      },
    });
    expect(stats).toMatchObject({ done: 1, released: 3 });
    expect((await jobRows(schema)).map((r) => [r.state, r.attempts])).toEqual([
      ['done', 1],
      ['queued', 0],
      ['queued', 0],
      ['queued', 0],
    ]);
  });
});
