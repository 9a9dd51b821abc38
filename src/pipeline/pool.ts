/**
 * Analyses a stream of inputs on several cores: a pool of `worker_threads` workers (./pool-worker.ts), each
 * running {@link processInput} on the inputs sent to it and posting the finished document back (structured
 * clone of plain objects). The caller's `onOutcome` runs on the calling thread, one outcome at a time: the
 * one place results are written (SQLite has one writer).
 *
 * Memory does not grow with the corpus: at most `2 × workers` inputs are read ahead of the outcomes the
 * caller has finished with (the reader is pulled only when a slot is free). Outcomes come in the order
 * the analyses finish, which with several workers may differ from the input order; with `workers: 0` the
 * inputs are analysed in this thread, in order, and no thread is started.
 *
 * Resuming: given `isStored`, an input whose document id (the sha256 of the text the pipeline would give
 * the document) is already stored is skipped before the pipeline runs. For plain text that text is the
 * decoded input itself (nothing is normalised on the way: see createDocument and processInput), hashed in
 * this thread; for HTML it is the extracted article text, so the worker extracts it, asks this thread,
 * and then either stops or runs the pipeline (which extracts again: the check costs one extraction per
 * new HTML input, so callers ask only when the store already holds something).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contentHash } from '../core/document.js';
import { DatelineError, type ErrorCode, type InputRejection } from '../core/errors.js';
import type { DatelineDocument } from '../core/schema.js';
import { extractHtml } from '../clean/html/extract.js';
import type { InputResult, RawInput } from '../input/index.js';
import { createPipeline, DEFAULT_STAGES, type Pipeline } from './pipeline.js';
import { processInput, type ProcessOptions } from './process.js';

/** What became of one input. */
export type Outcome =
  | { kind: 'processed'; name: string; doc: DatelineDocument; raw?: { content: string; mediaType: string } }
  | { kind: 'rejected'; rejection: InputRejection }
  /** Its document (`id`) is already stored: the pipeline did not run. */
  | { kind: 'skipped'; name: string; id: string };

/** Is a document with this full id already stored? (Store.has) */
export type IsStored = (id: string) => Promise<boolean>;

export interface AnalyseOptions {
  /** Analysis threads besides this one; 0 analyses in this thread. Default: {@link defaultWorkers} (cores − 1, at least 1). */
  workers?: number;
  /** --published: overrides every other source of the publication date. */
  published?: string;
  /** Names of the default stages to run (in the default order); default all (for the bench). */
  stages?: readonly string[];
  /** Skip inputs whose document is already stored (see the module comment). */
  isStored?: IsStored;
}

/**
 * Analysis threads by default: one per core but one, which the main thread keeps for reading, hashing and
 * storing. Measured on the 2-core VM (BBC into SQLite, `npm run bench -- … --workers N`, runs side by side,
 * which drift ±10%): 0 threads 87.2–87.9 articles/s, 1 thread 83.9–101.0 (peak RSS 442–467 MB), 2 threads
 * 88.7–91.9 (554–663 MB): on two cores a second analysis thread gains nothing over the storing main thread
 * and costs a copy of the models.
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

function makePipeline(stages: readonly string[] | undefined): Pipeline {
  return createPipeline(stages ? DEFAULT_STAGES.filter((s) => stages.includes(s.name)) : undefined);
}

/**
 * The id the pipeline will give the document of a plain-text input (undefined for HTML, whose text is only
 * known after extraction, and for blank input, which is rejected).
 */
export function plainTextId(input: RawInput): string | undefined {
  return input.mediaType === 'text/html' || !input.content.trim() ? undefined : contentHash(input.content);
}

/** The id of an HTML input's document: the hash of the article text processInput will extract. */
export function htmlId(input: RawInput): string | undefined {
  const extraction = extractHtml(input.content, input.hints.url ? { url: input.hints.url } : undefined);
  return extraction && extraction.text.trim() ? contentHash(extraction.text) : undefined;
}

/** One input through the resume check and the pipeline. Runs in a worker or, with one worker, here. */
export async function analyse(input: RawInput, options: ProcessOptions, pipeline: Pipeline, isStored?: IsStored): Promise<Outcome> {
  if (isStored) {
    const id = input.mediaType === 'text/html' ? htmlId(input) : plainTextId(input);
    if (id !== undefined && (await isStored(id))) return { kind: 'skipped', name: input.name, id };
  }
  const p = processInput(input, options, pipeline);
  if (!p.ok) return { kind: 'rejected', rejection: p.rejection };
  return p.raw ? { kind: 'processed', name: input.name, doc: p.doc, raw: p.raw } : { kind: 'processed', name: input.name, doc: p.doc };
}

// ---- messages between this thread and the workers ------------------------------------------------------

export interface WorkerData {
  stages?: readonly string[];
}

export type ToWorker =
  | { type: 'job'; seq: number; input: RawInput; published?: string; check: boolean }
  | { type: 'answer'; seq: number; stored: boolean }
  | { type: 'timings' };

export type FromWorker =
  | { type: 'done'; seq: number; outcome: Outcome }
  | { type: 'ask'; seq: number; id: string }
  | { type: 'error'; seq: number; error: SerializedError }
  | { type: 'timings'; timings: Record<string, number> };

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  details?: Record<string, unknown>;
}

export function serializeError(e: unknown): SerializedError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) };
  const out: SerializedError = { name: e.name, message: e.message };
  if (e.stack !== undefined) out.stack = e.stack;
  if (e instanceof DatelineError) {
    out.code = e.code;
    if (e.details) out.details = e.details;
  }
  return out;
}

export function deserializeError(s: SerializedError): Error {
  const e = s.name === 'DatelineError' && s.code ? new DatelineError(s.code as ErrorCode, s.message, s.details) : new Error(s.message);
  if (s.name !== 'DatelineError') e.name = s.name;
  if (s.stack !== undefined) e.stack = s.stack;
  return e;
}

/**
 * How to start the worker for the module at `moduleUrl` (this file's URL). Compiled (dist/…/pool.js): the
 * compiled pool-worker.js beside it. From TypeScript sources (tsx, vitest): pool-worker.ts, loaded by a
 * small bootstrap that registers tsx in the worker first (a worker does not inherit the parent's loader
 * hooks in Node 20, and `--import tsx` in its execArgv does not make it load a .ts entry).
 */
export function workerScript(moduleUrl: string): { kind: 'file'; url: URL } | { kind: 'eval'; code: string; target: string } {
  if (!/\.[cm]?ts$/.test(new URL(moduleUrl).pathname)) return { kind: 'file', url: new URL('./pool-worker.js', moduleUrl) };
  const target = new URL('./pool-worker.ts', moduleUrl).href;
  const api = resolveTsxApi();
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(target)}); });`;
  return { kind: 'eval', code, target };
}

function resolveTsxApi(): string {
  try {
    if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  } catch {
    // not resolvable from here through import.meta (e.g. under vitest's module runner): resolve by hand below
  }
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(join(dirname(pkg), 'dist', 'esm', 'api', 'index.mjs')).href;
}

/**
 * The old-generation heap of each analysis thread, in MB (env DATELINE_WORKER_HEAP_MB). V8 grows a heap
 * lazily, as far as the machine allows, so without a cap a long run's memory keeps rising though nothing
 * leaks: BBC ×5 in one thread rose from ~380 to 505 MB peak RSS; with a 256 MB cap it stayed at 287 MB at the
 * same speed (`node --max-old-space-size=256 dist/bench/main.js … --repeat 5`). 384 leaves room for very
 * long articles (the input limit is 20 MB by default).
 */
const WORKER_HEAP_MB = Number(process.env.DATELINE_WORKER_HEAP_MB) || 384;

function startWorker(data: WorkerData): Worker {
  const script = workerScript(import.meta.url);
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  return script.kind === 'file' ? new Worker(script.url, { workerData: data, resourceLimits }) : new Worker(script.code, { eval: true, workerData: data, resourceLimits });
}

interface Job {
  resolve: (o: Outcome) => void;
  reject: (e: unknown) => void;
  slot: Slot;
  isStored?: IsStored;
}

interface Slot {
  worker: Worker;
  jobs: number;
  dead: boolean;
}

/** A fixed set of workers; `run` sends one input to the least busy. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly jobs = new Map<number, Job>();
  private seq = 0;
  private broken: Error | undefined;
  private timingWaiters: ((t: Record<string, number>) => void)[] = [];

  /** Workers start when first needed (an input to analyse finds none idle), so a run that skips everything starts none. */
  constructor(
    private readonly maxSize: number,
    private readonly data: WorkerData = {},
  ) {}

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(this.data), jobs: 0, dead: false };
    slot.worker.on('message', (m: FromWorker) => this.onMessage(slot, m));
    slot.worker.on('error', (e) => this.onDeath(slot, e));
    slot.worker.on('exit', (code) => this.onDeath(slot, new Error(`an analysis worker stopped unexpectedly (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }

  /** Workers started so far (at most the size given). */
  get started(): number {
    return this.slots.length;
  }

  run(input: RawInput, options: ProcessOptions = {}, isStored?: IsStored): Promise<Outcome> {
    if (this.broken) return Promise.reject(this.broken);
    const live = this.slots.filter((s) => !s.dead);
    const idle = live.find((s) => s.jobs === 0);
    const slot = idle ?? (this.slots.length < this.maxSize ? this.spawn() : live.reduce((a, b) => (b.jobs < a.jobs ? b : a)));
    const seq = ++this.seq;
    return new Promise<Outcome>((resolve, reject) => {
      this.jobs.set(seq, { resolve, reject, slot, ...(isStored ? { isStored } : {}) });
      slot.jobs++;
      const msg: ToWorker = { type: 'job', seq, input, check: isStored !== undefined, ...(options.published ? { published: options.published } : {}) };
      slot.worker.postMessage(msg);
    });
  }

  /** Per-stage milliseconds summed over the workers, then stops them. */
  async close(): Promise<Record<string, number>> {
    const live = this.slots.filter((s) => !s.dead);
    const replies = new Promise<Record<string, number>[]>((resolve) => {
      const got: Record<string, number>[] = [];
      if (live.length === 0) resolve(got);
      this.timingWaiters = live.map(() => (t: Record<string, number>) => {
        got.push(t);
        if (got.length === live.length) resolve(got);
      });
    });
    for (const s of live) s.worker.postMessage({ type: 'timings' } satisfies ToWorker);
    const all = await replies;
    await this.destroy();
    const sum: Record<string, number> = {};
    for (const t of all) for (const [k, v] of Object.entries(t)) sum[k] = (sum[k] ?? 0) + v;
    return sum;
  }

  /** Stops every worker now; jobs still running are rejected. */
  async destroy(): Promise<void> {
    this.broken ??= new DatelineError('E_INTERNAL', 'the worker pool is closed');
    await Promise.all(
      this.slots.map(async (s) => {
        s.dead = true;
        await s.worker.terminate();
      }),
    );
    for (const [seq, job] of this.jobs) {
      this.jobs.delete(seq);
      job.reject(this.broken);
    }
  }

  private onMessage(slot: Slot, m: FromWorker): void {
    if (m.type === 'timings') {
      this.timingWaiters.shift()?.(m.timings);
      return;
    }
    const job = this.jobs.get(m.seq);
    if (!job) return;
    if (m.type === 'ask') {
      const reply = (stored: boolean) => slot.worker.postMessage({ type: 'answer', seq: m.seq, stored } satisfies ToWorker);
      job.isStored!(m.id).then(reply, (e: unknown) => {
        this.finish(m.seq);
        job.reject(e);
        reply(true); // the job has failed: let the worker drop it
      });
      return;
    }
    this.finish(m.seq);
    if (m.type === 'done') job.resolve(m.outcome);
    else job.reject(deserializeError(m.error));
  }

  private finish(seq: number): void {
    const job = this.jobs.get(seq);
    if (!job) return;
    this.jobs.delete(seq);
    job.slot.jobs--;
  }

  private onDeath(slot: Slot, e: Error): void {
    if (slot.dead) return;
    slot.dead = true;
    // A worker that cannot start or crashes is a bug or a broken installation: fail the whole run.
    this.broken ??= e;
    for (const answer of this.timingWaiters.splice(0)) answer({}); // close() must not wait for a dead worker
    for (const [seq, job] of this.jobs) {
      this.jobs.delete(seq);
      job.reject(e);
    }
    for (const s of this.slots) s.dead || void s.worker.terminate();
  }
}

/**
 * Reads `inputs` and analyses each (on `options.workers` threads), calling `onOutcome` for each outcome on
 * this thread, one at a time, in the order the analyses finish. At most `2 × workers` inputs are in flight
 * (read but not yet through `onOutcome`). The first error (from a worker, `isStored` or `onOutcome`) stops
 * the reading, stops the workers and is thrown once the outcomes already being handled are done. Returns
 * the milliseconds spent per pipeline stage (summed over the workers).
 */
export async function analyseAll(
  inputs: AsyncIterable<InputResult>,
  options: AnalyseOptions,
  onOutcome: (o: Outcome) => void | Promise<void>,
): Promise<Record<string, number>> {
  const workers = Math.max(0, Math.floor(options.workers ?? defaultWorkers()));
  const processOptions: ProcessOptions = options.published ? { published: options.published } : {};
  const { isStored } = options;
  const pool = workers >= 1 ? new WorkerPool(workers, options.stages ? { stages: options.stages } : {}) : undefined;
  const pipeline = pool ? undefined : makePipeline(options.stages);
  const limit = pool ? 2 * workers : 1;

  const one = async (r: InputResult): Promise<Outcome> => {
    if (!r.ok) return { kind: 'rejected', rejection: r.rejection };
    if (!pool) return analyse(r.input, processOptions, pipeline!, isStored);
    if (isStored && r.input.mediaType !== 'text/html') {
      // checked here: an input already stored is never sent to a worker
      const id = plainTextId(r.input);
      if (id !== undefined && (await isStored(id))) return { kind: 'skipped', name: r.input.name, id };
      return pool.run(r.input, processOptions);
    }
    return pool.run(r.input, processOptions, isStored);
  };

  const tasks = new Set<Promise<void>>();
  let failed = false;
  let failure: unknown;
  const fail = (e: unknown) => {
    if (!failed) {
      failed = true;
      failure = e;
    }
  };
  let tail: Promise<void> = Promise.resolve();
  const iterator = inputs[Symbol.asyncIterator]();
  let exhausted = false;
  let timings: Record<string, number> = {};
  try {
    for (;;) {
      while (tasks.size >= limit && !failed) await Promise.race(tasks);
      if (failed) break;
      let next: IteratorResult<InputResult>;
      try {
        next = await iterator.next();
      } catch (e) {
        exhausted = true; // a generator that threw is finished
        throw e;
      }
      if (next.done) {
        exhausted = true;
        break;
      }
      const r = next.value;
      const task: Promise<void> = (async () => {
        const outcome = await one(r);
        // one outcome at a time through onOutcome, in the order they are ready
        const before = tail;
        let release!: () => void;
        tail = new Promise<void>((res) => (release = res));
        try {
          await before;
          if (!failed) await onOutcome(outcome);
        } finally {
          release();
        }
      })()
        .catch(fail)
        .finally(() => tasks.delete(task));
      tasks.add(task);
    }
    await Promise.all(tasks);
  } catch (e) {
    fail(e);
    await Promise.all(tasks);
  } finally {
    if (!exhausted) await iterator.return?.(undefined).catch(() => undefined);
    if (pool) {
      if (failed) await pool.destroy();
      else timings = await pool.close();
    } else {
      timings = { ...pipeline!.timings };
    }
  }
  if (failed) throw failure;
  return timings;
}
