/** HTML input through the whole pipeline: the extracted text is the document's text, markup kinds become zones. */
import { describe, expect, it } from 'vitest';
import { analyse, bodyView, spanViolations } from '../src/index.js';

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour bridge reopens after two years of repairs | The Example Post</title>
<meta property="og:site_name" content="The Example Post"><script>window.tracking = "x";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour bridge reopens after two years of repairs</h1>
<div class="byline">By Ana Lima · March 4, 2023</div>
<figure><img src="b.jpg"><figcaption>The bridge at dawn on Friday. Photo: Ana Lima</figcaption></figure>
<p>The harbour bridge reopened to traffic on Saturday after two years of repairs, the city council said.</p>
<p>Engineers replaced &amp; strengthened the main cables, which had corroded faster than expected.</p>
<div class="related-links"><h3>Related</h3><ul><li><a href="/a">Council approves budget</a></li><li><a href="/b">Ferry strike ends</a></li></ul></div>
<p>"It is a great day for the city," the mayor told reporters at the opening ceremony.</p>
<div class="share-bar">Share on Facebook Share on Twitter</div>
</article><footer>© 2023 The Example Post. All rights reserved.</footer></body></html>`;

describe('HTML through the pipeline', () => {
  const r = analyse({ html: PAGE, url: 'https://example-post.test/2023/03/04/bridge' });
  if (!r.ok) throw new Error(r.rejection.message);
  const doc = r.doc;
  const clean = bodyView(doc).view.text;

  it('keeps the extracted text as the document text, every span slicing back', () => {
    expect(doc.source.mediaType).toBe('text/html');
    expect(doc.text).toContain('The harbour bridge reopened');
    expect(doc.text).not.toContain('<p>');
    expect(spanViolations(doc)).toEqual([]);
  });

  it('takes title, byline and caption from the markup; they are not body', () => {
    const kinds = doc.layers.zones.map((z) => [z.kind, z.text]);
    expect(kinds).toContainEqual(['title', 'Harbour bridge reopens after two years of repairs']);
    expect(kinds.filter(([k, t]) => k === 'byline' && t!.includes('Ana Lima'))).toHaveLength(1);
    expect(kinds.filter(([k]) => k === 'title')).toHaveLength(1);
    expect(kinds.some(([k, t]) => k === 'caption' && t!.includes('The bridge at dawn'))).toBe(true);
    expect(clean).not.toContain('The bridge at dawn');
    expect(clean).not.toContain('By Ana Lima');
  });

  it('drops navigation, related links, share bar, footer and scripts from the body', () => {
    for (const t of ['Home', 'Council approves budget', 'Share on Facebook', 'All rights reserved', 'tracking']) expect(clean).not.toContain(t);
    expect(clean).toContain('Engineers replaced & strengthened the main cables');
    expect(clean).toContain('"It is a great day for the city," the mayor told reporters');
  });

  it('reads metadata from the page: outlet, stated date, language', () => {
    expect(doc.metadata.outlet).toMatchObject({ name: 'The Example Post', source: 'html-meta' });
    expect(doc.metadata.published).toMatchObject({ value: '2023-03-04', explicit: true });
    expect(doc.metadata.language.code).toBe('en');
    expect(doc.metadata.url).toBe('https://example-post.test/2023/03/04/bridge');
  });

  it('rejects a page with no readable text as malformed-html, and survives truncated HTML', () => {
    const empty = analyse({ html: '<html><head><script>var x=1</script></head><body></body></html>' });
    expect(empty.ok ? null : empty.rejection.reason).toBe('malformed-html');
    const cut = analyse({ html: PAGE.slice(0, PAGE.indexOf('Engineers replaced') + 30) });
    expect(cut.ok && bodyView(cut.doc).view.text).toContain('The harbour bridge reopened');
  });
});
