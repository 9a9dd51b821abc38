import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectBlocks, normaliseBlockText } from './blocks.js';
import { judgeBlocks } from './boilerplate.js';
import type { DomDocument } from './dom.js';

const bodyOf = (html: string) => {
  const doc = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as DomDocument;
  return doc.body!;
};

const P = (n: number) => `<p>Paragraph ${n} of the story says something long enough to be a real paragraph of news.</p>`;

describe('collectBlocks', () => {
  it('splits at block elements, keeps inline text together, and types captions and credits', () => {
    const blocks = collectBlocks(
      bodyOf(`<div>Loose text <span>in a div</span><p>A <a href="/x">linked</a> paragraph.</p>tail text</div>
        <h3>Sub<em>head</em></h3>
        <table><tr><td>cell one</td><td>cell two</td></tr></table>
        <pre>line 1
  line 2</pre>
        <p>Before <span class="tooltip">hover card text</span>after <span hidden>secret</span>end.</p>
        <p>Text <span class="photo-caption">A caption in a span</span> more.</p>
        <figure><img src="x.jpg"><figcaption>Figure caption <small class="credit">Jane Doe/Agency</small></figcaption></figure>`),
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['body', 'Loose text in a div'],
      ['body', 'A linked paragraph.'],
      ['body', 'tail text'],
      ['heading', 'Subhead'],
      ['body', 'cell one'],
      ['body', 'cell two'],
      ['body', 'line 1\nline 2'],
      ['body', 'Before after end.'],
      ['body', 'Text'],
      ['caption', 'A caption in a span'],
      ['body', 'more.'],
      ['caption', 'Figure caption'],
      ['credit', 'Jane Doe/Agency'],
    ]);
    const linked = blocks[1]!;
    expect(linked.linkChars).toBe('linked'.length);
    expect(linked.rawChars).toBe('Alinkedparagraph.'.length);
  });

  it('normalises whitespace and <br> marks', () => {
    expect(normaliseBlockText('  a \n\t b  ')).toEqual(['a b']);
    expect(normaliseBlockText('one\uE000two \uE000 three')).toEqual(['one\ntwo\nthree']);
    expect(normaliseBlockText('one\uE000\uE000two')).toEqual(['one', 'two']);
  });
});

describe('judgeBlocks', () => {
  const judge = (html: string) => {
    const root = bodyOf(html);
    return judgeBlocks(collectBlocks(root), root).map((j) => [j.kind, j.text] as const);
  };

  it('drops runs of link-only blocks and shouting promo links, keeps a single link line between paragraphs', () => {
    const out = judge(`${P(1)}<p><a href="/buy">Get it on Example Store for $39.99</a></p>${P(2)}
      <p><a href="/promo">GET THE EXAMPLE APP BY CLICKING HERE</a></p>${P(3)}
      <ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li><li><a href="/c">Other story three</a></li></ul>${P(4)}`);
    const kept = out.filter(([k]) => k !== null).map(([, t]) => t);
    expect(kept).toContain('Get it on Example Store for $39.99');
    expect(kept).not.toContain('GET THE EXAMPLE APP BY CLICKING HERE');
    expect(kept.some((t) => t.startsWith('Other story'))).toBe(false);
    expect(kept.filter((t) => t.startsWith('Paragraph')).length).toBe(4);
  });

  it('drops small boilerplate subtrees by class but never the bulk of the text', () => {
    const out = judge(`<div class="story social-share-enabled">${P(1)}${P(2)}${P(3)}
      <div class="share-tools"><p>Share this story with a friend who might like it.</p></div></div>`);
    expect(out.filter(([k]) => k === 'body').length).toBe(3);
    expect(out.find(([, t]) => t.startsWith('Share'))?.[0]).toBeNull();
  });

  it('types credit lines and date lines', () => {
    const out = judge(`<p>Published 10:42 AM EST March 5, 2024</p><p>By Jane Doe and John Roe</p>${P(1)}<p>(Photo: Jane Doe/Getty Images)</p>${P(2)}`);
    expect(out.slice(0, 2).map(([k]) => k)).toEqual(['byline', 'byline']);
    expect(out[3]![0]).toBe('credit');
  });
});
