/** Years and decades: "in 2020", "2019's", "mid-1996", "the 1990s", "fiscal 1998". Not counts: "2020 votes". */
import { MONTH, SEASON, SEASONS, isCapitalised, monthNumber } from '../lexicon.js';
import type { Rule } from '../types.js';

/** A bare four-digit number is a year only after one of these words or before punctuation. */
const BEFORE = /(?:\b(?:in|since|by|until|till|through|from|during|before|after|to|between|and|or|of|early|late|mid|fiscal|year|around|for|than|circa|c\.|as of|season|spring|summer|fall|autumn|winter)\s+|\bmid-|\bpost-|\bpre-)$/i;
const AFTER_OK = /^(?:\s*[,.;:)!?'’"”]|\s*$|[ \t]*\n|[ \t]*\u00b6|\s+(?:and|or|to|when|while|as|after|before|election|elections|season|census|budget|campaign|Olympics|World Cup|general|presidential|, ))/;

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const TEENS: Record<string, number> = { nineteen: 19, eighteen: 18 };
const TENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

export const yearRules: Rule[] = [
  {
    name: 'year-spoken',
    needs: /nineteen|eighteen|two thousand/i,
    // broadcast transcripts: "nineteen ninety-six", "the year two thousand"; with a month or season before it, as a
    // written year would be: "January nineteen ninety-seven", "the winter of nineteen ninety-four" (TimeBank: 2 values fixed)
    pattern: new RegExp(String.raw`\b(?:(?:the\s+)?(${SEASON})\s+of\s+|(${MONTH})\s+(?:of\s+)?)?(?:(nineteen|eighteen)\s+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?|(?:the\s+year\s+)two\s+thousand)\b`, 'gi'),
    make: (m) => {
      const year = m[3] ? TEENS[m[3].toLowerCase()]! * 100 + TENS[m[4]!.toLowerCase()]! + (m[5] ? ONES[m[5].toLowerCase()]! : 0) : 2000;
      const month = m[2] && isCapitalised(m[2]) ? monthNumber(m[2]) : null;
      const tail = m[1] ? `-${SEASONS[m[1].toLowerCase()]}` : month ? `-${String(month).padStart(2, '0')}` : '';
      const start = m[2] && !month ? m.index + m[0].length - m[0].replace(/^\S+\s+(?:of\s+)?/i, '').length : undefined;
      return { type: 'DATE', meaning: { kind: 'value', value: `${year}${tail}`, calendar: true }, ...(start !== undefined ? { start } : {}) };
    },
  },
  {
    name: 'year-decade',
    needs: /\d0['’]?s\b/,
    pattern: /\b(?:the\s+)?(1[6-9]\d0|20\d0)['’]?s\b/g,
    make: (m) => ({ type: 'DATE', meaning: { kind: 'value', value: m[1]!.slice(0, 3), calendar: true } }),
  },
  {
    name: 'year-decade-short',
    needs: /['’]\d0s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/i,
    // "the '80s" (a 1900s decade, except '00s and '10s), "the nineties" (TimeBank: 2 expressions found)
    pattern: /(?:(?<![\w'’])['’]([0-9])0s|\b(?:the\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi,
    make: (m, text) => {
      const d = m[1] !== undefined ? +m[1] : DECADE_WORDS[m[2]!.toLowerCase()]!;
      // "in his forties": an age
      if (m[2] && !/^the\s/i.test(m[0])) return null;
      if (m[2] && /\b(?:his|her|their|its)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      return { type: 'DATE', meaning: { kind: 'value', value: d <= 1 ? `20${d}` : `19${d}`, calendar: true } };
    },
  },
  {
    name: 'year-century',
    needs: /century/i,
    // "the 20th century", "the 11th-century temple": TimeML writes the century's first two digits (19, 10)
    // (TimeBank: 3 found, 2 with their value; with the short decades, the "one-day" and "late-November" changes and
    // "each July": value F1 +0.002)
    pattern: /\b(?:the\s+)?([1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b/gi,
    make: (m) => ({ type: 'DATE', meaning: { kind: 'value', value: String(+m[1]! - 1).padStart(2, '0'), calendar: true } }),
  },
  {
    name: 'year-fiscal',
    needs: /fiscal/i,
    pattern: /\bfiscal(?:\s+year)?\s+((?:1[6-9]|20)\d\d)\b/gi,
    make: (m) => ({ type: 'DATE', meaning: { kind: 'value', value: m[1]!, calendar: true } }),
  },
  {
    name: 'year',
    pattern: /(?<![\w$£€.,/:#]|(?<!\b(?:mid|post|pre))-)((?:1[6-9]|20)\d\d)(?![\w/%-]|[.,:]\d)/g,
    make: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      const after = text.slice(m.index + 4, m.index + 24);
      const possessive = /^['’]s\b/.test(after);
      // "the 1996 Olympic bombing", "a 1971 convention", "the 1992 protests": a year used as an adjective (before the
      // plural test below: TimeBank "the 1992 protests"), unless what follows is something counted
      const adjective = /(?:\b(?:the|a|an|its|his|her|their|our|this|that)|\w['’]s)\s+(?:(?:post|pre|mid)-)?$/i.test(before) && /^\s+[A-Za-z]/.test(after) && +m[1]! >= 1900 && +m[1]! <= 2039;
      if (adjective && !/^\s+(?:votes?|people|members|troops|soldiers|units|cars|pages|words|miles|feet|metres|meters|tons|points|cases|deaths|jobs|shares|students|homes|seats|[a-z]+ers|[a-z]+ees)\b/i.test(after)) {
        return { type: 'DATE', meaning: { kind: 'value', value: m[1]!, calendar: true } };
      }
      // "to 2000 pages", "and 1500 soldiers": a count before a plural noun, unless a strong time preposition precedes
      if (/^\s+[a-z]+s\b/.test(after) && !/\b(?:in|since|by|until|till|during|before|after|early|late|mid|fiscal)\s+$/i.test(before)) return null;
      // "in 1994, 1995 and 1997": a year in a list of years
      if (/\b(?:1[6-9]|20)\d\d,\s+$/.test(before) && /^(?:,\s|\s+(?:and|or)\s)/.test(after)) return { type: 'DATE', meaning: { kind: 'value', value: m[1]!, calendar: true } };
      if (!BEFORE.test(before) && !possessive && !(AFTER_OK.test(after) && /(?:^|[\s(“"])$/.test(before) && !/\d[\s,]*$/.test(before))) return null;
      return { type: 'DATE', meaning: { kind: 'value', value: m[1]!, calendar: true } };
    },
  },
];
