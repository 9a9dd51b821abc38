import { describe, expect, it } from 'vitest';
import { findInstitutions, institutionCanonical } from './institutions.js';

const find = (text: string) => findInstitutions(text, () => 0).map((f) => [text.slice(f.start, f.end), f.canonical]);

describe('institutions', () => {
  it('names a country’s ministries from a table', () => {
    expect(find('Germany’s foreign ministry and the German Foreign Office agreed.')).toEqual([
      ['Germany’s foreign ministry', 'Ministry of Foreign Affairs of Germany'],
      ['the German Foreign Office', 'Ministry of Foreign Affairs of Germany'],
    ]);
  });

  it('makes the police of an interior-ministry country that ministry, and keeps other police apart', () => {
    expect(find('Kazakhstan’s police force and the Kazakh interior ministry said.')).toEqual([
      ['Kazakhstan’s police force', 'Ministry of Internal Affairs of Kazakhstan'],
      ['the Kazakh interior ministry', 'Ministry of Internal Affairs of Kazakhstan'],
    ]);
    expect(find('British police arrested two men.')).toEqual([['British police', 'British police']]);
  });

  it('builds the opposition from the adjective', () => {
    expect(find('the Georgian opposition rallied')).toEqual([['the Georgian opposition', 'Georgian opposition']]);
  });

  it('needs a country right before the institution', () => {
    expect(find('The government said the police would stay.')).toEqual([]);
    expect(find('an anti-government protest in Serbia')).toEqual([]);
  });

  it('maps tagged organisation names of the same shape', () => {
    expect(institutionCanonical('Polish Foreign Ministry')).toBe('Ministry of Foreign Affairs of Poland');
    expect(institutionCanonical("Serbia's Parliament")).toBe('Parliament of Serbia');
    expect(institutionCanonical('Safaricom')).toBeUndefined();
  });
});
