import { createHash } from 'node:crypto';
import { SCHEMA_ID, type DatelineDocument, type InputHints, type Layers } from './schema.js';

export interface NewDocument {
  text: string;
  source: DatelineDocument['source'];
  input?: InputHints;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function emptyLayers(): Layers {
  return { zones: [], links: [], sentences: [], tokens: [], timex: [], mentions: [], entities: [], quotes: [], events: [], agreements: [] };
}

/** A fresh document: the original text and nothing found yet. Stages add to it. */
export function createDocument({ text, source, input = {} }: NewDocument): DatelineDocument {
  return {
    schema: SCHEMA_ID,
    id: contentHash(text),
    source,
    text,
    input,
    metadata: { title: null, language: { code: 'und', iso6393: 'und' }, outlet: null, url: null, published: null },
    layers: emptyLayers(),
    warnings: [],
  };
}

/** Returns a copy of `doc` with some layers replaced. Stages never mutate their input. */
export function withLayers(doc: DatelineDocument, layers: Partial<Layers>): DatelineDocument {
  return { ...doc, layers: { ...doc.layers, ...layers } };
}
