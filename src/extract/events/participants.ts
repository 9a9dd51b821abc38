/**
 * Participants of an event: mentions of the `mentions` layer in the trigger's clause, with a role from
 * their position and the voice. Every argument is a mention span (its entity id with it). Rules:
 *  - subject (verb trigger): the mention ending nearest before the trigger with only auxiliaries and
 *    adverbs between (`GAP_WORDS`), not itself after a preposition ("the leader of Russia announced" gives
 *    none); "X and Y signed" gives both. Active voice: the subject is the agent; passive (a form of "be"
 *    before a participle: "was arrested") it is the patient;
 *  - relative clause: a clause opened by "who"/"which"/"that" right after a mention, with only auxiliaries
 *    before the trigger ("Balls, who stepped down"), takes the mention as subject;
 *  - coordination: a verb after "and" (+ auxiliaries) with no subject of its own shares the agents of the
 *    previous verb event of the sentence ("X has accused Y … and has jailed Z");
 *  - object: the first mention starting within 3 words after a verb trigger, only determiners between,
 *    is the patient (active voice; a co-agent of symmetric types, `other` for "visited X");
 *  - noun triggers: a possessive or demonym right before ("Lukashenko's request", "Russian sanctions") is
 *    the agent; a bare name right before is an agent of a symmetric type ("G7 meeting"), else `other`
 *    ("the Seagram purchase": bought or buyer?); "of X" right after has the row's `ofRole` (patient unless "resignation of X");
 *  - prepositions after the trigger in the clause: "by X" agent (passive, nouns, and right after a
 *    participle: "proposals announced by the minister"), "between X and Y" and
 *    "with X" agents of symmetric types (AGREE, CONSULT, COOPERATE), "against X" / "on X" patient,
 *    "to X" recipient (AID, STATEMENT), "from X" right after a noun of `FROM_AGENT_TYPES` agent
 *    ("criticism from Amnesty"); "X and Y" after a preposition gives both ("signed by X and Y").
 * The same mention is never given two roles; overlapping mentions: the longest one starting at a word.
 */
import type { DatelineEvent } from '../../core/schema.js';
import { BE_FORMS, DETERMINERS, FROM_AGENT_TYPES, GAP_WORDS, PREPOSITIONS, QUANTITIES, RELATIVES } from './rules/cues.js';
import type { Clause, PlacedMention, SentenceView, Trigger } from './types.js';
import { POSSESSIVE_PRONOUNS } from '../entities/cluster/pronouns.js';

export type Participant = DatelineEvent['participants'][number];
type Role = Participant['role'];

const arg = (m: PlacedMention, role: Role): Participant => ({ start: m.start, end: m.end, text: m.text, entity: m.entity, role });

/** The mention ending nearest before word `i` (the longest of those ending there). */
function endingAt(view: SentenceView, end: number, from: number): PlacedMention | undefined {
  let best: PlacedMention | undefined;
  for (const m of view.mentions) if (m.to === end && m.from >= from && (!best || m.from < best.from)) best = m;
  return best;
}

/** The longest mention starting at word `i`. */
export function startingAt(view: SentenceView, i: number): PlacedMention | undefined {
  let best: PlacedMention | undefined;
  for (const m of view.mentions) if (m.from === i && (!best || m.to > best.to)) best = m;
  return best;
}

/** Whether the mention stands after a preposition (not a subject), "tens of thousands of X" aside. */
function afterPreposition(view: SentenceView, m: PlacedMention): boolean {
  const w = view.words;
  if (m.from === 0 || !PREPOSITIONS.has(w[m.from - 1]!.lw)) return false;
  return !(w[m.from - 1]!.lw === 'of' && m.from > 1 && QUANTITIES.has(w[m.from - 2]!.lw));
}

/** A mention followed by "'s" or "’" owns what follows ("the country's election"): not an argument itself. */
const possessor = (view: SentenceView, m: PlacedMention) => m.kind === 'possessive' || possessivePronoun(m) || ["'s", "'"].includes(view.words[m.to]?.lw ?? '');

/** "his", "her" (a `pronoun` mention) own what follows, as a possessive name does. */
const possessivePronoun = (m: PlacedMention) => m.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(m.text.toLowerCase());

/** The subject before word `i` inside the clause: mentions (one, or "X and Y"). */
export function subjectBefore(view: SentenceView, i: number, clause: Clause): PlacedMention[] {
  const { words } = view;
  let k = i - 1;
  while (k >= clause.from && GAP_WORDS.has(words[k]!.lw) && !view.mentions.some((m) => m.to === k + 1)) k--;
  // a time expression between subject and verb ("Putin on Monday announced")
  const t = view.timexes.find((x) => x.to === k + 1);
  if (t) {
    k = t.from - 1;
    if (k >= clause.from && (words[k]!.lw === 'on' || words[k]!.lw === 'in')) k--;
  }
  if (k < clause.from) return [];
  const m = endingAt(view, k + 1, clause.from);
  if (!m || afterPreposition(view, m)) return [];
  const out = [m];
  const and = m.from - 1;
  if (and > clause.from && words[and]!.lw === 'and') {
    const other = endingAt(view, and, clause.from);
    if (other && afterPreposition(view, other)) return []; // "officials from X and Y met": a complement, not the subject
    if (other) out.unshift(other);
  }
  return out;
}

function isPassive(view: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !t.participle) return false;
  for (let k = t.from - 1; k >= Math.max(0, t.from - 3); k--) {
    const lw = view.words[k]!.lw;
    if (BE_FORMS.has(lw)) return true;
    if (!GAP_WORDS.has(lw)) return false;
  }
  return false;
}

/** Mentions after a preposition in the clause, after the trigger: "between X and Y", "by X", "with X". */
function prepositional(view: SentenceView, t: Trigger, clause: Clause): { prep: string; at: number; m: PlacedMention }[] {
  const out: { prep: string; at: number; m: PlacedMention }[] = [];
  const { words } = view;
  for (let k = t.to; k < Math.min(clause.to, t.to + 12); k++) {
    const lw = words[k]!.lw;
    if (!PREPOSITIONS.has(lw)) continue;
    const m = startingAt(view, k + 1) ?? (DETERMINERS.has(words[k + 1]?.lw ?? '') ? startingAt(view, k + 2) : undefined);
    if (!m || possessor(view, m)) continue;
    out.push({ prep: lw, at: k, m });
    if (words[m.to]?.lw === 'and') {
      const y = startingAt(view, m.to + 1);
      if (y) out.push({ prep: lw, at: k, m: y });
    }
  }
  return out;
}

export interface ParticipantContext {
  /** agents of the previous verb event of the sentence, for coordination */
  readonly previousAgents: readonly Participant[];
}

export function findParticipants(view: SentenceView, t: Trigger, clause: Clause, ctx: ParticipantContext): Participant[] {
  const { words } = view;
  const out: Participant[] = [];
  const used = new Set<string>();
  const add = (m: PlacedMention, role: Role) => {
    if (used.has(m.id) || out.some((p) => p.start < m.end && m.start < p.end)) return;
    used.add(m.id);
    out.push(arg(m, role));
  };
  const passive = isPassive(view, t);
  if (t.pos === 'verb') {
    let subject = subjectBefore(view, t.from, clause);
    const relative = RELATIVES.has(words[clause.from]!.lw) && words.slice(clause.from + 1, t.from).every((w) => GAP_WORDS.has(w.lw));
    if (!subject.length && relative && clause.from > 0) {
      const head = endingAt(view, clause.from, 0) ?? (words[clause.from - 1]!.lw === ',' ? endingAt(view, clause.from - 1, 0) : undefined);
      if (head) subject = [head];
    }
    for (const m of subject) add(m, passive ? 'patient' : 'agent');
    if (!subject.length) {
      let k = t.from - 1;
      while (k >= 0 && GAP_WORDS.has(words[k]!.lw)) k--;
      if (k >= 0 && words[k]!.lw === 'and') for (const p of ctx.previousAgents) if (!out.some((q) => q.start < p.end && p.start < q.end)) out.push(p);
    }
    if (!passive) {
      for (let k = t.to; k < Math.min(clause.to, t.to + 3); k++) {
        const m = startingAt(view, k);
        if (m && possessor(view, m)) break;
        if (m) {
          add(m, t.objectRole);
          break;
        }
        if (!DETERMINERS.has(words[k]!.lw)) break;
      }
    }
  } else {
    const m = endingAt(view, t.from, clause.from);
    if (m && (m.kind === 'possessive' || possessivePronoun(m) || m.kind === 'demonym' || /['’]s?$/.test(m.text))) add(m, 'agent');
    else if (m && (m.kind === 'name' || m.kind === 'acronym' || m.kind === 'alias')) add(m, t.symmetric ? 'agent' : 'other');
    else if (t.from > 0 && (words[t.from - 1]!.lw === "'s" || words[t.from - 1]!.lw === "'")) {
      const p = endingAt(view, t.from - 1, clause.from);
      if (p) add(p, 'agent');
    }
  }
  for (const { prep, at, m } of prepositional(view, t, clause)) {
    if (prep === 'by' && (passive || t.pos === 'noun' || (t.participle && at <= t.to + 1))) add(m, 'agent');
    else if ((prep === 'between' || prep === 'with') && t.symmetric) add(m, 'agent');
    else if (prep === 'of' && t.pos === 'noun' && at === t.to) add(m, t.ofRole);
    else if ((prep === 'against' || (prep === 'on' && (t.type === 'ASSAULT' || t.type === 'SANCTION'))) && at <= t.to + 2) add(m, 'patient');
    else if (prep === 'to' && (t.type === 'AID' || t.type === 'STATEMENT') && at <= t.to + 2) add(m, 'recipient');
    else if (prep === 'from' && t.pos === 'noun' && FROM_AGENT_TYPES.has(t.type) && at <= t.to + 1) add(m, 'agent');
  }
  return out;
}
