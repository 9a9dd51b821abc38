import { describe, expect, it } from 'vitest';
import { extractHtml, type HtmlExtraction } from './extract.js';

const LOREM = [
  'The city council voted on Tuesday to approve a new budget for the harbour district, ending months of debate.',
  'Council members said the plan would fund repairs to the old sea wall, which was damaged in last winter’s storms.',
  'Opponents argued that the money should instead go to schools, and several residents spoke against the plan.',
  'The mayor said construction could begin in the spring if the regional government signs off on the funding.',
  'A final vote on the details of the contract is expected before the end of the year, officials said.',
];

function page(article: string, head = '', outside = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Harbour budget approved | The Daily Example</title>${head}</head>
<body><nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>${article}</article></main>${outside}
<footer class="site-footer"><p>© 2024 The Daily Example. All rights reserved.</p></footer></body></html>`;
}

function paragraphs(n = LOREM.length): string {
  return LOREM.slice(0, n)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
}

function blockTexts(ex: HtmlExtraction, ...kinds: string[]): string[] {
  return ex.blocks.filter((b) => kinds.includes(b.kind)).map((b) => ex.text.slice(b.start, b.end));
}

function expectExactOffsets(ex: HtmlExtraction): void {
  let prevEnd = -2;
  for (const b of ex.blocks) {
    const slice = ex.text.slice(b.start, b.end);
    expect(slice.length).toBeGreaterThan(0);
    expect(slice).toBe(slice.trim());
    expect(slice).not.toContain('\n\n');
    expect(b.start).toBe(prevEnd + 2);
    if (b.start > 0) expect(ex.text.slice(b.start - 2, b.start)).toBe('\n\n');
    prevEnd = b.end;
  }
  expect(prevEnd).toBe(ex.text.length);
}

describe('extractHtml: blocks', () => {
  it('makes one block per paragraph, list item and subheading, with exact offsets', () => {
    const html = page(`<h1>Harbour budget approved</h1>
      ${paragraphs(3)}
      <h2>What happens next</h2>
      <p>${LOREM[3]}</p>
      <ul><li>Repairs to the sea wall</li><li>New lighting on the pier</li></ul>
      <blockquote><p>We have waited long enough for this, said one fisherman.</p></blockquote>
      <p>${LOREM[4]}</p>`);
    const ex = extractHtml(html)!;
    expect(ex).not.toBeNull();
    expectExactOffsets(ex);
    expect(blockTexts(ex, 'title')).toEqual(['Harbour budget approved']);
    expect(blockTexts(ex, 'heading')).toEqual(['What happens next']);
    expect(blockTexts(ex, 'body')).toEqual([
      LOREM[0],
      LOREM[1],
      LOREM[2],
      LOREM[3],
      'Repairs to the sea wall',
      'New lighting on the pier',
      'We have waited long enough for this, said one fisherman.',
      LOREM[4],
    ]);
    // Navigation and footer outside the article are not text of it.
    expect(ex.text).not.toContain('Sport');
    expect(ex.text).not.toContain('All rights reserved');
  });

  it('joins inline elements without inventing spaces, keeps <br> as a line break, collapses whitespace', () => {
    const html = page(`${paragraphs(4)}
      <p>Hel<b>lo</b>   <i>wide</i>\n\t world, <a href="/x">a link</a>s and more text here.</p>
      <p>First line<br>second   line<br/>  third line</p>`);
    const ex = extractHtml(html)!;
    expectExactOffsets(ex);
    const body = blockTexts(ex, 'body');
    expect(body).toContain('Hello wide world, a links and more text here.');
    expect(body).toContain('First line\nsecond line\nthird line');
  });

  it('decodes entities', () => {
    const html = page(`${paragraphs(4)}<p>Fish &amp; chips cost &pound;5 at the caf&eacute;&#8217;s counter&nbsp;today &#x2014; &quot;a bargain&quot;.</p>`);
    const ex = extractHtml(html)!;
    expect(blockTexts(ex, 'body')).toContain('Fish & chips cost £5 at the café’s counter today — "a bargain".');
  });

  it('marks figure captions and photo credits, keeping them out of the body', () => {
    const html = page(`${paragraphs(2)}
      <figure><img src="wall.jpg" alt=""><figcaption>Waves break over the damaged sea wall in January. <span class="credit">Photo: Jane Doe</span></figcaption></figure>
      ${paragraphs(5).split('\n').slice(2).join('\n')}
      <div class="image-caption">The harbour at dusk.</div>`);
    const ex = extractHtml(html)!;
    expectExactOffsets(ex);
    expect(blockTexts(ex, 'caption')).toEqual(['Waves break over the damaged sea wall in January.', 'The harbour at dusk.']);
    expect(blockTexts(ex, 'credit')).toEqual(['Photo: Jane Doe']);
    expect(blockTexts(ex, 'body')).toEqual(LOREM);
  });

  it('drops share, newsletter and related-links boxes inside the article', () => {
    const html = page(`${paragraphs(2)}
      <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
      ${paragraphs(5).split('\n').slice(2, 4).join('\n')}
      <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the news first.</p></div>
      <p>${LOREM[4]}</p>
      <div class="related-stories"><h3>Related</h3><ul>
        <li><a href="/a">Storm damages harbour wall</a></li>
        <li><a href="/b">Council delays budget vote</a></li>
        <li><a href="/c">Fishermen protest at town hall</a></li></ul></div>
      <p><a href="/d">READ MORE: HOW THE STORM HIT THE TOWN</a></p>`);
    const ex = extractHtml(html)!;
    expectExactOffsets(ex);
    expect(blockTexts(ex, 'body')).toEqual(LOREM);
    expect(ex.text).not.toMatch(/Share on|newsletter|Storm damages|Related|READ MORE/);
  });

  it('drops link lists, boilerplate lines and the author section; date lines become byline', () => {
    const html = page(`<p>Updated 10:42 AM EST, Tuesday, March 5, 2024</p>
      ${paragraphs()}
      <p>Follow us on Twitter and Facebook for more updates.</p>
      <p>Copyright 2024 The Daily Example. All rights reserved.</p>
      <h3>About the author</h3>
      <p>Sam Writer has covered the harbour for the Daily Example since 2010 and lives nearby with two cats.</p>`);
    const ex = extractHtml(html)!;
    expectExactOffsets(ex);
    expect(blockTexts(ex, 'body')).toEqual(LOREM);
    expect(blockTexts(ex, 'byline')).toContain('Updated 10:42 AM EST, Tuesday, March 5, 2024');
    expect(ex.text).not.toMatch(/Follow us|Copyright|About the author|two cats/);
  });

  it('keeps embedded tweets, which sit in widget-like wrappers', () => {
    const html = page(`${paragraphs(3)}
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The new sea wall plan is finally through!</p>&mdash; Harbour Watch (@harbourwatch) <a href="https://twitter.com/x/status/1">March 5, 2024</a></blockquote></div>
      ${paragraphs(5).split('\n').slice(3).join('\n')}`);
    const ex = extractHtml(html)!;
    expect(blockTexts(ex, 'body')).toContain('The new sea wall plan is finally through!');
  });
});

describe('extractHtml: robustness', () => {
  it('returns null for empty, blank and script-only pages', () => {
    expect(extractHtml('')).toBeNull();
    expect(extractHtml('   \n ')).toBeNull();
    expect(extractHtml('<html><head><script>var a = 1;</script></head><body><script>document.write("hi")</script></body></html>')).toBeNull();
    expect(extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>')).toBeNull();
  });

  it('does not throw on HTML cut mid-tag or mid-attribute, and returns what is readable', () => {
    const full = page(`<h1>Harbour budget approved</h1>${paragraphs()}`);
    for (const cut of [full.indexOf('<p>') + 1, full.indexOf('</p>') + 2, Math.floor(full.length * 0.6), full.length - 5]) {
      const truncated = full.slice(0, cut);
      expect(() => extractHtml(truncated)).not.toThrow();
    }
    const ex = extractHtml(full.slice(0, full.indexOf(LOREM[3]!) + 20))!;
    expectExactOffsets(ex);
    expect(blockTexts(ex, 'body').slice(0, 3)).toEqual(LOREM.slice(0, 3));
    expect(extractHtml('<html><body><p class="x')).toBeNull();
    expect(() => extractHtml('<div><p>unclosed <b>bold <i>and <a href="x>broken')).not.toThrow();
  });

  it('reads a bare fragment', () => {
    const ex = extractHtml('<p>One short paragraph.</p><p>And <em>another</em> one.</p>')!;
    expect(blockTexts(ex, 'body')).toEqual(['One short paragraph.', 'And another one.']);
  });

  it('stays fast on pathologically deep nesting', () => {
    const deep = `<html><body>${'<div>'.repeat(5000)}<p>${LOREM[0]}</p></body></html>`;
    const t0 = performance.now();
    const ex = extractHtml(deep)!;
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(blockTexts(ex, 'body')).toEqual([LOREM[0]]);
  });

  it('falls back to JSON-LD articleBody when the page shows much less', () => {
    const body = LOREM.join('\n') + '\nThe council will meet again next month to discuss the details of the tender &amp; timing.';
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour budget approved', articleBody: body });
    const html = page(`<h1>Harbour budget approved</h1><p>Subscribers can read the full story.</p>`, `<script type="application/ld+json">${ld}</script>`);
    const ex = extractHtml(html)!;
    expectExactOffsets(ex);
    const text = blockTexts(ex, 'body');
    expect(text.slice(0, LOREM.length)).toEqual(LOREM);
    expect(text[LOREM.length]).toBe('The council will meet again next month to discuss the details of the tender & timing.');
  });
});

describe('extractHtml: meta', () => {
  it('reads meta tags, canonical link and <html lang>', () => {
    const head = `<meta property="og:title" content="Harbour budget approved">
      <meta property="og:site_name" content="The Daily Example">
      <meta property="article:published_time" content="2024-03-05T10:42:00Z">
      <meta name="author" content="Sam Writer">
      <meta property="og:url" content="https://example.com/og-url">
      <link rel="canonical" href="/news/harbour-budget">`;
    const ex = extractHtml(page(paragraphs(), head), { url: 'https://example.com/news/harbour-budget?utm=1' })!;
    expect(ex.meta).toMatchObject({
      title: 'Harbour budget approved',
      siteName: 'The Daily Example',
      published: '2024-03-05T10:42:00Z',
      byline: 'Sam Writer',
      url: 'https://example.com/news/harbour-budget',
      language: 'en',
    });
  });

  it('reads JSON-LD (in an @graph) and <time datetime> when meta tags are missing', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example' },
        {
          '@type': ['NewsArticle'],
          headline: 'Harbour budget approved by council',
          datePublished: '2024-03-05',
          author: [{ '@type': 'Person', name: 'Sam Writer' }, { '@type': 'Person', name: 'Alex Reporter' }],
          publisher: { '@type': 'Organization', name: 'Daily Example Media' },
          mainEntityOfPage: { '@id': 'https://example.com/harbour' },
        },
      ],
    });
    const ex = extractHtml(page(paragraphs(), `<script type="application/ld+json">${ld}</script>`))!;
    expect(ex.meta).toMatchObject({
      title: 'Harbour budget approved by council',
      published: '2024-03-05',
      siteName: 'Daily Example Media',
      byline: 'Sam Writer, Alex Reporter',
      url: 'https://example.com/harbour',
    });

    const withTime = extractHtml(page(`<time datetime="2024-03-04T08:00:00+01:00">4 March</time>${paragraphs()}`))!;
    expect(withTime.meta.published).toBe('2024-03-04T08:00:00+01:00');
  });

  it('survives broken JSON-LD', () => {
    const ex = extractHtml(page(paragraphs(), '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'))!;
    expect(ex).not.toBeNull();
    expect(blockTexts(ex, 'body')).toEqual(LOREM);
  });
});
