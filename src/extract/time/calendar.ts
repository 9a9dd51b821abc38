/** Calendar arithmetic on plain days (UTC, no time zones) and TIMEX3 formatting by granularity. */
import type { Unit } from './types.js';

export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null;
}

export function isoDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function compare(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addMonths(d: Day, n: number): Day {
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() || 7;
}

export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - jan1) / 86_400_000 / 7) + 1;
  return { year: thursday.year, week };
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Moves `d` by n units. */
export function shift(d: Day, unit: Unit, n: number): Day {
  switch (unit) {
    case 'day': return addDays(d, n);
    case 'week': return addDays(d, 7 * n);
    case 'month': return addMonths(d, n);
    case 'quarter': return addMonths(d, 3 * n);
    case 'half': return addMonths(d, 6 * n);
    case 'year': return addMonths(d, 12 * n);
    case 'decade': return addMonths(d, 120 * n);
    case 'century': return addMonths(d, 1200 * n);
  }
}

/** The TIMEX3 value of the `unit`-sized period containing `d`: 2020-11-20, 2020-W47, 2020-11, 2020-Q4, 2020, 202, 20. */
export function format(d: Day, unit: Unit): string {
  switch (unit) {
    case 'day': return isoDay(d);
    case 'week': {
      const w = isoWeek(d);
      return `${pad(w.year, 4)}-W${pad(w.week)}`;
    }
    case 'month': return `${pad(d.year, 4)}-${pad(d.month)}`;
    case 'quarter': return `${pad(d.year, 4)}-Q${Math.ceil(d.month / 3)}`;
    case 'half': return `${pad(d.year, 4)}-H${d.month <= 6 ? 1 : 2}`;
    case 'year': return pad(d.year, 4);
    case 'decade': return pad(d.year, 4).slice(0, 3);
    case 'century': return pad(d.year, 4).slice(0, 2);
  }
}

/** Parses the day-granular start of a TIMEX3 date value ("2020-09-14", "2020-09", "2020") with its granularity. */
export function parseValue(v: string): { day: Day; unit: Unit } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return { day: { year: +m[1]!, month: +m[2]!, day: +m[3]! }, unit: 'day' };
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return { day: { year: +m[1]!, month: +m[2]!, day: 1 }, unit: 'month' };
  m = /^(\d{4})-Q(\d)$/.exec(v);
  if (m) return { day: { year: +m[1]!, month: (+m[2]! - 1) * 3 + 1, day: 1 }, unit: 'quarter' };
  m = /^(\d{4})$/.exec(v);
  if (m) return { day: { year: +m[1]!, month: 1, day: 1 }, unit: 'year' };
  return null;
}

const RANK: Record<Unit, number> = { day: 0, week: 1, month: 2, quarter: 3, half: 4, year: 5, decade: 6, century: 7 };
/** True when a value of granularity `have` is fine enough to move by `need`. */
export function fineEnough(have: Unit, need: Unit): boolean {
  if (need === 'week') return have === 'day';
  return RANK[have] <= RANK[need];
}

/** The n-th `weekday` (1 = Monday … 7 = Sunday) of a month; n = -1: the last one. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last: Day = { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first: Day = { year, month, day: 1 };
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Easter Sunday (Gregorian; the anonymous "Meeus/Jones/Butcher" computus). */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
