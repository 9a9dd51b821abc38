import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, timelineJsonSchemaText } from '../src/core/json-schema.js';

describe('JSON Schema file', () => {
  it('schema/document.schema.json is generated from the zod schema and current (run `npm run schema`)', () => {
    const committed = readFileSync(new URL('../schema/document.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(jsonSchemaText());
    expect(readFileSync(new URL('../schema/timeline.schema.json', import.meta.url), 'utf8')).toBe(timelineJsonSchemaText());
    expect(JSON.parse(committed).properties.layers.properties.zones.items.properties.kind.enum).toContain('caption');
  });
});
