/**
 * Builds SemEval-2015 TimeLine timelines (track A) from Dateline documents: for one target entity, the
 * events of the documents' `events` layer that the entity takes part in, anchored to their dates and
 * ordered. Pure: no I/O; inputs are never mutated.
 *
 * - **Which events**: an event is the target's when one of its participants (any role) names the target:
 *   the participant's words, or, when the participant is a mention of an entity (`entity` set), that
 *   entity's canonical name and its name-like mentions (kinds name, alias, acronym, possessive). Names are
 *   compared normalised (lower case, `_` as a space, possessive `'s` and punctuation dropped, spaces
 *   collapsed, a leading "the" dropped). A name N names the target T when
 *     1. N = T ("steve jobs"), or
 *     2. T's words occur in N as a run ("apple ceo steve jobs" names "steve jobs"; "ipod nano" names "ipod"), or
 *     3. N is T without a trailing company designator (inc, corp, corporation, co, ltd, plc, llc, company,
 *        group): "apple" names "Apple_Inc.", or
 *     4. N is T's last two or more words (a name without its first modifiers): "apple corps" names
 *        "Beatles Apple Corps" (a single last word does not: "corps", the "4" of "iPhone 4"), or
 *     5. (surname) N is the last word of a T of two or more words and the entity is a person (type PER):
 *        "jobs" names "Steve Jobs".
 *   An event none of whose participants names the target is the target's too when the target's words occur
 *   as a run (compared as above) in the event's evidence clause ("Jobs unveiled iPhone 4": products such as
 *   "iPhone 4", "iPod", "iTunes store" are tagged MISC or not at all by the NER, so they are rarely
 *   participants). This is the evaluation's reading of "involves", not the product's: on the trial corpus it
 *   raised F1 from 0.066 to 0.073 (precision 0.59 → 0.25, recall 0.034 → 0.043; the whole sentence instead
 *   of the clause: 0.072; only participant-less events: 0.070).
 *   Negated and hypothetical events (`factuality`) are left out: a timeline lists what happened or will.
 * - **Event id**: `DOCID-SENTENCE-WORDS`, the CAT tokens that the trigger span (`start`, `end`) overlaps,
 *   their words joined by `_` in lower case, and the CAT `sentence` number of the first of them (the
 *   gold's format: `16844-2-unveiled`, `4954-2-court_case`, `16900-2-pre-orders` for "Pre-orders"). A trigger that overlaps no token is left out; the same id
 *   twice is kept once.
 * - **Date** (`timelineDate`): the longest `YYYY`, `YYYY-MM` or `YYYY-MM-DD` prefix of `time.value` (so
 *   `2020-08-09/..` → `2020-08-09`, `2020-W47` → `2020`); anything else (`""`, `PRESENT_REF`, `XXXX-…`)
 *   is undated: `XXXX-XX-XX`.
 * - **Order**: undated events get ORDER 0 (the task's "not ordered"; the scorer leaves order 0 out).
 *   Dated events are ranked by their date as a string, so a coarser date comes before the finer dates
 *   it contains (`2006-01` < `2006-01-01`, as the gold orders them), and events with the same date share
 *   one ORDER (simultaneous). One event per line: several events on a line would claim cross-document
 *   coreference, which Dateline does not resolve.
 */
import type { DatelineDocument, Entity, Mention } from '../core/schema.js';
import type { Timeline, TimelineLine } from './timeline-score.js';

/** One CAT token as a span of the rebuilt text, with its `sentence` attribute and its words. */
export interface CatToken {
  start: number;
  end: number;
  sentence: string;
  text: string;
}

/** What the builder needs of one analysed track-A document. */
export interface TimelineDoc {
  /** The CAT `doc_id` (`16844`). */
  docId: string;
  tokens: readonly CatToken[];
  layers: Partial<Pick<DatelineDocument['layers'], 'events' | 'entities' | 'mentions'>>;
}

const DESIGNATORS = new Set(['inc', 'corp', 'corporation', 'co', 'ltd', 'plc', 'llc', 'company', 'group']);
const NAME_KINDS = new Set<Mention['kind']>(['name', 'alias', 'acronym', 'possessive']);

/** Lower case, `_` as space, possessives and punctuation dropped, a leading "the" dropped: the words. */
export function nameWords(s: string): string[] {
  const w = s
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return w[0] === 'the' && w.length > 1 ? w.slice(1) : w;
}

const hasRun = (hay: readonly string[], needle: readonly string[]) => {
  if (!needle.length || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, j) => hay[i + j] === w)) return true;
  return false;
};

/** Does the name `name` name the target (rules at the top of the file)? `type`: the entity's, when known. */
export function namesTarget(name: string, target: string, type: string | null = null): boolean {
  const n = nameWords(name);
  const t = nameWords(target);
  if (!n.length || !t.length) return false;
  if (hasRun(n, t)) return true; // rules 1 and 2
  let core = t;
  while (core.length > 1 && DESIGNATORS.has(core[core.length - 1]!)) core = core.slice(0, -1);
  if (core.length < t.length && n.length === core.length && n.every((w, i) => w === core[i])) return true; // rule 3
  if (n.length >= 2 && n.length < t.length && n.every((w, i) => w === t[t.length - n.length + i])) return true; // rule 4
  return type === 'PER' && t.length >= 2 && n.length === 1 && n[0] === t[t.length - 1]; // rule 5
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` from a TIMEX3-style value; `XXXX-XX-XX` when it holds no date. */
export function timelineDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)/.exec(value.trim());
  if (!m) return 'XXXX-XX-XX';
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

/** The task's event id of the tokens a span overlaps, or null when it overlaps none. */
export function eventId(docId: string, tokens: readonly CatToken[], start: number, end: number): string | null {
  const hit = tokens.filter((t) => t.start < Math.max(end, start + 1) && t.end > start && t.end > t.start);
  if (!hit.length) return null;
  return `${docId}-${hit[0]!.sentence}-${hit.map((t) => t.text).join('_').toLowerCase()}`;
}

/** Whether the target's words occur as a run among the CAT tokens inside the span (an event's evidence clause). */
export function clauseNames(tokens: readonly CatToken[], span: { start: number; end: number }, target: string): boolean {
  const t = nameWords(target);
  const words = tokens.filter((k) => k.start >= span.start && k.end <= span.end).flatMap((k) => nameWords(k.text));
  return hasRun(words, t);
}

/** The events of one document that involve the target, as (id, date) pairs in text order. */
export function targetEvents(doc: TimelineDoc, target: string): { id: string; date: string }[] {
  const entities = new Map<string, Entity>((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const mentionsOf = new Map<string, string[]>();
  for (const m of doc.layers.mentions ?? []) {
    if (!NAME_KINDS.has(m.kind)) continue;
    const list = mentionsOf.get(m.entity);
    if (list) list.push(m.text);
    else mentionsOf.set(m.entity, [m.text]);
  }
  const out: { id: string; date: string }[] = [];
  for (const ev of doc.layers.events ?? []) {
    if (ev.factuality === 'negated' || ev.factuality === 'hypothetical') continue;
    const involved = ev.participants.some((p) => {
      const e = p.entity ? entities.get(p.entity) : undefined;
      const type = e?.type ?? null;
      const names = [p.text, ...(e ? [e.canonical, ...(mentionsOf.get(e.id) ?? [])] : [])];
      return names.some((n) => namesTarget(n, target, type));
    });
    if (!involved && !clauseNames(doc.tokens, ev.evidence, target)) continue;
    const id = eventId(doc.docId, doc.tokens, ev.start, ev.end);
    if (id) out.push({ id, date: timelineDate(ev.time?.value ?? '') });
  }
  return out;
}

/**
 * Orders (id, date) pairs into timeline lines: undated → order 0, dated → rank of the date; one event per
 * line; the same id kept once (its first date).
 */
export function orderEvents(events: readonly { id: string; date: string }[]): TimelineLine[] {
  const seen = new Set<string>();
  const unique = events.filter((e) => !seen.has(e.id) && (seen.add(e.id), true));
  const undated = unique.filter((e) => e.date === 'XXXX-XX-XX');
  const dated = unique.filter((e) => e.date !== 'XXXX-XX-XX');
  const dates = [...new Set(dated.map((e) => e.date))].sort();
  const rank = new Map(dates.map((d, i) => [d, i + 1]));
  return [
    ...undated.map((e) => ({ order: 0, date: 'XXXX-XX-XX', events: [e.id] })),
    ...dated
      .map((e) => ({ order: rank.get(e.date)!, date: e.date, events: [e.id] }))
      .sort((a, b) => a.order - b.order), // stable: text order within a date
  ];
}

/** The system timeline of one target entity over all documents (in the order given). */
export function buildTimeline(target: string, docs: readonly TimelineDoc[]): Timeline {
  return { entity: target.replace(/_/g, ' '), lines: orderEvents(docs.flatMap((d) => targetEvents(d, target))) };
}
