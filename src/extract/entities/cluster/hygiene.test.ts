import { describe, expect, it } from 'vitest';
import { cleanName } from './hygiene.js';

const at = (text: string, sub: string) => {
  const start = text.indexOf(sub);
  return cleanName(text, start, start + sub.length);
};

describe('cleanName', () => {
  it('drops a leading determiner from the canonical but keeps it in the span', () => {
    const text = 'The Kenyan Defence Forces deployed troops.';
    const c = at(text, 'The Kenyan Defence Forces');
    expect(c?.surface).toBe('Kenyan Defence Forces');
    expect(text.slice(c!.start, c!.end)).toBe('The Kenyan Defence Forces');
    expect(c?.determiner).toBe(true);
  });

  it('keeps the determiner for names that keep it by convention', () => {
    expect(at('Talks in The Hague resumed.', 'The Hague')?.surface).toBe('The Hague');
    expect(at('Sanctions by the West hurt.', 'the West')?.surface).toBe('the West');
    expect(at('Sanctions by the West hurt.', 'West')?.surface).toBe('the West');
  });

  it('strips straight and curly possessives and marks them', () => {
    const a = at('Ruto’s plan was new.', 'Ruto’s');
    expect(a).toMatchObject({ surface: 'Ruto', possessive: true });
    expect(at("Ruto's plan was new.", "Ruto's")).toMatchObject({ surface: 'Ruto', possessive: true });
    expect(at('Belarus’ police force said.', 'Belarus’')).toMatchObject({ surface: 'Belarus', possessive: true });
    expect(at("Wales' coach said.", "Wales'")).toMatchObject({ surface: 'Wales', possessive: true });
  });

  it("takes a possessive left just outside the tagged span into the mention", () => {
    const text = "Kenya's army moved.";
    const c = cleanName(text, 0, 5);
    expect(text.slice(c!.start, c!.end)).toBe("Kenya's");
    expect(c).toMatchObject({ surface: 'Kenya', possessive: true });
  });

  it('drops honorifics and collapses whitespace', () => {
    expect(at('Mr. William Ruto spoke.', 'Mr. William Ruto')?.surface).toBe('William Ruto');
    expect(at('Olaf\nScholz spoke.', 'Olaf\nScholz')?.surface).toBe('Olaf Scholz');
  });

  it('does not strip an apostrophe that is part of a name', () => {
    expect(at("Côte d'Ivoire voted.", "Côte d'Ivoire")?.surface).toBe("Côte d'Ivoire");
  });
});
