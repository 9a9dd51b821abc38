/** Quarters, halves and seasons: "the third quarter", "third-quarter", "Q3 2020", "the first half of 2020", "this summer", "summer 2020". */
import { SEASON, SEASONS, YEAR } from '../lexicon.js';
import type { Rule } from '../types.js';

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4, final: 4 };

export const seasonQuarterRules: Rule[] = [
  {
    name: 'quarter',
    needs: /quarter|half/i,
    pattern: new RegExp(String.raw`\b(?:(?:the\s+year[-\s](?:ago|earlier)|the|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|(?:the\s+)?(${YEAR})(?:['’]s)?)\s+)?(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(quarter|half)(?:\s+(?:of\s+)?(?:(${YEAR})|fiscal\s+(${YEAR})))?\b`, 'gi'),
    make: (m) => {
      const half = m[3]!.toLowerCase() === 'half';
      // "the last half of 1989" is H2 (TimeBank: 1 found); "the last quarter" is left to the relative rules
      if (/^last$/i.test(m[2]!) && (!half || !(m[4] ?? m[5]))) return null;
      const q = half && /^last$/i.test(m[2]!) ? 2 : ORD[m[2]!.toLowerCase()]!;
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
    name: 'quarter-halves',
    needs: /two quarters of/i,
    // "the first two quarters of 1990" is that year's first half (TimeML H1); "the last two quarters of 1989" its H2
    pattern: new RegExp(String.raw`\b(?:the\s+)?(first|last|final)\s+two\s+quarters\s+of\s+(${YEAR})\b`, 'gi'),
    make: (m) => ({ type: 'DATE', meaning: { kind: 'value', value: `${m[2]}-H${/^first$/i.test(m[1]!) ? 1 : 2}`, calendar: true } }),
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
    name: 'quarter-year-ago',
    needs: /last year['’]s|(?:quarter|period) (?:a year|last year|of last year|the previous year)/i,
    // "the corresponding period last year", "last year's quarter", "the quarter a year ago": the quarter under
    // discussion, a year before (TimeBank: 3 expressions, all three values fixed)
    pattern: /\b(?:(?:the\s+)?(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|of\s+last\s+year|the\s+previous\s+year)|last\s+year['’]s\s+(?:quarter|period))\b/gi,
    make: () => ({ type: 'DATE', meaning: { kind: 'shift', unit: 'year', n: -1, base: 'dct' } }),
  },
  {
    name: 'quarter-of-year',
    needs: /\d\d quarter\b/i,
    // "the 1988 quarter": the quarter under discussion, in that year (TimeBank: 1 value fixed; "the 1988 period" is left
    // a year: its gold is a quarter as often as a year)
    pattern: new RegExp(String.raw`\bthe\s+(${YEAR})\s+quarter\b(?!s)`, 'gi'),
    make: (m) => ({ type: 'DATE', meaning: { kind: 'quarter', q: 0, year: +m[1]! } }),
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
    name: 'season-the',
    needs: /the (?:early |late )?(?:spring|summer|fall|autumn|winter)/i,
    // "over the summer", "into the summer", "of the early summer": that season of the narrative's time (TimeBank:
    // 3 found, all with their value; the 4th such phrase in the corpus is untagged)
    pattern: new RegExp(String.raw`\b(?:in|during|over|into|through|throughout|until|since|of|for)\s+(the\s+(?:(early|late)\s+)?(${SEASON}))\b`, 'gi'),
    make: (m, text) => {
      // "the summer of 1989" is season-year's; "the Summer Olympics", "the fall 2021 line-up": names and adjectives
      if (/^\s+(?:of\b|[A-Z0-9])/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      const start = m.index + m[0].length - m[1]!.length;
      const mod = m[2] ? (m[2].toLowerCase() === 'early' ? 'START' : 'END') : undefined;
      return { type: 'DATE', meaning: { kind: 'season', code: SEASONS[m[3]!.toLowerCase()]! }, start, ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'season-relative',
    needs: /spring|summer|fall|autumn|winter/i,
    pattern: new RegExp(String.raw`\b(this\s+past|last|this|next|coming|past)\s+(${SEASON})\b`, 'gi'),
    make: (m) => {
      const w = m[1]!.toLowerCase();
      // "this past spring": the latest one begun by the DCT (TimeBank: 1 value fixed)
      if (/^this\s+past$/.test(w)) return { type: 'DATE', meaning: { kind: 'season', code: SEASONS[m[2]!.toLowerCase()]!, past: true } };
      const n = w === 'last' || w === 'past' ? -1 : w === 'this' ? 0 : 1;
      // seasons move by a year: "last summer" is the summer of the year before, when the DCT is past that summer
      return { type: 'DATE', meaning: { kind: 'shift', unit: 'year', n, base: 'dct', season: SEASONS[m[2]!.toLowerCase()]! } };
    },
  },
];
