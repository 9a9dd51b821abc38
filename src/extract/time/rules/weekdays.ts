/** Weekdays: "Friday", "last Friday", "next Tuesday", "Friday morning" (a TIME). Resolved by tense against the DCT. */
import { DAY_PART, DAY_PARTS, WEEKDAY, WEEKDAYS, isCapitalised } from '../lexicon.js';
import type { Rule } from '../types.js';

export const weekdayRules: Rule[] = [
  {
    name: 'weekday',
    needs: /day\b/i,
    pattern: new RegExp(String.raw`\b(?:(last|next|this|coming|past)\s+)?(${WEEKDAY})(?:\s+(${DAY_PART}))?(?!\s*,?\s*(?:\w+\.?\s+)?\d)`, 'gi'),
    make: (m, text) => {
      if (!isCapitalised(m[2]!)) return null;
      // names: "the Sunday Times", "Monday Night Football"
      if (!m[3] && /^\s+(?:Times|Telegraph|Mail|Express|Post|Herald|Mirror|Independent|Star|Sport|People|Night|Morning|Club|School|Service|Bloody|Trading)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
      const weekday = WEEKDAYS[m[2]!.toLowerCase()]!;
      const r = m[1]?.toLowerCase();
      const rel = r === 'last' || r === 'past' ? -1 : r === 'next' || r === 'coming' ? 1 : r === 'this' ? 0 : undefined;
      const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : undefined;
      return {
        type: part ? 'TIME' : 'DATE',
        meaning: { kind: 'weekday', weekday, ...(rel !== undefined ? { rel } : {}), ...(part ? { part } : {}) },
      };
    },
  },
];
