export {
  JobQueue,
  JOB_STATES,
  inputHash,
  requirePostgres,
  type EnqueueResult,
  type FailedJob,
  type Job,
  type JobInput,
  type JobQueueOptions,
  type JobState,
  type QueueCounts,
} from './queue.js';
export { runJob, runWorker, workerId, DEFAULT_LEASE_SECONDS, DEFAULT_MAX_ATTEMPTS, type JobOutcome, type WorkerOptions, type WorkerStats } from './worker.js';
