/**
 * Cross-article merging: `mergeCorpus(docs)` → corpus entities (`entities.ts`) and corpus events, each
 * event a cluster of event mentions judged the same happening by `sameHappening` (`events.ts`, where the
 * rule and its thresholds are written down), clustered by `clusterViews` (`cluster.ts`).
 *
 * A corpus event's type is the most frequent specific type of its mentions (OCCUR only when all are);
 * its time the narrowest date its mentions give (the most frequent one when they conflict; dates read for
 * the event are preferred to weak ones, inherited from the article's news date); its place the
 * most frequent place. Values that disagree are never overwritten: `conflicts` lists, per field, every
 * mention's value with its document and event ("time" when two dates are disjoint, "place" when two
 * places differ). Ids: type, then the document and event id of its first mention (input order). Pure.
 */
import type { DatelineDocument, DatelineEvent } from '../core/schema.js';
import { clusterViews } from './cluster.js';
import { dayRange, relateDates } from './dates.js';
import { mergeEntities, type CorpusEntity } from './entities.js';
import type { EventView, MergeContext } from './events.js';
import { eventViews } from './views.js';

export { mergeEntities, type CorpusEntity, type EntityMerge } from './entities.js';
export { sameHappening, typePoints, type Decision, type EventView, type MergeContext } from './events.js';
export { clusterViews } from './cluster.js';
export { eventViews } from './views.js';
export { headStem, normName, stem } from './words.js';
export { dayRange, relateDates } from './dates.js';

export interface ConflictValue {
  value: string;
  doc: string;
  event: string;
}

export interface CorpusEvent {
  id: string;
  type: DatelineEvent['type'];
  time: { value: string; precision: DatelineEvent['time']['precision'] };
  place: { entity: string | null; name: string } | null;
  participants: { entity: string | null; name: string; role: DatelineEvent['participants'][number]['role'] }[];
  sources: { doc: string; event: string; span: { start: number; end: number; text: string } }[];
  conflicts: { field: 'time' | 'place'; values: ConflictValue[] }[];
}

export interface MergedCorpus {
  entities: CorpusEntity[];
  events: CorpusEvent[];
}

const mostFrequent = <T>(xs: readonly T[]): T | undefined => {
  const count = new Map<T, number>();
  for (const x of xs) count.set(x, (count.get(x) ?? 0) + 1);
  let best: T | undefined;
  for (const [x, c] of count) if (best === undefined || c > count.get(best)!) best = x;
  return best;
};

const width = (value: string) => {
  const r = dayRange(value)!;
  return Date.parse(r.to.replace(/^9999/, '2999')) - Date.parse(r.from);
};

/** One corpus event from the views of its mentions (see the top of this file). */
export function corpusEvent(group: readonly EventView[]): CorpusEvent {
  const first = group[0]!;
  const type = mostFrequent(group.map((v) => v.type).filter((t) => t !== 'OCCUR')) ?? 'OCCUR';
  const withDate = group.filter((v) => dayRange(v.time.value));
  const strong = withDate.filter((v) => !v.time.weak);
  const dated = strong.length ? strong : withDate;
  const disjoint = dated.some((a) => dated.some((b) => relateDates(a.time.value, b.time.value) === 'disjoint'));
  const chosen = disjoint
    ? dated.find((v) => v.time.value === mostFrequent(dated.map((d) => d.time.value)))
    : [...dated].sort((a, b) => width(a.time.value) - width(b.time.value))[0];
  const placed = group.filter((v) => v.place);
  const placeKey = mostFrequent(placed.map((v) => v.place));
  const placeView = placed.find((v) => v.place === placeKey);
  const participants: CorpusEvent['participants'] = [];
  for (const p of group.flatMap((v) => v.participants)) {
    const entity = p.key.startsWith('text:') ? null : p.key;
    if (!participants.some((q) => (entity ? q.entity === entity : q.name === p.name))) participants.push({ entity, name: p.name, role: p.role });
  }
  const conflicts: CorpusEvent['conflicts'] = [];
  if (disjoint) conflicts.push({ field: 'time', values: dated.map((v) => ({ value: v.time.value, doc: v.doc, event: v.event })) });
  if (new Set(placed.map((v) => v.place)).size > 1) {
    conflicts.push({ field: 'place', values: placed.map((v) => ({ value: v.placeName ?? v.place!, doc: v.doc, event: v.event })) });
  }
  return {
    id: `${type.toLowerCase()}:${first.doc.slice(0, 12)}:${first.event}`,
    type,
    time: chosen ? { value: chosen.time.value, precision: chosen.time.precision } : { value: '', precision: 'unknown' },
    place: placeView ? { entity: placeKey!.startsWith('text:') ? null : placeKey!, name: placeView.placeName ?? placeKey! } : null,
    participants,
    sources: group.map((v) => ({ doc: v.doc, event: v.event, span: { ...v.span } })),
    conflicts,
  };
}

/** Order of corpus events by their time value (as strings: a coarser date before the finer ones in it), undated last. */
export function byTime(a: CorpusEvent, b: CorpusEvent): number {
  const x = a.time.value;
  const y = b.time.value;
  return x === y ? 0 : !x ? 1 : !y ? -1 : x < y ? -1 : 1;
}

/** Corpus entities and events of a set of documents (see the top of this file). */
export function mergeCorpus(docs: readonly DatelineDocument[], ctx: MergeContext = {}): MergedCorpus {
  const entities = mergeEntities(docs);
  const views = docs.flatMap((d) => eventViews(d, entities));
  const events = clusterViews(views, ctx).map((g) => corpusEvent(g.map((i) => views[i]!)));
  return { entities: entities.entities, events };
}
