/** Clock times: "10 a.m.", "3:30 p.m. EDT", "noon", "midnight", "14:30 GMT". The day comes from the resolver. */
import type { Rule } from '../types.js';

const ZONE = String.raw`(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|MSK|local\s+time|[A-Z]{2,4}T))?`;

export const timeRules: Rule[] = [
  {
    name: 'time-ampm',
    needs: /[ap]\.?m\b/i,
    pattern: new RegExp(String.raw`\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*(a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)${ZONE}`, 'gi'),
    make: (m) => {
      let hour = +m[1]! % 12;
      if (m[3]!.toLowerCase().startsWith('p')) hour += 12;
      return { type: 'TIME', meaning: { kind: 'clock', hour, minute: m[2] ? +m[2] : 0 } };
    },
  },
  {
    name: 'time-24h',
    needs: /\d[:.h]\d\d/,
    pattern: new RegExp(String.raw`\b([01]?\d|2[0-3])[:.h]([0-5]\d)\s*(?:GMT|UTC|BST|CET|CEST|MSK|local\s+time|hours|hrs)\b`, 'gi'),
    make: (m) => ({ type: 'TIME', meaning: { kind: 'clock', hour: +m[1]!, minute: +m[2]! } }),
  },
  {
    name: 'time-in-the',
    needs: /in the (?:morning|afternoon|evening|night)/i,
    // "at 4 in the morning", "10 o'clock at night" (TimeBank: 1 found)
    pattern: /\b(1[0-2]|0?[1-9])(?:\s+o['’]clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b/gi,
    make: (m, text) => {
      // "aged 4 in the morning of life" is rare; a count before it ("scored 4 in the afternoon") is not a time
      if (!/\b(?:at|by|until|till|before|after|around|about|from)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const part = (m[2] ?? m[3])!.toLowerCase();
      let hour = +m[1]! % 12;
      if (part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 6)) hour += 12;
      return { type: 'TIME', meaning: { kind: 'clock', hour, minute: 0 } };
    },
  },
  {
    name: 'time-noon',
    needs: /noon|midday|midnight/i,
    pattern: /\b(noon|midday|midnight)\b/gi,
    make: (m, text) => {
      // "High Noon" (a title): capitalised mid-sentence
      if (/^[A-Z]/.test(m[1]!) && m.index > 0 && !/[.!?"“'‘(]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
      if (/\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
      return { type: 'TIME', meaning: { kind: 'clock', hour: m[1]!.toLowerCase() === 'midnight' ? 24 : 12, minute: 0 } };
    },
  },
];
