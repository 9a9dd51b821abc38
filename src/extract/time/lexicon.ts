/**
 * Words shared by the time rules: month, weekday, season and number names, units and their TIMEX3 codes.
 * Patterns are regex sources (no flags); the rules compile them with `gi` and check capitalisation where it
 * matters ("May", "March" and weekday names must be capitalised).
 */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** A month name: full, or abbreviated with its dot ("Aug."). */
export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)`;
/** A month name before a day number: the dot of an abbreviation may be missing ("Sept 14"). */
export const MONTH_BEFORE_DAY = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
export const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
export const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d)`;

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
export const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

/** Parts of the day and their TIMEX3 codes. */
export const DAY_PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
export const DAY_PART = String.raw`(?:morning|afternoon|evening|night)`;

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON = String.raw`(?:spring|summer|fall|autumn|winter)`;

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'a couple of': 2, 'couple of': 2, 'a couple': 2, dozen: 12, 'a dozen': 12,
};
/** Vague quantities: the TIMEX3 value uses X ("several months" = PXM). */
export const VAGUE = new Set(['several', 'a few', 'few', 'many', 'some', 'numerous', 'dozens of', 'hundreds of', 'a number of']);

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
export const NUMBER = String.raw`(?:\d+(?:\.\d+)?|(?:${TENS})[-\s](?:${ONES})|a couple of|couple of|a dozen|a hundred|dozens of|hundreds of|a number of|a few|several|few|many|some|numerous|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${TENS}|hundred|dozen)`;

/** Units: name → [TIMEX3 designator, multiplier, time part?]. */
export const UNITS: Record<string, [string, number, boolean]> = {
  second: ['S', 1, true], minute: ['M', 1, true], hour: ['H', 1, true], day: ['D', 1, false], night: ['D', 1, false],
  week: ['W', 1, false], fortnight: ['W', 2, false], month: ['M', 1, false], quarter: ['M', 3, false], year: ['Y', 1, false],
  decade: ['Y', 10, false], century: ['Y', 100, false], centurie: ['Y', 100, false],
};
export const UNIT = String.raw`(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))`;

/** Numeric value of a number phrase: a number, 'X' when vague, null when not a number. */
export function numberValue(s: string): number | 'X' | null {
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (VAGUE.has(w)) return 'X';
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w]!;
  const m = /^(\w+)[- ](\w+)$/.exec(w);
  if (m && m[1]! in NUMBER_WORDS && m[2]! in NUMBER_WORDS) return NUMBER_WORDS[m[1]!]! + NUMBER_WORDS[m[2]!]!;
  return null;
}

export function monthNumber(s: string): number | null {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function isCapitalised(s: string): boolean {
  return s[0] !== undefined && s[0] === s[0].toUpperCase() && s[0] !== s[0].toLowerCase();
}
