/**
 * The parties of an agreement as its noun phrase's surroundings name them: "A and B signed a … agreement",
 * "a deal between A and B", "an agreement with B", "was signed by A and B", and names inside the phrase
 * ("the US-China trade deal", "Russia’s agreement"). A party is a mention of a person, organisation, place or
 * group (the longest mention where mentions nest: "Belarus’ police force", not "Belarus’").
 */
import type { AgreementPhrase } from './nouns.js';
import type { Placed, SentenceText, TypedMention } from './text.js';
import { SIGNING_VERBS } from './verbs.js';
import { alternation } from './words.js';

export const PARTY_TYPES: ReadonlySet<string> = new Set(['ORG', 'LOC', 'PER', 'NORP']);

const SIGNING = alternation(SIGNING_VERBS);

const VERB_BEFORE = new RegExp(`\\b(?:${SIGNING})\\s+$`, 'i');
const CLAUSE_START = /(?:^|[,;:]\s+|\bthat\s+|\band\s+(?=(?:has|have|will)\b))(?=[^,;:]*$)/;
const PREP_AFTER = /^\s*,?\s*(?:between|with|among|by)\s+/i;
const PASSIVE_AFTER = new RegExp(`^\\s+(?:was|were|has\\s+been|had\\s+been|will\\s+be|is|being)\\s+(?:${SIGNING})\\s+(?:[^,;.]{0,60}?\\s)?by\\s+`, 'i');
/** Where a party list after "between"/"with"/"by" stops. */
const LIST_END = /[,;:.!?]|\s(?:to|that|which|who|on|in|for|under|at|over|after|before|amid|was|were|is|are|will|would|has|have|had|last|this|covering|aimed)\s/i;

export interface PartyFinding {
  start: number;
  end: number;
  mention: TypedMention;
  rule: string;
}

/** Party mentions wholly inside view range [a, b), the longest where they nest. */
export function partyMentionsIn(st: SentenceText, a: number, b: number): Placed<TypedMention>[] {
  const inside = st.mentions.filter((m) => m.start >= a && m.end <= b && PARTY_TYPES.has(m.item.entityType));
  return inside.filter((m) => !inside.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

export function findParties(st: SentenceText, np: AgreementPhrase): PartyFinding[] {
  const out: PartyFinding[] = [];
  const add = (ms: Placed<TypedMention>[], rule: string) => {
    for (const m of ms) if (!out.some((o) => o.mention.entity === m.item.entity)) out.push({ start: m.start, end: m.end, mention: m.item, rule });
  };
  const before = st.text.slice(0, np.start);
  const verb = VERB_BEFORE.exec(before);
  if (verb) {
    const head = before.slice(0, verb.index);
    const clause = CLAUSE_START.exec(head);
    const from = clause ? clause.index + clause[0].length : 0;
    add(partyMentionsIn(st, from, verb.index), 'subject-of-signing');
  }
  // names before the kind's words ("the EU-Mercosur trade deal"), not the agreement's own name
  add(partyMentionsIn(st, np.start, np.kindStart), 'in-phrase');
  const after = st.text.slice(np.end);
  const prep = PREP_AFTER.exec(after) ?? PASSIVE_AFTER.exec(after);
  if (prep) {
    const from = np.end + prep.index + prep[0].length;
    const rest = st.text.slice(from);
    const stop = LIST_END.exec(rest);
    add(partyMentionsIn(st, from, from + (stop ? stop.index : rest.length)), /by\s+$/i.test(prep[0]) ? 'signed-by' : 'between-with');
  }
  return out;
}
