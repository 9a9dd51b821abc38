/**
 * Reads the document's sentences in order and decides, for each agreement phrase, whether it introduces an
 * agreement or refers to one already met:
 *  - "a"/"an" + a generic noun ("an agreement", "a deal") is a new agreement;
 *  - "a"/"an" + a specific kind ("a cooperation agreement") is the last agreement of that kind when the
 *    parties agree (or one side names none), else a new one;
 *  - "the"/"this"/a possessive/a bare kind refers to the last agreement it fits (a generic noun fits any);
 *  - whatever the phrase, facts that contradict the candidate (another signing date or place) make it new.
 * A sentence without a phrase still speaks of the agreement in focus (the last one met, at most
 * FOCUS_SPAN sentences back) when its subject is "it" before an agreement predicate ("it comes into force"),
 * or when it lists what the parties ("the two sides", a party's name) will cooperate on.
 */
import type { Entity } from '../../core/schema.js';
import { textSpan, type TextSpan } from '../../core/span.js';
import { conflicts, mergeFacts, type Draft } from './draft.js';
import { sentenceFacts, type PlacedFacts } from './facts.js';
import { meetingParties, reachedAtMeeting } from './meeting.js';
import { findAgreementPhrases, type AgreementPhrase } from './nouns.js';
import { findParties, partyMentionsIn } from './parties.js';
import type { SentenceText } from './text.js';

export const FOCUS_SPAN = 3;

const IT_SUBJECT =
  /(?:^[“"‘']?|[,;]\s+(?:and\s+)?|\band\s+)(it)\s+(?:(?:will|would|shall|also|is\s+to|was|has|had)\s+)*(?:comes?|came|enters?|entered|takes?|took|covers?|covered|provides?|provided|envisages?|runs?|ran|lasts?|becomes?|remains?|is\s+valid|valid|signed|made|concluded|expires?|expired|includes?)\b/i;
const JOINT_SUBJECT = /\b(?:the\s+two|both)\b|\b(?:sides|parties|signatories)\b/i;

type Argument = Draft['parties'][number];

function compatible(d: Draft, np: AgreementPhrase): boolean {
  return np.generic || d.kind.toLowerCase() === np.kind.toLowerCase() || d.family === np.family;
}

/** Index of the draft a phrase refers to, or undefined for a new agreement. */
function candidateFor(drafts: readonly Draft[], np: AgreementPhrase, parties: readonly Argument[]): number | undefined {
  const order = drafts.map((_, i) => i).sort((a, b) => drafts[b]!.lastSentence - drafts[a]!.lastSentence || b - a);
  const recent = order.map((i) => ({ i, d: drafts[i]! }));
  if (np.determiner === 'indefinite') {
    if (np.generic) return undefined;
    const same = recent.find(({ d }) => d.kind.toLowerCase() === np.kind.toLowerCase());
    if (!same) return undefined;
    const mine = new Set(parties.map((p) => p.entity).filter(Boolean));
    const theirs = same.d.parties.map((p) => p.entity).filter(Boolean);
    return !mine.size || !theirs.length || theirs.some((e) => mine.has(e)) ? same.i : undefined;
  }
  return recent.find(({ d }) => compatible(d, np))?.i;
}

/** Index of the phrase a fact found at view offset `at` belongs to: the nearest phrase before it, else the first. */
function ownerOf(nps: readonly AgreementPhrase[], at: number): number {
  let idx = 0;
  nps.forEach((n, i) => {
    if (n.start <= at) idx = i;
  });
  return idx;
}

function newDraft(np: AgreementPhrase, naming: TextSpan, span: TextSpan, sentence: number, atMeeting: boolean): Draft {
  return {
    kind: atMeeting ? 'arrangement' : np.kind,
    noun: np.noun,
    family: np.family,
    generic: np.generic && !atMeeting,
    naming,
    mentions: [],
    phrases: [{ sentence, span }],
    parties: [],
    signedOn: null,
    signedAt: null,
    inForce: null,
    duration: null,
    scope: [],
    reportedBy: [],
    citing: [],
    event: null,
    lastSentence: sentence,
  };
}

/** The parties a phrase's sentence names (for an arrangement reached at a meeting, the meeting's participants). */
function phraseParties(st: SentenceText, np: AgreementPhrase, atMeeting: boolean, original: string, entities: readonly Entity[]): Argument[] {
  const parties: Argument[] = findParties(st, np).flatMap((p) => {
    const s = st.span(p.start, p.end);
    return s ? [{ ...s, entity: p.mention.entity }] : [];
  });
  if (!atMeeting || parties.length >= 2) return parties;
  const byId = new Map(entities.map((e) => [e.id, e]));
  return [
    ...parties,
    ...meetingParties(st, entities).flatMap((p) => {
      const e = byId.get(p.entity)!;
      const s = p.start !== null && p.end !== null ? st.span(p.start, p.end) : textSpan(original, e.start, e.end);
      return s ? [{ ...s, entity: p.entity }] : [];
    }),
  ];
}

/** A sentence without an agreement phrase: facts for the agreement in focus, when its subject is "it" or the parties. */
function readFollowUp(st: SentenceText, placed: readonly PlacedFacts[], focus: Draft): Draft | null {
  if (st.index - focus.lastSentence > FOCUS_SPAN) return null;
  const it = IT_SUBJECT.exec(st.text);
  const itStart = it ? it.index + it[0].search(/\bit\b/i) : -1;
  const pronoun = it ? st.span(itStart, itStart + 2) : null;
  const partyIds = new Set(focus.parties.map((p) => p.entity));
  const scope = placed.filter((p) => p.facts.scope);
  const joint = scope.some((p) => JOINT_SUBJECT.test(st.text.slice(0, p.at)) || partyMentionsIn(st, 0, p.at).some((m) => partyIds.has(m.item.entity)));
  if (!pronoun && !joint) return null;
  // with "it" as subject the whole sentence is about the agreement; otherwise only its scope and who reported it
  const facts = pronoun ? placed.map((p) => p.facts) : placed.map((p) => ({ scope: p.facts.scope, reportedBy: p.facts.reportedBy, citing: p.facts.citing }));
  const merged = facts.reduce<Draft>((d, f) => mergeFacts(d, f), focus);
  return { ...merged, lastSentence: st.index, mentions: pronoun ? [...merged.mentions, pronoun] : merged.mentions };
}

export function readAgreements(sentences: readonly SentenceText[], original: string, entities: readonly Entity[]): Draft[] {
  // the builder's own state: drafts are replaced, never changed in place
  const drafts: Draft[] = [];
  const latest = () => drafts.reduce<number>((best, d, i) => (best < 0 || d.lastSentence >= drafts[best]!.lastSentence ? i : best), -1);
  for (const st of sentences) {
    const nps = findAgreementPhrases(st.text);
    const placed = sentenceFacts(st, nps, original);
    if (!nps.length) {
      const f = latest();
      const next = f >= 0 ? readFollowUp(st, placed, drafts[f]!) : null;
      if (next) drafts[f] = next;
      continue;
    }
    const owners: number[] = [];
    nps.forEach((np, k) => {
      const span = st.span(np.start, np.end);
      const naming = st.span(np.kindStart, np.end);
      if (!span || !naming) return;
      const atMeeting = np.generic && np.determiner === 'indefinite' && reachedAtMeeting(st.text);
      const parties = phraseParties(st, np, atMeeting, original, entities);
      const mine = placed.filter((p) => ownerOf(nps, p.at) === k).map((p) => p.facts);
      const earlier = owners.find((i) => i !== undefined && np.determiner !== 'indefinite' && compatible(drafts[i]!, np));
      let target = earlier ?? candidateFor(drafts, np, parties);
      if (target !== undefined && mine.some((f) => conflicts(drafts[target!]!, f))) target = undefined;
      if (target === undefined) {
        drafts.push(mine.reduce<Draft>((d, f) => mergeFacts(d, f), mergeFacts(newDraft(np, naming, span, st.index, atMeeting), { parties })));
        owners[k] = drafts.length - 1;
        return;
      }
      const old = drafts[target]!;
      const merged = mine.reduce<Draft>((d, f) => mergeFacts(d, f), mergeFacts(old, { parties }));
      drafts[target] = {
        ...merged,
        kind: old.generic && !np.generic ? np.kind : old.kind,
        generic: old.generic && np.generic,
        mentions: [...old.mentions, span],
        phrases: [...old.phrases, { sentence: st.index, span }],
        lastSentence: st.index,
      };
      owners[k] = target;
    });
  }
  return drafts;
}
