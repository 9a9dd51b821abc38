/**
 * Calendar days for the publication date. Dates are found by the time stage's tagger (`tagTimex`), run
 * without a reference date: only expressions that state a whole day by themselves ("Nov. 19, 2020",
 * "4 May 2019", "2020-11-20") come out as full days, so a day here is always one the text states.
 */
import type { Timex } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { tagTimex } from '../time/index.js';
import { isoDay, isoWeekday, isValidDay, parseDay as parseCalendarDay, type Day } from '../time/calendar.js';

export { addDays, compare as compareDays, isoDay } from '../time/calendar.js';

/** A calendar day: the time stage's `Day` (its calendar.ts does all day arithmetic). */
export type DayDate = Day;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** 0 = Sunday … 6 = Saturday (the index into WEEKDAYS). */
export function weekday(d: DayDate): number {
  return isoWeekday(d) % 7;
}

/** `YYYY-MM-DD…` → the day, or null when the value does not start with a real calendar day. */
function parseDay(value: string): DayDate | null {
  if (!/^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(value)) return null;
  const d = parseCalendarDay(value);
  return d && isValidDay(d.year, d.month, d.day) ? d : null;
}

/**
 * The day a time expression states by itself: a DATE (or a date-time) whose value is a full day and was
 * complete as written (anchor `absolute`); a day resolved against an earlier date ("the next day") is not
 * stated, and a day without its year ("Aug. 9") cannot date an article on its own.
 */
export function statedDay(t: Timex): DayDate | null {
  if ((t.type !== 'DATE' && t.type !== 'TIME') || t.anchor.kind !== 'absolute') return null;
  return parseDay(t.value);
}

export interface FoundDay extends DayDate {
  /** Offsets in the searched text. */
  start: number;
  end: number;
}

const YEAR = /\b(?:1[0-9]|20)\d\d\b/g;

/**
 * The days stated in `text` (see `statedDay`), in text order, searched within each of `ranges` (e.g. the
 * paragraphs: no date runs from one paragraph into the next, and tagging a whole text would read the
 * "1 March" of one line and the "1600" of the next as a day). A stated day always holds a 4-digit year,
 * so only the neighbourhood of year-like numbers is tagged (48 characters before, 24 after, cut at word
 * boundaries, overlapping neighbourhoods merged): the same days as tagging every range whole (BBC corpus), 3–4x faster.
 */
export function statedDays(text: string, ranges: readonly Span[] = [{ start: 0, end: text.length }]): FoundDay[] {
  const out: FoundDay[] = [];
  const tag = (from: number, to: number) => {
    for (const t of tagTimex(text.slice(from, to), '')) {
      const d = statedDay(t);
      if (d) out.push({ ...d, start: from + t.start, end: from + t.end });
    }
  };
  for (const range of ranges) {
    let win: [number, number] | null = null;
    YEAR.lastIndex = range.start;
    for (let m = YEAR.exec(text); m && m.index + 4 <= range.end; m = YEAR.exec(text)) {
      let from = Math.max(range.start, m.index - 48);
      while (from > range.start && from < m.index && /\S/.test(text[from - 1]!)) from++;
      let to = Math.min(range.end, m.index + 28);
      while (to < range.end && to > m.index + 4 && /\S/.test(text[to]!)) to--;
      if (win && from <= win[1]) win[1] = Math.max(win[1], to);
      else {
        if (win) tag(win[0], win[1]);
        win = [from, to];
      }
    }
    if (win) tag(win[0], win[1]);
  }
  return out;
}

/** What a given date may have around the day beyond what the tagger covers: a weekday, a bare clock time. */
const LEADING_WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const TRAILING_CLOCK = /,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?$/;

/**
 * Parses a date given with the input ("2020-11-20", "2020-11-20T08:00:00Z", "Nov 20, 2020", "Friday,
 * 20 November 2020, 08:00"); null when not a date. ISO days and date-times are taken as they are; anything
 * else must be a day the time tagger finds, covering essentially the whole string (not a date somewhere
 * inside a longer text).
 */
/**
 * All-digit dates given with an input: "2020/11/20", "2020.11.20" (year first), "20.11.2020" (day first, as
 * in Russian and German), and "11/20/2020" or "20/11/2020" only where a part above 12 says which is the day.
 * undefined: not all-digit (let the tagger try); null: all-digit but not a date or ambiguous.
 */
function numericDay(v: string): string | null | undefined {
  let y: string, mo: string, d: string;
  let m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(v);
  if (m) [, y, mo, d] = m as unknown as [string, string, string, string];
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v))) [, d, mo, y] = m as unknown as [string, string, string, string];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 === b > 12) return null; // 05/06/2020: month or day first? refuse rather than guess
    [d, mo, y] = a > 12 ? [m[1]!, m[2]!, m[3]!] : [m[2]!, m[1]!, m[3]!];
  } else return undefined;
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return parseDay(iso) ? iso : null;
}

export function normaliseGivenDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return parseDay(v) ? v : null;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)) return parseDay(v) && !Number.isNaN(Date.parse(v)) ? v.replace(' ', 'T') : null;
  const numeric = numericDay(v);
  if (numeric !== undefined) return numeric;
  const timex = tagTimex(v.replace(/^(\d{1,2})-(\p{L}{3,})\.?-(\d{4})$/u, '$1 $2 $3'), '');
  const i = timex.findIndex((t) => statedDay(t));
  if (i < 0) return null;
  const day = statedDay(timex[i]!)!;
  // the day and what the tagger found after it ("…, 9:02 AM") against the string without a weekday
  // before it or a bare clock time after it ("20 Nov 2020 08:00": the tagger leaves "08:00" alone)
  const covered = Math.max(...timex.slice(i).map((t) => t.end)) - timex[i]!.start;
  return covered >= v.replace(LEADING_WEEKDAY, '').replace(TRAILING_CLOCK, '').length * 0.8 ? isoDay(day) : null;
}
