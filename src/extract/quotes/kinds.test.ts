import { describe, expect, it } from 'vitest';
import { isLabelled, isScareOrTitle, isWholeSentence } from './kinds.js';

describe('kinds', () => {
  it('sees label words before the marks', () => {
    const t = 'the so-called “reforms” and a film titled “Long Night” and the term “fake”';
    expect(isLabelled(t, t.indexOf('“reforms'), 0)).toBe(true);
    expect(isLabelled(t, t.indexOf('“Long'), 0)).toBe(true);
    expect(isLabelled(t, t.indexOf('“fake'), 0)).toBe(true);
    const s = 'The mayor said “we are ready”';
    expect(isLabelled(s, s.indexOf('“'), 0)).toBe(false);
  });
  it('tells scare quotes and titles by length and capitals', () => {
    const t = 'a “reform” · “The Last Summer Evening” · “we will rebuild the school”';
    const at = (w: string) => [t.indexOf(w), t.indexOf(w) + w.length] as const;
    expect(isScareOrTitle(t, ...at('reform'))).toBe(true);
    expect(isScareOrTitle(t, ...at('The Last Summer Evening'))).toBe(true);
    expect(isScareOrTitle(t, ...at('we will rebuild the school'))).toBe(false);
  });
  it('calls a quotation direct when it opens a sentence with a capital', () => {
    const a = '"We are ready," she said.';
    expect(isWholeSentence(a, 0, 1, 0, null)).toBe(true);
    const b = 'She said: "We are ready."';
    expect(isWholeSentence(b, b.indexOf('"'), b.indexOf('"') + 1, 0, null)).toBe(true);
    const c = 'She said "We are ready."';
    expect(isWholeSentence(c, c.indexOf('"'), c.indexOf('"') + 1, 0, c.indexOf(' "'))).toBe(true);
    const d = 'She called it "a disaster" twice.';
    expect(isWholeSentence(d, d.indexOf('"'), d.indexOf('"') + 1, 0, null)).toBe(false);
  });
});
