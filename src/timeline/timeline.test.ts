import { describe, expect, it } from 'vitest';
import { createDocument, withLayers } from '../core/document.js';
import type { DatelineDocument, DatelineEvent, Entity, Mention } from '../core/schema.js';
import { buildTimeline, dateStart, toCsv, toPlover, toText, TimelineSchema } from './index.js';

const text = 'Kenya and Ethiopia signed a trade deal in Addis Ababa on March 3. Ruto met Abiy later. The vote was held in 2022.';
const at = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};

const mentions: Mention[] = [
  { id: 'm0', ...at('Kenya'), entity: 'e1', kind: 'name' },
  { id: 'm1', ...at('Ethiopia'), entity: 'e2', kind: 'name' },
  { id: 'm2', ...at('Addis Ababa'), entity: 'e3', kind: 'name' },
  { id: 'm3', ...at('Ruto'), entity: 'e4', kind: 'alias' },
];
const entities: Entity[] = [
  { id: 'e1', ...at('Kenya'), canonical: 'Kenya', type: 'LOC', roles: [], mentions: ['m0'] },
  { id: 'e2', ...at('Ethiopia'), canonical: 'Ethiopia', type: 'LOC', roles: [], mentions: ['m1'] },
  { id: 'e3', ...at('Addis Ababa'), canonical: 'Addis Ababa', type: 'LOC', roles: [], mentions: ['m2'] },
  { id: 'e4', ...at('Ruto'), canonical: 'William Ruto', type: 'PER', roles: [], mentions: ['m3'] },
];
const time = (value: string, precision: DatelineEvent['time']['precision']) => ({ value, precision, timex: null, rule: 'test', reason: 'test' });
const events: DatelineEvent[] = [
  { id: 'v0', ...at('met'), type: 'CONSULT', evidence: at('Ruto met Abiy later'), sentence: 's1', participants: [{ ...at('Ruto'), entity: 'e4', role: 'agent' }], place: null, time: time('', 'unknown'), factuality: 'asserted', rule: 'test' },
  { id: 'v1', ...at('signed'), type: 'AGREE', evidence: at('Kenya and Ethiopia signed a trade deal in Addis Ababa on March 3'), sentence: 's0', participants: [{ ...at('Kenya'), entity: 'e1', role: 'agent' }, { ...at('Ethiopia'), entity: 'e2', role: 'agent' }], place: { ...at('Addis Ababa'), entity: 'e3' }, time: time('2023-03-03', 'day'), factuality: 'asserted', rule: 'test' },
  { id: 'v2', ...at('vote'), type: 'ELECTION', evidence: at('The vote was held in 2022'), sentence: 's2', participants: [], place: null, time: time('2022', 'year'), factuality: 'asserted', rule: 'test' },
];

function doc(): DatelineDocument {
  const d = createDocument({ text, source: { name: 'deal.txt', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length } });
  return withLayers(d, { mentions, entities, events });
}

describe('timeline', () => {
  it('orders events by the start of their date, undated last, and validates against its schema', () => {
    const t = buildTimeline([doc()]);
    expect(t.entries.map((e) => e.event)).toEqual(['v2', 'v1', 'v0']);
    expect(TimelineSchema.parse(t)).toEqual(t);
    expect(t.entries[1]).toMatchObject({ summary: 'Kenya, Ethiopia signed in Addis Ababa', place: 'Addis Ababa', evidence: { start: 0 } });
  });

  it('keeps an entity\'s events by whole words of its canonical name or mentions', () => {
    expect(buildTimeline([doc()], 'ruto').entries.map((e) => e.event)).toEqual(['v0']);
    expect(buildTimeline([doc()], 'William Ruto').entries.map((e) => e.event)).toEqual(['v0']);
    expect(buildTimeline([doc()], 'Addis').entries.map((e) => e.event)).toEqual(['v1']);
    expect(buildTimeline([doc()], 'Rut').entries).toEqual([]);
  });

  it('knows where each kind of value starts', () => {
    expect(['2020-11-19', '2020-10', '2020-08-09/..', '2020-Q3', '2020', '2020-W01', '198', 'PAST_REF', ''].map(dateStart)).toEqual([
      '2020-11-19', '2020-10-01', '2020-08-09', '2020-07-01', '2020-01-01', '2019-12-30', '1980-01-01', null, null,
    ]);
  });

  it('exports PLOVER-style records, CSV and text', () => {
    const entries = buildTimeline([doc()]).entries;
    expect(toPlover(entries)[1]).toMatchObject({ event_type: 'AGREE', event_date: '2023-03-03', source_actor: 'Kenya; Ethiopia', location: 'Addis Ababa', event_mode: '' });
    const csv = toCsv(entries).split('\r\n');
    expect(csv[0]).toBe('date,precision,type,factuality,actors,targets,place,summary,evidence,source,document,event,start,end');
    expect(csv[2]).toContain('2023-03-03,day,AGREE,asserted,Kenya; Ethiopia,,Addis Ababa,');
    expect(toCsv([{ ...entries[0]!, summary: 'a "quoted", text' }])).toContain('"a ""quoted"", text"');
    expect(toText(entries)).toMatch(/^2022 {9}ELECTION/);
    expect(toText([])).toBe('(no events)');
  });

  it('dates an undated AGREE event by the signing date of the agreement that names it', () => {
    const signedEvent = { ...events[1]!, time: time('', 'unknown') };
    const agreement = {
      id: 'a0', ...at('trade deal'), kind: 'trade deal', event: 'v1', mentions: [], parties: [], signedAt: null, inForce: null, duration: null, scope: [], reportedBy: [], citing: [],
      signedOn: { ...time('2023-03-03', 'day'), evidence: at('March 3') },
    };
    const d = withLayers(doc(), { events: [events[0]!, signedEvent], agreements: [agreement] });
    const t = buildTimeline([d]);
    expect(t.entries[0]).toMatchObject({ event: 'v1', date: '2023-03-03', precision: 'day' });
    expect(t.entries[0]!.dateRule).toMatch(/^signing date of its agreement \(a0/);
  });
});
