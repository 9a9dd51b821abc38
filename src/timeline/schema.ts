/**
 * The timeline output (`dateline timeline --json`): events of one or many documents ordered by their
 * resolved date, each traceable to its words. Versioned like the document schema; the JSON Schema is
 * written to schema/timeline.schema.json by `npm run schema`.
 */
import { z } from 'zod';
import { DATE_PRECISIONS, EVENT_TYPES, FACTUALITY, EVENT_ROLES } from '../core/schema.js';

export const TIMELINE_SCHEMA_ID = 'dateline/timeline@1';

const Actor = z.object({
  name: z.string().describe('Canonical name of the entity, or the words as written when no entity was resolved'),
  type: z.string().nullable(),
  role: z.enum(EVENT_ROLES),
});

export const TimelineEntrySchema = z.object({
  date: z.string().describe('TIMEX3-style value ("2020-11-19", "2020-10", "2020-08-09/.."); "" when unknown'),
  precision: z.enum(DATE_PRECISIONS),
  type: z.enum(EVENT_TYPES),
  factuality: z.enum(FACTUALITY),
  summary: z.string().describe('Actors, trigger and place in one line, built from the extracted fields'),
  actors: z.array(Actor),
  place: z.string().nullable(),
  document: z.string().describe('Document id (sha256 of its text)'),
  source: z.string().describe('The document’s source name (file, stdin, file.jsonl:LINE)'),
  event: z.string().describe('Event id within the document (layers.events)'),
  trigger: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
  evidence: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).describe('Exact span of the document text the event was read from'),
  dateRule: z.string().describe('How the date was decided'),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const TimelineSchema = z.object({
  schema: z.literal(TIMELINE_SCHEMA_ID),
  entity: z.string().nullable().describe('The entity filter (--entity), when one'),
  documents: z.number().int().nonnegative(),
  entries: z.array(TimelineEntrySchema),
});
export type Timeline = z.infer<typeof TimelineSchema>;
