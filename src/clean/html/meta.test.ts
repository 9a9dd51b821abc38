import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomDocument } from './dom.js';
import { decodeEntities, normaliseDate, readJsonLd, readMeta } from './meta.js';
import { chooseTitle, isTitleCore } from './title.js';

const docOf = (html: string): DomDocument => parseHTML(html).document as unknown as DomDocument;

describe('meta helpers', () => {
  it('decodes numeric and common named entities, leaving unknown ones', () => {
    expect(decodeEntities('&#8216;Quoted&#8217; &amp; &#x2014; caf&eacute; &nbsp;x')).toBe('‘Quoted’ & — caf&eacute;  x');
  });

  it('normalises dates: ISO kept as found, others converted, placeholders refused', () => {
    expect(normaliseDate('2024-03-05')).toBe('2024-03-05');
    expect(normaliseDate(' 2024-03-05T10:42:00+01:00 ')).toBe('2024-03-05T10:42:00+01:00');
    expect(normaliseDate('20240305')).toBe('2024-03-05');
    expect(normaliseDate('Tue, 05 Mar 2024 10:42:00 GMT')).toBe('2024-03-05T10:42:00.000Z');
    expect(normaliseDate('0001-01-01T00:00:00Z')).toBeUndefined();
    expect(normaliseDate('yesterday')).toBeUndefined();
    expect(normaliseDate(undefined)).toBeUndefined();
  });

  it('prefers og:site_name and JSON-LD publisher over twitter handles; reads http-equiv language', () => {
    const doc = docOf(`<html><head><meta name="twitter:site" content="@daily">
      <meta http-equiv="content-language" content="pt_BR">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Caf&eacute; &amp; bar","publisher":{"name":"Daily Example"},"datePublished":"2024-01-02"}</script>
      </head><body></body></html>`);
    const ld = readJsonLd(doc);
    const meta = readMeta(doc, ld, undefined);
    expect(meta.siteName).toBe('Daily Example');
    expect(meta.language).toBe('pt-BR');
    expect(meta.title).toBe('Caf&eacute; & bar');
    expect(meta.published).toBe('2024-01-02');
  });
});

describe('title', () => {
  it('takes the headline without the site name, never the site name itself', () => {
    expect(isTitleCore('Harbour budget approved | The Daily Example', 'Harbour budget approved')).toBe(true);
    expect(isTitleCore('The Daily Example - Harbour budget approved', 'Harbour budget approved')).toBe(true);
    // A logo <h1> holding the site name: the part left over is longer than it.
    expect(isTitleCore('Harbour budget approved by the council today | Daily Example', 'Daily Example')).toBe(false);
    expect(isTitleCore('Harbour budget approved', 'Harbour budget approved')).toBe(false);
    expect(chooseTitle(['Harbour budget approved | The Daily Example', undefined], ['The Daily Example', 'Harbour budget approved'], 'The Daily Example')).toBe(
      'Harbour budget approved',
    );
    expect(chooseTitle(['Page', 'Readability title'], [], undefined)).toBe('Readability title');
    expect(chooseTitle(['Only the title tag', ''], [], undefined)).toBe('Only the title tag');
  });
});
