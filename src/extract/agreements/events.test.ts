import { describe, expect, it } from 'vitest';
import type { DatelineEvent } from '../../core/schema.js';
import { readAgreements } from './coref.js';
import { linkEvents } from './events.js';
import { fixtureDoc, fixtureSentences } from './testing.js';

const text = 'Peru signed a fisheries agreement. Chile said nothing.';
const doc = fixtureDoc(text, [{ text: 'Peru' }, { text: 'Chile' }]);
const drafts = readAgreements(fixtureSentences(doc), doc.text, doc.layers.entities);
const chile = doc.layers.mentions[1]!;

function agree(sentence: string, over: Partial<DatelineEvent> = {}): DatelineEvent {
  const s = doc.layers.sentences.find((x) => x.id === sentence)!;
  return {
    id: 'v1', type: 'AGREE', start: s.start, end: s.start + 4, text: s.text.slice(0, 4), evidence: { start: s.start, end: s.end, text: s.text }, sentence,
    participants: [{ start: chile.start, end: chile.end, text: chile.text, entity: chile.entity, role: 'recipient' }], place: null,
    time: { value: '2021-04-01', precision: 'day', timex: null, rule: 'r', reason: 'r' }, factuality: 'asserted', rule: 'r', ...over,
  };
}
const index = new Map(doc.layers.sentences.map((s, i) => [s.id, i]));

describe('linking AGREE events', () => {
  it('links the event of a sentence that names the agreement and fills parties and date', () => {
    const [a] = linkEvents(drafts, [agree('s0')], index);
    expect(a).toMatchObject({ event: 'v1', signedOn: { value: '2021-04-01', rule: 'event-r' } });
    expect(a!.parties.map((p) => p.text)).toEqual(['Peru', 'Chile']);
    expect(drafts[0]!.event).toBeNull();
  });

  it('passes over other event types, other sentences, and dates of events that did not happen', () => {
    expect(linkEvents(drafts, [agree('s1'), agree('s0', { type: 'CONSULT' })], index)[0]!.event).toBeNull();
    expect(linkEvents(drafts, [agree('s0', { factuality: 'future' })], index)[0]!.signedOn).toBeNull();
  });
});
