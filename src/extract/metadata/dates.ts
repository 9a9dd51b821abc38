import * as chrono from 'chrono-node';

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

export function isoDay(d: DayDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function compareDays(a: DayDate, b: DayDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function addDays(d: DayDate, n: number): DayDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: DayDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface FoundDate extends DayDate {
  /** Offsets in the searched string. */
  start: number;
  end: number;
}

/**
 * Fully specified calendar dates (year, month and day all stated) in `text`, via chrono-node. Dates with a
 * guessed year ("Aug. 9") are left out: they cannot date an article on their own.
 */
export function fullDates(text: string): FoundDate[] {
  // chrono over a whole article costs ~0.8 ms; a full date always holds a 4-digit year, so only the
  // windows around year-like numbers are parsed (same results on the BBC corpus, ~10x faster).
  const out: FoundDate[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(/\b(?:1[0-9]|20)\d\d\b/g)) {
    const from = Math.max(0, m.index - 48, lastEnd);
    const to = Math.min(text.length, m.index + 24);
    if (to <= from) continue;
    for (const d of parseFullDates(text.slice(from, to))) {
      if (d.start + from >= lastEnd) out.push({ ...d, start: d.start + from, end: d.end + from });
    }
    lastEnd = Math.max(lastEnd, out[out.length - 1]?.end ?? -1, m.index + 4);
  }
  return out;
}

function parseFullDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const r of chrono.en.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    const s = r.start;
    // a stated year, not one computed from the reference date ('yesterday', 'last Friday')
    if (!(s.isCertain('year') && s.isCertain('month') && s.isCertain('day')) || !/\d{4}/.test(r.text)) continue;
    const lead = /^(?:on|since|by|from|until|before|after)\s+/i.exec(r.text)?.[0].length ?? 0;
    out.push({ year: s.get('year')!, month: s.get('month')!, day: s.get('day')!, start: r.index + lead, end: r.index + r.text.length });
  }
  return out;
}

/** Parses a date given with the input ("2020-11-20", "2020-11-20T08:00:00Z", "Nov 20, 2020"); null when not a date. */
export function normaliseGivenDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return Number.isNaN(Date.parse(v)) ? null : v;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)) return Number.isNaN(Date.parse(v)) ? null : v.replace(' ', 'T');
  const found = fullDates(v)[0];
  // the date must be the value, not a date somewhere inside a longer string
  return found && found.end - found.start >= v.replace(/^\w+day,?\s*/i, '').length * 0.8 ? isoDay(found) : null;
}
