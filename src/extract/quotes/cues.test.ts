import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_FORMS, CUE_VERBS, cueVerb } from './cues.js';

describe('cue table', () => {
  it('finds the verb of a form, two-word forms first', () => {
    expect(cueVerb('said')?.words).toBe(1);
    expect(cueVerb('told')?.verb.object).toBe(true);
    expect(cueVerb('pointed', 'out')?.words).toBe(2);
    expect(cueVerb('vowed')?.verb.to).toBe(true);
    expect(cueVerb('believes')?.verb.thatOnly).toBe(true);
    expect(cueVerb('table')).toBeUndefined();
  });
  it('lists each form once', () => {
    const forms = CUE_VERBS.flatMap((v) => v.forms);
    expect(new Set(forms).size).toBe(forms.length);
  });
  it('marks noun-like forms as ambiguous', () => {
    expect(AMBIGUOUS_FORMS.has('report')).toBe(true);
    expect(AMBIGUOUS_FORMS.has('said')).toBe(false);
  });
});
