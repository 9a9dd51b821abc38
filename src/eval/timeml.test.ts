import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatelineError } from '../core/errors.js';
import { datePart, decodeXml, readTimeML } from './timeml.js';

const fixture = new URL('../../test/fixtures/time/tml/tiny.tml', import.meta.url);

describe('readTimeML', () => {
  const doc = readTimeML(readFileSync(fixture, 'utf8'), 'tiny.tml');

  it('takes the text inside <TEXT> with tags stripped and entities decoded', () => {
    expect(doc.text).toBe('\nSmith & Sons opened a shop Wednesday.\nIt will stay open for about three months <said> the owner.\n');
  });

  it('takes the date part of the CREATION_TIME TIMEX3 as the DCT', () => {
    expect(doc.dct).toBe('2008-03-06');
  });

  it('maps each TIMEX3 inside <TEXT> to offsets into that text, skipping empty ones', () => {
    expect(doc.gold).toEqual([
      { start: 28, end: 37, text: 'Wednesday', type: 'DATE', value: '2008-03-05' },
      { start: 61, end: 79, text: 'about three months', type: 'DURATION', value: 'P3M', mod: 'APPROX' },
    ]);
    for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
  });

  it('refuses a document without a creation time or without <TEXT>, with a coded error', () => {
    expect(() => readTimeML('<TimeML><TEXT>x</TEXT></TimeML>', 'a.tml')).toThrow(DatelineError);
    expect(() => readTimeML('<TimeML><DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="2001-01-01">x</TIMEX3></DCT></TimeML>', 'b.tml')).toThrow(/no <TEXT>/);
  });

  it('handles nested tags and self-closing TIMEX3 inside <TEXT>', () => {
    const d = readTimeML(
      '<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="19980108">x</TIMEX3></DCT><TEXT>On <TIMEX3 type="TIME" value="1998-01-08TEV"><EVENT eid="e1">Jan.</EVENT> 8 evening</TIMEX3><TIMEX3 type="DATE" value="X"/> ok</TEXT></TimeML>',
      'c.tml',
    );
    expect(d.dct).toBe('1998-01-08');
    expect(d.text).toBe('On Jan. 8 evening ok');
    expect(d.gold).toEqual([{ start: 3, end: 17, text: 'Jan. 8 evening', type: 'TIME', value: '1998-01-08TEV' }]);
  });
});

describe('xml helpers', () => {
  it('decodes entities once', () => {
    expect(decodeXml('a &amp;lt; &lt;b&gt; &#233;&#x41; &quot;&apos; &foo;')).toBe('a &lt; <b> éA "\' &foo;');
  });
  it('takes the date part of a value', () => {
    expect(datePart('1998-11-20T19:30')).toBe('1998-11-20');
    expect(datePart('19980108')).toBe('1998-01-08');
    expect(datePart('1998-W12')).toBeNull();
  });
});
