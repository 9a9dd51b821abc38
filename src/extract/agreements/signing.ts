/**
 * When and where an agreement was concluded: a conclusion cue in the sentence ("signed", "made",
 * "concluded", "reached" …), the dated timex nearest to it — not one that dates a report ("Interfax reported
 * Friday"), an end ("until May 2008"), or one inside the entry-into-force or duration words — and a place
 * after "in"/"at" ("in the city of Minsk") nearest to it; both within CUE_REACH characters of a cue.
 */
import type { DatePrecision } from './types.js';
import type { SentenceText, TypedMention } from './text.js';
import type { Timex } from '../../core/schema.js';
import { REPORTED_BEFORE } from './reporting.js';
import type { Range } from './types.js';
import { CONCLUSION_CUES } from './verbs.js';
import { alternation } from './words.js';

const CUE = new RegExp(`\\b(?:${alternation(CONCLUSION_CUES)})\\b`, 'gi');
const PLACE_BEFORE = /\b(?:in|at)\s+(?:the\s+(?:city|town|capital|village|resort|port)\s+of\s+|the\s+[\p{L}-]+\s+capital,?\s+|the\s+(?:city|town|capital|resort)\s+)?$/iu;
const PLACE_TYPES = new Set(['LOC']);
/** A date after these words is when the agreement ends or since when something holds, not when it was made. */
const NOT_SIGNING_BEFORE = /\b(?:until|till|through|to|since|expires?\s+(?:in|on)|runs?\s+(?:to|until))\s+$/i;
/** How far (view characters) a date or place may lie from the conclusion cue. */
export const CUE_REACH = 60;

/** A place named without a mention (the tagger missed it): capitalised words after an unmistakable cue. */
const NAMED_PLACE = /\b(?:in|at)\s+the\s+(?:city|town|capital|village|resort|port)\s+of\s+((?:[A-Z][\p{L}’'-]+\s?){1,3})|\b(?:meeting|summit|talks)\s+in\s+((?:[A-Z][\p{L}’'-]+\s?){1,3})/gu;

export interface SigningFinding {
  cue: Range;
  on: { timex: Timex; start: number; end: number } | null;
  /** The place: a mention, or (mention null) capitalised words after an unmistakable cue. */
  at: { mention: TypedMention | null; start: number; end: number } | null;
}

const inside = (r: Range, ex: readonly Range[]) => ex.some((e) => r.start >= e.start && r.end <= e.end);
const distance = (a: Range, b: Range) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

export function precisionOf(value: string): DatePrecision {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  return 'unknown';
}

/** The conclusion of the agreement in this sentence, or null when no cue (outside `excluded`) names one. */
export function findSigning(st: SentenceText, excluded: readonly Range[]): SigningFinding | null {
  const cues = [...st.text.matchAll(CUE)].map((m) => ({ start: m.index, end: m.index + m[0].length })).filter((c) => !inside(c, excluded));
  if (!cues.length) return null;
  const reach = (x: Range) => cues.some((c) => distance(c, x) <= CUE_REACH);
  const near = <T extends Range>(xs: T[]): T | null => {
    let best: T | null = null;
    let bestD = Infinity;
    for (const x of xs) {
      const d = Math.min(...cues.map((c) => distance(c, x)));
      if (d < bestD) [best, bestD] = [x, d];
    }
    return best;
  };
  const dates = st.timex.filter(
    (t) => {
      const before = st.text.slice(Math.max(0, t.start - 30), t.start);
      return t.item.type === 'DATE' && /^\d{3}/.test(t.item.value) && !inside(t, excluded) && !REPORTED_BEFORE.test(before) && !NOT_SIGNING_BEFORE.test(before) && reach(t);
    },
  );
  const places = st.mentions.filter(
    (m) => PLACE_TYPES.has(m.item.entityType) && !inside(m, excluded) && PLACE_BEFORE.test(st.text.slice(Math.max(0, m.start - 40), m.start)) && reach(m),
  );
  const named = [...st.text.matchAll(NAMED_PLACE)].map((m) => {
    const words = (m[1] ?? m[2]!).trimEnd();
    const start = m.index + m[0].length - (m[1] ?? m[2]!).length;
    return { start, end: start + words.length, item: null };
  });
  const on = near(dates);
  const at = near(places) ?? near(named.filter((n) => !inside(n, excluded) && reach(n) && !st.timex.some((t) => t.start === n.start)));
  return {
    cue: (on && nearestCue(cues, on)) || (at && nearestCue(cues, at)) || cues[0]!,
    on: on ? { timex: on.item, start: on.start, end: on.end } : null,
    at: at ? { mention: at.item, start: at.start, end: at.end } : null,
  };
}

function nearestCue(cues: readonly Range[], x: Range): Range {
  return [...cues].sort((a, b) => distance(a, x) - distance(b, x))[0]!;
}

