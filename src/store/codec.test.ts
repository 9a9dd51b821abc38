import { describe, expect, it } from 'vitest';
import { DocumentSchema, type DatelineDocument, type Token } from '../core/schema.js';
import { assembleDocument, splitDocument } from './codec.js';
import { TEXTS } from './contract.js';
import { makeTestDocument } from './testing.js';
import { packTokens, unpackTokens } from './tokens.js';

const roundTrip = (doc: DatelineDocument) => {
  const { row, annotations } = splitDocument(doc);
  return assembleDocument(row, [...annotations].reverse());
};
const sameJson = (doc: DatelineDocument) => expect(JSON.stringify(roundTrip(doc))).toBe(JSON.stringify(doc));

describe('store codec', () => {
  it('round-trips documents to the same JSON, key order included', () => {
    for (const text of TEXTS) {
      const doc = makeTestDocument(text);
      sameJson(doc); // spans last in each annotation
      const parsed = DocumentSchema.parse(doc); // schema order: start, end, text first
      sameJson(parsed);
      expect(splitDocument(parsed).row.extra).toBeNull();
    }
  });

  it('round-trips mentions and the entities they refer to', () => {
    const base = DocumentSchema.parse(makeTestDocument(TEXTS[0]!));
    const s = base.layers.sentences[0]!;
    const word = { start: s.start, end: s.start + 3, text: base.text.slice(s.start, s.start + 3) };
    const doc = {
      ...base,
      layers: {
        ...base.layers,
        mentions: [{ ...word, id: 'm0', entity: 'e1', kind: 'name' as const }],
        entities: [{ ...word, id: 'e1', canonical: 'The Council', type: 'ORG' as const, roles: ['city council'], mentions: ['m0'] }],
      },
    };
    sameJson(DocumentSchema.parse(doc));
    expect(splitDocument(doc).annotations.filter((a) => a.layer === 'entities')).toHaveLength(1);
  });

  it('stores the text of zones and sentences only once', () => {
    const doc = DocumentSchema.parse(makeTestDocument(TEXTS[0]!));
    const { annotations } = splitDocument(doc);
    for (const a of annotations) expect(a.data).not.toContain('council approved');
    expect(annotations.filter((a) => a.layer === 'sentences').map((a) => JSON.parse(a.data).clean)).toContain(true);
  });

  it('keeps unusual shapes: reordered keys, extra layers, extra token keys', () => {
    const base = makeTestDocument(TEXTS[1]!);
    const tokens = base.layers.tokens.map(({ start, end, sentence, kind }) => ({ kind, sentence, start, end }));
    tokens[3] = { ...tokens[3]!, lemma: 'x' } as Token;
    const { warnings, ...rest } = base;
    const doc = {
      warnings, // first: not the schema's order
      ...rest,
      layers: { tokens, zones: base.layers.zones, sentences: base.layers.sentences, links: base.layers.links, events: [] },
      source: { bytes: base.source.bytes, name: base.source.name, encoding: base.source.encoding, mediaType: base.source.mediaType },
    } as unknown as DatelineDocument; // no `timex` layer: an older document
    sameJson(doc);
  });

  it('packs tokens to a few bytes each', () => {
    const doc = DocumentSchema.parse(makeTestDocument(TEXTS[0]!));
    const row = packTokens(doc.layers.tokens);
    expect(unpackTokens(row.data)).toEqual(doc.layers.tokens);
    expect(row.data.length / doc.layers.tokens.length).toBeLessThan(8);
  });

  it('packs any tokens losslessly: overlaps, big offsets, odd keys and numbers', () => {
    const tokens = [
      { start: 5, end: 9, sentence: 0, kind: 'word' },
      { start: 3, end: 4, sentence: 2, kind: 'punctuation' }, // backwards
      { start: 300_000, end: 300_129, sentence: 1, kind: 'url' }, // multi-byte varints
      { kind: 'word', start: 300_130, end: 300_140, sentence: 1 }, // another key order
      { start: 300_141, end: 300_150, sentence: 2 ** 40, kind: 'word' }, // beyond the varint range
      { start: 300_151, end: 300_152, sentence: 3, kind: 'symbol', extra: true },
      { start: 300_153, end: 300_160, sentence: 3, kind: '' },
    ] as Token[];
    const back = unpackTokens(packTokens(tokens).data);
    expect(JSON.stringify(back)).toBe(JSON.stringify(tokens));
    const reordered = tokens.map(({ start, end, sentence, kind }) => ({ kind, end, start, sentence })) as Token[];
    expect(JSON.stringify(unpackTokens(packTokens(reordered).data))).toBe(JSON.stringify(reordered));
    expect(unpackTokens(packTokens([]).data)).toEqual([]);
  });
});
