/**
 * Relative dates: "today", "yesterday", "last week", "next month", "this year", "two weeks ago",
 * "the next month" / "a year earlier" / "the following day" (narrative: against the last date in the text).
 */
import { DAY_PART, DAY_PARTS, NUMBER, numberValue } from '../lexicon.js';
import type { Rule, Unit } from '../types.js';

const UNITS: Record<string, Unit> = {
  day: 'day', week: 'week', weekend: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century',
};
const REL_UNIT = String.raw`(day|week|weekend|month|quarter|year|decade|century)`;

/** Day words against the DCT. */
const DAY_WORDS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

export const relativeRules: Rule[] = [
  {
    name: 'relative-year-ago',
    needs: /year[-\s](?:ago|earlier)/i,
    // "the year-ago quarter", "year-earlier profit", "the year-earlier period": the period a year before the one discussed
    pattern: /\b(?:(the)\s+)?year[-\s](?:ago|earlier)(?:\s+(quarter|period))?\b/gi,
    make: (m) => ({ type: 'DATE', meaning: { kind: 'shift', unit: 'year', n: -1, base: 'dct' } }),
  },
  {
    name: 'relative-weekend',
    needs: /weekend/i,
    // "over the weekend" (the last one, by tense), "this weekend", "last weekend", "next weekend"
    pattern: /\b(the|this|last|next|past|coming)\s+weekend\b(?!s)/gi,
    make: (m) => {
      const w = m[1]!.toLowerCase();
      if (w === 'the') return { type: 'DATE', meaning: { kind: 'weekend' } };
      const n = w === 'last' || w === 'past' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
      return { type: 'DATE', meaning: { kind: 'shift', unit: 'week', n, base: 'dct', part: 'WE' } };
    },
  },
  {
    name: 'relative-end-of',
    needs: / of (?:the|this|next|last) /i,
    // "the end of the year", "the beginning of next month", "the middle of this week"
    pattern: new RegExp(String.raw`\b(?:the\s+)?(end|beginning|start|middle|close)\s+of\s+(the|this|next|last)\s+(week|month|quarter|year|decade)\b`, 'gi'),
    make: (m) => {
      const pos = m[1]!.toLowerCase();
      const w = m[2]!.toLowerCase();
      const n = w === 'last' ? -1 : w === 'next' ? 1 : 0;
      const mod = pos === 'end' || pos === 'close' ? 'END' : pos === 'middle' ? 'MID' : 'START';
      return { type: 'DATE', meaning: { kind: 'shift', unit: UNITS[m[3]!.toLowerCase()]!, n, base: 'dct' }, mod };
    },
  },
  {
    name: 'relative-day-word',
    needs: /today|yesterday|tomorrow/i,
    // "the day before yesterday", "yesterday morning", "mid-afternoon yesterday", "late yesterday"
    pattern: new RegExp(String.raw`\b(?:the\s+day\s+(before|after)\s+)?(?:(?:(?:early|late|mid)[-\s]?)?(${DAY_PART})\s+)?(today|yesterday|tomorrow)(?:['’]s)?(?:\s+(${DAY_PART}))?\b`, 'gi'),
    make: (m, text) => {
      let n = DAY_WORDS[m[3]!.toLowerCase()]!;
      if (m[1]) n += m[1].toLowerCase() === 'before' ? -1 : 1;
      const said = m[2] ?? m[4];
      const part = said ? DAY_PARTS[said.toLowerCase()] : undefined;
      const end = /['’]s$/.test(m[0]) ? m.index + m[0].length - 2 : undefined;
      return { type: part ? 'TIME' : 'DATE', meaning: { kind: 'shift', unit: 'day', n, base: 'dct', ...(part ? { part } : {}) }, ...(end ? { end } : {}) };
    },
  },
  {
    name: 'relative-tonight',
    needs: /night|morning|afternoon|evening/i,
    pattern: /\b(?:(last|this|tomorrow|yesterday)\s+)?(tonight|night|morning|afternoon|evening)\b/gi,
    make: (m) => {
      const w = m[1]?.toLowerCase();
      const word = m[2]!.toLowerCase();
      if (word !== 'tonight' && !w) return null;
      if (word === 'tonight' && w) return null;
      if (word === 'night' && w === 'this') return null;
      const n = w === 'last' || w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      if (w === 'last' && word !== 'night') return null;
      return { type: 'TIME', meaning: { kind: 'shift', unit: 'day', n, base: 'dct', part: DAY_PARTS[word]! } };
    },
  },
  {
    name: 'relative-day-part',
    needs: /morning|afternoon|evening/i,
    // "in the morning", "by mid-afternoon": a part of the day the narrative is about (the last day mentioned, else the
    // DCT) (TimeBank: both such phrases tagged)
    pattern: /\b(?:(?:in|during|by|until|through|throughout)\s+(?:the\s+)?)(?:(?:early|mid|late)[-\s]?)?(morning|afternoon|evening)\b(?!s)/gi,
    make: (m, text) => {
      // "in the morning" needs "the"; "by mid-afternoon", "until late evening" need the early/mid/late
      if (!/\bthe\s/i.test(m[0]) && !/(?:early|mid|late)[-\s]?\w+$/i.test(m[0])) return null;
      // "in the evening news", "the morning papers": a noun's modifier
      if (/^\s+(?:news|papers?|paper|edition|show|session|rush|commute|prayers?|star|sun|light|gown|dress|coat|glory|sickness)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      const start = m.index + m[0].search(/(?:the\s|early|mid|late|morning|afternoon|evening)/i);
      return { type: 'TIME', meaning: { kind: 'shift', unit: 'day', n: 0, base: 'narrative', part: DAY_PARTS[m[1]!.toLowerCase()]! }, start };
    },
  },
  {
    name: 'relative-this-next-last',
    // last week · next month · this year · earlier this year · later this month · the next month, that same day (narrative)
    pattern: new RegExp(String.raw`\b(?:(earlier|later)\s+)?(?:(the|that(?=\s+same\b))\s+)?(last|next|this|coming|previous|preceding|following|same|that|past)\s+${REL_UNIT}\b(?!s)`, 'gi'),
    make: (m, text) => {
      const the = !!m[2];
      const w = m[3]!.toLowerCase();
      const unit = UNITS[m[4]!.toLowerCase()]!;
      if (m[4]!.toLowerCase() === 'weekend') return null; // relative-weekend
      // "ABC's “This Week”": a capitalised unit word is a title (TimeBank: 2 spurious removed)
      if (/^[A-Z][a-z]/.test(m[4]!)) return null;
      // "the past year", "the last decade", "the last quarter": the unit before the DCT's (TimeBank and MEANTIME tag them
      // as such DATEs 7 times, as DURATIONs twice)
      if (the && (w === 'last' || w === 'past')) {
        if (unit === 'day') return null;
        return { type: 'DATE', meaning: { kind: 'shift', unit, n: -1, base: 'dct' } };
      }
      if (w === 'past' || (the && w === 'this') || (w === 'that' && the)) return null;
      // "that day" after "he said" is narrative; "the day" alone is not matched at all
      if (w === 'same' && !the) return null;
      const narrative = the || w === 'previous' || w === 'preceding' || w === 'following' || w === 'that' || w === 'same';
      const n = w === 'last' || w === 'previous' || w === 'preceding' ? -1 : w === 'next' || w === 'coming' || w === 'following' ? 1 : 0;
      if (unit === 'day' && !narrative) return null; // "this day", "next day" without "the": rare and ambiguous
      // "announced earlier this month that …" is a date too (a former exclusion before "that/which" cost TimeBank 2 expressions)
      return { type: 'DATE', meaning: { kind: 'shift', unit, n, base: narrative ? 'narrative' : 'dct' } };
    },
  },
  {
    name: 'relative-the-year',
    needs: /the (?:\w+ )*year\b/i,
    // financial text: "for the year", "in the current fiscal year", "through the first nine months of the year" (the
    // DCT's year; "the latest fiscal year": the last one completed), "for the year ended March 31" (a stretch of a
    // year: TimeML DURATION P1Y). Only after a preposition, never before "before/after/when …" (the narrative's year).
    // TimeBank: 17 expressions found, value F1 +0.004; MEANTIME, example unchanged.
    pattern: /\b(?:for|in|of|during|through|throughout|over)\s+(the\s+((?:(?:current|full|latest|fiscal|whole|entire)\s+)*)year)\b(?![-'’]|s\b)/gi,
    make: (m, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (/Year/.test(m[1]!)) return null; // "Player of the Year"
      // "the year before", "the year that followed", "the year he was born": the narrative's year, not the DCT's
      if (/^\s+(?:before|after|earlier|later|when|which|in\s+which|he|she|they|we|it|I|of|two|\d)\b/i.test(after)) return null;
      if (!m[2] && /^\s+that\b/i.test(after)) return null;
      const start = m.index + m[0].length - m[1]!.length;
      if (/^\s+(?:ended|ending|to\s+(?:date|[A-Z]))\b/.test(after)) return { type: 'DURATION', meaning: { kind: 'value', value: 'P1Y' }, start };
      const n = /latest/i.test(m[2]!) ? -1 : 0;
      return { type: 'DATE', meaning: { kind: 'shift', unit: 'year', n, base: 'dct' }, start };
    },
  },
  {
    name: 'relative-year-end',
    needs: /year['’]?s?[-\s]end/i,
    // "by year-end", "around year end", "by year's end": the end of the DCT's year (TimeBank: 5 found, 2 with its
    // value; relaxed F1 +0.001, value F1 unchanged: its gold values are 1989, 1989-12, 1989-12-31 …)
    pattern: /\b(?:the\s+)?year(?:['’]s)?[-\s]end\b(?!s|ed|ing)/gi,
    make: () => ({ type: 'DATE', meaning: { kind: 'shift', unit: 'year', n: 0, base: 'dct' }, mod: 'END' }),
  },
  {
    name: 'relative-ago',
    needs: /\b(?:ago|earlier|later|before|after|from now|hence)\b/i,
    // two weeks ago · a year earlier · three days later · a month from now
    pattern: new RegExp(String.raw`\b(${NUMBER})[\s-]+${REL_UNIT}s?\s+(?:(or\s+so)\s+)?(ago|earlier|later|from\s+now|hence|(?:before|after)(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|[A-Z]\w*)\b))\b`, 'gi'),
    make: (m) => {
      const n = numberValue(m[1]!);
      if (n === null || (n !== 'X' && !Number.isInteger(n))) return null;
      // "several years ago", "weeks later": a vague distance is only a vague reference
      if (n === 'X') return m[4]!.toLowerCase() === 'ago' ? { type: 'DATE', meaning: { kind: 'value', value: 'PAST_REF' } } : null;
      const unit = UNITS[m[2]!.toLowerCase()]!;
      const w = m[4]!.toLowerCase();
      const back = w === 'ago' || w === 'earlier' || w === 'before';
      const base = w === 'ago' || w.startsWith('from') || w === 'hence' ? 'dct' : 'narrative';
      // "a week or so ago": the same date, approximately
      return { type: 'DATE', meaning: { kind: 'shift', unit, n: back ? -n : n, base }, ...(m[3] ? { mod: 'APPROX' as const } : {}) };
    },
  },
];
