import type { ZoneKind } from '../../../core/schema.js';
import type { Line } from '../lines.js';
import { BOILERPLATE_LINE, BYLINE_LINE, CREDIT_LINE, DATE_LINE, TEASER_CUE_ALONE, TEASER_LINE, URL_LINE } from '../patterns.js';

export interface LineVerdict {
  kind: ZoneKind;
  rule: string;
  /** For a teaser cue alone on its line: the following line (the teaser title) belongs to it too. */
  takesNextLine?: boolean;
}

/** Decides lines that are debris on their own, whatever surrounds them. Returns null for text lines. */
export function classifyLine(line: Line): LineVerdict | null {
  const t = line.text;
  if (URL_LINE.test(t)) return { kind: 'link', rule: 'url-line' };
  if (DATE_LINE.test(t)) return { kind: 'dateline', rule: 'date-line' };
  if (TEASER_LINE.test(t) && t.length < 250) return { kind: 'related', rule: 'teaser-line' };
  if (TEASER_CUE_ALONE.test(t)) return { kind: 'related', rule: 'teaser-cue', takesNextLine: true };
  if (t.length < 300 && BOILERPLATE_LINE.test(t)) return { kind: 'boilerplate', rule: 'boilerplate-line' };
  if (t.length < 80 && CREDIT_LINE.test(t) && !/[.!?]$/.test(t)) return { kind: 'credit', rule: 'credit-line' };
  if (t.length < 120 && BYLINE_LINE.test(t)) return { kind: 'byline', rule: 'byline-line' };
  return null;
}
