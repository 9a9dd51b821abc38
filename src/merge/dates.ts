/**
 * Event dates as day ranges, to tell whether two dates can be the same happening at their precision:
 * "2020-11" covers 2020-11-01…2020-11-30 and so contains "2020-11-19"; "2020-11-19" and "2020-11-20" are
 * disjoint. Values are TIMEX3-style (see `EventTimeSchema`): a day, a month, a quarter, an ISO week, a
 * year, a season or half, a decade ("202"), an open range "2020-08-09/..". Anything else (PAST_REF,
 * XXXX-…, "") has no range: unknown. Pure.
 */
export interface DayRange {
  /** First and last day, inclusive, as YYYY-MM-DD (string order is date order). */
  from: string;
  to: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const lastOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The days a value covers, or null when it has none (unknown). */
export function dayRange(value: string): DayRange | null {
  const [head = '', tail] = value.trim().split('/');
  const base = single(head);
  if (!base) return null;
  if (tail === undefined) return base;
  const end = tail === '..' || tail === '' ? { from: '9999-12-31', to: '9999-12-31' } : single(tail);
  return end ? { from: base.from, to: end.to } : null;
}

function single(v: string): DayRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(v);
  if (m) return { from: `${m[1]}-${m[2]}-${m[3]}`, to: `${m[1]}-${m[2]}-${m[3]}` };
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(lastOfMonth(+m[1]!, +m[2]!))}` };
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) {
    const first = (+m[2]! - 1) * 3 + 1;
    return { from: `${m[1]}-${pad(first)}-01`, to: `${m[1]}-${pad(first + 2)}-${pad(lastOfMonth(+m[1]!, first + 2))}` };
  }
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return m[2] === '1' ? { from: `${m[1]}-01-01`, to: `${m[1]}-06-30` } : { from: `${m[1]}-07-01`, to: `${m[1]}-12-31` };
  m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(v);
  if (m) {
    const jan4 = Date.UTC(+m[1]!, 0, 4); // Jan 4 is always in ISO week 1
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 864e5 + (+m[2]! - 1) * 7 * 864e5;
    return { from: day(monday), to: day(monday + 6 * 864e5) };
  }
  m = /^(\d{4})(?:-(?:SP|SU|FA|WI))?$/.exec(v); // seasons: the whole year (they straddle months, and winter years)
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  m = /^(\d{3})$/.exec(v);
  if (m) return { from: `${m[1]}0-01-01`, to: `${m[1]}9-12-31` };
  return null;
}

export type DateRelation = 'same-day' | 'compatible' | 'disjoint' | 'unknown';

/**
 * How two date values relate: `same-day` when both are the same single day; `compatible` when their
 * ranges overlap (one contains the other at its precision, e.g. "2020-11" and "2020-11-19"); `disjoint`
 * when they do not; `unknown` when either has no range.
 */
export function relateDates(a: string, b: string): DateRelation {
  const x = dayRange(a);
  const y = dayRange(b);
  if (!x || !y) return 'unknown';
  if (x.from === x.to && y.from === y.to && x.from === y.from) return 'same-day';
  return x.from <= y.to && y.from <= x.to ? 'compatible' : 'disjoint';
}
