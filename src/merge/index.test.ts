import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processInput } from '../pipeline/process.js';
import { mergeCorpus } from './index.js';
import { handDoc } from './test-helpers.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
function processed(name: string, text: string, published?: string) {
  const p = processInput({ name, mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length, content: text, hints: published ? { published } : {} });
  if (!p.ok) throw new Error(p.rejection.message);
  return p.doc;
}

describe('mergeCorpus', () => {
  it('makes one AGREE event of the Minsk signing reported by two articles', () => {
    const a = processed('moscow-times.txt', read('examples/moscow-times-rosgvardia-belarus.txt'));
    const b = processed('second-report.txt', read('test/fixtures/merge/second-report.txt'), '2020-11-20');
    const m = mergeCorpus([a, b]);
    const both = m.events.filter((e) => e.type === 'AGREE' && e.sources.some((s) => s.doc === a.id) && e.sources.some((s) => s.doc === b.id));
    expect(both).toHaveLength(1);
    const signing = both[0]!;
    // the first "signed" of each article is among its sources
    const firstSigned = (doc: typeof a) => doc.layers.events.find((e) => e.type === 'AGREE' && e.text === 'signed')!.id;
    expect(signing.sources).toContainEqual(expect.objectContaining({ doc: a.id, event: firstSigned(a) }));
    expect(signing.sources).toContainEqual(expect.objectContaining({ doc: b.id, event: firstSigned(b) }));
    for (const s of signing.sources) expect([a, b].find((d) => d.id === s.doc)!.text.slice(s.span.start, s.span.end)).toBe(s.span.text);
    expect(signing.time.value).toBe('2020-11-19');
    expect(signing.place).toEqual({ entity: 'loc-minsk', name: 'Minsk' });
    expect(signing.participants.map((p) => p.entity)).toEqual(expect.arrayContaining(['org-russian-national-guard', 'org-ministry-of-internal-affairs-of-belarus']));
    // the Sochi arrangement of Sept. 14 stays apart
    expect(m.events.find((e) => e.type === 'AGREE' && e.time.value === '2020-09-14')?.sources.every((s) => s.doc === a.id)).toBe(true);
    const guard = m.entities.find((e) => e.id === 'org-russian-national-guard')!;
    expect(new Set(guard.sources.map((s) => s.doc))).toEqual(new Set([a.id, b.id]));
  });

  it('keeps two articles’ different dates of one event, flagged as a time conflict', () => {
    const ents = (ng: string, mvd: string) => [
      { id: 'e1', type: 'ORG' as const, canonical: 'Russian National Guard', mentions: [[ng, 'name']] as [string, 'name'][] },
      { id: 'e2', type: 'ORG' as const, canonical: 'Ministry of Internal Affairs of Belarus', mentions: [[mvd, 'name']] as [string, 'name'][] },
      { id: 'e3', type: 'LOC' as const, canonical: 'Minsk', mentions: [['Minsk', 'name']] as [string, 'name'][] },
    ];
    const a = handDoc('The Russian National Guard and the Belarusian interior ministry signed a pact in Minsk on Nov. 19.', ents('Russian National Guard', 'Belarusian interior ministry'), [
      { id: 'v0', type: 'AGREE', trigger: 'signed', date: '2020-11-19', place: 'Minsk', participants: ['Russian National Guard', 'Belarusian interior ministry'] },
    ]);
    const b = handDoc('Russian National Guard, Belarusian interior ministry signed deal (Minsk, Nov. 20).', ents('Russian National Guard', 'Belarusian interior ministry'), [
      { id: 'v0', type: 'AGREE', trigger: 'signed', date: '2020-11-20', place: 'Minsk', participants: ['Russian National Guard', 'Belarusian interior ministry'] },
    ]);
    const m = mergeCorpus([a, b]);
    expect(m.events).toHaveLength(1);
    const e = m.events[0]!;
    expect(e.sources.map((s) => s.doc)).toEqual([a.id, b.id]);
    expect(e.conflicts).toEqual([
      { field: 'time', values: [{ value: '2020-11-19', doc: a.id, event: 'v0' }, { value: '2020-11-20', doc: b.id, event: 'v0' }] },
    ]);
    expect(e.id).toBe(`agree:${a.id.slice(0, 12)}:v0`);
  });

  it('does not merge a different happening of the same type', () => {
    const a = handDoc('Kenya and Ethiopia signed a trade deal in Nairobi on March 3.', [
      { id: 'e1', type: 'LOC', canonical: 'Kenya', mentions: [['Kenya', 'name']] },
      { id: 'e2', type: 'LOC', canonical: 'Nairobi', mentions: [['Nairobi', 'name']] },
    ], [{ id: 'v0', type: 'AGREE', trigger: 'signed', date: '2023-03-03', place: 'Nairobi', participants: ['Kenya'] }]);
    const b = handDoc('Chile and Peru signed a fishing accord in Lima on March 9.', [
      { id: 'e1', type: 'LOC', canonical: 'Chile', mentions: [['Chile', 'name']] },
      { id: 'e2', type: 'LOC', canonical: 'Lima', mentions: [['Lima', 'name']] },
    ], [{ id: 'v0', type: 'AGREE', trigger: 'signed', date: '2023-03-09', place: 'Lima', participants: ['Chile'] }]);
    const m = mergeCorpus([a, b]);
    expect(m.events).toHaveLength(2);
    expect(m.events.every((e) => e.conflicts.length === 0)).toBe(true);
  });
});
