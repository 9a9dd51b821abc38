/** Test helper: runs the default pipeline on a self-written text, then the events stage. */
import type { DatelineEvent } from '../../core/schema.js';
import { processInput } from '../../pipeline/process.js';
import { extractEvents } from './stage.js';

export interface Readable {
  type: string;
  trigger: string;
  time: string;
  timeRule: string;
  factuality: string;
  place: string | null;
  agents: string[];
  patients: string[];
  others: string[];
  event: DatelineEvent;
}

/** Events of `text` (published on `published`), with participants as canonical entity names. */
export function eventsOf(text: string, published = '2021-03-10'): Readable[] {
  const p = processInput({ name: 't.txt', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length, content: text, hints: { published } });
  if (!p.ok) throw new Error(p.rejection.message);
  const names = new Map(p.doc.layers.entities.map((e) => [e.id, e.canonical]));
  const name = (x: { entity: string | null; text: string }) => (x.entity ? names.get(x.entity) ?? x.text : x.text);
  return extractEvents(p.doc).map((e) => ({
    type: e.type,
    trigger: e.text,
    time: e.time.value,
    timeRule: e.time.rule,
    factuality: e.factuality,
    place: e.place ? name(e.place) : null,
    agents: e.participants.filter((x) => x.role === 'agent').map(name),
    patients: e.participants.filter((x) => x.role === 'patient').map(name),
    others: e.participants.filter((x) => x.role === 'other' || x.role === 'recipient').map(name),
    event: e,
  }));
}

/** The one event with this trigger text (fails the test when there is none or several). */
export function one(events: readonly Readable[], trigger: string): Readable {
  const found = events.filter((e) => e.trigger === trigger);
  if (found.length !== 1) throw new Error(`expected one event "${trigger}", got ${found.length}: ${events.map((e) => e.trigger).join(', ')}`);
  return found[0]!;
}
