/** A month on its own ("in March", "last November", "early December"): year inferred by the resolver. */
import { MONTH, isCapitalised, monthNumber } from '../lexicon.js';
import type { Rule } from '../types.js';

/** Words that make a bare month name a date: "in March", "since May", "by June". Not "the March of Dimes", "May I". */
const BEFORE = /(?:\b(?:in|since|by|until|till|through|from|during|before|after|to|between|and|or|of|for|early|late|mid|last|next|this|around|starting|beginning|ending|end|middle)\s+|\b(?:mid|early|late)-)$/i;

export const monthRules: Rule[] = [
  {
    name: 'month-of-relative-year',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    // "January this year", "June last year", "March of next year"
    pattern: new RegExp(String.raw`\b(${MONTH})\s+(?:of\s+)?(this|last|next)\s+year\b`, 'gi'),
    make: (m) => {
      const month = monthNumber(m[1]!);
      if (!month || !isCapitalised(m[1]!)) return null;
      const w = m[2]!.toLowerCase();
      const n = w === 'last' ? -1 : w === 'next' ? 1 : 0;
      return { type: 'DATE', meaning: { kind: 'shift', unit: 'year', n, base: 'dct', season: String(month).padStart(2, '0') } };
    },
  },
  {
    name: 'month-relative',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    pattern: new RegExp(String.raw`\b(last|next|this|past|coming)\s+(${MONTH})(?!\s+\d)`, 'gi'),
    make: (m) => {
      const month = monthNumber(m[2]!);
      if (!month || !isCapitalised(m[2]!)) return null;
      const rel = m[1]!.toLowerCase();
      const dir = rel === 'next' || rel === 'coming' ? 1 : rel === 'this' ? 0 : -1;
      return { type: 'DATE', meaning: { kind: 'yearless', month, dir } };
    },
  },
  {
    name: 'month-bare',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    pattern: new RegExp(String.raw`\b(${MONTH})(?!\s+\d)(?![\w-])`, 'gi'),
    make: (m, text) => {
      const month = monthNumber(m[1]!);
      if (!month || !isCapitalised(m[1]!)) return null;
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      // "the October slaying", "a June agreement": a month used as an adjective before a lower-case noun ("for January":
      // TimeBank tags all 3 such months, and the 2 adjectives)
      const adjective = /\b(?:the|a|an|its|his|her|their)\s+$/i.test(before) && /^\s+[a-z]{3,}/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)) && m[1] !== 'May';
      if (!BEFORE.test(before) && !adjective) return null;
      if (/^(?:May|March)$/.test(m[1]!) && /^\s+(?:I|we|you|he|she|they|it|be|have)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
      return { type: 'DATE', meaning: { kind: 'yearless', month } };
    },
  },
];
