/**
 * Timeline exports: PLOVER-style JSON (one record per event, the field names of the PLOVER/POLECAT event
 * data format where one fits) and CSV (RFC 4180: comma-separated, fields with a comma, quote or line break
 * quoted, quotes doubled, CRLF line ends).
 */
import type { TimelineEntry } from './schema.js';
import { oneLine } from '../core/text.js';

export interface PloverRecord {
  event_id: string;
  event_date: string;
  date_precision: string;
  event_type: string;
  /** PLOVER "mode": '' for an event that happened, else negated / hypothetical / future. */
  event_mode: string;
  source_actor: string;
  source_actor_type: string;
  target_actor: string;
  target_actor_type: string;
  location: string;
  event_text: string;
  story_id: string;
  story_source: string;
  text_start: number;
  text_end: number;
}

const joinActors = (e: TimelineEntry, agent: boolean, field: 'name' | 'type') =>
  e.actors
    .filter((a) => (a.role === 'agent') === agent)
    .map((a) => a[field] ?? '')
    .join('; ');

export function toPlover(entries: readonly TimelineEntry[]): PloverRecord[] {
  return entries.map((e) => ({
    event_id: `${e.document.slice(0, 12)}-${e.event}`,
    event_date: e.date,
    date_precision: e.precision,
    event_type: e.type,
    event_mode: e.factuality === 'asserted' ? '' : e.factuality,
    source_actor: joinActors(e, true, 'name'),
    source_actor_type: joinActors(e, true, 'type'),
    target_actor: joinActors(e, false, 'name'),
    target_actor_type: joinActors(e, false, 'type'),
    location: e.place ?? '',
    event_text: oneLine(e.evidence.text),
    story_id: e.document,
    story_source: e.source,
    text_start: e.evidence.start,
    text_end: e.evidence.end,
  }));
}

const CSV_COLUMNS = ['date', 'precision', 'type', 'factuality', 'actors', 'targets', 'place', 'summary', 'evidence', 'source', 'document', 'event', 'start', 'end'] as const;

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(entries: readonly TimelineEntry[]): string {
  const rows = entries.map((e) => [
    e.date,
    e.precision,
    e.type,
    e.factuality,
    joinActors(e, true, 'name'),
    joinActors(e, false, 'name'),
    e.place ?? '',
    e.summary,
    oneLine(e.evidence.text),
    e.source,
    e.document,
    e.event,
    e.evidence.start,
    e.evidence.end,
  ]);
  return [CSV_COLUMNS as readonly (string | number)[], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The timeline as readable lines: date (precision), type, summary, and where it came from. */
export function toText(entries: readonly TimelineEntry[]): string {
  if (!entries.length) return '(no events)';
  return entries
    .map((e) => {
      const date = (e.date || 'date unknown').padEnd(12);
      const mode = e.factuality === 'asserted' ? '' : ` [${e.factuality}]`;
      return `${date} ${e.type.padEnd(9)} ${e.summary}${mode}\n${' '.repeat(13)}← "${oneLine(e.evidence.text).slice(0, 100)}" (${e.source} [${e.evidence.start}–${e.evidence.end}])`;
    })
    .join('\n');
}
