/** Sets (recurring times): "daily", "every year", "each week", "$5 million a year", "every Friday", "on Sundays". */
import { MONTH, NUMBER, WEEKDAY, WEEKDAYS, isCapitalised, monthNumber, numberValue } from '../lexicon.js';
import type { Rule } from '../types.js';

const ADVERBS: Record<string, string> = { hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y' };
const UNIT_CODES: Record<string, string> = { hour: 'PT1H', day: 'P1D', night: 'P1D', week: 'P1W', month: 'P1M', quarter: 'P3M', year: 'P1Y', decade: 'P10Y' };
const codeFor = (n: number, unit: string) => {
  const one = UNIT_CODES[unit]!;
  return one.replace(/1(?=[A-Z]$)/, String(n)).replace(/^P10Y$/, `P${10 * n}Y`);
};

export const setRules: Rule[] = [
  {
    name: 'set-adverb',
    needs: /hourly|daily|nightly|weekly|monthly|annually|yearly/i,
    pattern: /\b(hourly|daily|nightly|weekly|monthly|annually|yearly)\b/gi,
    make: (m, text) => {
      // "the daily newspaper" is an adjective before a noun; keep it (TimeML tags it) but not "Daily" as a name
      // "the Communist Party daily Granma": a newspaper
      if (/^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      if (/^[A-Z]/.test(m[1]!) && m.index > 0 && !/[.!?]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
      return { type: 'SET', meaning: { kind: 'value', value: ADVERBS[m[1]!.toLowerCase()]! } };
    },
  },
  {
    name: 'set-every',
    needs: /every|each/i,
    pattern: new RegExp(String.raw`\b(?:every|each)\s+(?:(other|${NUMBER})\s+)?(hour|day|night|week|month|quarter|year|decade)s?\b`, 'gi'),
    make: (m) => {
      const unit = m[2]!.toLowerCase();
      let n = 1;
      if (m[1]?.toLowerCase() === 'other') n = 2;
      else if (m[1]) {
        const v = numberValue(m[1]);
        if (typeof v !== 'number') return null;
        n = v;
      }
      return { type: 'SET', meaning: { kind: 'value', value: codeFor(n, unit) } };
    },
  },
  {
    name: 'set-per',
    needs: /\b(?:an?|per) (?:hour|day|night|week|month|year)/i,
    // "$5 million a year", "twice a week", "three times per day": only after a number, money or "times"
    pattern: /\b(?:a|an|per)\s+(hour|day|night|week|month|year)\b/gi,
    make: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (!/(?:\d|\b(?:times|twice|once|million|billion|thousand|hundred|dollars|euros|pounds|rubles|percent|cents))\s*$/i.test(before)) return null;
      return { type: 'SET', meaning: { kind: 'value', value: UNIT_CODES[m[1]!.toLowerCase()]! } };
    },
  },
  {
    name: 'set-month',
    needs: /\b(?:every|each)\s+[A-Z]/,
    // "each July", "every March": TimeML SET XXXX-07 (TimeBank: 1 found)
    pattern: new RegExp(String.raw`\b(?:every|each)\s+(${MONTH})\b`, 'g'),
    make: (m) => {
      const month = monthNumber(m[1]!);
      return month ? { type: 'SET', meaning: { kind: 'value', value: `XXXX-${String(month).padStart(2, '0')}` } } : null;
    },
  },
  {
    name: 'set-weekday',
    needs: /day/i,
    pattern: new RegExp(String.raw`\b(?:(?:every|each)\s+(${WEEKDAY})|on\s+(${WEEKDAY})s)\b`, 'gi'),
    make: (m) => {
      const day = m[1] ?? m[2]!;
      if (!isCapitalised(day)) return null;
      const start = m[2] ? m.index + 3 : m.index;
      return { type: 'SET', meaning: { kind: 'value', value: `XXXX-WXX-${WEEKDAYS[day.toLowerCase()]}` }, start };
    },
  },
];
