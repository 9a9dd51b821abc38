import { describe, expect, it } from 'vitest';
import { EventSchema } from '../../core/schema.js';
import { processInput } from '../../pipeline/process.js';
import { createPipeline, DEFAULT_STAGES } from '../../pipeline/pipeline.js';
import { eventsStage } from './stage.js';

const TEXT = [
  'Officials in Ankara confirmed the news on Wednesday.',
  '',
  'On March 2, Turkey and Greece signed a fisheries accord in Athens, the state agency reported Thursday.',
  '',
  'The accord will not be applied until parliament approves it. During the March 1 talks in Athens, a second deal was reached.',
].join('\n');

function run() {
  const pipeline = createPipeline(DEFAULT_STAGES);
  const p = processInput({ name: 'x.txt', mediaType: 'text/plain', encoding: 'utf-8', bytes: TEXT.length, content: TEXT, hints: { published: '2021-03-04' } }, {}, pipeline);
  if (!p.ok) throw new Error('rejected');
  return p.doc;
}

describe('eventsStage', () => {
  it('declares what it needs and makes', () => {
    expect(eventsStage.requires).toEqual(['sentences', 'tokens', 'timex', 'mentions', 'entities', 'quotes']);
    expect(eventsStage.produces).toEqual(['events']);
    expect(DEFAULT_STAGES).toContain(eventsStage);
  });

  it('emits events that pass the schema, with every span equal to its text', () => {
    const doc = run();
    expect(doc.layers.events.length).toBeGreaterThan(2);
    for (const e of doc.layers.events) {
      expect(EventSchema.safeParse(e).success).toBe(true);
      for (const s of [e, e.evidence, ...e.participants, ...(e.place ? [e.place] : [])]) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      expect(e.evidence.start <= e.start && e.end <= e.evidence.end).toBe(true);
      expect(doc.layers.sentences.some((s) => s.id === e.sentence)).toBe(true);
    }
  });

  it('reads the whole example of a dated, placed agreement', () => {
    const doc = run();
    const signed = doc.layers.events.find((e) => e.text === 'signed')!;
    expect(signed.type).toBe('AGREE');
    expect(signed.time.value).toBe('2021-03-02');
    expect(signed.place?.text).toBe('Athens');
    expect(signed.participants.map((p) => p.text)).toEqual(['Turkey', 'Greece']);
    const reported = doc.layers.events.find((e) => e.text === 'reported')!;
    expect([reported.type, reported.time.value]).toEqual(['REPORT', '2021-03-04']);
    const reached = doc.layers.events.find((e) => e.text === 'reached')!;
    expect([reached.time.value, reached.time.rule]).toEqual(['2021-03-01', 'during-event']);
  });

  it('never mutates its input and ids are v0, v1, … in text order', () => {
    const doc = run();
    const before = JSON.stringify(doc);
    const again = eventsStage.run(doc, {});
    expect(JSON.stringify(doc)).toBe(before);
    expect(again.layers.events.map((e) => e.id)).toEqual(again.layers.events.map((_, i) => `v${i}`));
    const starts = again.layers.events.map((e) => e.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});
