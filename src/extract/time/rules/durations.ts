/** Durations: "three years", "months", "24 hours", "the past two weeks", "a decade", "several days". */
import { NUMBER, UNIT, UNITS, numberValue } from '../lexicon.js';
import type { Rule } from '../types.js';

function value(n: number | 'X', unit: string): string | null {
  const u = UNITS[unit.toLowerCase().replace(/s$/, '')];
  if (!u) return null;
  const [code, mult, time] = u;
  const amount = n === 'X' ? 'X' : String(+(n * mult).toFixed(3));
  return `P${time ? 'T' : ''}${amount}${code}`;
}

/** Bare plural units are durations after these words ("for years", "amid months of protests", "in recent weeks"). */
const PLURAL_BEFORE = /\b(?:for|amid|over|after|within|in|recent|past|coming|next|last|few|many|several|took|take|takes|lasted|last|spent)\s+$/i;

/** Half a unit in the next smaller one, for "2 1/2 years" (P2Y6M) and "an hour and a half" (PT1H30M). */
const HALF: Record<string, [string, number, boolean]> = {
  year: ['M', 6, false], month: ['D', 15, false], day: ['H', 12, true], hour: ['M', 30, true], minute: ['S', 30, true],
};

/** "P2Y6M", "PT5H30M", "P1DT12H": n whole units and a half. */
function withHalf(n: number, unit: string): string | null {
  const u = UNITS[unit];
  const h = HALF[unit];
  if (!u || !h || u[1] !== 1) return null;
  const whole = `${n}${u[0]}`;
  const half = `${h[1]}${h[0]}`;
  if (u[2]) return `PT${whole}${half}`;
  return h[2] ? `P${whole}T${half}` : `P${whole}${half}`;
}

export const durationRules: Rule[] = [
  {
    name: 'duration-half',
    needs: /1\/2|and a half/i,
    // "2 1/2 years", "5 1/2 hours", "a minute and a half" (TimeBank: all 3 tagged, with these values)
    pattern: new RegExp(String.raw`\b(?:(\d+)[\s-]+1/2[\s-]+(${UNIT})s?|(an?|one|\d+)\s+(${UNIT})s?\s+and\s+a\s+half)\b`, 'gi'),
    make: (m) => {
      const n = m[1] ? +m[1] : numberValue(m[3]!);
      const v = typeof n === 'number' ? withHalf(n, (m[2] ?? m[4])!.toLowerCase()) : null;
      return v ? { type: 'DURATION', meaning: { kind: 'value', value: v } } : null;
    },
  },
  {
    name: 'duration-number',
    // three years · 24-hour · the past two weeks · the next few months · 10 more years
    pattern: new RegExp(String.raw`\b(?:(the\s+(?:past|last|next|previous|coming|following|first|final|remaining|recent)\s+)|(recent)\s+)?(${NUMBER})(?:\s+more|\s+additional|\s+full|\s+straight|\s+consecutive)?[\s-]+(${UNIT})(s)?\b`, 'gi'),
    make: (m, text) => {
      const n = numberValue(m[3]!);
      if (n === null) return null;
      const unit = m[4]!.toLowerCase();
      const word = m[3]!.toLowerCase();
      // "a second look", "a minute's silence" are not durations worth a TIMEX in news
      if ((unit === 'second' || unit === 'minute') && (word === 'a' || word === 'an')) {
        if (!/\b(?:for|in|within|than|about|just|only|half)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
      }
      // "the first day" (ordinal phrase), "one day" alone, "some day" are not counted stretches
      if (unit === 'night' && word !== 'a' && typeof n !== 'number') return null;
      // ("a one-day trip" is a duration: TimeBank tags it, 1 found)
      if ((word === 'one' || word === 'some') && unit === 'day' && !m[5] && !m[1] && !/-/.test(m[0])) return null;
      // "the 1988 quarter": a year, not 1988 quarters
      if (typeof n === 'number' && n >= 1000 && !m[5]) return null;
      // "three-quarters" is a fraction; "60 Minutes" (capitalised mid-sentence) a title
      if (unit === 'quarter' && /-/.test(m[0]) && m[5]) return null;
      // "a quarter of the workforce", "three quarters of voters": fractions
      if (unit === 'quarter' && /^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      if (/^[A-Z]/.test(m[4]!) && !/^[A-Z]/.test(m[3]!)) return null;
      // "6-year-old" is an age adjective, not tagged in TimeML corpora
      if (/^-old\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      // "Mr. Smith, 52 years old": an age, not tagged in TimeML corpora either (TimeBank: 4 spurious removed, value F1 +0.001)
      if (unit === 'year' && /^\s+old\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
      const v = value(n, unit);
      if (!v) return null;
      return { type: 'DURATION', meaning: { kind: 'value', value: v } };
    },
  },
  {
    name: 'duration-plural',
    // months · years · decades · weeks (bare plurals after "for", "amid", "recent" …): PXM, PXY …
    pattern: new RegExp(String.raw`\b(?:(recent)\s+)?(${UNIT})s\b`, 'gi'),
    make: (m, text) => {
      const unit = m[2]!.toLowerCase();
      if (unit === 'second' || unit === 'night') return null;
      // "three-quarters of its food": a fraction
      if (unit === 'quarter' && (text[m.index - 1] === '-' || /^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))) return null;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (!m[1] && !PLURAL_BEFORE.test(before) && !/^\s+of\b/.test(after)) return null;
      if (/^\s+(?:ago|earlier|later)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
      const v = value('X', unit);
      return v ? { type: 'DURATION', meaning: { kind: 'value', value: unit === 'decade' ? 'PXDE' : v } } : null;
    },
  },
];
