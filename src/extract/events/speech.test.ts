import { describe, expect, it } from 'vitest';
import { eventsOf } from './test-helpers.js';

const statements = (text: string, published = '2010-07-17') => eventsOf(text, published).filter((e) => e.event.rule === 'speech-cue');

describe('speech events (STATEMENT from the quotes cues)', () => {
  it('makes one STATEMENT per verb of saying, with the speaker as agent and the evidence from source to cue', () => {
    const evs = statements('Apple news\n\nOn Friday, Steve Jobs held a press conference. "We are not perfect," Jobs said. The phone works well, he told reporters.');
    expect(evs.map((e) => e.trigger)).toEqual(['said', 'told']);
    expect(evs.every((e) => e.type === 'STATEMENT' && e.agents[0] === 'Steve Jobs')).toBe(true);
    expect(evs[0]!.event.evidence.text).toBe('Jobs said');
    // no time of its own: the article's news time ("On Friday")
    expect(evs.map((e) => [e.time, e.timeRule])).toEqual([['2010-07-16', 'inherited-news-time'], ['2010-07-16', 'inherited-news-time']]);
  });
  it('dates a statement by a time expression of its sentence outside the quoted words', () => {
    const [e] = statements('Apple news\n\nSteve Jobs said on Monday that the store opened in 2003.', '2010-07-17');
    expect(e!.time).toBe('2010-07-12');
    expect(e!.timeRule).toBe('timex-in-sentence');
  });
  it('gives no event for belief verbs, "according to", cues without a source, or cues another event took', () => {
    const evs = statements('Apple news\n\nSteve Jobs believes that the phone is fine. According to Apple, sales rose. Jobs announced that a new phone is coming.');
    expect(evs).toEqual([]);
  });
  it('marks negated, hypothetical and future speech and keeps perfect tenses off the news time', () => {
    const evs = statements('Apple news\n\nOn Friday, Apple held an event in Cupertino. Steve Jobs has said that the new phone will ship in July. Steve Jobs did not say that the phone works. Steve Jobs would say that the new phone sold well in Europe. Tim Cook will say that the store is open.');
    expect(evs.map((e) => [e.trigger, e.factuality, e.time])).toEqual([
      ['said', 'asserted', ''],
      ['say', 'negated', ''],
      ['say', 'hypothetical', ''],
      ['say', 'future', ''],
    ]);
  });
});
