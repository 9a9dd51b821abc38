/** Reads inputs and runs the pipeline on each, reporting rejections as they come. */
import { readInputs } from '../input/index.js';
import { processInput, type Processed } from '../pipeline/process.js';
import type { DatelineDocument } from '../core/schema.js';
import { printRejection } from './failures.js';
import { checkPublished, type InputFlags } from './options.js';

export interface RunStats {
  processed: number;
  rejected: number;
}

export async function forEachDocument(
  args: string[],
  flags: InputFlags,
  onDoc: (doc: DatelineDocument, raw: Extract<Processed, { ok: true }>['raw']) => void | Promise<void>,
): Promise<RunStats> {
  const published = checkPublished(flags.published);
  const stats: RunStats = { processed: 0, rejected: 0 };
  for await (const r of readInputs(args, { maxBytes: flags.maxBytes, ...(flags.encoding ? { encoding: flags.encoding } : {}) })) {
    const p: Processed = r.ok ? processInput(r.input, published ? { published } : {}) : r;
    if (!p.ok) {
      stats.rejected++;
      printRejection(p.rejection);
      continue;
    }
    stats.processed++;
    await onDoc(p.doc, p.raw);
  }
  return stats;
}
