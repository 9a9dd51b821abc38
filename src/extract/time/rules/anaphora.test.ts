import { describe, expect, it } from 'vitest';
import { tagTimex } from '../index.js';

describe('anaphora rules', () => {
  it('finds "the date of its signing" but never guesses its value', () => {
    const [t] = tagTimex('The treaty comes into force from the date of its signing.', '2020-11-20');
    expect(t).toMatchObject({ text: 'the date of its signing', type: 'DATE', value: '', anchor: { kind: 'unresolved' } });
  });

  it('takes the date of the event when the same sentence states exactly one', () => {
    const t = tagTimex('The treaty signed on Nov. 19, 2020 comes into force from the date of its signing.', '2020-11-20');
    expect(t[1]).toMatchObject({ text: 'the date of its signing', value: '2020-11-19', anchor: { kind: 'narrative', ref: 't0' } });
    const u = tagTimex('The treaty was drafted on Nov. 2, 2020. It comes into force from the date of its signing.', '2020-11-20');
    expect(u[1]).toMatchObject({ value: '', anchor: { kind: 'unresolved' } });
  });
});
