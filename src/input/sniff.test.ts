import { describe, expect, it } from 'vitest';
import { binaryMagic, countControls, declaredCharset, innerExtension, looksLikeHtml, mediaTypeFor, textProblem } from './sniff.js';

describe('looksLikeHtml', () => {
  it('sees HTML documents, after whitespace, BOM, XML declarations and comments', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('\ufeff\n  <!-- saved from url=(0042)https://example.com -->\n<html lang="en">')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">')).toBe(true);
  });

  it('sees truncated HTML and fragments', () => {
    expect(looksLikeHtml('<!doctype html>\n<html><head><title>Cut off mid-arti')).toBe(true);
    expect(looksLikeHtml('<div class="article"><p>First paragraph.</p>')).toBe(true);
    expect(looksLikeHtml('Intro text\n<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>')).toBe(true);
    expect(looksLikeHtml('junk before <body class="x">\n<p>para</p>')).toBe(true);
  });

  it('does not mistake plain text that mentions a tag or uses angle brackets', () => {
    expect(looksLikeHtml('The <p> tag marks a paragraph, developers said on Monday.')).toBe(false);
    expect(looksLikeHtml('Revenue <5% of forecasts; growth > 3% expected.\nMore text.')).toBe(false);
    expect(looksLikeHtml('<Reuters> MOSCOW, March 3 - Officials said.')).toBe(false);
    expect(looksLikeHtml('')).toBe(false);
  });
});

describe('mediaTypeFor', () => {
  it('trusts HTML extensions, including inside .gz', () => {
    expect(mediaTypeFor('a.html', 'plain words')).toBe('text/html');
    expect(mediaTypeFor('dir/a.HTM', 'plain words')).toBe('text/html');
    expect(mediaTypeFor('a.xhtml.gz', 'plain words')).toBe('text/html');
  });
  it('sniffs .txt, .md, extension-less files and stdin', () => {
    expect(mediaTypeFor('a.txt', 'Just text.')).toBe('text/plain');
    expect(mediaTypeFor('a.txt', '<html><body><p>x</p>')).toBe('text/html');
    expect(mediaTypeFor('README', '# Title\n\nText')).toBe('text/plain');
    expect(mediaTypeFor(undefined, '<!DOCTYPE html><p>x')).toBe('text/html');
  });
});

describe('other sniffing', () => {
  it('innerExtension looks through .gz', () => {
    expect(innerExtension('x/y/a.Html.GZ')).toBe('.html');
    expect(innerExtension('a.gz')).toBe('');
    expect(innerExtension('noext')).toBe('');
  });

  it('declaredCharset reads <meta charset>, http-equiv and the XML declaration', () => {
    expect(declaredCharset(Buffer.from('<html><head><meta charset="windows-1251">'))).toBe('windows-1251');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">'))).toBe('KOI8-R');
    expect(declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><html>'))).toBe('ISO-8859-1');
    expect(declaredCharset(Buffer.from('charset=utf-8 in plain text'))).toBeUndefined();
  });

  it('binaryMagic names the format and ignores text', () => {
    expect(binaryMagic(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('a PNG image');
    expect(binaryMagic(Uint8Array.of(0x89, 0x50))).toBeUndefined(); // too short to be sure
    expect(binaryMagic(Buffer.from('PDF files are documents'))).toBeUndefined();
  });

  it('textProblem: empty, whitespace, control characters; a few stray controls are tolerated', () => {
    expect(textProblem('', 'a', 0)?.reason).toBe('empty');
    expect(textProblem(' \u00a0\n\t', 'a', 5)?.message).toContain('only whitespace');
    expect(textProblem('\x01\x02\x03abc', 'a', 6)?.reason).toBe('binary');
    expect(textProblem(`${'word '.repeat(100)}\x1a`, 'a', 501)).toBeUndefined();
    expect(countControls('a\tb\nc\rd\fe\x0b\x7f\u0085')).toBe(3);
  });
});
