import { describe, expect, it } from 'vitest';
import { createDocument, withLayers } from '../core/document.js';
import type { DatelineEvent } from '../core/schema.js';
import { eventTypeOf, findEvidence, scoreEvents } from './example-events.js';

const text = 'Kenya and Ethiopia signed a trade deal\non March 3. The leaders met in Nairobi.';
const at = (s: string) => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s };
};
const time = (value: string) => ({ value, precision: value ? ('day' as const) : ('unknown' as const), timex: null, rule: 't', reason: 't' });
const ev = (id: string, trigger: string, type: DatelineEvent['type'], value: string): DatelineEvent => ({
  id, ...at(trigger), type, evidence: at(trigger), sentence: 's0', participants: [], place: null, time: time(value), factuality: 'asserted', rule: 't',
});
const doc = (events: DatelineEvent[]) => withLayers(createDocument({ text, source: { name: 't', mediaType: 'text/plain', encoding: 'utf-8', bytes: 1 } }), { events });

describe('example events score', () => {
  it('maps the key\'s type names and finds its evidence across line breaks', () => {
    expect(['meeting', 'agreement', 'election'].map(eventTypeOf)).toEqual(['CONSULT', 'AGREE', 'ELECTION']);
    expect(findEvidence(text, 'signed a trade deal on March 3')).toEqual([{ start: 19, end: 49 }]);
    expect(findEvidence(text, 'not there')).toEqual([]);
    expect(findEvidence('met. Then they met.', 'met').length).toBe(2);
  });

  it('counts an event of the right type and date inside the evidence, once', () => {
    const gold = [
      { date: '2023-03-03', type: 'agreement', evidence: 'Kenya and Ethiopia signed a trade deal on March 3' },
      { date: null, type: 'meeting', evidence: 'The leaders met in Nairobi' },
    ];
    expect(scoreEvents(doc([ev('v0', 'signed', 'AGREE', '2023-03-03'), ev('v1', 'met', 'CONSULT', '')]), gold, [])).toBe(1);
    const lines: string[] = [];
    expect(scoreEvents(doc([ev('v0', 'signed', 'AGREE', '2023-03-04'), ev('v1', 'met', 'CONSULT', '2023-03-03')]), gold, lines)).toBe(0);
    expect(lines.join('\n')).toContain('got AGREE "signed" 2023-03-04');
    expect(scoreEvents(doc([]), [], [])).toBeNaN();
  });
});
