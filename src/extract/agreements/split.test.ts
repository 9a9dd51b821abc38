import { describe, expect, it } from 'vitest';
import { splitItems } from './split.js';

const items = (t: string) => splitItems(t, 0, t.length).map((i) => i.item);

describe('scope splitting', () => {
  it('splits at commas and conjunctions and distributes a shared head', () => {
    expect(items('customs, transit of goods and the protection of ports and airports')).toEqual([
      'customs',
      'transit of goods',
      'protection of ports',
      'protection of airports',
    ]);
    expect(items('training police officers as well as the exchange of intelligence and prisoners')).toEqual([
      'training police officers',
      'exchange of intelligence',
      'exchange of prisoners',
    ]);
  });

  it('keeps two words coordinated before one noun together', () => {
    expect(items('protecting oil and gas pipelines, upgrading ports')).toEqual(['protecting oil and gas pipelines', 'upgrading ports']);
    expect(items('the supply of grain and animal feed')).toEqual(['supply of grain and animal feed']);
  });

  it('drops a light verb and an article before a headed noun, not before a bare one', () => {
    expect(items('ensuring the security of shipping lanes and providing aid to refugees')).toEqual(['security of shipping lanes', 'aid to refugees']);
    expect(items('ensuring food safety')).toEqual(['ensuring food safety']);
  });

  it('does not split inside quotation marks; spans point at the words read', () => {
    const t = 'fighting “piracy and smuggling” and protecting fisheries';
    expect(items(t)).toEqual(['fighting piracy and smuggling', 'protecting fisheries']);
    const [, second] = splitItems(t, 0, t.length);
    expect(t.slice(second!.start, second!.end)).toBe('protecting fisheries');
  });
});
