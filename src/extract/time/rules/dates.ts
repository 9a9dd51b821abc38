/** Calendar dates stated in full or in part: "Nov. 19, 2020", "19 November 2020", "2020-11-19", "Aug. 9", "November 2020". */
import { DAY, MONTH, MONTH_BEFORE_DAY, WEEKDAY, YEAR, isCapitalised, monthNumber } from '../lexicon.js';

/** An optional weekday before a date: "Saturday, April 25". */
const WD = String.raw`(?:${WEEKDAY},?\s+)?`;
import { isValidDay } from '../calendar.js';
import type { Made, Rule } from '../types.js';

/** What follows the first day of "Nov. 19-20, 2020": the second day and the year. */
const RANGE_YEAR = new RegExp(String.raw`^\s*(?:,?\s*(?:and|or|to|through)\s+|[-–]\s*)${DAY},?\s+(${YEAR})\b`);

const p2 = (n: number) => String(n).padStart(2, '0');
const dayNum = (s: string) => parseInt(s, 10);

function full(year: number, month: number | null, day: number): Made | null {
  if (!month || !isValidDay(year, month, day)) return null;
  return { type: 'DATE', meaning: { kind: 'value', value: `${year}-${p2(month)}-${p2(day)}`, calendar: true } };
}

export const dateRules: Rule[] = [
  {
    name: 'date-month-day-year',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    // Nov. 19, 2020 · November 19th 2020 · Sunday, Nov. 19, 2020 is found by weekday + this
    pattern: new RegExp(String.raw`\b${WD}(${MONTH_BEFORE_DAY})\s+(${DAY})\s?,?\s+(${YEAR})\b`, 'gi'),
    make: (m) => (isCapitalised(m[1]!) ? full(+m[3]!, monthNumber(m[1]!), dayNum(m[2]!)) : null),
  },
  {
    name: 'date-day-month-year',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    pattern: new RegExp(String.raw`\b(${DAY})\s+(?:of\s+)?(${MONTH_BEFORE_DAY})\s?,?\s+(${YEAR})\b`, 'gi'),
    make: (m) => (isCapitalised(m[2]!) ? full(+m[3]!, monthNumber(m[2]!), dayNum(m[1]!)) : null),
  },
  {
    name: 'date-iso',
    needs: /\d-\d\d-\d/,
    pattern: /\b((?:1[6-9]|20)\d\d)-(\d\d)-(\d\d)\b/g,
    make: (m) => full(+m[1]!, +m[2]!, +m[3]!),
  },
  {
    name: 'date-numeric-us',
    needs: /\d\/\d/,
    // 11/19/2020 (month first, as in US news); URLs are dropped by the url refiner
    pattern: /\b(1[0-2]|0?[1-9])\/([12]\d|3[01]|0?[1-9])\/((?:19|20)\d\d)\b/g,
    make: (m) => full(+m[3]!, +m[1]!, +m[2]!),
  },
  {
    name: 'date-month-year',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    pattern: new RegExp(String.raw`\b(${MONTH}),?\s+(?:of\s+)?(${YEAR})\b`, 'gi'),
    make: (m) => {
      const month = monthNumber(m[1]!);
      if (!month || !isCapitalised(m[1]!)) return null;
      return { type: 'DATE', meaning: { kind: 'value', value: `${m[2]}-${p2(month)}`, calendar: true } };
    },
  },
  {
    name: 'date-week-of',
    needs: /week of/i,
    // "the week of March 6": the ISO week of that day (TimeBank: 1 value fixed)
    pattern: new RegExp(String.raw`\b(?:the\s+)?week\s+of\s+(${MONTH_BEFORE_DAY})\s+(${DAY})\b(?![.,]?\d|:\d|,?\s+\d{4})`, 'gi'),
    make: (m) => {
      const month = monthNumber(m[1]!);
      const day = dayNum(m[2]!);
      if (!month || !isCapitalised(m[1]!) || !isValidDay(2000, month, day)) return null;
      return { type: 'DATE', meaning: { kind: 'yearless', month, day, week: true } };
    },
  },
  {
    name: 'date-month-day',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    // not "Aug. 9:30"; "on Saturday, April 25: …" (a colon before the text it introduces) is a date (TimeBank: 4 found, value F1 +0.001)
    pattern: new RegExp(String.raw`\b${WD}(${MONTH_BEFORE_DAY})\s+(${DAY})\b(?![.,]?\d|:\d)`, 'gi'),
    make: (m, text) => {
      const month = monthNumber(m[1]!);
      const day = dayNum(m[2]!);
      if (!month || !isCapitalised(m[1]!) || !isValidDay(2000, month, day)) return null;
      // "Nov. 19-20, 2020": the year after the second day is the first one's too
      const range = RANGE_YEAR.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      if (range) return full(+range[1]!, month, day);
      // "May 5" reads as a date; "May 5 people" would not, but is rare enough in news
      return { type: 'DATE', meaning: { kind: 'yearless', month, day } };
    },
  },
  {
    name: 'date-second-day',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    // "April 24 and 25", "Nov. 19-20, 2020": the second day is a date of its own, in the first one's month (TimeML
    // tags it alone: TimeBank "on April 24 and [25]"); the first day is found by the rules above
    pattern: new RegExp(String.raw`\b(${MONTH_BEFORE_DAY})\s+(${DAY})(\s*(?:,?\s*(?:and|or|to|through)\s+|[-–]\s*))(${DAY})\b(?![.,]?\d|:\d)(?:,?\s+(${YEAR})\b)?`, 'gi'),
    make: (m, text) => {
      const month = monthNumber(m[1]!);
      const day = dayNum(m[4]!);
      if (!month || !isCapitalised(m[1]!) || !isValidDay(2000, month, day) || day <= dayNum(m[2]!)) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "Aug. 9 and 10 people": a count before a noun
      if (!m[5] && /^\s+[a-z]/.test(after) && !/^\s+(?:in|at|on|and|or|when|while|with|as|before|after|for|to|the|that|this|is|are|was|were|will|would)\b/.test(after)) return null;
      const start = m.index + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[3]!, m[2]!.length) + m[3]!.length;
      const end = start + m[4]!.length;
      if (m[5]) return { ...full(+m[5], month, day)!, start, end };
      return { type: 'DATE', meaning: { kind: 'yearless', month, day }, start, end };
    },
  },
  {
    name: 'date-day-month',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    pattern: new RegExp(String.raw`\b(${DAY})\s+(?:of\s+)?(${MONTH_BEFORE_DAY})\b`, 'gi'),
    make: (m) => {
      const month = monthNumber(m[2]!);
      const day = dayNum(m[1]!);
      if (!month || !isCapitalised(m[2]!) || !isValidDay(2000, month, day)) return null;
      return { type: 'DATE', meaning: { kind: 'yearless', month, day } };
    },
  },
];
