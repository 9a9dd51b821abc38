/**
 * Entry into force: a trigger ("comes into force", "takes effect", "becomes effective") and the rule after
 * it, from the table below. The rule's words are kept as written; its value is computed when it can be:
 * from the signing date ("from the date of its signing", "upon signature", "30 days after signing"), or
 * from a dated timex ("on July 1"); a ratification rule has no computable value ("").
 */
import type { Timex } from '../../core/schema.js';
import { NUMBER_WORDS } from './duration.js';
import type { Placed } from './text.js';

const TRIGGER =
  /\b(?:(?:comes?|came|coming|(?:will|would|is\s+to|shall)\s+come|enters?|entered|entering|(?:will|would|shall)\s+enter|goes|went|(?:will|would|shall)\s+go|put)\s+into\s+(?:force|effect)|(?:takes?|took|taking|(?:will|would|shall)\s+take)\s+effect|(?:is|was|becomes?|became|(?:will|would|shall)\s+become|(?:will|would|shall)\s+be)\s+effective)\s+/gi;

const NUM = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const SIGNING = `(?:its\\s+|the\\s+)?(?:signing|signature)`;

export type InForceBase = 'signing' | 'ratification' | 'date';

/** Rules after a trigger, tried in order; each pattern is anchored at the words after the trigger. */
export const IN_FORCE_RULES: readonly { name: string; pattern: RegExp; base: InForceBase }[] = [
  { name: 'from-signing', pattern: new RegExp(`^(?:from|on|as\\s+of)\\s+the\\s+(?:date|day|moment)\\s+of\\s+${SIGNING}`, 'i'), base: 'signing' },
  { name: 'upon-signing', pattern: new RegExp(`^(?:up)?on\\s+${SIGNING}|^once\\s+signed`, 'i'), base: 'signing' },
  { name: 'immediately', pattern: /^immediately/i, base: 'signing' },
  { name: 'after-signing', pattern: new RegExp(`^${NUM}\\s+(day|week|month|year)s?\\s+(?:after|from)\\s+${SIGNING}`, 'i'), base: 'signing' },
  {
    name: 'after-ratification',
    pattern: new RegExp(`^(?:${NUM}\\s+(?:day|week|month|year)s?\\s+)?(?:after|upon|on|following|once)\\s+(?:its\\s+|the\\s+)?(?:ratification|ratified|approval|approved)(?:\\s+by\\s+[^,;.]+)?`, 'i'),
    base: 'ratification',
  },
  { name: 'on-date', pattern: /^(?:on|from|in|as\s+of|by)\s+/i, base: 'date' },
];

export interface InForceFinding {
  rule: string;
  name: string;
  base: InForceBase;
  /** A duration to add to the signing date: P30D. */
  offset: string | null;
  /** The date for base 'date'. */
  date: string | null;
  /** View range of the evidence (trigger and rule). */
  start: number;
  end: number;
  /** View range of the rule's words. */
  ruleStart: number;
}

const UNIT: Readonly<Record<string, string>> = { day: 'D', week: 'W', month: 'M', year: 'Y' };

export function findInForce(text: string, timex: readonly Placed<Timex>[]): InForceFinding | null {
  for (const t of text.matchAll(TRIGGER)) {
    const from = t.index + t[0].length;
    const rest = text.slice(from);
    for (const r of IN_FORCE_RULES) {
      const m = r.pattern.exec(rest);
      if (!m) continue;
      let end = from + m[0].length;
      let date: string | null = null;
      if (r.base === 'date') {
        const tx = timex.find((x) => x.start === end && x.item.type === 'DATE' && /^\d{4}/.test(x.item.value));
        if (!tx) continue;
        date = tx.item.value;
        end = tx.end;
      }
      let offset: string | null = null;
      if (r.name === 'after-signing') {
        const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
        offset = `P${n}${UNIT[m[2]!.toLowerCase()]}`;
      }
      return { rule: text.slice(from, end).replace(/\s+/g, ' '), name: r.name, base: r.base, offset, date, start: t.index, end, ruleStart: from };
    }
  }
  return null;
}

/** YYYY-MM-DD plus a duration of days, weeks, months or years (P30D, P2W, P6M, P1Y); null when not computable. */
export function addDuration(date: string, duration: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const p = /^P(\d+)([DWMY])$/.exec(duration);
  if (!d || !p) return null;
  const n = Number(p[1]);
  const t = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
  if (p[2] === 'D') t.setUTCDate(t.getUTCDate() + n);
  if (p[2] === 'W') t.setUTCDate(t.getUTCDate() + 7 * n);
  if (p[2] === 'M') t.setUTCMonth(t.getUTCMonth() + n);
  if (p[2] === 'Y') t.setUTCFullYear(t.getUTCFullYear() + n);
  return t.toISOString().slice(0, 10);
}

/** The value of an entry-into-force rule, given the agreement's signing date ("" when not computable). */
export function inForceValue(f: InForceFinding, signedOn: string | null): string {
  if (f.base === 'date') return f.date ?? '';
  if (f.base !== 'signing' || !signedOn) return '';
  return f.offset ? addDuration(signedOn, f.offset) ?? '' : signedOn;
}
