import { describe, expect, it } from 'vitest';
import { readEventsCat, scoreEvents, type SystemEvent } from './events.js';

/** A self-written CAT document: title, date line, two body sentences (the last one not annotated). */
const TOKENS = [
  ['Firms', 0], ['sign', 0], ['pact', 0],
  ['May', 1], ['7', 1], [',', 1], ['2009', 1],
  ['Acme', 2], ['signed', 2], ['a', 2], ['pact', 2], ['with', 2], ['Bolt', 2], ['on', 2], ['Monday', 2], ['and', 2], ['rose', 2], ['.', 2],
  ['Shares', 3], ['fell', 3], ['after', 3], ['the', 3], ['meeting', 3], ['.', 3],
  ['Nothing', 4], ['else', 4], ['happened', 4], ['.', 4],
] as const;

const XML =
  '<Document doc_name="tiny">' +
  TOKENS.map(([t, s], i) => `<token t_id="${i + 1}" sentence="${s}" number="${i}">${t}</token>`).join('') +
  '<Markables>' +
  '<EVENT_MENTION m_id="1" pred="sign"><token_anchor t_id="2"/></EVENT_MENTION>' +
  '<EVENT_MENTION m_id="2" pred="sign"><token_anchor t_id="9"/></EVENT_MENTION>' +
  '<EVENT_MENTION m_id="3" pred="rise"><token_anchor t_id="17"/></EVENT_MENTION>' +
  '<EVENT_MENTION m_id="4" pred="fall"><token_anchor t_id="20"/></EVENT_MENTION>' +
  '<EVENT_MENTION m_id="5" pred="meeting"><token_anchor t_id="23"/></EVENT_MENTION>' +
  '<EVENT_MENTION m_id="6" pred=""/>' +
  '<TIMEX3 m_id="10" type="DATE" value="2009-05-07" functionInDocument="CREATION_TIME"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/></TIMEX3>' +
  '<TIMEX3 m_id="11" type="DATE" value="2009-05-04"><token_anchor t_id="15"/></TIMEX3>' +
  '</Markables><Relations>' +
  '<TLINK r_id="1" reltype="IS_INCLUDED"><source m_id="2"/><target m_id="11"/></TLINK>' +
  '<TLINK r_id="2" reltype="BEFORE"><source m_id="4"/><target m_id="10"/></TLINK>' +
  '<TLINK r_id="3" reltype="SIMULTANEOUS"><source m_id="10"/><target m_id="1"/></TLINK>' +
  '</Relations></Document>';

describe('readEventsCat', () => {
  const doc = readEventsCat(XML, 'tiny.xml');

  it('reuses the CAT reader: text rebuilt from tokens, creation date, annotated scope', () => {
    expect(doc.text.split('\n')[2]).toBe('Acme signed a pact with Bolt on Monday and rose.');
    expect(doc.dct).toBe('2009-05-07');
    expect(doc.scope).toEqual({ start: 0, end: doc.text.indexOf('\nNothing') });
  });

  it('reads anchored event mentions with their spans and predicates, skipping unanchored ones', () => {
    expect(doc.gold.map((g) => [g.text, g.pred])).toEqual([
      ['sign', 'sign'],
      ['signed', 'sign'],
      ['rose', 'rise'],
      ['fell', 'fall'],
      ['meeting', 'meeting'],
    ]);
    for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
  });

  it('reads anchoring TLINKs in either direction, not BEFORE/AFTER', () => {
    expect(doc.gold.map((g) => g.anchors)).toEqual([[{ value: '2009-05-07', dct: true }], [{ value: '2009-05-04', dct: false }], [], [], []]);
  });
});

describe('scoreEvents', () => {
  const doc = readEventsCat(XML, 'tiny.xml');
  const at = (word: string, value: string, type = 'AGREE'): SystemEvent => {
    const start = doc.text.indexOf(word);
    return { start, end: start + word.length, type, time: { value } };
  };

  it('counts overlapping triggers one to one, leaves out events after the annotated part, scores anchoring over matched events', () => {
    const system = [at('signed', '2009-05-04'), at('meeting', '', 'CONSULT'), at('with', ''), at('happened', '')];
    const { scores, report } = scoreEvents([{ doc, system }]);
    expect(scores.event_precision).toBeCloseTo(2 / 3);
    expect(scores.event_recall).toBeCloseTo(2 / 5);
    expect(scores.event_f1).toBeCloseTo((2 * (2 / 3) * (2 / 5)) / (2 / 3 + 2 / 5));
    expect(scores.anchor_acc).toBe(1);
    expect(report).toContain('1 system events after the annotated part left out');
  });

  it('a wrong or missing time value is an anchoring error', () => {
    const { scores } = scoreEvents([{ doc, system: [at('signed', ''), at('sign', '2009-05-07')] }]);
    expect(scores.anchor_acc).toBe(0.5);
  });
});

describe('pipelineEvents', () => {
  it('runs the whole pipeline with the creation date and returns its events', async () => {
    const { pipelineEvents } = await import('./events.js');
    const doc = readEventsCat(XML, 'tiny.xml');
    const events = pipelineEvents(doc.text, doc.dct, doc.name);
    const signed = events.find((e) => doc.text.slice(e.start, e.end) === 'signed');
    expect(signed?.type).toBe('AGREE');
  });
});
