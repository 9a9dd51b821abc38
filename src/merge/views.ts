/**
 * A document's events as the merge compares them ({@link EventView}): participants and place mapped to
 * corpus entities, the trigger reduced to its head stem. An event named by an agreement as its event
 * ("X signed a cooperation agreement" + "The agreement … made in the city of Minsk on Nov. 19, 2020")
 * takes the agreement's signing date when it has one (a date stated for that very signing, stronger than
 * one the event inherited from the article's news date), and its place when it has none of its own; an
 * AGREE event counts that agreement's parties among its participants. A date the events stage inherited
 * rather than read for the event (rule "inherited-…") is marked `weak`. Pure.
 */
import type { DatelineDocument, DatelineEvent } from '../core/schema.js';
import { oneLine } from '../core/text.js';
import type { EntityMerge } from './entities.js';
import type { EventView } from './events.js';
import { headStem, normName } from './words.js';

type Arg = { text: string; entity: string | null };

export function eventViews(doc: DatelineDocument, entities: EntityMerge): EventView[] {
  const canonical = new Map(entities.entities.map((e) => [e.id, e.canonical]));
  const key = (a: Arg) => entities.of(doc.id, a.entity) ?? `text:${normName(a.text)}`;
  const name = (a: Arg) => canonical.get(entities.of(doc.id, a.entity) ?? '') ?? oneLine(a.text);
  const agreementOf = new Map((doc.layers.agreements ?? []).filter((a) => a.event).map((a) => [a.event!, a]));
  return (doc.layers.events ?? []).map((e: DatelineEvent) => {
    const agreement = agreementOf.get(e.id);
    const time = agreement?.signedOn?.value ? agreement.signedOn : e.time;
    const place = e.place ?? agreement?.signedAt ?? null;
    const args: { arg: Arg; role: DatelineEvent['participants'][number]['role'] }[] = e.participants.map((p) => ({ arg: p, role: p.role }));
    if (e.type === 'AGREE' && agreement) for (const p of agreement.parties) args.push({ arg: p, role: 'agent' });
    const participants: EventView['participants'] = [];
    for (const { arg, role } of args) {
      const k = key(arg);
      if (!participants.some((p) => p.key === k)) participants.push({ key: k, name: name(arg), role });
    }
    return {
      doc: doc.id,
      event: e.id,
      type: e.type,
      stem: headStem(e.text),
      span: { start: e.start, end: e.end, text: e.text },
      time: { value: time.value, precision: time.precision, weak: time.rule.startsWith('inherited') },
      place: place ? key(place) : null,
      placeName: place ? name(place) : null,
      participants,
      factuality: e.factuality,
    };
  });
}
