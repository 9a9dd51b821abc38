/**
 * Holidays: "Thanksgiving Day", "Christmas", "New Year's Eve", "Easter week", "Election Day", "Christmas 2019".
 * The day is computed for the year (fixed dates, n-th weekdays, Easter); without a year stated the resolver
 * takes the occurrence before or after the DCT by tense. A bare name without "Day"/"Eve" counts only after
 * a preposition ("on Christmas", "since Easter") and not before a noun ("Christmas sales": an adjective).
 * TimeBank: 5 found (Thanksgiving Day ×3, Election Day, Easter week), value F1 +0.002; MEANTIME's "Christmas sales"
 * and "the Christmas and New Year sales period" stay untagged.
 */
import { addDays, easter, nthWeekday, type Day } from '../calendar.js';
import { YEAR } from '../lexicon.js';
import type { Rule } from '../types.js';

/** Holiday name (lower case, spaces collapsed, apostrophes straight) → its day in a year. */
export const HOLIDAYS: Record<string, (year: number) => Day> = {
  'christmas': (y) => ({ year: y, month: 12, day: 25 }),
  'christmas day': (y) => ({ year: y, month: 12, day: 25 }),
  'christmas eve': (y) => ({ year: y, month: 12, day: 24 }),
  'boxing day': (y) => ({ year: y, month: 12, day: 26 }),
  "new year's day": (y) => ({ year: y, month: 1, day: 1 }),
  "new year's eve": (y) => ({ year: y, month: 12, day: 31 }),
  "valentine's day": (y) => ({ year: y, month: 2, day: 14 }),
  'halloween': (y) => ({ year: y, month: 10, day: 31 }),
  'independence day': (y) => ({ year: y, month: 7, day: 4 }),
  'veterans day': (y) => ({ year: y, month: 11, day: 11 }),
  'thanksgiving': (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
  // US federal elections: the Tuesday after the first Monday of November
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  'easter': easter,
  'easter sunday': easter,
  'easter monday': (y) => addDays(easter(y), 1),
  'good friday': (y) => addDays(easter(y), -2),
  'easter week': easter,
};

const NAME = String.raw`(?:Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day|Halloween|Independence\s+Day|Veterans['’]?\s+Day|Thanksgiving(?:\s+Day)?|Labou?r\s+Day|Memorial\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Election\s+Day|Easter(?:\s+(?:Sunday|Monday|week))?|Good\s+Friday)`;
const PREP = /\b(?:on|at|before|after|since|until|till|by|over|for|during|around|from|through|to|of|until|last|this|next)\s+$/i;
/** Words that may follow a bare holiday name without making it an adjective ("on Christmas he …"). */
const FOLLOW_OK = /^(?:\s*[,.;:!?)'’"”]|\s*$|\s+(?:in|at|on|last|this|next|when|while|he|she|they|we|it|I|you|the|a|an|to|with|morning|night|evening|afternoon)\b)/;

export const holidayRules: Rule[] = [
  {
    name: 'holiday',
    needs: /Christmas|Boxing|New Year|Valentine|Halloween|Independence|Veterans|Thanksgiving|Labou?r Day|Memorial Day|King Jr|King Day|Election Day|Easter|Good Friday/,
    pattern: new RegExp(String.raw`\b(?:(last|this|next|past|coming)\s+)?(${NAME})(?:,?\s+(${YEAR}))?\b`, 'g'),
    make: (m, text) => {
      const name = m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace('labour', 'labor').replace("veterans' ", 'veterans ').replace(/king jr\.? day/, 'king day');
      if (!(name in HOLIDAYS)) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      // "Christmas Island", "Easter Rising", "Independence Day Parade": a name
      if (/^\s+[A-Z]/.test(after) && !/^\s+(?:I|On|In|At)\b/.test(after)) return null;
      const year = m[3] ? +m[3] : undefined;
      const w = m[1]?.toLowerCase();
      const dir = w === 'last' || w === 'past' ? -1 : w === 'next' || w === 'coming' ? 1 : w === 'this' ? 0 : undefined;
      const marked = /(?:day|eve|sunday|monday|friday|week)$/.test(name);
      if (!marked && !year && dir === undefined) {
        if (!PREP.test(text.slice(Math.max(0, m.index - 12), m.index).replace(/\bthe\s+$/i, ''))) return null;
        if (!FOLLOW_OK.test(after)) return null;
      }
      return { type: 'DATE', meaning: { kind: 'holiday', name, ...(year !== undefined ? { year } : {}), ...(dir !== undefined ? { dir } : {}), ...(name === 'easter week' ? { week: true } : {}) } };
    },
  },
];
