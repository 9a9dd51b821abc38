/**
 * Joins a clock time and the day named right after it into one TIME: "10 p.m. Wednesday",
 * "9 a.m. EST Tuesday", "noon on Nov. 24" (as TimeML annotates them).
 */
import type { Found } from '../types.js';

const BETWEEN = /^(?:\s*,)?\s+(?:on\s+)?$/;

export function joinClockAndDay(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const g = found[i + 1];
    if (
      f.meaning.kind === 'clock' &&
      g &&
      (g.meaning.kind === 'weekday' || g.meaning.kind === 'yearless' || (g.meaning.kind === 'value' && /^\d{4}-\d\d-\d\d$/.test(g.meaning.value)) || (g.meaning.kind === 'shift' && g.meaning.unit === 'day' && !g.meaning.part)) &&
      !(g.meaning.kind === 'weekday' && g.meaning.part) &&
      BETWEEN.test(text.slice(f.end, g.start))
    ) {
      out.push({ start: f.start, end: g.end, type: 'TIME', meaning: { kind: 'at', hour: f.meaning.hour, minute: f.meaning.minute, day: g.meaning }, ...(f.mod ? { mod: f.mod } : {}), rule: `${f.rule}+${g.rule}` });
      i++;
      continue;
    }
    out.push(f);
  }
  return out;
}
