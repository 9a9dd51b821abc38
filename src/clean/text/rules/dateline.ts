import type { Span } from '../../../core/span.js';
import { DATELINE_START } from '../patterns.js';

/** A wire dateline opening the first body paragraph ("MOSCOW, Nov. 19 (Reuters) — "). */
export function splitDateline(text: string, paragraph: Span): { dateline: Span; body: Span } | null {
  const m = DATELINE_START.exec(text.slice(paragraph.start, paragraph.end));
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  const dateline = { start: paragraph.start + lead, end: paragraph.start + lead + m[1]!.length };
  return { dateline, body: { start: paragraph.start + m[0].length, end: paragraph.end } };
}
