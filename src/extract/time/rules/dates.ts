/** Calendar dates stated in full or in part: "Nov. 19, 2020", "19 November 2020", "2020-11-19", "Aug. 9", "November 2020". */
import { DAY, MONTH, MONTH_BEFORE_DAY, WEEKDAY, YEAR, isCapitalised, monthNumber } from '../lexicon.js';

/** An optional weekday before a date: "Saturday, April 25". */
const WD = String.raw`(?:${WEEKDAY},?\s+)?`;
import { isValidDay } from '../calendar.js';
import type { Made, Rule } from '../types.js';

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
    make: (m) => {
      const month = monthNumber(m[1]!);
      const day = dayNum(m[2]!);
      if (!month || !isCapitalised(m[1]!) || !isValidDay(2000, month, day)) return null;
      // "May 5" reads as a date; "May 5 people" would not, but is rare enough in news
      return { type: 'DATE', meaning: { kind: 'yearless', month, day } };
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
