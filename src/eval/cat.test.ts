import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatelineError } from '../core/errors.js';
import { readCat } from './cat.js';

const fixture = new URL('../../test/fixtures/time/cat/tiny.xml', import.meta.url);

describe('readCat', () => {
  const doc = readCat(readFileSync(fixture, 'utf8'), 'tiny.xml');

  it('rebuilds the text from tokens: spaces except before closing punctuation, one newline between sentences, entities decoded', () => {
    expect(doc.text).toBe('Shop opens\nMarch 6\nIt opened last week &.');
  });

  it('glues punctuation, possessives and contractions the way news text reads', () => {
    const xml = (toks: string[]) =>
      `<Document>${toks.map((t, i) => `<token t_id="${i + 1}" sentence="0" number="${i}">${t}</token>`).join('')}<Markables><TIMEX3 m_id="9" functionInDocument="CREATION_TIME" value="2008-03-06"/></Markables></Document>`;
    expect(readCat(xml(['On', 'March', '06', ',', '2008', '(', 'Thursday', ')', 'Apple', "'s", 'chief', 'did', "n't", 'say', '$', '5', '.']), 'g').text).toBe(
      "On March 06, 2008 (Thursday) Apple's chief didn't say $5.",
    );
  });

  it('takes the CREATION_TIME value as the DCT even without anchors', () => {
    expect(doc.dct).toBe('2008-03-06');
  });

  it('maps an anchored TIMEX3 to the span of its tokens and skips those without anchors', () => {
    expect(doc.gold).toEqual([{ start: 29, end: 38, text: 'last week', type: 'DATE', value: '2008-W09' }]);
    expect(doc.text.slice(29, 38)).toBe('last week');
  });

  it('keeps an anchored CREATION_TIME TIMEX3 as gold (MEANTIME anchors it to the date line)', () => {
    const d = readCat(
      '<Document><token t_id="1" sentence="0" number="0">Title</token><token t_id="2" sentence="1" number="1">May</token><token t_id="3" sentence="1" number="2">7</token>' +
        '<Markables><TIMEX3 m_id="9" type="DATE" value="2005-05-07" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/><token_anchor t_id="2"/></TIMEX3></Markables></Document>',
      'm.xml',
    );
    expect(d.dct).toBe('2005-05-07');
    expect(d.gold).toEqual([{ start: 6, end: 11, text: 'May 7', type: 'DATE', value: '2005-05-07' }]);
  });

  it('sets the scope to end with the last sentence that holds an anchor of any markable', () => {
    const tok = (id: number, sentence: number, t: string) => `<token t_id="${id}" sentence="${sentence}" number="${id - 1}">${t}</token>`;
    const xml = (markables: string) =>
      `<Document>${tok(1, 0, 'A')}${tok(2, 1, 'May')}${tok(3, 1, '7')}${tok(4, 2, 'Sold')}${tok(5, 3, 'Later')}<Markables>` +
      `<TIMEX3 m_id="9" type="DATE" value="2005-05-07" functionInDocument="CREATION_TIME"/>${markables}</Markables></Document>`;
    expect(readCat(xml('<EVENT_MENTION m_id="3"><token_anchor t_id="4"/></EVENT_MENTION>'), 'a.xml').scope).toEqual({ start: 0, end: 12 }); // "A\nMay 7\nSold"
    expect(readCat(xml('<EVENT_MENTION m_id="3"><token_anchor t_id="5"/></EVENT_MENTION>'), 'b.xml').scope).toBeUndefined();
    expect(readCat(xml(''), 'c.xml').scope).toEqual({ start: 0, end: 0 });
  });

  it('refuses a file without tokens or without a creation time, with a coded error', () => {
    expect(() => readCat('<Document></Document>', 'a.xml')).toThrow(DatelineError);
    expect(() => readCat('<Document><token t_id="1" sentence="0">x</token></Document>', 'b.xml')).toThrow(/CREATION_TIME/);
  });
});
