import { DatelineError } from '../core/errors.js';
import type { DatelineDocument } from '../core/schema.js';
import { cleanStage } from '../clean/stage.js';
import { segmentStage } from '../extract/segment/stage.js';
import { metadataStage } from '../extract/metadata/stage.js';
import { timeStage } from '../extract/time/index.js';
import { entitiesStage } from '../extract/entities/stage.js';
import { quotesStage } from '../extract/quotes/stage.js';
import { eventsStage } from '../extract/events/stage.js';
import { agreementsStage } from '../extract/agreements/stage.js';
import type { Capability, Stage, StageOptions } from './stage.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: DatelineDocument, options?: StageOptions): DatelineDocument;
  /** Milliseconds spent per stage since the pipeline was made (for `npm run bench`). */
  readonly timings: Record<string, number>;
}

/** The default stage list. Later stages (entities, quotes, events, agreements) are appended here. */
export const DEFAULT_STAGES: readonly Stage[] = [cleanStage, segmentStage, metadataStage, timeStage, entitiesStage, quotesStage, eventsStage, agreementsStage];

/**
 * Checks, once, that every stage's prerequisites are produced by an earlier stage; a misconfigured
 * pipeline fails here with E_STAGE_PREREQUISITE rather than on the first document.
 */
export function createPipeline(stages: readonly Stage[] = DEFAULT_STAGES): Pipeline {
  const have = new Set<Capability>();
  for (const s of stages) {
    const missing = s.requires.filter((r) => !have.has(r));
    if (missing.length) {
      throw new DatelineError('E_STAGE_PREREQUISITE', `stage "${s.name}" requires ${missing.join(', ')}, which no earlier stage produces`, {
        stage: s.name,
        missing,
      });
    }
    for (const p of s.produces) have.add(p);
  }
  const timings: Record<string, number> = Object.fromEntries(stages.map((s) => [s.name, 0]));
  return {
    stages,
    timings,
    run(doc, options = {}) {
      let d = doc;
      for (const s of stages) {
        const t0 = performance.now();
        d = s.run(d, options);
        timings[s.name]! += performance.now() - t0;
      }
      return d;
    },
  };
}
