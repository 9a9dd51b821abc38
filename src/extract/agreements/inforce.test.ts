import { describe, expect, it } from 'vitest';
import { addDuration, findInForce, inForceValue } from './inforce.js';
import { fixtureSentence } from './testing.js';

function read(text: string, timex: { text: string; value: string }[] = []) {
  const st = fixtureSentence(text, [], timex);
  const f = findInForce(st.text, st.timex);
  return f && { rule: f.rule, name: f.name, evidence: st.text.slice(f.start, f.end), f };
}

describe('entry into force', () => {
  it('reads "from the date of its signing" and takes the signing date as its value', () => {
    const r = read('The treaty enters into force from the date of its signing.')!;
    expect(r).toMatchObject({ rule: 'from the date of its signing', name: 'from-signing', evidence: 'enters into force from the date of its signing' });
    expect(inForceValue(r.f, '2022-05-04')).toBe('2022-05-04');
    expect(inForceValue(r.f, null)).toBe('');
  });

  it('reads upon signature, a dated rule, and an offset after signing', () => {
    expect(read('The accord takes effect upon signature.')).toMatchObject({ name: 'upon-signing', rule: 'upon signature' });
    const dated = read('The pact will come into force on January 1, 2024.', [{ text: 'January 1, 2024', value: '2024-01-01' }])!;
    expect(dated.rule).toBe('on January 1, 2024');
    expect(inForceValue(dated.f, '2023-06-01')).toBe('2024-01-01');
    const offset = read('It becomes effective 30 days after its signing.')!;
    expect(inForceValue(offset.f, '2023-01-15')).toBe('2023-02-14');
  });

  it('keeps a ratification rule with no value', () => {
    const r = read('The deal goes into effect 60 days after ratification by both parliaments, officials said.')!;
    expect(r.rule).toBe('60 days after ratification by both parliaments');
    expect(inForceValue(r.f, '2023-01-15')).toBe('');
  });

  it('finds nothing without a trigger or a rule', () => {
    expect(read('The agreement is in force.')).toBeNull();
    expect(read('The law comes into force soon.')).toBeNull();
  });

  it('adds durations to a day', () => {
    expect(addDuration('2020-01-31', 'P1M')).toBe('2020-03-02');
    expect(addDuration('2020-02-10', 'P2W')).toBe('2020-02-24');
    expect(addDuration('2020-02', 'P2W')).toBeNull();
  });
});
