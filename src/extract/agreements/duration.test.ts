import { describe, expect, it } from 'vitest';
import { findDuration, hyphenDuration } from './duration.js';
import { fixtureSentence } from './testing.js';

describe('duration', () => {
  it('takes a DURATION timex after a term cue', () => {
    const st = fixtureSentence('The agreement is valid for a period of ten years.', [], [{ text: 'ten years', type: 'DURATION', value: 'P10Y' }]);
    expect(findDuration(st.text, st.timex)).toMatchObject({ value: 'P10Y' });
  });

  it('reads a spelled-out duration when no timex covers it, and not one without a cue', () => {
    const st = fixtureSentence('The lease was signed for 99 years.');
    const d = findDuration(st.text, st.timex)!;
    expect(d.value).toBe('P99Y');
    expect(st.text.slice(d.start, d.end)).toBe('for 99 years');
    expect(findDuration('It comes amid months of protests and ten years of talks.', [])).toBeNull();
  });

  it('reads hyphenated modifiers', () => {
    expect(hyphenDuration('five-year')).toBe('P5Y');
    expect(hyphenDuration('18-month')).toBe('P18M');
    expect(hyphenDuration('long-term')).toBeNull();
  });
});
