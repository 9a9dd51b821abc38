/**
 * When an event happened. Only time expressions of the text are used (the `timex` layer, DATE and TIME
 * with a calendar value); the publication date never is, unless a timex that the text ties to the event
 * was itself resolved against it ("Interfax reported Friday"). Rules, in order; the first that gives a
 * value wins:
 *  1. nominal-modifier: a timex right before a noun trigger ("Aug. 9 election", "Sept. 14 meeting",
 *     "Monday's talks"), or after it with "on/in/of" ("the meeting in Sochi on Monday") when no verb
 *     trigger comes before the noun in its clause ("arrested protesters on Monday" dates the arrest);
 *  2. since: "since <timex>" (at most 5 words from "since" to the timex: "since the country's Aug. 9
 *     election") gives the nearest trigger before "since" in the clause the open interval `<value>/..`;
 *  3. timex-in-clause: any other timex goes to the nearest verb trigger of its clause (by words), or to
 *     the nearest noun trigger at most 4 words away when the clause has no verb trigger ("On Aug. 27, …
 *     announced", "The next month, … ordered", "reported Friday", "the election took place on Aug. 9");
 *     applied after rules 1–2 have been tried for every timex of the sentence;
 *  4. during-event: "During <noun event>" gives the other asserted events of the sentence that event's time
 *     ("During the Sept. 14 meeting …, an agreement was reached");
 *  5. since-event: "since <noun event>" with a time gives the event before "since" `<value>/..`;
 *  6. inherited-coreferent: a definite noun trigger ("the election", "the country's election": "the",
 *     "this", "its", a possessive … at most 3 words before, no "of" between) takes the time of the nearest
 *     earlier event of the same type, when that one has a time (not a decade, not an open interval);
 *  7. inherited-same-source: a REPORT by the same entity as an earlier dated REPORT takes its time;
 *  8. unknown: value "", precision unknown.
 */
import type { DatelineEvent } from '../../core/schema.js';
import { DETERMINERS, INDEFINITE } from './rules/cues.js';
import type { Clause, PlacedTimex, SentenceView, Trigger } from './types.js';

export type EventTime = DatelineEvent['time'];

/** An event being built: where it is, and what is known of it so far. */
export interface Draft {
  readonly view: SentenceView;
  readonly trigger: Trigger;
  readonly clause: Clause;
  readonly agents: readonly string[];
  readonly factuality: DatelineEvent['factuality'];
}

export const UNKNOWN_TIME: EventTime = { value: '', precision: 'unknown', timex: null, rule: 'unknown', reason: 'no time expression of the text is tied to it' };

/** Precision of a TIMEX3 date value (an open interval `v/..` has the precision of `v`). */
export function precisionOf(value: string): EventTime['precision'] {
  const v = value.replace(/\/\.\.$/, '');
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(v)) return 'week';
  if (/^\d{4}-\d{2}$/.test(v)) return 'month';
  if (/^\d{4}-Q\d$/.test(v)) return 'quarter';
  if (/^\d{4}$/.test(v)) return 'year';
  if (/^\d{3}$/.test(v)) return 'decade';
  return 'unknown';
}

/** A timex whose value names a calendar period (not a duration, a set, "PRESENT_REF" or "XXXX-…"). */
const usable = (t: PlacedTimex) => (t.type === 'DATE' || t.type === 'TIME') && /^\d{3,4}(?:$|-)/.test(t.value);

const fromTimex = (t: PlacedTimex, rule: string, reason: string, open = false): EventTime => {
  const value = open ? `${t.value.slice(0, 10)}/..` : t.type === 'TIME' ? t.value.slice(0, 10) : t.value;
  return { value, precision: precisionOf(value), timex: t.id, rule, reason };
};

const within = (c: Clause, i: number) => i >= c.from && i < c.to;

/** Rules 1–3 for one sentence: times keyed by the index of the draft in `drafts`. */
function sentenceTimes(view: SentenceView, drafts: readonly Draft[], index: readonly number[], out: Map<number, EventTime>): void {
  const { words } = view;
  const unused: PlacedTimex[] = [];
  for (const t of view.timexes.filter(usable)) {
    let used = false;
    // 1. nominal modifier
    const after = t.to + (words[t.to]?.lw === "'s" || words[t.to]?.lw === "'" ? 1 : 0);
    const before = index.find((k) => {
      const tr = drafts[k]!.trigger;
      if (tr.pos !== 'noun') return false;
      if (tr.from === after) return true;
      const prep = words[t.from - 1]?.lw;
      if (prep !== 'on' && prep !== 'in' && prep !== 'of') return false;
      // after the noun only when no verb trigger comes before it in its clause ("arrested protesters in X on Monday": the arrest's)
      if (index.some((j) => drafts[j]!.trigger.pos === 'verb' && drafts[j]!.trigger.from < tr.from && within(drafts[j]!.clause, tr.from))) return false;
      if (tr.to === t.from - 1) return true;
      // "meeting in Sochi on Monday": a place between
      const m = view.mentions.find((x) => x.to === t.from - 1 && x.from >= tr.to + 1 && x.from <= tr.to + 2);
      return !!m && ['in', 'at'].includes(words[tr.to]!.lw);
    });
    if (before !== undefined && !out.has(before)) {
      out.set(before, fromTimex(t, 'nominal-modifier', `the time expression "${t.value}" modifies the noun`));
      used = true;
    }
    // 2. since
    const since = [1, 2, 3, 4, 5].map((d) => t.from - d).find((k) => k >= 0 && words[k]!.lw === 'since');
    if (since !== undefined) {
      const target = index.filter((k) => drafts[k]!.trigger.to <= since && within(drafts[k]!.clause, since)).at(-1);
      if (target !== undefined && !out.has(target)) out.set(target, fromTimex(t, 'since', `"since" ${t.value}: from then on`, true));
      used = true;
    }
    if (!used) unused.push(t);
  }
  // 3. timex in clause, once every nominal modifier has been given
  for (const t of unused) {
    const inClause = index.filter((k) => within(drafts[k]!.clause, t.from));
    const verbs = inClause.filter((k) => drafts[k]!.trigger.pos === 'verb');
    const dist = (k: number) => {
      const tr = drafts[k]!.trigger;
      return tr.from >= t.to ? tr.from - t.to : t.from - tr.to;
    };
    const pool = verbs.length ? verbs : inClause.filter((k) => dist(k) <= 4);
    const target = [...pool].sort((a, b) => dist(a) - dist(b))[0];
    if (target !== undefined && !out.has(target)) out.set(target, fromTimex(t, 'timex-in-clause', `the time expression "${t.value}" is in the same clause, nearest to this trigger`));
  }
}

const copy = (src: EventTime, rule: string, reason: string, open = false): EventTime => {
  const value = open && !src.value.endsWith('/..') ? `${src.value}/..` : src.value;
  return { value, precision: precisionOf(value), timex: src.timex, rule, reason };
};

/** Noun trigger with a definite determiner or a possessive at most 3 words before it, only words between, no "of". */
function definite(d: Draft): boolean {
  const { words } = d.view;
  for (let k = d.trigger.from - 1; k >= Math.max(0, d.trigger.from - 3); k--) {
    const lw = words[k]!.lw;
    if (DETERMINERS.has(lw) || lw === "'s" || lw === "'") return !INDEFINITE.has(lw);
    if (lw === 'of' || !/^[\p{L}-]+$/u.test(lw)) return false;
  }
  return false;
}

/** Index of a noun-trigger draft of the same sentence starting within 8 words after `word` ("during the presidents’ Sept. 14 meeting"). */
function nounAfter(drafts: readonly Draft[], index: readonly number[], word: number): number | undefined {
  return index.find((k) => drafts[k]!.trigger.pos === 'noun' && drafts[k]!.trigger.from > word && drafts[k]!.trigger.from <= word + 8);
}

/** The indices of the drafts of each sentence, sentences in document order. */
function draftsBySentence(drafts: readonly Draft[]): Map<SentenceView, number[]> {
  const bySentence = new Map<SentenceView, number[]>();
  drafts.forEach((d, k) => {
    const a = bySentence.get(d.view);
    if (a) a.push(k);
    else bySentence.set(d.view, [k]);
  });
  return bySentence;
}

/** Times of all drafts of a document (in document order). */
export function eventTimes(drafts: readonly Draft[]): EventTime[] {
  const out = new Map<number, EventTime>();
  const bySentence = draftsBySentence(drafts);
  for (const [view, index] of bySentence) sentenceTimes(view, drafts, index, out);
  // 4–5: during / since an event of the same sentence
  for (const [view, index] of bySentence) {
    view.words.forEach((w, i) => {
      if (w.lw !== 'during' && w.lw !== 'since') return;
      const src = nounAfter(drafts, index, i);
      const t = src !== undefined ? out.get(src) : undefined;
      if (!t) return;
      if (w.lw === 'during') {
        for (const k of index) if (k !== src && !out.has(k) && drafts[k]!.factuality === 'asserted') out.set(k, copy(t, 'during-event', `"during" the ${view.words[drafts[src!]!.trigger.from]!.text}, dated ${t.value}`));
      } else {
        const target = index.filter((k) => drafts[k]!.trigger.to <= i && within(drafts[k]!.clause, i)).at(-1);
        if (target !== undefined && !out.has(target)) out.set(target, copy(t, 'since-event', `"since" the ${view.words[drafts[src!]!.trigger.from]!.text}, dated ${t.value}: from then on`, true));
      }
    });
  }
  // 6–7: inheritance from an earlier event
  drafts.forEach((d, k) => {
    if (out.has(k)) return;
    if (d.trigger.pos === 'noun' && definite(d)) {
      // the nearest earlier event of the same type is the one referred to; it must have a time (not a decade, not open)
      let j = k - 1;
      while (j >= 0 && drafts[j]!.trigger.type !== d.trigger.type) j--;
      const t = j >= 0 ? out.get(j) : undefined;
      if (t && t.precision !== 'decade' && !t.value.endsWith('/..')) {
        out.set(k, copy(t, 'inherited-coreferent', `a definite "${d.view.words[d.trigger.from]!.text}" refers back to the earlier ${d.trigger.type} event dated ${t.value}`));
        return;
      }
    }
    if (d.trigger.type === 'REPORT' && d.agents.length) {
      for (let j = k - 1; j >= 0; j--) {
        const t = out.get(j);
        if (drafts[j]!.trigger.type === 'REPORT' && t && drafts[j]!.agents.some((a) => d.agents.includes(a))) {
          out.set(k, copy(t, 'inherited-same-source', `the same source's report, dated ${t.value} earlier in the text`));
          return;
        }
      }
    }
  });
  return drafts.map((_, k) => out.get(k) ?? UNKNOWN_TIME);
}

/**
 * Times of generic occurrences (type OCCUR, `rules/generic.ts`), read apart from the ontology's so that
 * they never change an ontology event's time. Only timexes of the text, as above; per sentence, for each
 * usable timex:
 *  1. nominal-modifier: an OCCUR noun right after it ("the June 24 release", "Monday's keynote"), or right
 *     before "on/in <timex>" ("slated for a release on June 24");
 *  2. timex-in-clause: else the OCCUR verbs of its clause nearest to it (ties: both), or, when the clause
 *     has none, OCCUR nouns at most 4 words away;
 *  3. "since <timex>" gives `<value>/..` as rule 2 above does.
 * Whatever is left is unknown.
 */
export function genericTimes(drafts: readonly Draft[]): EventTime[] {
  const out = new Map<number, EventTime>();
  const bySentence = draftsBySentence(drafts);
  for (const [view, index] of bySentence) {
    const { words } = view;
    for (const t of view.timexes.filter(usable)) {
      const after = t.to + (words[t.to]?.lw === "'s" || words[t.to]?.lw === "'" ? 1 : 0);
      const prep = words[t.from - 1]?.lw;
      const mod =
        index.find((k) => drafts[k]!.trigger.pos === 'noun' && drafts[k]!.trigger.from === after) ??
        (prep === 'on' || prep === 'in' ? index.find((k) => drafts[k]!.trigger.pos === 'noun' && drafts[k]!.trigger.to === t.from - 1) : undefined);
      if (mod !== undefined) {
        if (!out.has(mod)) out.set(mod, fromTimex(t, 'nominal-modifier', `the time expression "${t.value}" modifies the noun`));
        continue;
      }
      const since = [1, 2, 3, 4, 5].map((d) => t.from - d).find((k) => k >= 0 && words[k]!.lw === 'since');
      const dist = (k: number) => {
        const tr = drafts[k]!.trigger;
        return tr.from >= t.to ? tr.from - t.to : t.from - tr.to;
      };
      const inClause = index.filter((k) => within(drafts[k]!.clause, t.from) && (since === undefined || drafts[k]!.trigger.to <= since));
      const verbs = inClause.filter((k) => drafts[k]!.trigger.pos === 'verb');
      const pool = verbs.length ? verbs : inClause.filter((k) => dist(k) <= 4);
      if (!pool.length) continue;
      const best = Math.min(...pool.map(dist));
      for (const k of pool) {
        if (out.has(k) || dist(k) !== best) continue;
        out.set(k, since !== undefined ? fromTimex(t, 'since', `"since" ${t.value}: from then on`, true) : fromTimex(t, 'timex-in-clause', `the time expression "${t.value}" is in the same clause, nearest to this trigger`));
      }
    }
  }
  return drafts.map((_, k) => out.get(k) ?? UNKNOWN_TIME);
}
