import { describe, expect, it } from 'vitest';
import { processInput } from '../../pipeline/process.js';
import type { DatelineDocument } from '../../core/schema.js';

const TEXT = `Kenyan President William Ruto arrived in Nairobi on Monday. Kenya Airways said the flights would resume.

The African Union welcomed the talks, and Ruto said the country would hold firm. Analysts in the West were cautious.

Related article: Ruto Meets Museveni in Kampala
`;

function run(text: string): DatelineDocument {
  const p = processInput({ name: 'ruto.txt', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length, content: text, hints: { published: '2023-05-02' } });
  if (!p.ok) throw new Error(p.rejection.message);
  return p.doc;
}

describe('entities stage', () => {
  const doc = run(TEXT);
  const { mentions, entities } = doc.layers;
  const byCanonical = (c: string) => entities.find((e) => e.canonical === c);
  const texts = (c: string) => byCanonical(c)?.mentions.map((id) => mentions.find((m) => m.id === id)!.text);

  it('tags names on the body and clusters them with one canonical name', () => {
    expect(byCanonical('William Ruto')).toMatchObject({ type: 'PER', roles: ['President of Kenya'] });
    expect(texts('William Ruto')).toEqual(expect.arrayContaining(['William Ruto', 'Ruto']));
    expect(texts('Kenya')).toEqual(expect.arrayContaining(['Kenyan', 'the country']));
    expect(byCanonical('Nairobi')?.type).toBe('LOC');
  });

  it('keeps the article of an organisation or place as written, and drops it from the canonical name', () => {
    expect(texts('African Union')).toEqual(['The African Union']);
    expect(texts('the West')).toEqual(['the West']);
  });

  it('leaves out what is not body (the teaser), and every mention slices back and points to an entity', () => {
    expect(byCanonical('Yoweri Museveni') ?? byCanonical('Museveni')).toBeUndefined();
    expect(byCanonical('Kampala')).toBeUndefined();
    const ids = new Set(entities.map((e) => e.id));
    for (const m of mentions) {
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      expect(ids.has(m.entity)).toBe(true);
    }
    for (const e of entities) expect(e.mentions.length).toBeGreaterThan(0);
    expect(mentions.map((m) => m.id)).toEqual(mentions.map((_, i) => `m${i}`));
    expect([...mentions].sort((a, b) => a.start - b.start)).toEqual(mentions);
  });

  it('gives empty layers for a text with no body sentences', () => {
    const d = run('https://example.com/a\n');
    expect(d.layers.mentions).toEqual([]);
    expect(d.layers.entities).toEqual([]);
  });
});
