/**
 * Are two event mentions the same happening? One rule, {@link sameHappening}, used both by the product
 * (`mergeCorpus`) and by the ECB+ evaluation (`npm run eval -- merge`).
 *
 * Evidence points (participants and places compared as corpus entities, see `entities.ts`):
 *   type         same specific type +1; compatible types (STATEMENT~REPORT, ASSAULT~COERCE, ARREST~COERCE,
 *                CONSULT~COOPERATE) +0.5; OCCUR (no specific type) with anything 0; other pairs: never the same
 *   trigger      same head stem ("signed"/"signs") +1; +2 in a same-story context (`ctx.sameStory`: the
 *                documents are known to report one story, as the documents of an ECB+ topic are)
 *   participants +1 per shared entity, at most +2; both have participants and share none: −1
 *   place        same entity (or same words) +1; both known and different: −1 (and a place conflict if merged)
 *   time         same single day +1; compatible at their precision ("2020-11" ~ "2020-11-19") 0;
 *                unknown on either side 0; disjoint ("2020-11-19" vs "2020-11-20"): see below — unless one
 *                of the two dates is weak (inherited from the article's news date, not read for the
 *                event): then it counts as unknown
 *   factuality   one negated, the other not: −1
 * Decision, with S = the sum of the points — first, two requirements: WHAT happened must match (the same
 * or a compatible specific type, or the same trigger stem), and something beyond type and date must be
 * shared (the trigger stem, a participant or the place): a type and a day alone never make two events one;
 *   - both dates known and compatible: the same when S ≥ 2 (DATED_MIN);
 *   - a date unknown on either side: the same when S ≥ 3 (UNDATED_MIN; 2 in a same-story context) — a
 *     missing date needs stronger other evidence;
 *   - disjoint dates: the same, with the time flagged as a conflict, only when S ≥ 4 (CONFLICT_MIN), i.e.
 *     everything else matches strongly (same type, same trigger and two shared participants, or the like);
 *     otherwise different, and never to be joined through other events (`veto`).
 * Types that cannot be the same happening are a veto too. Statements and reports (STATEMENT, REPORT) are
 * the same only when both have dates of their own that agree (or in a same-story context): "said X" in two
 * articles is usually two occasions (seen on the BBC corpus). Pure.
 *
 * Measured with `npm run eval -- merge ../shared/data/ecbplus` (ECB+ test topics 36–45, gold mentions,
 * same-story setting): CoNLL F1 0.734, the head-lemma baseline 0.731 (README, "Merging across articles").
 */
import type { DatelineEvent } from '../core/schema.js';
import { relateDates, type DateRelation } from './dates.js';

export const DATED_MIN = 2;
export const UNDATED_MIN = 3;
export const UNDATED_MIN_SAME_STORY = 2;
export const CONFLICT_MIN = 4;

/** An event mention as the merge sees it: entities already mapped to corpus entities. */
export interface EventView {
  doc: string;
  event: string;
  type: DatelineEvent['type'];
  /** Head stem of the trigger (`headStem`). */
  stem: string;
  span: { start: number; end: number; text: string };
  /** `weak`: a date inherited from elsewhere in the text (the article's news date), not read for the event. */
  time: { value: string; precision: DatelineEvent['time']['precision']; weak?: boolean };
  /** Corpus entity id, else "text:" + the normalised words; null when none. */
  place: string | null;
  /** Its place as written (for conflict reports). */
  placeName: string | null;
  participants: { key: string; name: string; role: DatelineEvent['participants'][number]['role'] }[];
  factuality: DatelineEvent['factuality'];
}

export interface MergeContext {
  /** The documents are known to report one story (an ECB+ topic, a user-made story folder). */
  sameStory?: boolean;
}

export interface Decision {
  same: boolean;
  /** Never join the two, not even through other events. */
  veto: boolean;
  score: number;
  /** Fields whose values disagree though the decision is `same`. */
  conflicts: ('time' | 'place')[];
  dates: DateRelation;
  reasons: string[];
}

const COMPATIBLE: readonly (readonly string[])[] = [
  ['STATEMENT', 'REPORT'],
  ['ASSAULT', 'COERCE'],
  ['ARREST', 'COERCE'],
  ['CONSULT', 'COOPERATE'],
];

/** Points for the types, or null when they cannot be the same happening. */
export function typePoints(a: string, b: string): number | null {
  if (a === 'OCCUR' || b === 'OCCUR') return 0;
  if (a === b) return 1;
  return COMPATIBLE.some((g) => g.includes(a) && g.includes(b)) ? 0.5 : null;
}

export function sameHappening(a: EventView, b: EventView, ctx: MergeContext = {}): Decision {
  const reasons: string[] = [];
  const conflicts: ('time' | 'place')[] = [];
  const related = relateDates(a.time.value, b.time.value);
  const dates = related === 'disjoint' && (a.time.weak || b.time.weak) ? 'unknown' : related;
  const t = typePoints(a.type, b.type);
  if (t === null) return { same: false, veto: true, score: 0, conflicts, dates, reasons: [`types ${a.type}/${b.type}`] };
  let score = t;
  if (t) reasons.push(`type +${t}`);
  const sameStem = Boolean(a.stem) && a.stem === b.stem;
  if (sameStem) {
    const p = ctx.sameStory ? 2 : 1;
    score += p;
    reasons.push(`trigger "${a.stem}" +${p}`);
  }
  const keys = new Set(a.participants.map((p) => p.key));
  const shared = new Set(b.participants.filter((p) => keys.has(p.key)).map((p) => p.key)).size;
  if (shared) {
    score += Math.min(shared, 2);
    reasons.push(`participants ${shared} shared +${Math.min(shared, 2)}`);
  } else if (a.participants.length && b.participants.length) {
    score -= 1;
    reasons.push('participants disjoint −1');
  }
  const samePlace = Boolean(a.place) && a.place === b.place;
  if (a.place && b.place) {
    if (samePlace) {
      score += 1;
      reasons.push('place +1');
    } else {
      score -= 1;
      conflicts.push('place');
      reasons.push('places differ −1');
    }
  }
  if ((a.factuality === 'negated') !== (b.factuality === 'negated')) {
    score -= 1;
    reasons.push('negated/not −1');
  }
  if (!(t > 0 || sameStem) || !(sameStem || shared || samePlace)) {
    reasons.push(!(t > 0 || sameStem) ? 'no type or trigger match' : 'nothing shared but type and date');
    return { same: false, veto: false, score, conflicts: [], dates, reasons };
  }
  // people say things again and again: two statements (or reports) with the same speaker are one only when
  // both are dated and the dates agree (or the documents are known to tell one story)
  const speech = (x: string) => x === 'STATEMENT' || x === 'REPORT';
  if (speech(a.type) && speech(b.type) && !ctx.sameStory && (dates === 'unknown' || !a.time.value || !b.time.value || a.time.weak || b.time.weak)) {
    reasons.push('statements without dates of their own on both sides');
    return { same: false, veto: false, score, conflicts: [], dates, reasons };
  }
  if (dates === 'disjoint') {
    const same = score >= CONFLICT_MIN;
    reasons.push(`dates disjoint (${a.time.value} / ${b.time.value}): ${same ? 'conflict' : 'different'}`);
    return { same, veto: !same, score, conflicts: same ? ['time', ...conflicts] : conflicts, dates, reasons };
  }
  if (dates === 'same-day') {
    score += 1;
    reasons.push('same day +1');
  }
  const min = dates === 'unknown' ? (ctx.sameStory ? UNDATED_MIN_SAME_STORY : UNDATED_MIN) : DATED_MIN;
  return { same: score >= min, veto: false, score, conflicts, dates, reasons };
}
