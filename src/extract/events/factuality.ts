/**
 * Factuality of an event, from the words of its clause around the trigger. In order (the first that
 * holds wins):
 *  1. negated: "not", "n't", "never", "without" in the auxiliary chain right before a verb (at most 3
 *     words back, only auxiliaries and adverbs between), or "no" right before a noun ("no agreement");
 *  2. hypothetical: a modal "could/would/may/might/should" in the auxiliary chain; an "if/unless/whether/until"
 *     earlier in the clause; "in case", "if", "unless" or "until" within 2 words after the trigger ("to be deployed
 *     in case …");
 *  3. future: "will/shall/'ll" in the auxiliary chain; an infinitive "to" or "to be" right before the
 *     trigger ("plans to sign", "is expected to meet", "to be withdrawn"); the trigger is the object of a
 *     directive (an ORDER or REQUEST event earlier in the clause: "ordered negotiations to begin");
 *  4. asserted.
 */
import type { DatelineEvent } from '../../core/schema.js';
import { CONDITIONALS, DIRECTIVE_TYPES, FUTURE_MODALS, GAP_WORDS, HYPOTHETICAL_MODALS, NEGATIONS, PERFECT_AUXILIARIES } from './rules/cues.js';
import type { Clause, SentenceView, Trigger } from './types.js';

export type Factuality = DatelineEvent['factuality'];

/** Lower-cased words of the auxiliary chain right before word `i` (at most 4 words, inside the clause). */
function auxChain(view: SentenceView, i: number, clause: Clause): string[] {
  const out: string[] = [];
  for (let k = i - 1; k >= Math.max(clause.from, i - 4); k--) {
    const { lw, text } = view.words[k]!;
    if ((!GAP_WORDS.has(lw) && !NEGATIONS.has(lw) && lw !== 'to') || (text !== lw && k > 0)) break; // "May", "Will": names, not modals
    out.push(lw);
    if (lw === 'to') break;
  }
  return out;
}

export function factuality(view: SentenceView, t: Trigger, clause: Clause, earlier: readonly Trigger[]): Factuality {
  const { words } = view;
  const chain = auxChain(view, t.from, clause);
  const prev = words[t.from - 1]?.lw ?? '';
  const prev2 = words[t.from - 2]?.lw ?? '';
  if (chain.some((w) => NEGATIONS.has(w) && w !== 'no') || (t.pos === 'noun' && (prev === 'no' || prev2 === 'no'))) return 'negated';
  if (chain.some((w) => HYPOTHETICAL_MODALS.has(w))) return 'hypothetical';
  for (let k = clause.from; k < t.from; k++) if (CONDITIONALS.has(words[k]!.lw)) return 'hypothetical';
  for (let k = t.to; k < Math.min(words.length, t.to + 2); k++) {
    const lw = words[k]!.lw;
    if (CONDITIONALS.has(lw) || (lw === 'in' && words[k + 1]?.lw === 'case')) return 'hypothetical';
  }
  if (chain.some((w) => FUTURE_MODALS.has(w) || w === 'to')) return 'future';
  if (earlier.some((e) => DIRECTIVE_TYPES.has(e.type) && e.from >= clause.from && e.to <= t.from)) return 'future';
  return 'asserted';
}


/**
 * A verb in a perfect tense ("has accused", "had undergone"): a state of affairs up to some time or before
 * it, not a happening of the narrative, so it takes no time by inheritance (news-time.ts).
 */
export function isPerfect(view: SentenceView, t: Trigger, clause: Clause): boolean {
  return t.pos === 'verb' && auxChain(view, t.from, clause).some((w) => PERFECT_AUXILIARIES.has(w));
}
