import { describe, expect, it } from 'vitest';
import { clusterNames, groupNames, joins, type PreparedName } from './names.js';
import type { NameType } from './types.js';

let pos = 0;
const n = (surface: string, type: NameType = 'PER'): PreparedName => {
  const start = pos;
  pos += surface.length + 10;
  return { start, end: start + surface.length, coreStart: start, coreEnd: start + surface.length, surface, possessive: false, determiner: false, type };
};
const rootOf = (names: PreparedName[]) => {
  const map = clusterNames(groupNames(names));
  return names.map((x) => map.get(x)!.surface);
};

describe('groupNames', () => {
  it('gives a surface the majority type, ties to the first seen', () => {
    expect(groupNames([n('Nairobi', 'LOC'), n('Nairobi', 'ORG'), n('Nairobi', 'ORG')])[0]!.type).toBe('ORG');
    expect(groupNames([n('Safaricom', 'ORG'), n('Safaricom', 'LOC')])[0]!.type).toBe('ORG');
  });
});

describe('clusterNames', () => {
  it('joins a surname to the full name, also when the surname comes first', () => {
    expect(rootOf([n('Ruto'), n('William Ruto'), n('Ruto')])).toEqual(['William Ruto', 'William Ruto', 'William Ruto']);
  });

  it('joins first+last to a longer name with a middle name', () => {
    expect(rootOf([n('William Samoei Ruto'), n('William Ruto'), n('Ruto')])).toEqual([
      'William Samoei Ruto', 'William Samoei Ruto', 'William Samoei Ruto',
    ]);
  });

  it('does not join names of other types', () => {
    expect(rootOf([n('William Ruto'), n('Ruto', 'ORG')])).toEqual(['William Ruto', 'Ruto']);
  });

  it('joins a leading token only when exactly one longer name begins with it and it is nobody’s surname', () => {
    expect(rootOf([n('Li Qiang'), n('Li')])).toEqual(['Li Qiang', 'Li Qiang']);
    expect(rootOf([n('Li Qiang'), n('Li Hui'), n('Li')])).toEqual(['Li Qiang', 'Li Hui', 'Li']);
    expect(rootOf([n('Grace Li'), n('Li Qiang'), n('Li')])).toEqual(['Grace Li', 'Li Qiang', 'Grace Li']);
  });

  it('joins an organisation suffix with the same head, not a single generic word', () => {
    const names = [n('Kenyan National Guard', 'ORG'), n('National Guard', 'ORG'), n('Guard', 'ORG')];
    expect(rootOf(names)).toEqual(['Kenyan National Guard', 'Kenyan National Guard', 'Guard']);
  });

  it('sends an ambiguous surname to the nearest preceding full name', () => {
    const names = [n('Anna Smith'), n('Smith'), n('John Smith'), n('Smith')];
    expect(rootOf(names)).toEqual(['Anna Smith', 'Anna Smith', 'John Smith', 'John Smith']);
  });

  it('joins() needs the same head for organisations', () => {
    const [a, b] = groupNames([n('Central Bank of Kenya', 'ORG'), n('Central Bank', 'ORG')]);
    expect(joins(b!, a!)).toBe(false);
  });
});
