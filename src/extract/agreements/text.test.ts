import { describe, expect, it } from 'vitest';
import { createDocument, withLayers } from '../../core/document.js';
import { sentenceText, typedMentions } from './text.js';

describe('sentence view', () => {
  it('joins the pieces of a sentence split by debris and maps ranges back to exact original spans', () => {
    const text = 'Reuters reported, citing the accord on Chile’\n\nhttps://example.com/x\n\nofficial\nportal.';
    const a = text.indexOf('Reuters');
    const cut = text.indexOf('\n\nhttps');
    const b = text.indexOf('official');
    const doc = withLayers(createDocument({ text, source: { name: 't', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length } }), {
      sentences: [{ id: 's0', start: a, end: text.length, text, zone: 'z0', clean: '', parts: [{ start: a, end: cut, text: text.slice(a, cut) }, { start: b, end: text.length, text: text.slice(b) }] }],
    });
    const st = sentenceText(doc, 0, typedMentions(doc));
    expect(st.text).toBe('Reuters reported, citing the accord on Chile’ official portal.');
    const from = st.text.indexOf('official');
    expect(st.span(from, from + 'official portal'.length)).toEqual({ start: b, end: b + 15, text: 'official\nportal' });
    // a range across the gap keeps the original between its pieces: text is always original.slice(start, end)
    const across = st.span(st.text.indexOf('Chile'), st.text.length - 1)!;
    expect(across.text).toBe(text.slice(text.indexOf('Chile'), text.length - 1));
    expect(st.span(3, 3)).toBeNull();
  });
});
