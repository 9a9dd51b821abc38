/**
 * Timelines from documents' `events` layers: per document, per entity (`entity` filter) or per corpus,
 * ordered by resolved date. Pure; the CLI reads the documents from the store.
 *
 * Order: by the date's start (a range "2020-08-09/.." starts at 2020-08-09; "2020-10" at 2020-10-01), then
 * the coarser precision first at the same start (the month "2020-10" before "2020-10-05"), then document
 * and text order; events with no date come last, in document and text order.
 * Dates: an event's own resolved date; an AGREE event with none takes the signing date of the agreement that
 * names it as its event (layers.agreements: "X signed a cooperation agreement" + "The agreement … made on
 * Nov. 19, 2020"), with that rule as its `dateRule`.
 * Entity filter: an event is kept when one of its participants or its place is an entity whose canonical
 * name or one of whose mention texts contains the query as whole words, case-insensitively ("Lukashenko"
 * matches "Alexander Lukashenko").
 */
import type { DatelineDocument, DatelineEvent, Entity } from '../core/schema.js';
import { oneLine } from '../core/text.js';
import { TIMELINE_SCHEMA_ID, type Timeline, type TimelineEntry } from './schema.js';

const PRECISION_RANK: Record<string, number> = { decade: 0, year: 1, quarter: 2, month: 3, week: 4, day: 5, unknown: 6 };

/** The first day a TIMEX3-style value covers, as YYYY-MM-DD, or null when it has no calendar start. */
export function dateStart(value: string): string | null {
  const v = value.split('/')[0]!;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return `${m[1]}-${String((+m[2]! - 1) * 3 + 1).padStart(2, '0')}-01`;
  m = /^(\d{4})-W(\d{2})/.exec(v);
  if (m) {
    // the Monday of ISO week N: Jan 4 is always in week 1
    const jan4 = Date.UTC(+m[1]!, 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 864e5) + (+m[2]! - 1) * 7 * 864e5;
    return new Date(monday).toISOString().slice(0, 10);
  }
  m = /^(\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?$/.exec(v);
  if (m) return `${m[1]}-01-01`;
  m = /^(\d{3})$/.exec(v);
  if (m) return `${m[1]}0-01-01`;
  return null;
}

const words = (s: string) => ` ${oneLine(s).toLowerCase().replace(/[’']/g, "'")} `;

/** Does the entity answer the query (whole words of its canonical name or of one of its mentions)? */
export function entityMatches(doc: DatelineDocument, entity: Entity, query: string): boolean {
  const q = words(query).trim();
  if (!q) return false;
  const has = (s: string) => words(s).includes(` ${q} `) || words(s).includes(` ${q}'`);
  if (has(entity.canonical)) return true;
  const ids = new Set(entity.mentions);
  return doc.layers.mentions.some((m) => ids.has(m.id) && has(m.text));
}

/** Agents, trigger, other participants and place; the factuality is shown beside it, not in it. */
function summary(e: DatelineEvent, name: (entity: string | null, text: string) => string): string {
  const agents = e.participants.filter((p) => p.role === 'agent').map((p) => name(p.entity, p.text));
  const others = e.participants.filter((p) => p.role !== 'agent').map((p) => name(p.entity, p.text));
  const place = e.place ? ` in ${name(e.place.entity, e.place.text)}` : '';
  return oneLine(`${agents.join(', ')} ${oneLine(e.text)}${others.length ? ` ${others.join(', ')}` : ''}${place}`);
}

/** Timeline entries of one document, unordered (see {@link buildTimeline}). */
export function documentEntries(doc: DatelineDocument, entityQuery?: string): TimelineEntry[] {
  const entities = new Map(doc.layers.entities.map((e) => [e.id, e]));
  const keep = entityQuery ? new Set(doc.layers.entities.filter((e) => entityMatches(doc, e, entityQuery)).map((e) => e.id)) : null;
  const name = (id: string | null, text: string) => (id && entities.get(id)?.canonical) || oneLine(text);
  const typeOf = (id: string | null) => (id && entities.get(id)?.type) || null;
  // an undated AGREE event takes its agreement's signing date
  const signed = new Map<string, { value: string; precision: TimelineEntry['precision']; rule: string }>();
  for (const a of doc.layers.agreements ?? []) {
    if (a.event && a.signedOn?.value) signed.set(a.event, { value: a.signedOn.value, precision: a.signedOn.precision, rule: `signing date of its agreement (${a.id}, "${oneLine(a.text)}")` });
  }
  const dateOf = (e: DatelineEvent) => (e.time.value ? { value: e.time.value, precision: e.time.precision, rule: e.time.rule } : (signed.get(e.id) ?? { value: '', precision: e.time.precision, rule: e.time.rule }));
  return (doc.layers.events ?? [])
    .filter((e) => !keep || e.participants.some((p) => p.entity !== null && keep.has(p.entity)) || (e.place?.entity != null && keep.has(e.place.entity)))
    .map((e) => ({
      date: dateOf(e).value,
      precision: dateOf(e).precision,
      type: e.type,
      factuality: e.factuality,
      summary: summary(e, name),
      actors: e.participants.map((p) => ({ name: name(p.entity, p.text), type: typeOf(p.entity), role: p.role })),
      place: e.place ? name(e.place.entity, e.place.text) : null,
      document: doc.id,
      source: doc.source.name,
      event: e.id,
      trigger: { start: e.start, end: e.end, text: e.text },
      evidence: { start: e.evidence.start, end: e.evidence.end, text: e.evidence.text },
      dateRule: dateOf(e).rule,
    }));
}

/** Orders entries by date (see the top of this file). */
export function orderEntries(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const keyed = entries.map((e, i) => ({ e, i, start: dateStart(e.date) }));
  keyed.sort((a, b) => {
    if (a.start === null || b.start === null) return a.start === b.start ? a.i - b.i : a.start === null ? 1 : -1;
    if (a.start !== b.start) return a.start < b.start ? -1 : 1;
    const p = (PRECISION_RANK[a.e.precision] ?? 6) - (PRECISION_RANK[b.e.precision] ?? 6);
    return p || a.i - b.i;
  });
  return keyed.map((k) => k.e);
}

/** The timeline of a set of documents (one document, a corpus), optionally of one entity. */
export function buildTimeline(docs: readonly DatelineDocument[], entityQuery?: string): Timeline {
  return {
    schema: TIMELINE_SCHEMA_ID,
    entity: entityQuery ?? null,
    documents: docs.length,
    entries: orderEntries(docs.flatMap((d) => documentEntries(d, entityQuery))),
  };
}
