import type { DatelineDocument } from '../core/schema.js';

/**
 * What a stage can declare it requires or produces. A pipeline whose stage requires something that no
 * earlier stage produces fails at construction (E_STAGE_PREREQUISITE), never half-way through a corpus.
 */
export type Capability =
  | 'zones'
  | 'links'
  | 'sentences'
  | 'tokens'
  | 'timex'
  | 'mentions'
  | 'entities'
  | 'quotes'
  | 'events'
  | 'agreements'
  | 'metadata.title'
  | 'metadata.language'
  | 'metadata.outlet'
  | 'metadata.published';

export interface StageOptions {
  /** Wall-clock "now" is never used to resolve dates; this is only for the store's bookkeeping. */
  readonly now?: Date;
}

/** A stage is a pure function over a document: it returns a new document and never mutates its input. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Capability[];
  readonly produces: readonly Capability[];
  run(doc: DatelineDocument, options: StageOptions): DatelineDocument;
}
