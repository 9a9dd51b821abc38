/** Weekdays: "Friday", "last Friday", "next Tuesday", "Friday morning" (a TIME). Resolved by tense against the DCT. */
import { DAY, DAY_PART, DAY_PARTS, MONTH_BEFORE_DAY, WEEKDAY, WEEKDAYS, isCapitalised } from '../lexicon.js';
import type { Rule } from '../types.js';

export const weekdayRules: Rule[] = [
  {
    name: 'weekday',
    needs: /day\b/i,
    // not before a day number ("Friday, Nov. 20" is the date rules'); "fell 19 points Friday to 1462.93" is a weekday
    // (a former exclusion before any number cost TimeBank 3 expressions; value F1 +0.001)
    pattern: new RegExp(String.raw`\b(?:the\s+day\s+(before|after)\s+)?(?:(last|next|this|coming|past|the\s+previous|the\s+following)\s+)?(${WEEKDAY})(?:\s+(${DAY_PART}))?(?!\s*,?\s*(?:${MONTH_BEFORE_DAY}\s+)?${DAY}\b(?![.,]?\d))`, 'gi'),
    make: (m, text) => {
      if (!isCapitalised(m[3]!)) return null;
      // names: "the Sunday Times", "Monday Night Football"
      if (!m[4] && /^\s+(?:Times|Telegraph|Mail|Express|Post|Herald|Mirror|Independent|Star|Sport|People|Night|Morning|Club|School|Service|Bloody|Trading)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
      const weekday = WEEKDAYS[m[3]!.toLowerCase()]!;
      const r = m[2]?.toLowerCase();
      // "the previous Friday", "the following Monday": against the last day of the narrative (TimeBank: 1 value fixed)
      const narrative = !!r && /^the\s/.test(r);
      const rel = r === 'last' || r === 'past' || (narrative && /previous$/.test(r!)) ? -1 : r === 'next' || r === 'coming' || (narrative && /following$/.test(r!)) ? 1 : r === 'this' ? 0 : undefined;
      const part = m[4] ? DAY_PARTS[m[4].toLowerCase()] : undefined;
      // "the day before last Tuesday('s hearing)": that day, one day off (TimeBank: 1 value fixed)
      const offset = m[1] ? (m[1].toLowerCase() === 'before' ? -1 : 1) : 0;
      return {
        type: part ? 'TIME' : 'DATE',
        meaning: { kind: 'weekday', weekday, ...(rel !== undefined ? { rel } : {}), ...(part ? { part } : {}), ...(narrative ? { narrative } : {}), ...(offset ? { offset } : {}) },
      };
    },
  },
];
