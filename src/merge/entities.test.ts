import { describe, expect, it } from 'vitest';
import { mergeEntities } from './entities.js';
import { handDoc } from './test-helpers.js';

describe('mergeEntities', () => {
  const a = handDoc('The Russian National Guard met the MVD. The National Guard said so. Belarus agreed.', [
    { id: 'e1', type: 'ORG', canonical: 'Russian National Guard', mentions: [['Russian National Guard', 'name'], ['The National Guard', 'name']] },
    { id: 'e2', type: 'ORG', canonical: 'Ministry of Internal Affairs of Belarus', mentions: [['MVD', 'acronym']] },
    { id: 'e3', type: 'LOC', canonical: 'Belarus', mentions: [['Belarus', 'name']] },
  ], []);
  const b = handDoc('National Guard troops and the MVD came to belarus.', [
    { id: 'e1', type: 'ORG', canonical: 'National Guard', mentions: [['National Guard', 'name']] },
    { id: 'e2', type: 'ORG', canonical: 'MVD', mentions: [['MVD', 'name']] },
    { id: 'e3', type: 'LOC', canonical: 'belarus', mentions: [['belarus', 'name']] },
  ], []);

  it('joins same type + same canonical, and a canonical that is another entity’s alias or acronym', () => {
    const m = mergeEntities([a, b]);
    expect(m.entities.map((e) => e.id).sort()).toEqual(['loc-belarus', 'org-ministry-of-internal-affairs-of-belarus', 'org-russian-national-guard']);
    const guard = m.entities.find((e) => e.id === 'org-russian-national-guard')!;
    expect(guard.canonical).toBe('Russian National Guard');
    expect(guard.aliases).toEqual(['National Guard']);
    expect(guard.sources).toEqual([{ doc: a.id, entity: 'e1' }, { doc: b.id, entity: 'e1' }]);
    expect(m.of(b.id, 'e2')).toBe('org-ministry-of-internal-affairs-of-belarus');
    expect(m.of(b.id, 'e9')).toBeNull();
    expect(m.of(b.id, null)).toBeNull();
  });

  it('keeps different types apart and does not link through an ambiguous short name', () => {
    const c = handDoc('The Ukrainian National Guard and the US National Guard.', [
      { id: 'e1', type: 'ORG', canonical: 'Ukrainian National Guard', mentions: [['Ukrainian National Guard', 'name'], ['National Guard', 'alias']] },
    ], []);
    const d = handDoc('Belarus the team.', [{ id: 'e1', type: 'MISC', canonical: 'Belarus', mentions: [['Belarus', 'name']] }], []);
    const m = mergeEntities([a, b, c, d]);
    expect(m.of(b.id, 'e1')).toMatch(/^org-national-guard/);
    expect(m.of(d.id, 'e1')).toBe('misc-belarus');
    expect(m.of(a.id, 'e3')).toBe('loc-belarus');
  });

  it('is deterministic', () => {
    expect(mergeEntities([a, b]).entities).toEqual(mergeEntities([a, b]).entities);
  });
});
