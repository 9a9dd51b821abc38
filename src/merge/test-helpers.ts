/** Hand-built documents for the merge tests: entities and events placed on the words of a short text. */
import { createDocument, withLayers } from '../core/document.js';
import type { DatelineDocument, DatelineEvent, Entity, Mention } from '../core/schema.js';

export interface EntitySpec {
  id: string;
  type: Entity['type'];
  canonical: string;
  /** Mention words and kinds (the first word must be in the text). */
  mentions: [string, Mention['kind']][];
}

export interface EventSpec {
  id: string;
  type: DatelineEvent['type'];
  trigger: string;
  date?: string;
  place?: string;
  participants?: string[];
  factuality?: DatelineEvent['factuality'];
}

/** A document whose entities and events point at the first occurrence of their words in `text`. */
export function handDoc(text: string, entities: EntitySpec[], events: EventSpec[]): DatelineDocument {
  const at = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`"${s}" is not in the text`);
    return { start, end: start + s.length, text: s };
  };
  const mentions: Mention[] = [];
  const ents: Entity[] = entities.map((e) => {
    const ids = e.mentions.map(([words, kind]) => {
      const id = `m${mentions.length}`;
      mentions.push({ id, entity: e.id, kind, ...at(words) });
      return id;
    });
    return { id: e.id, type: e.type, canonical: e.canonical, roles: [], mentions: ids, ...at(e.mentions[0]![0]) };
  });
  const entityOf = (words: string) => entities.find((e) => e.mentions.some(([w]) => w === words))?.id ?? null;
  const evs: DatelineEvent[] = events.map((v) => ({
    id: v.id,
    type: v.type,
    ...at(v.trigger),
    evidence: at(v.trigger),
    sentence: 's0',
    participants: (v.participants ?? []).map((p) => ({ ...at(p), entity: entityOf(p), role: 'agent' as const })),
    place: v.place ? { ...at(v.place), entity: entityOf(v.place) } : null,
    time: v.date
      ? { value: v.date, precision: v.date.length === 10 ? 'day' : v.date.length === 7 ? 'month' : 'year', timex: null, rule: 'test', reason: 'test' }
      : { value: '', precision: 'unknown', timex: null, rule: 'unknown', reason: 'test' },
    factuality: v.factuality ?? 'asserted',
    rule: 'test',
  }));
  const doc = createDocument({ text, source: { name: 'hand', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length } });
  return withLayers(doc, { mentions, entities: ents, events: evs });
}
