/**
 * Word lists shared by several rules of this stage (each list lives here once).
 */
import { MARK } from './marks.js';
import { lower, type Word } from './words.js';

export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Words of time that stand between a source and its cue, or between a cue and its content. */
export const TIME_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, 'yesterday', 'today', 'tonight', 'week', 'month', 'year', 'morning', 'evening', 'night', 'afternoon']);

/** Conjunctions and sentence adverbs that may open a sentence before its subject: "But officials said …". */
export const LEADING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'however', 'still', 'meanwhile', 'also', 'so', 'moreover', 'indeed', 'then', 'now']);

const WHOLE_MARK = new RegExp(`^(?:${MARK.source})$`);

/** Whether a token (see words.ts) is a quotation mark of the table in marks.ts. */
export const isMarkToken = (w: string): boolean => WHOLE_MARK.test(w);

/** Index of the first word of a sentence's clause: after a leading conjunction ("But", "However,"). */
export function clauseStart(ws: readonly Word[]): number {
  let i = 0;
  while (i < 2 && LEADING_CONJUNCTIONS.has(lower(ws[i]))) i++;
  if (i > 0 && ws[i]?.w === ',') i++;
  return i;
}
