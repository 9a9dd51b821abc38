/** Writes schema/document.schema.json from the zod schema (npm run schema). A test checks it is current. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { jsonSchemaText } from '../src/core/json-schema.js';

mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/document.schema.json', import.meta.url), jsonSchemaText());
process.stdout.write('wrote schema/document.schema.json\n');
