/**
 * A worker: claims jobs from the queue, runs the pipeline on each, stores the document, marks the job done.
 *
 * Why every input ends up stored exactly once, whatever dies when:
 *  - A job is marked done only after the store's `put` committed, so a done job always has its document.
 *    (`put` runs in the store's own transaction; the job is marked right after it. A worker that dies
 *    between the two leaves the job running; its lease runs out and another worker does it again.)
 *  - Doing a job again never adds a second document: `put` is idempotent by content hash (documents.id is
 *    unique; a second put of the same text changes nothing and says `created: false`), and processing is a
 *    pure function of the job's input, so the second run produces the same id.
 *  - Two workers may hold the same job only when the first lost its lease (it stalled longer than the
 *    lease); both puts then still make one document, and only the current holder can mark the job.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { DatelineError, isDatelineError } from '../core/errors.js';
import { processInput, type Processed } from '../pipeline/process.js';
import type { Store } from '../store/store.js';
import type { Job, JobQueue } from './queue.js';

export interface WorkerOptions {
  /** Names the worker in the jobs table (`locked_by`); default host:pid:random. */
  id?: string;
  /** Jobs claimed at a time (default 1). */
  batch?: number;
  /** Seconds a claim holds a job without renewal (default 60). Must exceed the longest time one input takes. */
  leaseSeconds?: number;
  /** Seconds to wait before looking again when the queue has nothing to claim (default 1). */
  pollSeconds?: number;
  /** Claims of one job before it is failed: a worker died or lost its lease on it that often (default 3). */
  maxAttempts?: number;
  /** Return once no job is queued or running (instead of waiting for more). */
  exitWhenEmpty?: boolean;
  /** Aborting stops the worker: the job being processed is finished, the others claimed are given back. */
  signal?: AbortSignal;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface WorkerStats {
  /** Jobs marked done: `stored` new documents, `existing` already in the store. */
  done: number;
  stored: number;
  existing: number;
  /** Jobs failed for good (a rejected input, or the last attempt). */
  failed: number;
  /** Attempts that failed and were put back in the queue. */
  retried: number;
  /** Jobs this worker had claimed but no longer held when it finished them (its lease had run out). */
  lost: number;
  /** Jobs given back unstarted when the worker stopped. */
  released: number;
}

export type JobOutcome = 'stored' | 'existing' | 'failed' | 'retried' | 'lost';

export const DEFAULT_LEASE_SECONDS = 60;
export const DEFAULT_MAX_ATTEMPTS = 3;

export function workerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

const messageOf = (e: unknown): string =>
  isDatelineError(e) ? `${e.code}: ${e.message}` : e instanceof Error ? `internal error: ${e.message}` : String(e);

/**
 * Processes one claimed job: pipeline → store → done. A rejected input fails the job for good; an error
 * (a pipeline bug, a document the store refuses) fails this attempt, retried while attempts remain. Throws
 * only when the queue itself cannot be reached (E_STORE).
 */
export async function runJob(queue: JobQueue, store: Store, worker: string, job: Job, maxAttempts = DEFAULT_MAX_ATTEMPTS): Promise<{ outcome: JobOutcome; detail: string }> {
  let docId: string;
  let created: boolean;
  try {
    const p: Processed = processInput(job.input, job.options ?? {});
    if (!p.ok) {
      const why = `${p.rejection.message} [${p.rejection.reason}]`;
      return { outcome: (await queue.fail(worker, job.id, why)) ? 'failed' : 'lost', detail: why };
    }
    ({ id: docId, created } = await store.put(p.doc, p.raw));
  } catch (e) {
    const why = messageOf(e);
    const retry = job.attempts < maxAttempts;
    const held = await queue.fail(worker, job.id, why, { retry });
    return { outcome: held ? (retry ? 'retried' : 'failed') : 'lost', detail: why };
  }
  // Stored (or already there). Marked done only now: dying before this line leaves the job to be redone.
  if (!(await queue.complete(worker, job.id, docId))) return { outcome: 'lost', detail: docId };
  return { outcome: created ? 'stored' : 'existing', detail: docId };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

function positive(name: string, v: number, integer: boolean): number {
  if (!(Number.isFinite(v) && v > 0) || (integer && !Number.isInteger(v))) {
    throw new DatelineError('E_CONFIG', `${name} must be a positive ${integer ? 'integer' : 'number'}, got ${String(v)}`);
  }
  return v;
}

/** A small article to run once before claiming, so loading the models is not charged to a job's lease. */
const WARM_UP = {
  name: 'warm-up',
  mediaType: 'text/plain' as const,
  encoding: 'utf-8',
  bytes: 60,
  content: 'The council met in Paris on Monday, March 1, 2021, and approved the plan.',
  hints: {},
};

/** Claims and processes jobs until stopped (or, with `exitWhenEmpty`, until none is left). */
export async function runWorker(queue: JobQueue, store: Store, options: WorkerOptions = {}): Promise<WorkerStats> {
  const id = options.id ?? workerId();
  const batch = positive('--batch', options.batch ?? 1, true);
  const lease = positive('--lease', options.leaseSeconds ?? DEFAULT_LEASE_SECONDS, false);
  const poll = positive('--poll', options.pollSeconds ?? 1, false);
  const maxAttempts = positive('--max-attempts', options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, true);
  const { signal, log = () => undefined } = options;
  const stats: WorkerStats = { done: 0, stored: 0, existing: 0, failed: 0, retried: 0, lost: 0, released: 0 };

  processInput(WARM_UP);
  log(`worker ${id}: ready (batch ${batch}, lease ${lease}s)`);

  // Jobs claimed and not yet finished; their leases are renewed every third of a lease.
  const held = new Set<number>();
  const renew = async () => {
    if (held.size === 0) return;
    const ids = [...held];
    const kept = new Set(await queue.renew(id, ids, lease));
    for (const j of ids) {
      if (!kept.has(j) && held.delete(j)) log(`worker ${id}: lost its lease on job ${j} (another worker may have it now)`);
    }
  };
  const heartbeat = setInterval(() => {
    renew().catch((e: unknown) => log(`worker ${id}: could not renew leases: ${messageOf(e)}`));
  }, (lease * 1000) / 3);

  try {
    while (!signal?.aborted) {
      const jobs = await queue.claim(id, batch, lease, maxAttempts);
      if (jobs.length === 0) {
        if (options.exitWhenEmpty && (await queue.openJobs()) === 0) break;
        await sleep(poll * 1000, signal);
        continue;
      }
      for (const j of jobs) held.add(j.id);
      for (const [i, job] of jobs.entries()) {
        if (signal?.aborted) {
          const rest = jobs.slice(i).map((j) => j.id).filter((j) => held.has(j));
          stats.released += await queue.release(id, rest);
          for (const j of rest) held.delete(j);
          log(`worker ${id}: stopping; gave back ${rest.length} unstarted job(s)`);
          break;
        }
        if (i > 0) await renew(); // processing is synchronous: the heartbeat may not have run
        if (!held.has(job.id)) {
          stats.lost++;
          continue;
        }
        log(`worker ${id}: job ${job.id} (${job.input.name}), attempt ${job.attempts}: processing`);
        const { outcome, detail } = await runJob(queue, store, id, job, maxAttempts);
        held.delete(job.id);
        if (outcome === 'stored' || outcome === 'existing') stats.done++;
        stats[outcome]++;
        const said = {
          stored: `done: stored ${detail.slice(0, 12)}`,
          existing: `done: ${detail.slice(0, 12)} was already stored`,
          failed: `failed: ${detail}`,
          retried: `attempt failed, will be retried: ${detail}`,
          lost: 'finished, but its lease had run out and another worker holds it now (nothing is stored twice)',
        }[outcome];
        log(`worker ${id}: job ${job.id} ${said}`);
      }
    }
  } finally {
    clearInterval(heartbeat);
    if (held.size > 0) {
      // Only on an error: give back what is still held, so nobody waits for the leases to run out.
      stats.released += await queue.release(id, [...held]).catch(() => 0);
      held.clear();
    }
  }
  log(
    `worker ${id}: finished: ${stats.done} done (${stats.stored} stored, ${stats.existing} already stored), ` +
      `${stats.failed} failed, ${stats.retried} retried, ${stats.lost} lost to another worker, ${stats.released} given back`,
  );
  return stats;
}
