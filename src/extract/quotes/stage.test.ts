import { describe, expect, it } from 'vitest';
import { withLayers } from '../../core/document.js';
import type { DatelineDocument, Entity, Mention } from '../../core/schema.js';
import { textSpan } from '../../core/span.js';
import { createPipeline, DEFAULT_STAGES } from '../../pipeline/pipeline.js';
import { processInput } from '../../pipeline/process.js';
import { quotesStage } from './stage.js';

/** The pipeline up to the sentences (no entities stage: mentions and entities are made by hand below). */
const pipeline = createPipeline(DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((s) => s.produces.includes('mentions'))));

function processed(text: string): DatelineDocument {
  const p = processInput({ name: 'test.txt', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length, content: text, hints: {} }, {}, pipeline);
  if (!p.ok) throw new Error(p.rejection.message);
  return p.doc;
}

/** Mentions of the given names (every occurrence), one PER or ORG entity per name. */
function withEntities(doc: DatelineDocument, names: Record<string, Entity['type']>): DatelineDocument {
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  Object.entries(names).forEach(([name, type], i) => {
    const id = `e${i}`;
    const ids: string[] = [];
    for (const m of doc.text.matchAll(new RegExp(name, 'g'))) {
      const mid = `m${mentions.length}`;
      ids.push(mid);
      mentions.push({ id: mid, ...textSpan(doc.text, m.index, m.index + name.length), entity: id, kind: 'name' });
    }
    const first = mentions.find((m) => m.entity === id)!;
    entities.push({ id, ...textSpan(doc.text, first.start, first.end), canonical: name, type, roles: [], mentions: ids });
  });
  mentions.sort((a, b) => a.start - b.start);
  return withLayers(doc, { mentions, entities });
}

const TEXT = [
  'Flood defences hold in the valley',
  '',
  'The regional water board has agreed a plan with the town council to',
  'protect homes from “sudden and severe flooding,” the Valley Gazette reported Tuesday.',
  '',
  'Governor Lena Marsh said on Monday that the dams would be inspected every month.',
  '',
  'In March, Marsh warned that the old levee would fail in case “the river rises',
  'another metre.',
  '',
  '"But we also agreed that nobody will be moved from their homes until the engineers',
  'have finished their survey," Marsh had said.',
  '',
  'The plan "approved by the council on a close vote in April" takes effect next week.',
].join('\n');

describe('quotesStage', () => {
  const doc = withEntities(processed(TEXT), { 'Lena Marsh': 'PER', Marsh: 'PER', 'Valley Gazette': 'ORG' });
  const out = quotesStage.run(doc, {});
  const quotes = out.layers.quotes;

  it('declares what it needs and makes', () => {
    expect(quotesStage.requires).toEqual(['sentences', 'tokens', 'mentions', 'entities']);
    expect(quotesStage.produces).toEqual(['quotes']);
    expect(doc.layers.quotes).toEqual([]); // the input is not mutated
  });

  it('gives spans that slice the original text', () => {
    for (const q of quotes) {
      expect(out.text.slice(q.start, q.end)).toBe(q.text);
      for (const s of [q.cue, q.source, ...(q.parts ?? [])]) if (s) expect(out.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(quotes.map((q) => q.id)).toEqual(quotes.map((_, i) => `q${i}`));
  });

  it('finds the partial quotation with its cue and resolves the source to an entity', () => {
    const q = quotes.find((x) => x.text === 'sudden and severe flooding,')!;
    expect(q).toMatchObject({ kind: 'partial', cue: { text: 'reported' }, source: { text: 'the Valley Gazette' } });
    expect(out.layers.entities.find((e) => e.id === q.speaker)?.canonical).toBe('Valley Gazette');
  });

  it('ends the unclosed mark at its paragraph and reads the next paragraph as its own quotation', () => {
    const partial = quotes.find((x) => x.text === 'the river rises\nanother metre.')!;
    expect(partial).toMatchObject({ kind: 'partial', cue: { text: 'warned' }, source: { text: 'Marsh' } });
    const direct = quotes.find((x) => x.kind === 'direct')!;
    expect(direct.text.startsWith('But we also agreed')).toBe(true);
    expect(direct.text.endsWith('survey,')).toBe(true);
    expect(direct).toMatchObject({ cue: { text: 'had said' }, source: { text: 'Marsh' } });
    expect(direct.speaker).not.toBeNull();
  });

  it('reports indirect speech with the reported clause as content', () => {
    const q = quotes.find((x) => x.kind === 'indirect' && x.cue?.text === 'said')!;
    expect(q).toMatchObject({ text: 'the dams would be inspected every month', source: { text: 'Governor Lena Marsh' } });
    expect(q.speaker).toBe('e0');
  });

  it('keeps words quoted from a document without a cue', () => {
    expect(quotes.find((x) => x.text === 'approved by the council on a close vote in April')).toMatchObject({ kind: 'partial', cue: null, source: { text: 'The plan' }, speaker: null });
  });

  it('works with empty mention layers: sources set, speakers null', () => {
    const bare = quotesStage.run(processed(TEXT), {}).layers.quotes;
    expect(bare.length).toBe(quotes.length);
    expect(bare.every((q) => q.speaker === null)).toBe(true);
    expect(bare.filter((q) => q.source).length).toBe(quotes.filter((q) => q.source).length);
  });
});
