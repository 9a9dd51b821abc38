import { describe, expect, it } from 'vitest';
import { DocumentSchema, type Agreement, type DatelineDocument, type DatelineEvent } from '../../core/schema.js';
import { withLayers } from '../../core/document.js';
import { createPipeline, DEFAULT_STAGES } from '../../pipeline/pipeline.js';
import { processInput } from '../../pipeline/process.js';
import type { Stage } from '../../pipeline/stage.js';
import { agreementsStage } from './stage.js';

/** The pipeline up to entities, an empty events layer, then this stage (events, when present, are tested apart). */
const noEvents: Stage = { name: 'no-events', requires: [], produces: ['events'], run: (d) => withLayers(d, { events: [] }) };
const pipeline = createPipeline([...DEFAULT_STAGES.filter((s) => !s.produces.some((p) => p === 'events' || p === 'agreements')), noEvents, agreementsStage]);

function analyse(text: string): DatelineDocument {
  const r = processInput({ name: 't', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length, content: text, hints: {} }, { published: '2022-06-10' }, pipeline);
  if (!r.ok) throw new Error(r.rejection.message);
  return r.doc;
}

const names = (doc: DatelineDocument, args: readonly { entity: string | null; text: string }[]) =>
  args.map((a) => doc.layers.entities.find((e) => e.id === a.entity)?.canonical ?? a.text).sort();

/** Every {start, end, text} inside the agreements slices back exactly. */
function badSpans(doc: DatelineDocument, value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => badSpans(doc, v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && doc.text.slice(o.start, o.end) !== o.text) out.push(o.text);
    Object.values(o).forEach((v) => badSpans(doc, v, out));
  }
  return out;
}

const ARTICLE = `Kenya and Ethiopia signed a trade agreement in Addis Ababa on March 3, 2022. The deal, which enters into force on July 1, covers customs, transit of goods and the protection of investors. It will remain in force for five years, the Kenyan foreign ministry said.

Separately, Ghana's government reached a five-year gas supply deal with Nigeria on Tuesday, Reuters reported, citing a statement on the ministry's website. The agreement takes effect 30 days after its signing.`;

describe('agreements stage', () => {
  it('reads two agreements with their facts and the phrases that refer back to them', () => {
    const doc = analyse(ARTICLE);
    const [trade, gas, ...rest] = doc.layers.agreements;
    expect(rest).toEqual([]);
    expect(trade).toMatchObject({ kind: 'trade agreement', text: 'trade agreement', event: null });
    expect(names(doc, trade!.parties)).toEqual(['Ethiopia', 'Kenya']);
    expect(trade!.signedOn).toMatchObject({ value: '2022-03-03', precision: 'day' });
    expect(trade!.signedAt?.text).toBe('Addis Ababa');
    expect(trade!.inForce).toMatchObject({ value: '2022-07-01', rule: 'on July 1' });
    expect(trade!.duration?.value).toBe('P5Y');
    expect(trade!.scope.map((s) => s.item)).toEqual(['customs', 'transit of goods', 'protection of investors']);
    expect(trade!.mentions.map((m) => m.text)).toEqual(['The deal', 'It']);

    expect(gas).toMatchObject({ kind: 'gas supply deal', duration: { value: 'P5Y' } });
    expect(names(doc, gas!.parties)).toContain('Nigeria');
    expect(gas!.inForce).toMatchObject({ rule: '30 days after its signing' });
    expect(gas!.inForce!.value).toBe(gas!.signedOn ? '2022-07-07' : '');
    expect(gas!.reportedBy.map((r) => r.text)).toContain('Reuters');
    expect(gas!.citing.map((c) => c.text)).toEqual(["a statement on the ministry's website"]);
    expect(gas!.mentions.map((m) => m.text)).toEqual(['The agreement']);

    expect(badSpans(doc, doc.layers.agreements)).toEqual([]);
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('keeps an arrangement reached at a meeting apart from a signed agreement of another date and place', () => {
    const doc = analyse(`Chilean President Ana Torres and Peruvian President Luis Vega met in Lima on April 2, 2022.

Chile's navy has signed a maritime security agreement with Peru's coast guard, EFE reported Friday. The agreement "made in the city of Arica on June 8, 2022" comes into force from the date of its signing.

During the presidents' April 2 meeting in Lima, an agreement was reached for these patrol boats to be returned.`);
    const [pact, oral] = doc.layers.agreements;
    expect(doc.layers.agreements).toHaveLength(2);
    expect(pact).toMatchObject({ kind: 'security agreement', signedOn: { value: '2022-06-08' }, inForce: { value: '2022-06-08', rule: 'from the date of its signing' } });
    expect(pact!.signedAt?.text).toBe('Arica');
    expect(pact!.reportedBy.map((r) => r.text)).toEqual(['EFE']);
    expect(oral).toMatchObject({ kind: 'arrangement', signedOn: { value: '2022-04-02' } });
    expect(oral!.signedAt?.text).toBe('Lima');
    expect(oral!.scope.map((s) => s.item)).toEqual(['return of the patrol boats']);
  });

  it('links an AGREE event of the events layer and fills what the text left empty', () => {
    const doc = analyse('Norway signed a fisheries agreement with Iceland. The deal covers cod quotas.');
    const sentence = doc.layers.sentences[0]!;
    const trigger = sentence.text.indexOf('signed');
    const event: DatelineEvent = {
      id: 'v0', type: 'AGREE', start: sentence.start + trigger, end: sentence.start + trigger + 6, text: 'signed',
      evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, sentence: sentence.id, participants: [], place: null,
      time: { value: '2022-06-01', precision: 'day', timex: null, rule: 'fixture', reason: 'fixture' }, factuality: 'asserted', rule: 'fixture',
    };
    const out = agreementsStage.run(withLayers(doc, { events: [event] }), {});
    const [a] = out.layers.agreements as Agreement[];
    expect(a).toMatchObject({ event: 'v0', signedOn: { value: '2022-06-01', rule: 'event-fixture' } });
    expect(doc.layers.agreements[0]!.event).toBeNull();
  });

  it('finds nothing in an article without agreements, and leaves its input alone', () => {
    const doc = analyse('Heavy rain flooded roads in Nairobi on Monday. It was a great deal worse than forecast.');
    expect(doc.layers.agreements).toEqual([]);
    const frozen = JSON.stringify(doc);
    agreementsStage.run(doc, {});
    expect(JSON.stringify(doc)).toBe(frozen);
  });
});

describe('agreements: spans across link residue', () => {
  it('gives the pieces of a citation that runs across pasted links, each slicing back exactly', () => {
    const text = 'Pact signed\n\nThe two ministries signed a cooperation agreement in Minsk on Nov. 19, 2020, the agency reported, citing the agreement on the ministry’s\nhttps://example.org/a/1\nhttps://example.org/b/2\nlegal portal. It comes into force from the date of its signing.';
    const p = processInput({ name: 't.txt', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length, content: text, hints: {} });
    if (!p.ok) throw new Error(p.rejection.message);
    const cites = p.doc.layers.agreements.flatMap((a) => a.citing);
    const across = cites.find((c) => c.text.includes('https://'));
    expect(across?.parts?.map((x) => x.text)).toEqual(['the agreement on the ministry’s', 'legal portal']);
    for (const x of across!.parts!) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
