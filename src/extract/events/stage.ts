/**
 * The `events` stage: who did what, when, where, with factuality. For each sentence: triggers from the
 * lexicon (`triggers.ts`), then for each trigger its clause, participants (`participants.ts`), place
 * (`place.ts`), factuality (`factuality.ts`); then the times of all events of the document together
 * (`time.ts`, which needs earlier events); then speech events from the quotes' cues (`speech.ts`); then the
 * news time (`news-time.ts`). Pure: the input document is never changed.
 */
import type { DatelineDocument, DatelineEvent } from '../../core/schema.js';
import { withLayers } from '../../core/document.js';
import { textSpan } from '../../core/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { factuality } from './factuality.js';
import { findParticipants, type Participant } from './participants.js';
import { findPlace } from './place.js';
import { eventTimes, genericTimes, type Draft } from './time.js';
import { findTriggers } from './triggers.js';
import { inheritNewsTime, mayInherit, quotedSpans } from './news-time.js';
import { speechEvents } from './speech.js';
import { GENERIC_LEXICON } from './lexicon.js';
import type { Clause, SentenceView, Trigger } from './types.js';
import { clauseOf, sentenceViews } from './view.js';

/** The clause as evidence: its words without trailing punctuation, inside the sentence piece of the trigger. */
function evidence(text: string, view: SentenceView, clause: Clause, trigger: Trigger) {
  const { words } = view;
  let to = clause.to;
  while (to - 1 > clause.from && /^[,.;:]$/.test(words[to - 1]!.text)) to--;
  const tStart = words[trigger.from]!.start;
  const part = view.parts.find((p) => p.start <= tStart && tStart < p.end) ?? view.parts[0]!;
  const start = Math.max(words[clause.from]!.start, part.start);
  const end = Math.min(words[to - 1]!.end, part.end);
  return textSpan(text, start, end);
}

interface Built {
  draft: Draft;
  participants: Participant[];
  place: DatelineEvent['place'];
}

/** The events of a document, in text order. */
export function extractEvents(doc: DatelineDocument): DatelineEvent[] {
  const built: Built[] = [];
  const generic: Built[] = [];
  for (const view of sentenceViews(doc)) {
    const triggers = findTriggers(view);
    let previousAgents: Participant[] = [];
    triggers.forEach((trigger, k) => {
      const clause = clauseOf(view, trigger.from);
      const participants = findParticipants(view, trigger, clause, { previousAgents });
      const agents = participants.filter((p) => p.role === 'agent');
      if (trigger.pos === 'verb') previousAgents = agents;
      built.push({
        draft: {
          view,
          trigger,
          clause,
          agents: agents.flatMap((p) => (p.entity ? [p.entity] : [])),
          factuality: factuality(view, trigger, clause, triggers.slice(0, k)),
        },
        participants,
        place: findPlace(view, trigger, clause, triggers.find((x, j) => j > k && x.pos === 'verb')?.from ?? view.words.length),
      });
    });
    // generic occurrences (type OCCUR): read after the ontology, on words it left, in sentences that mention an entity
    if (!view.mentions.length) continue;
    const taken = (i: number) => triggers.some((t) => (i >= t.from && i < t.to) || (!!t.noun && i >= t.noun.from && i < t.noun.to));
    const occur = findTriggers(view, GENERIC_LEXICON).filter((t) => !taken(t.from));
    const all = [...triggers, ...occur].sort((a, b) => a.from - b.from);
    let previousGeneric: Participant[] = [];
    for (const trigger of occur) {
      const clause = clauseOf(view, trigger.from);
      const participants = findParticipants(view, trigger, clause, { previousAgents: previousGeneric });
      const agents = participants.filter((p) => p.role === 'agent');
      if (trigger.pos === 'verb') previousGeneric = agents;
      const earlier = all.filter((t) => t.from < trigger.from);
      generic.push({
        draft: { view, trigger, clause, agents: agents.flatMap((p) => (p.entity ? [p.entity] : [])), factuality: factuality(view, trigger, clause, earlier) },
        participants,
        place: findPlace(view, trigger, clause, all.find((x) => x.from > trigger.from && x.pos === 'verb')?.from ?? view.words.length),
      });
    }
  }
  const times = [...eventTimes(built.map((b) => b.draft)), ...genericTimes(generic.map((b) => b.draft))];
  const events = [...built, ...generic].map((b, k): Omit<DatelineEvent, 'id'> => {
    const { view, trigger, clause } = b.draft;
    const span = textSpan(doc.text, view.words[trigger.from]!.start, view.words[trigger.to - 1]!.end);
    return {
      ...span,
      type: trigger.type,
      evidence: evidence(doc.text, view, clause, trigger),
      sentence: view.id,
      participants: b.participants,
      place: b.place,
      time: times[k]!,
      factuality: b.draft.factuality,
      rule: trigger.rule,
    };
  });
  // speech events from the quotes' cues, on cues no other event took (speech.ts)
  const speech = speechEvents(doc, events);
  const all = [...events, ...speech.map(({ perfect: _, ...e }) => e)];
  const quoted = quotedSpans(doc);
  const eligible = [...[...built, ...generic].map((b) => mayInherit(b.draft, quoted)), ...speech.map((e) => !e.perfect)];
  // text order (stable: an ontology event before an OCCUR event at the same place), ids in that order
  return inheritNewsTime(all, doc, (k) => eligible[k]!)
    .map((e, k) => ({ e, k }))
    .sort((a, b) => a.e.start - b.e.start || a.k - b.k)
    .map(({ e }, k) => ({ id: `v${k}`, ...e }));
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['sentences', 'tokens', 'timex', 'mentions', 'entities', 'quotes'],
  produces: ['events'],
  run(doc) {
    return withLayers(doc, { events: extractEvents(doc) });
  },
};
