import { describe, expect, it } from 'vitest';
import { findReporting } from './reporting.js';
import { fixtureSentence } from './testing.js';

describe('reporting and citing', () => {
  it('finds "X reported" and "according to X"', () => {
    const st = fixtureSentence('The deal covers ports, Reuters reported, according to Kyodo.', [{ text: 'Reuters', type: 'ORG' }, { text: 'Kyodo', type: 'ORG' }]);
    expect(findReporting(st).reporters.map((r) => r.mention?.text)).toEqual(['Reuters', 'Kyodo']);
  });

  it('keeps the cited words and a named source after "on"', () => {
    const st = fixtureSentence('The pact runs to 2030, TASS said, citing the text on the Kremlin website.', [{ text: 'TASS', type: 'ORG' }, { text: 'Kremlin', type: 'ORG' }]);
    const r = findReporting(st);
    expect(r.citing.map((c) => st.text.slice(c.start, c.end))).toEqual(['the text on the Kremlin website']);
    expect(r.reporters.map((x) => st.text.slice(x.start, x.end))).toEqual(['TASS', 'the Kremlin website']);
  });

  it('does not take a place or an unnamed source as a reporter', () => {
    const st = fixtureSentence('Kenya said the deal was good, citing the text of the treaty.', [{ text: 'Kenya', type: 'LOC' }]);
    expect(findReporting(st).reporters).toEqual([]);
  });
});
