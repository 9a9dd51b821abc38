/**
 * How long an agreement runs: "for five years", "for a period of 10 years", "valid for three years", "a
 * five-year deal" → a TIMEX3 duration (P5Y). A DURATION timex of the sentence after one of the cues wins;
 * a hyphenated "N-year" modifier of the agreement noun is read here (the timex stage leaves it alone).
 */
import type { Placed } from './text.js';
import type { Timex } from '../../core/schema.js';

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, forty: 40, fifty: 50, ninety: 90, hundred: 100,
};

const UNITS: Readonly<Record<string, string>> = { year: 'Y', month: 'M', week: 'W', day: 'D' };

/** Cues before a duration that tie it to the agreement's term (not "amid months of protests"). */
export const DURATION_CUES: readonly RegExp[] = [
  /\b(?:valid|effective|in force|in effect|signed|concluded|extended|renewed|run|runs|last|lasts|remain)\s+for\s+(?:a\s+(?:period|term)\s+of\s+|an?\s+(?:initial|further)\s+(?:period\s+of\s+)?)?$/i,
  /\bfor\s+(?:a\s+(?:period|term)\s+of\s+|an?\s+(?:initial|further)\s+(?:period\s+of\s+)?)$/i,
];

/** "five-year", "10-year", "two-month" → P5Y, P10Y, P2M; null otherwise. */
export function hyphenDuration(word: string): string | null {
  const m = /^(\d+|[a-z]+(?:-five)?)-(year|month|week|day)s?$/i.exec(word);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()];
  return n ? `P${n}${UNITS[m[2]!.toLowerCase()]}` : null;
}

/** "for five years" written out: the number and unit after a cue, when no timex covers it. */
const SPELLED = /^(\d+|[a-z]+(?:-five)?)\s+(year|month|week|day)s?\b/i;

export interface DurationFinding {
  value: string;
  /** View range of the evidence. */
  start: number;
  end: number;
}

/** The first duration in `text` from `from` on that follows a term cue. */
export function findDuration(text: string, timex: readonly Placed<Timex>[], from = 0): DurationFinding | null {
  for (const t of timex) {
    if (t.start < from || t.item.type !== 'DURATION' || !/^P\d/.test(t.item.value)) continue;
    const before = text.slice(Math.max(0, t.start - 60), t.start);
    const cue = DURATION_CUES.map((re) => re.exec(before)).find((m) => m);
    if (cue) return { value: t.item.value, start: t.start - cue[0].length, end: t.end };
  }
  const cueAt = /\bfor\s+(?:a\s+(?:period|term)\s+of\s+)?/gi;
  cueAt.lastIndex = from;
  for (let m = cueAt.exec(text); m; m = cueAt.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    const d = SPELLED.exec(after);
    if (!d) continue;
    const value = hyphenDuration(`${d[1]}-${d[2]}`);
    const before = text.slice(Math.max(0, m.index - 40), m.index + m[0].length);
    if (value && DURATION_CUES.some((re) => re.test(before))) return { value, start: m.index, end: m.index + m[0].length + d[0].length };
  }
  return null;
}
