/** Writes schema/document.schema.json and schema/timeline.schema.json from the zod schemas (npm run schema). A test checks they are current. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { jsonSchemaText, timelineJsonSchemaText } from '../src/core/json-schema.js';

mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/document.schema.json', import.meta.url), jsonSchemaText());
writeFileSync(new URL('../schema/timeline.schema.json', import.meta.url), timelineJsonSchemaText());
process.stdout.write('wrote schema/document.schema.json, schema/timeline.schema.json\n');
