/** Quarters, halves and seasons: "the third quarter", "third-quarter", "Q3 2020", "the first half of 2020", "this summer", "summer 2020". */
import { SEASON, SEASONS, YEAR } from '../lexicon.js';
import type { Rule } from '../types.js';

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4, final: 4 };

export const seasonQuarterRules: Rule[] = [
  {
    name: 'quarter',
    needs: /quarter|half/i,
    pattern: new RegExp(String.raw`\b(?:(?:the\s+year[-\s](?:ago|earlier)|the|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|(?:the\s+)?(${YEAR})(?:['’]s)?)\s+)?(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(quarter|half)(?:\s+(?:of\s+)?(?:(${YEAR})|fiscal\s+(${YEAR})))?\b`, 'gi'),
    make: (m) => {
      const q = ORD[m[2]!.toLowerCase()]!;
      const half = m[3]!.toLowerCase() === 'half';
      if (half && q > 2) return null;
      const year = m[1] ?? m[4] ?? m[5];
      const code = half ? `H${q}` : `Q${q}`;
      if (year) return { type: 'DATE', meaning: { kind: 'value', value: `${year}-${code}`, calendar: true } };
      if (/^next\s+year/i.test(m[0])) return { type: 'DATE', meaning: { kind: 'shift', unit: 'year', n: 1, base: 'dct', season: code } };
      if (/^the\s+year[-\s](?:ago|earlier)/i.test(m[0])) return { type: 'DATE', meaning: { kind: 'shift', unit: 'year', n: -1, base: 'narrative', season: code } };
      if (/^last\s+year/i.test(m[0])) return { type: 'DATE', meaning: { kind: 'shift', unit: 'year', n: -1, base: 'dct', season: code } };
      if (/^this\s+year/i.test(m[0])) return { type: 'DATE', meaning: { kind: 'shift', unit: 'year', n: 0, base: 'dct', season: code } };
      return { type: 'DATE', meaning: { kind: 'quarter', q, ...(half ? { half } : {}) } };
    },
  },
  {
    name: 'quarter-the',
    needs: /quarter|latest period/i,
    // "the quarter", "the latest quarter", "the same quarter": the quarter under discussion
    pattern: /\bthe\s+(?:(?:(latest|recent|most\s+recent|current|same|just-ended|just\s+ended)\s+)?(?:fiscal\s+)?quarter|latest\s+period)\b(?!s|ly)/gi,
    make: (m, text) => {
      if (/^\s+(?:of|century|mile|point|hour)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
      // "the current quarter" is the DCT's; "the latest/same quarter" the one under discussion
      const current = /^current$/i.test(m[1] ?? '');
      return { type: 'DATE', meaning: { kind: 'quarter', q: 0, ...(current ? { current } : {}) } };
    },
  },
  {
    name: 'quarter-q',
    needs: /Q[1-4]/,
    pattern: new RegExp(String.raw`\bQ([1-4])(?:\s+|\s*['’]?)(${YEAR})\b`, 'g'),
    make: (m) => ({ type: 'DATE', meaning: { kind: 'value', value: `${m[2]}-Q${m[1]}`, calendar: true } }),
  },
  {
    name: 'season-year',
    needs: /spring|summer|fall|autumn|winter/i,
    pattern: new RegExp(String.raw`\b(?:the\s+)?(${SEASON})\s+(?:of\s+)?(${YEAR})\b`, 'gi'),
    make: (m) => ({ type: 'DATE', meaning: { kind: 'value', value: `${m[2]}-${SEASONS[m[1]!.toLowerCase()]}`, calendar: true } }),
  },
  {
    name: 'season-relative',
    needs: /spring|summer|fall|autumn|winter/i,
    pattern: new RegExp(String.raw`\b(last|this|next|coming|past)\s+(${SEASON})\b`, 'gi'),
    make: (m) => {
      const w = m[1]!.toLowerCase();
      const n = w === 'last' || w === 'past' ? -1 : w === 'this' ? 0 : 1;
      // seasons move by a year: "last summer" is the summer of the year before, when the DCT is past that summer
      return { type: 'DATE', meaning: { kind: 'shift', unit: 'year', n, base: 'dct', season: SEASONS[m[2]!.toLowerCase()]! } };
    },
  },
];
