import { describe, expect, it } from 'vitest';
import { findZones } from './zones.js';
import { findLinks } from './links.js';
import { siteCore } from '../../core/outlets.js';

const links = (text: string, self: string | null = null) => findLinks(text, findZones(text), self).map((l) => [l.url, l.role, l.roleEvidence?.text]);

describe('links', () => {
  it('site cores', () => {
    expect(siteCore('https://www.interfax.ru/russia/1')).toBe('interfax');
    expect(siteCore('http://news.bbc.co.uk/2/hi/x.stm')).toBe('bbc');
    expect(siteCore('www.example.org')).toBe('example');
  });

  it('a URL whose site is named next to a reporting verb is the source', () => {
    expect(links('The treaty was signed, Kommersant reported, citing officials\n\nhttps://www.kommersant.ru/doc/123\n\nin Moscow.')).toEqual([
      ['https://www.kommersant.ru/doc/123', 'source', 'Kommersant reported'],
    ]);
  });

  it('a URL whose slug matches a teaser title is the related article', () => {
    const t = 'First paragraph of the story.\n\nRelated article: Flooding Hits Coastal Towns Again\n\nhttps://example.com/2024/01/02/flooding-hits-coastal-towns-again\n\nLast paragraph.';
    expect(links(t)[0]?.slice(0, 2)).toEqual(['https://example.com/2024/01/02/flooding-hits-coastal-towns-again', 'related']);
  });

  it('share URLs and the article\'s own URL', () => {
    const t = 'Body text here.\n\nhttps://twitter.com/intent/tweet?url=x\nhttps://example.com/story-1';
    expect(links(t, 'https://example.com/story-1').map((l) => l[1])).toEqual(['share', 'self']);
  });

  it('trims sentence punctuation after a URL in running text', () => {
    expect(links('See https://example.com/a/b. Then more text follows here.')[0]?.[0]).toBe('https://example.com/a/b');
  });

  it('finds nothing in text without URLs', () => {
    expect(links('No links here. None at all, not even www or http words.')).toEqual([]);
  });
});
