import { describe, expect, it } from 'vitest';
import { findQuotes } from './find.js';

/** A passage whose paragraphs are split at blank lines and sentences at ". " / "? " / "! " after a period-free word. */
function passage(text: string) {
  const paragraphs: { start: number; end: number }[] = [];
  const sentences: { start: number; end: number }[] = [];
  let p = 0;
  for (const para of text.split('\n\n')) {
    paragraphs.push({ start: p, end: p + para.length });
    let s = p;
    for (const m of para.matchAll(/[.!?][”"»]?(?= [A-Z“"])/g)) {
      sentences.push({ start: s, end: p + m.index + m[0].length });
      s = p + m.index + m[0].length + 1;
    }
    sentences.push({ start: s, end: p + para.length });
    p += para.length + 2;
  }
  return { text, paragraphs, sentences };
}

function find(text: string) {
  return findQuotes(passage(text)).map((q) => ({
    kind: q.kind,
    content: q.parts.map((s) => text.slice(s.start, s.end)).join(' | '),
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    source: q.source ? text.slice(q.source.start, q.source.end) : null,
  }));
}

describe('quotations in marks', () => {
  it('reads the attribution after the closing mark', () => {
    expect(find('“We will rebuild the school,” Mayor Ana Ruiz said.')).toEqual([{ kind: 'direct', content: 'We will rebuild the school,', cue: 'said', source: 'Mayor Ana Ruiz' }]);
    expect(find('"We will rebuild the school," said the mayor.')).toEqual([{ kind: 'direct', content: 'We will rebuild the school,', cue: 'said', source: 'the mayor' }]);
    expect(find('"We will rebuild the school," she had said.')).toEqual([{ kind: 'direct', content: 'We will rebuild the school,', cue: 'had said', source: 'she' }]);
  });
  it('reads the attribution before the opening mark', () => {
    expect(find('The mayor told reporters: “We will rebuild the school.”')).toEqual([{ kind: 'direct', content: 'We will rebuild the school.', cue: 'told', source: 'The mayor' }]);
  });
  it('joins the two pieces of a quotation around its attribution', () => {
    const [q] = find('“The school will reopen,” the mayor said. “The work starts in May.”');
    expect(q).toEqual({ kind: 'direct', content: 'The school will reopen, | The work starts in May.', cue: 'said', source: 'the mayor' });
  });
  it('calls quoted words inside an attributed sentence partial', () => {
    expect(find('The council will act against “illegal dumping and arson,” the town paper reported Monday.')).toEqual([
      { kind: 'indirect', content: 'The council will act against “illegal dumping and arson,”', cue: 'reported', source: 'the town paper' },
      { kind: 'partial', content: 'illegal dumping and arson,', cue: 'reported', source: 'the town paper' },
    ]);
  });
  it('keeps an unclosed mark inside its paragraph', () => {
    const qs = find('The general announced that troops would move if “the rivers rise again.\n\n"But we will wait," the general had said.');
    expect(qs.find((q) => q.kind === 'partial')).toEqual({ kind: 'partial', content: 'the rivers rise again.', cue: 'announced', source: 'The general' });
    expect(qs.find((q) => q.kind === 'direct')).toEqual({ kind: 'direct', content: 'But we will wait,', cue: 'had said', source: 'the general' });
  });
  it('keeps a quotation of four words or more without a cue, with the phrase before it as source', () => {
    expect(find('The treaty "signed in the old town hall in 1990" is still valid.')).toEqual([
      { kind: 'partial', content: 'signed in the old town hall in 1990', cue: null, source: 'The treaty' },
    ]);
  });
  it('gives a quotation that goes on in the next paragraph the same speaker', () => {
    const qs = find('"The road is closed," the sheriff said.\n\n"Nobody should drive there tonight."');
    expect(qs[1]).toEqual({ kind: 'direct', content: 'Nobody should drive there tonight.', cue: null, source: 'the sheriff' });
  });
  it('reads a dash and a name after a quotation', () => {
    expect(find('“The new park is a gift to the whole town.” ― Maria Lopez')).toEqual([
      { kind: 'direct', content: 'The new park is a gift to the whole town.', cue: '―', source: 'Maria Lopez' },
    ]);
  });
});

describe('reported speech', () => {
  it('reads preposed, postposed and according-to attributions', () => {
    expect(find('The mayor said that the school would reopen in May.')).toEqual([{ kind: 'indirect', content: 'the school would reopen in May', cue: 'said', source: 'The mayor' }]);
    expect(find('The school will reopen in May, officials said.')).toEqual([{ kind: 'indirect', content: 'The school will reopen in May', cue: 'said', source: 'officials' }]);
    expect(find('According to the city engineer, the bridge is safe.')).toEqual([{ kind: 'indirect', content: 'the bridge is safe', cue: 'According to', source: 'the city engineer' }]);
    expect(find('The bridge is safe, according to the city engineer.')).toEqual([{ kind: 'indirect', content: 'The bridge is safe', cue: 'according to', source: 'the city engineer' }]);
  });
  it('reads a parenthetical attribution as a content in two pieces', () => {
    expect(find('The bridge, the engineer said, is safe for trucks.')).toEqual([{ kind: 'indirect', content: 'The bridge | is safe for trucks', cue: 'said', source: 'the engineer' }]);
  });
  it('reads intentions and participles', () => {
    expect(find('The governor vowed to rebuild every damaged road.')).toEqual([{ kind: 'indirect', content: 'to rebuild every damaged road', cue: 'vowed', source: 'The governor' }]);
    expect(find('The governor visited the valley, saying the roads would be rebuilt.')).toEqual([
      { kind: 'indirect', content: 'the roads would be rebuilt', cue: 'saying', source: 'The governor' },
    ]);
  });
});
