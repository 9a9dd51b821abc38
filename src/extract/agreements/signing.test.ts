import { describe, expect, it } from 'vitest';
import { findSigning, precisionOf } from './signing.js';
import { fixtureSentence } from './testing.js';

describe('signing date and place', () => {
  it('takes the date and the place nearest to the conclusion cue', () => {
    const st = fixtureSentence('Kenya and Ethiopia signed a trade agreement in Addis Ababa on March 3, 2021.', [{ text: 'Kenya' }, { text: 'Ethiopia' }, { text: 'Addis Ababa' }], [
      { text: 'March 3, 2021', value: '2021-03-03' },
    ]);
    const s = findSigning(st, [])!;
    expect(s.on?.timex.value).toBe('2021-03-03');
    expect(s.at?.mention?.text).toBe('Addis Ababa');
  });

  it('reads "in the city of X" and passes over a date that dates the report', () => {
    const st = fixtureSentence('The accord, made in the city of Tbilisi, was signed by both sides, Reuters reported Monday.', [{ text: 'Tbilisi' }, { text: 'Reuters', type: 'ORG' }], [
      { text: 'Monday', value: '2022-03-07' },
    ]);
    const s = findSigning(st, [])!;
    expect(s.on).toBeNull();
    expect(s.at?.mention?.text).toBe('Tbilisi');
  });

  it('takes a place the tagger missed after an unmistakable cue', () => {
    const st = fixtureSentence('The accord "made in the city of Kutaisi on May 2, 2021" was published.', [], [{ text: 'May 2, 2021', value: '2021-05-02' }]);
    const s = findSigning(st, [])!;
    expect(s.at && st.text.slice(s.at.start, s.at.end)).toBe('Kutaisi');
    expect(s.at?.mention).toBeNull();
  });

  it('needs a cue, and passes over excluded ranges', () => {
    expect(findSigning(fixtureSentence('The deal comes amid protests in Lima.', [{ text: 'Lima' }]), [])).toBeNull();
    const st = fixtureSentence('It takes effect from the date of its signing.', [], [{ text: 'the date of its signing', value: '2020-01-01' }]);
    expect(findSigning(st, [{ start: 20, end: st.text.length }])).toBeNull();
  });

  it('names the precision of a value', () => {
    expect(['2020-11-19', '2020-11', '2020', '2020-W47', '2020-Q3', 'PRESENT_REF'].map(precisionOf)).toEqual(['day', 'month', 'year', 'week', 'quarter', 'unknown']);
  });
});
