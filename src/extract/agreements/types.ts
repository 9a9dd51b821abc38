import type { DATE_PRECISIONS } from '../../core/schema.js';

export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A range of a sentence view. */
export interface Range {
  start: number;
  end: number;
}
