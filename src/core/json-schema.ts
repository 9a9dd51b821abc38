import { z } from 'zod';
import { DocumentSchema, SCHEMA_ID } from './schema.js';
import { TIMELINE_SCHEMA_ID, TimelineSchema } from '../timeline/schema.js';

/** The JSON Schema (draft 2020-12) of a Dateline document, as committed in schema/document.schema.json. */
export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `https://dateline.invalid/schema/${SCHEMA_ID}`, title: 'Dateline document', ...schema }, null, 2)}\n`;
}

/** The JSON Schema of a timeline (`dateline timeline --format json`), as committed in schema/timeline.schema.json. */
export function timelineJsonSchemaText(): string {
  const schema = z.toJSONSchema(TimelineSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `https://dateline.invalid/schema/${TIMELINE_SCHEMA_ID}`, title: 'Dateline timeline', ...schema }, null, 2)}\n`;
}
