/**
 * Resolution: turns what a rule read into a TIMEX3 value, against the publication date (DCT) or, for
 * narrative expressions ("the next month", "a year earlier"), against the most recent explicitly dated
 * expression before it in the text (HeidelTime's narrative strategy), keeping the reason.
 */
import type { Timex } from '../../core/schema.js';
import { addDays, compare, fineEnough, format, isoDay, isoWeekday, parseValue, shift, type Day } from './calendar.js';
import { HOLIDAYS } from './rules/holidays.js';
import { tenseAround, type Tense } from './tense.js';
import type { Found, Unit } from './types.js';

export interface Anchor {
  id: string;
  value: string;
  day: Day;
  unit: Unit;
  text: string;
  /** End offset of the expression in the tagged text. */
  end: number;
}

type Resolved = { value: string; anchor: Timex['anchor'] };

/** Rules whose shifts keep the precision of what they shift ("a year earlier" than a quarter is a quarter). */
const AGO_RULES = new Set(['relative-ago', 'relative-year-ago', 'quarter-year-ago']);

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const p2 = (n: number) => String(n).padStart(2, '0');

export interface Context {
  text: string;
  dct: Day | null;
  /** Explicit dates seen so far, latest last. */
  anchors: Anchor[];
}

function dctAnchor(reason: string): Timex['anchor'] {
  return { kind: 'dct', reason };
}

/** The year for a month (and day) without one: by tense around the DCT, the closest otherwise. */
function inferYear(dct: Day, month: number, day: number | undefined, tense: Tense, dir?: -1 | 0 | 1): { year: number; why: string } {
  const d = day ?? 15;
  const same = { year: dct.year, month, day: d };
  const cmp = day === undefined ? month - dct.month : compare(same, dct);
  if (dir === 0) return { year: dct.year, why: 'this year' };
  if (dir === -1) return cmp < 0 ? { year: dct.year, why: 'the latest one before the publication date' } : { year: dct.year - 1, why: 'the latest one before the publication date' };
  if (dir === 1) return cmp > 0 ? { year: dct.year, why: 'the first one after the publication date' } : { year: dct.year + 1, why: 'the first one after the publication date' };
  if (tense === 'future') {
    if (cmp >= 0 || month > dct.month - 3) return { year: dct.year, why: 'future tense: on or after the publication date' };
    return { year: dct.year + 1, why: 'future tense: the first one after the publication date' };
  }
  if (tense === 'past') {
    // reported speech about a coming date ("said the vote is Dec. 7") keeps the DCT's year when it is close
    if (cmp <= 0 || month - dct.month <= 2) {
      return { year: dct.year, why: cmp <= 0 ? 'past tense: on or before the publication date' : 'past tense, but within two months after the publication date: the same year' };
    }
    return { year: dct.year - 1, why: 'past tense: the latest one before the publication date' };
  }
  // no cue: a month up to four months ahead is the coming one (across the new year too); further ahead, last year's
  const ahead = (month - dct.month + 12) % 12;
  if (ahead > 0 && ahead <= 4) return { year: month < dct.month ? dct.year + 1 : dct.year, why: 'no tense cue: the coming one, within four months of the publication date' };
  if (month > dct.month) return { year: dct.year - 1, why: 'no tense cue: the latest one before the publication date' };
  return { year: dct.year, why: 'no tense cue: the latest one before the publication date' };
}

/** The last quarter mentioned, when it is the latest anchor. */
function lastQuarter(ctx: Context): Anchor | null {
  const n = ctx.anchors.length;
  const a = ctx.anchors[n - 1];
  if (a && a.unit === 'quarter') return a;
  // "the third quarter ended Sept. 30": the closing date names the quarter's end, the story is still the quarter
  const b = ctx.anchors[n - 2];
  if (a && b && b.unit === 'quarter' && a.unit === 'day' && /^\s*,?\s*(?:ended|ending|through|to)\s+$/i.test(ctx.text.slice(b.end, a.end - a.text.length))) return b;
  return null;
}

/** The last explicit date fine enough for `unit`, or null. */
function narrativeAnchor(ctx: Context, unit: Unit): Anchor | null {
  for (let i = ctx.anchors.length - 1; i >= 0; i--) {
    const a = ctx.anchors[i]!;
    if (fineEnough(a.unit, unit)) return a;
    // a coarser anchor still blocks an older fine one only if it is in another year: keep looking otherwise
    if (ctx.anchors.length - i > 3) break;
  }
  return null;
}

export function resolve(f: Found, ctx: Context): Resolved {
  const m = f.meaning;
  const { dct, text } = ctx;
  const noDct = (value: string, what: string): Resolved => ({ value, anchor: { kind: 'unresolved', reason: `${what}; no publication date to resolve it against` } });
  switch (m.kind) {
    case 'value': {
      const ref = /_REF$/.test(m.value);
      return { value: m.value, anchor: ref ? { kind: 'dct', reason: 'a vague reference to the time of writing' } : { kind: 'absolute', reason: 'stated in full' } };
    }
    case 'unresolved': {
      // "The agreement made on Nov. 19, 2020 comes into force from the date of its signing": the event's date is
      // the one full date stated earlier in the same sentence; anything less certain stays unresolved
      const a = ctx.anchors[ctx.anchors.length - 1];
      const b = ctx.anchors[ctx.anchors.length - 2];
      const gap = a ? text.slice(a.end, f.start) : '';
      const sameSentence = (x: Anchor, g: string) => x.unit === 'day' && g.length <= 160 && !/[.!?]["”’']?\s+[A-Z]|\n\s*\n/.test(g);
      if (a && sameSentence(a, gap) && !(b && sameSentence(b, text.slice(b.end, f.start)))) {
        return { value: isoDay(a.day), anchor: { kind: 'narrative', ref: a.id, reason: `anaphoric: the date of an event, taken from the only date stated before it in the same sentence, "${a.text}"` } };
      }
      return { value: '', anchor: { kind: 'unresolved', reason: 'anaphoric: the date of an event, not stated' } };
    }
    case 'yearless': {
      const tail = `${p2(m.month)}${m.day !== undefined ? `-${p2(m.day)}` : ''}`;
      // the year comes from the DCT, not from an earlier dated mention: on TimeBank every value that a
      // "year of the last dated mention in the paragraph" rule changed was wrong (background dates)
      if (!dct) return noDct(m.week ? '' : `XXXX-${tail}`, 'no year stated');
      const tense = m.dir === undefined ? tenseAround(text, f.start, f.end) : 'none';
      const { year, why } = inferYear(dct, m.month, m.day, tense, m.dir);
      if (m.week && m.day !== undefined) return { value: format({ year, month: m.month, day: m.day }, 'week'), anchor: dctAnchor(`the week of a day with no year stated; ${why} (${isoDay(dct)})`) };
      return { value: `${year}-${tail}`, anchor: dctAnchor(`no year stated; ${why} (${isoDay(dct)})`) };
    }
    case 'season': {
      if (!dct) return noDct(`XXXX-${m.code}`, 'a season without a year');
      // first month of the season: SP March, SU June, FA September, WI December
      const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[m.code] ?? 6;
      const tense = m.past ? 'past' : tenseAround(text, f.start, f.end);
      const started = first <= dct.month;
      const ended = first + 2 < dct.month;
      const year = tense === 'future' ? (ended ? dct.year + 1 : dct.year) : started ? dct.year : dct.year - 1;
      return { value: `${year}-${m.code}`, anchor: dctAnchor(`a season without a year: ${tense === 'future' ? 'the coming one (future tense)' : 'the latest one begun by'} the publication date (${isoDay(dct)})`) };
    }
    case 'holiday': {
      const dayOf = HOLIDAYS[m.name]!;
      const label = (d: Day) => (m.week ? format(d, 'week') : isoDay(d));
      if (m.year !== undefined) return { value: label(dayOf(m.year)), anchor: { kind: 'absolute', reason: 'a holiday with its year stated' } };
      if (!dct) return { value: '', anchor: { kind: 'unresolved', reason: 'a holiday without a year; no publication date to resolve it against' } };
      // the occurrence on or before the DCT (past, no cue) or on or after it (future); with no cue, the closer one
      const before = compare(dayOf(dct.year), dct) <= 0 ? dayOf(dct.year) : dayOf(dct.year - 1);
      const after = compare(dayOf(dct.year), dct) >= 0 ? dayOf(dct.year) : dayOf(dct.year + 1);
      if (m.dir !== undefined) {
        const day = m.dir === 0 ? dayOf(dct.year) : m.dir < 0 ? before : after;
        return { value: label(day), anchor: dctAnchor(`"${m.dir === 0 ? 'this' : m.dir < 0 ? 'last' : 'next'} ${m.name}" against the publication date (${isoDay(dct)})`) };
      }
      // "Easter week" when the DCT falls in it: that one
      if (m.week && format(dayOf(dct.year), 'week') === format(dct, 'week')) return { value: format(dct, 'week'), anchor: dctAnchor(`the publication date (${isoDay(dct)}) falls in it`) };
      const tense = tenseAround(text, f.start, f.end);
      const gap = (a: Day, b: Day) => Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day));
      const future = tense === 'future' || (tense === 'none' && gap(after, dct) < gap(before, dct));
      const day = future ? after : before;
      return { value: label(day), anchor: dctAnchor(`a holiday without a year: ${future ? 'the first one on or after' : 'the latest one on or before'} the publication date (${tense === 'none' ? 'no tense cue: the closer one' : `${tense} tense`}; ${isoDay(dct)})`) };
    }
    case 'weekday': {
      const name = WEEKDAY_NAMES[m.weekday]!;
      const part = m.part ? `T${m.part}` : '';
      if (!dct) return noDct(`XXXX-WXX-${m.weekday}${part}`, 'a weekday');
      const last = ctx.anchors[ctx.anchors.length - 1];
      if (m.narrative && (m.rel === -1 || m.rel === 1) && last && last.unit === 'day') {
        const lw = isoWeekday(last.day);
        const d = m.rel === -1 ? addDays(last.day, -(((lw - m.weekday + 7) % 7) || 7)) : addDays(last.day, ((m.weekday - lw + 7) % 7) || 7);
        return { value: isoDay(d) + part, anchor: { kind: 'narrative', ref: last.id, reason: `the ${m.rel === -1 ? 'previous' : 'following'} ${name} from "${last.text}" (${last.value})` } };
      }
      const dw = isoWeekday(dct);
      let day: Day;
      let why: string;
      if (m.rel === 0) {
        day = addDays(dct, m.weekday - dw);
        why = `"this ${name}": the ${name} of the publication week`;
      } else if (m.rel === -1) {
        day = addDays(dct, -(((dw - m.weekday + 7) % 7) || 7));
        why = `"last ${name}": the ${name} before the publication date`;
      } else if (m.rel === 1) {
        day = addDays(dct, ((m.weekday - dw + 7) % 7) || 7);
        why = `"next ${name}": the ${name} after the publication date`;
      } else {
        // "Wednesday's ruling": an event named by its day has happened, unless it is awaited ("ahead of Tuesday's vote")
        // (TimeBank: the 20 such weekdays are all on or before the DCT; 2 fixed)
        const named = /^['’]s\b/.test(text.slice(f.end, f.end + 3)) && !/\b(?:ahead\s+of|before|until|upcoming|awaiting|await)\s+$/i.test(text.slice(Math.max(0, f.start - 16), f.start));
        const tense = named ? 'past' : tenseAround(text, f.start, f.end);
        if (tense === 'future') {
          day = addDays(dct, (m.weekday - dw + 7) % 7);
          why = `future tense: the ${name} on or after the publication date`;
        } else {
          day = addDays(dct, -((dw - m.weekday + 7) % 7));
          why = `${tense === 'past' ? 'past tense' : 'no future cue'}: the ${name} on or before the publication date`;
        }
      }
      if (m.offset) return { value: isoDay(addDays(day, m.offset)) + part, anchor: dctAnchor(`the day ${m.offset < 0 ? 'before' : 'after'} ${why} (${isoDay(dct)})`) };
      return { value: isoDay(day) + part, anchor: dctAnchor(`${why} (${isoDay(dct)})`) };
    }
    case 'quarter': {
      if (m.q === 0 && m.current) {
        if (!dct) return { value: '', anchor: { kind: 'unresolved', reason: 'the current quarter; no publication date' } };
        return { value: format(dct, 'quarter'), anchor: dctAnchor(`the quarter of the publication date (${isoDay(dct)})`) };
      }
      if (m.q === 0 && m.year !== undefined) {
        const a = lastQuarter(ctx) ?? ctx.anchors.slice().reverse().find((x) => x.unit === 'quarter');
        if (a) return { value: `${m.year}-${a.value.slice(5)}`, anchor: { kind: 'narrative', ref: a.id, reason: `the quarter last mentioned, "${a.text}", in ${m.year}` } };
        return { value: String(m.year), anchor: { kind: 'absolute', reason: 'a quarter of a stated year, none named: the year' } };
      }
      if (m.q === 0) {
        const a = lastQuarter(ctx) ?? ctx.anchors.slice().reverse().find((x) => x.unit === 'quarter');
        if (a) return { value: a.value, anchor: { kind: 'narrative', ref: a.id, reason: `the quarter last mentioned, "${a.text}"` } };
        if (!dct) return { value: '', anchor: { kind: 'unresolved', reason: 'the quarter under discussion, none named' } };
        const prev = shift(dct, 'quarter', -1);
        return { value: format(prev, 'quarter'), anchor: dctAnchor(`the quarter under discussion, none named: the last full quarter before the publication date (${isoDay(dct)})`) };
      }
      const code = m.half ? `H${m.q}` : `Q${m.q}`;
      if (!dct) return noDct(`XXXX-${code}`, 'no year stated');
      const cur = m.half ? (dct.month <= 6 ? 1 : 2) : Math.ceil(dct.month / 3);
      const tense = tenseAround(text, f.start, f.end);
      let year = dct.year;
      if (m.q > cur && tense !== 'future' && !(m.q === cur + 1 && tense === 'none')) year--;
      return { value: `${year}-${code}`, anchor: dctAnchor(`no year stated; ${tense === 'future' ? 'future tense' : 'the latest such period'} relative to the publication date (${isoDay(dct)})`) };
    }
    case 'weekend': {
      if (!dct) return { value: 'XXXX-WXX-WE', anchor: { kind: 'unresolved', reason: 'a weekend; no publication date to resolve it against' } };
      const tense = tenseAround(text, f.start, f.end);
      const dw = isoWeekday(dct);
      // past: the weekend just gone (this one when the DCT falls on it); future: the coming one
      const day = tense === 'future' ? (dw >= 6 ? dct : addDays(dct, 6 - dw)) : dw >= 6 ? dct : addDays(dct, -dw);
      return { value: `${format(day, 'week')}-WE`, anchor: dctAnchor(`${tense === 'future' ? 'future tense: the coming weekend' : 'the last weekend'} relative to the publication date (${isoDay(dct)})`) };
    }
    case 'at': {
      const hm = m.hour === 24 ? 'T24:00' : `T${p2(m.hour)}:${p2(m.minute)}`;
      const day = resolve({ ...f, meaning: m.day, type: 'DATE' }, ctx);
      const dayValue = /^(?:\d{4}|XXXX)-(?:\d\d|WXX)-\d{1,2}$/.test(day.value) ? day.value : '';
      return dayValue ? { value: dayValue + hm, anchor: day.anchor } : { value: '', anchor: { kind: 'unresolved', reason: `the day of the time could not be resolved (${day.anchor.reason})` } };
    }
    case 'clock': {
      const hm = m.hour === 24 ? 'T24:00' : `T${p2(m.hour)}:${p2(m.minute)}`;
      // the day: a date just before it in the same sentence ("Friday at 3 p.m.", "on Nov. 19 at noon"), else the DCT
      const last = ctx.anchors[ctx.anchors.length - 1];
      if (last && last.unit === 'day') {
        const gap = text.slice(last.end, f.start);
        if (gap.length < 40 && !/[.!?\n]/.test(gap)) return { value: isoDay(last.day) + hm, anchor: { kind: 'narrative', ref: last.id, reason: `the day of "${last.text}" just before it` } };
      }
      // "at about 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)": the weekday after or
      // in a parenthesis (TimeBank: 2 values fixed)
      const later = /^\s*\((?:[^)\n]{1,30}\)\s*,?\s*(?:on\s+)?|[^)\n]{0,30}?\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(text.slice(f.end, f.end + 60));
      if (later) {
        const at = f.end + later.index + later[0].length - later[1]!.length;
        const day = resolve({ ...f, start: at, end: at + later[1]!.length, type: 'DATE', meaning: { kind: 'weekday', weekday: WEEKDAY_NAMES.indexOf(later[1]!) } }, ctx);
        if (/^\d{4}-\d\d-\d\d$/.test(day.value)) return { value: day.value + hm, anchor: day.anchor };
      }
      if (!dct) return noDct(`XXXX-XX-XX${hm}`, 'a time of day');
      return { value: isoDay(dct) + hm, anchor: dctAnchor(`a time of day, taken on the publication date (${isoDay(dct)})`) };
    }
    case 'shift': {
      const part = m.part === 'WE' ? '-WE' : m.part ? `T${m.part}` : '';
      const label = (d: Day) => (m.season ? `${d.year}-${m.season}` : format(d, m.unit) + part);
      // "a year earlier" / "a year ago" in a story about a quarter is that quarter a year before (TimeML practice)
      // ("the corresponding period last year" names a period: any quarter mentioned before it, not only the last date)
      const q = m.unit === 'year' && !m.season && AGO_RULES.has(f.rule) ? lastQuarter(ctx) ?? (f.rule === 'quarter-year-ago' ? ctx.anchors.slice().reverse().find((x) => x.unit === 'quarter') ?? null : null) : null;
      if (q) {
        return {
          value: format(shift(q.day, 'year', m.n), 'quarter'),
          anchor: { kind: 'narrative', ref: q.id, reason: `a year shift in a story about the quarter "${q.text}" (${q.value})` },
        };
      }
      if (m.base === 'narrative') {
        const a = narrativeAnchor(ctx, m.unit);
        if (a) {
          // "a year later" after "March 2015" keeps the anchor's precision: 2016-03 (TimeML practice)
          const keep = AGO_RULES.has(f.rule) && !m.season && !m.part && fineEnough(a.unit, m.unit) && a.unit !== 'day';
          return {
            value: keep ? format(shift(a.day, m.unit, m.n), a.unit) : label(shift(a.day, m.unit, m.n)),
            anchor: { kind: 'narrative', ref: a.id, reason: `relative to the last date mentioned before it, "${a.text}" (${a.value})` },
          };
        }
        if (!dct) return { value: '', anchor: { kind: 'unresolved', reason: 'relative to an earlier date, and none is stated nor a publication date' } };
        return { value: label(shift(dct, m.unit, m.n)), anchor: dctAnchor(`relative to an earlier date, none stated before it: taken from the publication date (${isoDay(dct)})`) };
      }
      if (!dct) return { value: '', anchor: { kind: 'unresolved', reason: 'relative to the publication date, which is unknown' } };
      // "a decade ago" is a year (TimeML practice), not a decade
      if (f.rule === 'relative-ago' && (m.unit === 'decade' || m.unit === 'century')) return { value: format(shift(dct, m.unit, m.n), 'year'), anchor: dctAnchor(`relative to the publication date (${isoDay(dct)})`) };
      return { value: label(shift(dct, m.unit, m.n)), anchor: dctAnchor(`relative to the publication date (${isoDay(dct)})`) };
    }
  }
}

/** Registers a resolved expression as a narrative anchor when it is an explicit calendar date. */
export function maybeAnchor(ctx: Context, f: Found, id: string, value: string, text: string): void {
  const explicit =
    (f.meaning.kind === 'value' && f.meaning.calendar) || f.meaning.kind === 'yearless' || f.meaning.kind === 'weekday' || f.meaning.kind === 'holiday' || f.meaning.kind === 'quarter' || (f.meaning.kind === 'shift' && /^(?:Q|\d)/.test(f.meaning.season ?? ''));
  if (!explicit || f.type === 'DURATION') return;
  const p = parseValue(value);
  if (p) ctx.anchors.push({ id, value, day: p.day, unit: p.unit, text, end: f.end });
}
