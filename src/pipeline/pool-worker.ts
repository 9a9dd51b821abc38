/**
 * One analysis worker of the pool (./pool.ts): receives inputs, runs the resume check and the pipeline,
 * posts back the outcome. Holds no store: when an HTML input's id needs checking it asks the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline, DEFAULT_STAGES } from './pipeline.js';
import { analyse, serializeError, type FromWorker, type ToWorker, type WorkerData } from './pool.js';

const port = parentPort;
if (!port) throw new Error('pool-worker.ts runs only as a worker thread of the analysis pool (src/pipeline/pool.ts)');

const { stages } = (workerData ?? {}) as WorkerData;
const pipeline = createPipeline(stages ? DEFAULT_STAGES.filter((s) => stages.includes(s.name)) : undefined);
const answers = new Map<number, (stored: boolean) => void>();
const post = (m: FromWorker) => port.postMessage(m);

port.on('message', (m: ToWorker) => {
  if (m.type === 'answer') {
    answers.get(m.seq)?.(m.stored);
    answers.delete(m.seq);
  } else if (m.type === 'timings') {
    post({ type: 'timings', timings: { ...pipeline.timings } });
  } else {
    const ask = m.check
      ? (id: string) =>
          new Promise<boolean>((resolve) => {
            answers.set(m.seq, resolve);
            post({ type: 'ask', seq: m.seq, id });
          })
      : undefined;
    analyse(m.input, m.published ? { published: m.published } : {}, pipeline, ask).then(
      (outcome) => post({ type: 'done', seq: m.seq, outcome }),
      (e: unknown) => {
        try {
          post({ type: 'error', seq: m.seq, error: serializeError(e) });
        } catch {
          const { name, message, stack } = serializeError(e); // details that cannot be cloned are dropped
          post({ type: 'error', seq: m.seq, error: { name, message, ...(stack ? { stack } : {}) } });
        }
      },
    );
  }
});
