/**
 * Test helpers: a small document with hand-placed mentions and time expressions, split into sentences after
 * ". " (`fixtureSentence`: the whole text as one sentence).
 */
import { createDocument, withLayers } from '../../core/document.js';
import type { Entity, Mention, Timex } from '../../core/schema.js';
import { sentenceText, typedMentions, type SentenceText } from './text.js';

export interface FixtureMention {
  text: string;
  type?: Entity['type'];
  /** Entity id; by default one entity per distinct text. */
  entity?: string;
  roles?: string[];
}

export interface FixtureTimex {
  text: string;
  type?: Timex['type'];
  value: string;
}

/** Fixture placement: the first occurrence at or after the previous one of the same text (test data only). */
function placeAll<T extends { text: string }>(text: string, items: readonly T[]): (T & { start: number; end: number })[] {
  const last = new Map<string, number>();
  return items.map((x) => {
    const start = text.indexOf(x.text, last.get(x.text) ?? 0);
    if (start < 0) throw new Error(`fixture: "${x.text}" is not in the text`);
    last.set(x.text, start + 1);
    return { ...x, start, end: start + x.text.length };
  });
}

export function fixtureDoc(text: string, mentions: readonly FixtureMention[] = [], timex: readonly FixtureTimex[] = [], split = true) {
  const doc = createDocument({ text, source: { name: 't', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length } });
  const placed = placeAll(text, mentions);
  const ids = new Map<string, string>();
  const ms: Mention[] = placed.map((m, i) => {
    const entity = m.entity ?? ids.get(m.text) ?? `e${ids.size}`;
    ids.set(m.text, entity);
    return { id: `m${i}`, start: m.start, end: m.end, text: m.text, entity, kind: 'name' };
  });
  const entities: Entity[] = [...new Set(ms.map((m) => m.entity))].map((id) => {
    const first = placed[ms.findIndex((m) => m.entity === id)]!;
    return { id, start: first.start, end: first.end, text: first.text, canonical: first.text, type: first.type ?? 'LOC', roles: first.roles ?? [], mentions: ms.filter((m) => m.entity === id).map((m) => m.id) };
  });
  const tx: Timex[] = placeAll(text, timex).map((t, i) => ({
    id: `t${i}`, start: t.start, end: t.end, text: t.text, type: t.type ?? 'DATE', value: t.value, anchor: { kind: 'absolute', reason: 'fixture' }, rule: 'fixture',
  }));
  // sentences: split after ". " (fixture texts are written that way)
  const sentences = [];
  let start = 0;
  for (const m of [...(split ? text.matchAll(/(?<=[.!?])\s+/g) : []), { index: text.length, 0: '' }]) {
    const end = m.index!;
    if (end > start) sentences.push({ id: `s${sentences.length}`, start, end, text: text.slice(start, end), zone: 'z0', clean: text.slice(start, end) });
    start = end + m[0].length;
  }
  return withLayers(doc, { sentences, mentions: ms, entities, timex: tx });
}

/** Every sentence of a fixture document as a view. */
export function fixtureSentences(doc: ReturnType<typeof fixtureDoc>): SentenceText[] {
  const ms = typedMentions(doc);
  return doc.layers.sentences.map((_, i) => sentenceText(doc, i, ms));
}

export function fixtureSentence(text: string, mentions: readonly FixtureMention[] = [], timex: readonly FixtureTimex[] = []): SentenceText {
  const doc = fixtureDoc(text, mentions, timex, false);
  return sentenceText(doc, 0, typedMentions(doc));
}
