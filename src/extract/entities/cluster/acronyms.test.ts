import { describe, expect, it } from 'vitest';
import { compact, definitionAfter, findAcronyms, initialsOf, isAcronymShape } from './acronyms.js';

describe('acronyms', () => {
  it('recognises acronym shapes', () => {
    expect(isAcronymShape('KRA')).toBe(true);
    expect(isAcronymShape('U.N.')).toBe(true);
    expect(isAcronymShape('Nairobi')).toBe(false);
    expect(isAcronymShape('A')).toBe(false);
    expect(compact('U.N.')).toBe('UN');
  });

  it('computes initials with and without function words and hyphen parts', () => {
    expect(initialsOf('Organisation for Economic Co-operation and Development')).toContain('OECD');
    expect(initialsOf('Agence France-Presse')).toContain('AFP');
    expect(initialsOf('Kenya Revenue Authority')).toContain('KRA');
  });

  it('reads a bracketed definition right after a name', () => {
    const text = 'The Kenya Revenue Authority (KRA) said on Monday.';
    const name = 'Kenya Revenue Authority';
    const end = text.indexOf(name) + name.length;
    const d = definitionAfter(text, end, name);
    expect(d).toMatchObject({ acronym: 'KRA' });
    expect(text.slice(d!.start, d!.end)).toBe('KRA');
    expect(definitionAfter('The Kenya Revenue Authority (Nairobi) said.', end, name)).toBeNull();
  });

  it('finds whole-word occurrences only', () => {
    const text = 'KRA officials and the KRAB union; KRA.';
    expect(findAcronyms(text, ['KRA']).map((m) => m.start)).toEqual([0, 34]);
  });
});
