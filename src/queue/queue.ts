/**
 * A job queue in PostgreSQL, shared by `dateline worker` processes on any number of machines (no shared
 * disk: a job holds its decoded input). Table `dateline_jobs`, created by the PostgreSQL store's migration 2
 * (../store/postgres/migrations.ts), so the queue lives beside the store it feeds, in the same schema and
 * under the same version check.
 *
 * A job is `queued` → `running` (claimed by one worker, with a lease) → `done` or `failed`.
 *  - Claiming uses `FOR UPDATE SKIP LOCKED`: concurrent claimers never get the same job.
 *  - A lease (`locked_until`, on the server's clock) is renewed while the worker lives; a worker that dies
 *    leaves its job `running` with a lease that runs out, and the next claim takes it again.
 *  - Every claim counts an attempt; a job whose lease ran out `maxAttempts` times is `failed`
 *    ("abandoned") instead of being retried forever.
 *  - `complete` and `fail` apply only while the caller still holds the job (`locked_by`), so a worker that
 *    lost its lease cannot overwrite what the new holder does.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { DatelineError, isDatelineError } from '../core/errors.js';
import type { RawInput } from '../input/index.js';
import type { ProcessOptions } from '../pipeline/process.js';
import { isPostgresUrl, redactUrl, type PostgresTarget } from '../store/postgres/connect.js';
import { openMigratedPool } from '../store/postgres/migrations.js';
import { pgText } from '../store/postgres/rows.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed';
export const JOB_STATES: readonly JobState[] = ['queued', 'running', 'done', 'failed'];

/** What a worker needs to process one input, wherever it runs. */
export interface JobInput {
  input: RawInput;
  options?: ProcessOptions;
}

export interface Job extends JobInput {
  id: number;
  /** Claims so far, this one included. */
  attempts: number;
}

export interface EnqueueResult {
  /** New jobs. */
  queued: number;
  /** Inputs whose content was already in the queue (in any state): nothing was added for them. */
  existing: number;
}

export interface QueueCounts extends Record<JobState, number> {
  /** Of `running`: jobs whose lease has run out (their worker died or stalled); the next claim takes them. */
  expired: number;
}

export interface FailedJob {
  id: number;
  source: string;
  attempts: number;
  error: string | null;
}

export interface JobQueueOptions {
  /** A schema to use; overrides the URL's `?schema=`. */
  schema?: string;
}

/** `db` when it is a PostgreSQL URL; else E_CONFIG: the queue is shared through a server, not a file. */
export function requirePostgres(db: string, command: string): string {
  if (isPostgresUrl(db)) return db.trim();
  throw new DatelineError(
    'E_CONFIG',
    `dateline ${command} needs PostgreSQL: the job queue is shared by workers through a PostgreSQL server, and "${redactUrl(db)}" ` +
      'is not a postgres:// URL; pass --db postgres://user@host:5432/database (or set DATELINE_DB)',
    { db: redactUrl(db) },
  );
}

/** The queue's key for an input: the same article (media type and decoded content) is one job. */
export function inputHash(input: Pick<RawInput, 'mediaType' | 'content'>): string {
  // JSON keeps lone surrogates apart (plain UTF-8 would turn them all into U+FFFD)
  return createHash('sha256').update(JSON.stringify([input.mediaType, input.content]), 'utf8').digest('hex');
}

const LEASE = `locked_until = clock_timestamp() + make_interval(secs => $LEASE)`;

const SQL = {
  enqueue: `INSERT INTO dateline_jobs (input_hash, source, input)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (input_hash) DO NOTHING RETURNING id`,
  // Jobs whose lease ran out on their last allowed attempt: failed, not retried.
  abandon: `UPDATE dateline_jobs SET state = 'failed', finished_at = now(),
      error = format('abandoned after %s attempts: each time the worker died or its lease ran out before it finished', attempts)
    WHERE id IN (SELECT id FROM dateline_jobs
      WHERE state = 'running' AND locked_until < clock_timestamp() AND attempts >= $1
      FOR UPDATE SKIP LOCKED)`,
  claim: `UPDATE dateline_jobs SET state = 'running', locked_by = $1, attempts = attempts + 1,
      ${LEASE.replace('$LEASE', '$3')}, started_at = now()
    WHERE id IN (SELECT id FROM dateline_jobs
      WHERE state = 'queued' OR (state = 'running' AND locked_until < clock_timestamp() AND attempts < $4)
      ORDER BY id FOR UPDATE SKIP LOCKED LIMIT $2)
    RETURNING id::float8 AS id, attempts, input`,
  renew: `UPDATE dateline_jobs SET ${LEASE.replace('$LEASE', '$3')}
    WHERE id = ANY($2::bigint[]) AND locked_by = $1 AND state = 'running' RETURNING id::float8 AS id`,
  // A job failed on its last attempt (a lease that ran out) may still be completed by its holder.
  complete: `UPDATE dateline_jobs SET state = 'done', doc_id = $3, error = NULL, locked_until = NULL, finished_at = now()
    WHERE id = $1 AND locked_by = $2 AND state IN ('running', 'failed')`,
  fail: `UPDATE dateline_jobs SET state = 'failed', error = $3, locked_until = NULL, finished_at = now()
    WHERE id = $1 AND locked_by = $2 AND state = 'running'`,
  retry: `UPDATE dateline_jobs SET state = 'queued', error = $3, locked_by = NULL, locked_until = NULL
    WHERE id = $1 AND locked_by = $2 AND state = 'running'`,
  // Jobs claimed but not started: back to the queue, the attempt not counted.
  release: `UPDATE dateline_jobs SET state = 'queued', locked_by = NULL, locked_until = NULL, attempts = greatest(attempts - 1, 0)
    WHERE id = ANY($2::bigint[]) AND locked_by = $1 AND state = 'running'`,
  counts: `SELECT state, count(*)::float8 AS n,
      count(*) FILTER (WHERE state = 'running' AND locked_until < clock_timestamp())::float8 AS expired
    FROM dateline_jobs GROUP BY state`,
  open: `SELECT count(*)::float8 AS n FROM dateline_jobs WHERE state IN ('queued', 'running')`,
  failures: `SELECT id::float8 AS id, source, attempts, error FROM dateline_jobs WHERE state = 'failed' ORDER BY id LIMIT $1`,
  requeueFailed: `UPDATE dateline_jobs SET state = 'queued', attempts = 0, locked_by = NULL, locked_until = NULL, finished_at = NULL
    WHERE state = 'failed'`,
};

/** Largest batch of inputs sent in one INSERT, in characters of JSON. */
const ENQUEUE_BATCH_CHARS = 8_000_000;
const ENQUEUE_BATCH_JOBS = 500;

export class JobQueue {
  /** The URL without its password. */
  readonly location: string;
  readonly schema: string | null;
  private readonly pool: pg.Pool;
  private closed = false;

  private constructor(target: PostgresTarget, pool: pg.Pool) {
    this.location = target.where;
    this.schema = target.schema;
    this.pool = pool;
  }

  /** Connects and creates or upgrades the tables (the store's and the queue's). E_STORE when it cannot. */
  static async open(url: string, options: JobQueueOptions = {}): Promise<JobQueue> {
    const { target, pool } = await openMigratedPool(url, options.schema, 2);
    return new JobQueue(target, pool);
  }

  /**
   * Adds jobs for `items`, skipping any whose input (media type and content) is already in the queue, in
   * whatever state. Each batch is one statement: a batch is added whole or not at all.
   */
  async enqueue(items: Iterable<JobInput>): Promise<EnqueueResult> {
    this.assertOpen();
    const out: EnqueueResult = { queued: 0, existing: 0 };
    let hashes: string[] = [];
    let sources: string[] = [];
    let inputs: string[] = [];
    let chars = 0;
    const flush = async () => {
      if (hashes.length === 0) return;
      const r = await this.guard('enqueue inputs', () => this.pool.query(SQL.enqueue, [hashes, sources, inputs]));
      out.queued += r.rowCount ?? 0;
      out.existing += hashes.length - (r.rowCount ?? 0);
      hashes = [];
      sources = [];
      inputs = [];
      chars = 0;
    };
    for (const item of items) {
      const json = JSON.stringify(item.options && Object.keys(item.options).length > 0 ? item : { input: item.input });
      if (hashes.length > 0 && (chars + json.length > ENQUEUE_BATCH_CHARS || hashes.length >= ENQUEUE_BATCH_JOBS)) await flush();
      hashes.push(inputHash(item.input));
      sources.push(pgText(item.input.name));
      inputs.push(json);
      chars += json.length;
    }
    await flush();
    return out;
  }

  /**
   * Claims up to `n` jobs for `worker` with a lease of `leaseSeconds`: queued jobs, and running jobs whose
   * lease ran out (their worker died), oldest first. Jobs other claimers are claiming at the same moment
   * are skipped, never shared. First fails the jobs abandoned `maxAttempts` times.
   */
  async claim(worker: string, n: number, leaseSeconds: number, maxAttempts = 3): Promise<Job[]> {
    this.assertOpen();
    return this.guard('claim jobs', async () => {
      await this.pool.query(SQL.abandon, [maxAttempts]);
      const r = await this.pool.query<{ id: number; attempts: number; input: string }>(SQL.claim, [worker, n, leaseSeconds, maxAttempts]);
      return r.rows
        .sort((a, b) => a.id - b.id)
        .map((row) => ({ id: row.id, attempts: row.attempts, ...(JSON.parse(row.input) as JobInput) }));
    });
  }

  /** Extends the lease on the jobs `worker` still holds among `ids`; returns those ids. */
  async renew(worker: string, ids: number[], leaseSeconds: number): Promise<number[]> {
    this.assertOpen();
    if (ids.length === 0) return [];
    return this.guard('renew leases', async () => {
      const r = await this.pool.query<{ id: number }>(SQL.renew, [worker, ids, leaseSeconds]);
      return r.rows.map((x) => x.id);
    });
  }

  /** Marks the job done with the id of the stored document. False when `worker` no longer holds it. */
  async complete(worker: string, id: number, docId: string): Promise<boolean> {
    this.assertOpen();
    return this.guard('mark a job done', async () => (await this.pool.query(SQL.complete, [id, worker, docId])).rowCount === 1);
  }

  /**
   * Records a failed attempt: `retry` puts the job back in the queue (the error kept), else it is failed for
   * good. False when `worker` no longer holds it.
   */
  async fail(worker: string, id: number, error: string, options: { retry?: boolean } = {}): Promise<boolean> {
    this.assertOpen();
    const sql = options.retry ? SQL.retry : SQL.fail;
    return this.guard('record a failed job', async () => (await this.pool.query(sql, [id, worker, pgText(error)])).rowCount === 1);
  }

  /** Gives back jobs claimed but not started (their attempt is not counted). Returns how many. */
  async release(worker: string, ids: number[]): Promise<number> {
    this.assertOpen();
    if (ids.length === 0) return 0;
    return this.guard('release jobs', async () => (await this.pool.query(SQL.release, [worker, ids])).rowCount ?? 0);
  }

  async counts(): Promise<QueueCounts> {
    this.assertOpen();
    return this.guard('count jobs', async () => {
      const out: QueueCounts = { queued: 0, running: 0, done: 0, failed: 0, expired: 0 };
      const r = await this.pool.query<{ state: JobState; n: number; expired: number }>(SQL.counts);
      for (const row of r.rows) {
        out[row.state] = row.n;
        out.expired += row.expired;
      }
      return out;
    });
  }

  /** Jobs not finished: queued, or running (a lease that ran out included: that job will be claimed again). */
  async openJobs(): Promise<number> {
    this.assertOpen();
    return this.guard('count jobs', async () => (await this.pool.query<{ n: number }>(SQL.open)).rows[0]!.n);
  }

  /** The first `limit` failed jobs, oldest first, with why. */
  async failures(limit = 20): Promise<FailedJob[]> {
    this.assertOpen();
    return this.guard('list failed jobs', async () => (await this.pool.query<FailedJob>(SQL.failures, [limit])).rows);
  }

  /** Puts every failed job back in the queue with its attempts reset. Returns how many. */
  async requeueFailed(): Promise<number> {
    this.assertOpen();
    return this.guard('requeue failed jobs', async () => (await this.pool.query(SQL.requeueFailed)).rowCount ?? 0);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private assertOpen(): void {
    if (this.closed) throw new DatelineError('E_STORE', `the job queue ${this.location} is closed`);
  }

  /** Runs `fn`, turning a database or connection error into E_STORE (DatelineErrors pass through). */
  private async guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isDatelineError(e)) throw e;
      throw new DatelineError('E_STORE', `could not ${what} in the job queue ${this.location}: ${(e as Error).message}`, { cause: e });
    }
  }
}
