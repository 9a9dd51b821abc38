import { describe, expect, it } from 'vitest';
import { findZones } from './zones.js';

const kinds = (text: string) => findZones(text).map((z) => [z.kind, z.text]);

describe('zones', () => {
  it('keeps the text untouched: every zone slices back exactly', () => {
    const t = 'Title Line Here\n\n  Body one\nwrapped.  \r\n\r\nhttps://a.b/c\n';
    for (const z of findZones(t)) expect(t.slice(z.start, z.end)).toBe(z.text);
  });

  it('a caption with a credit line at the end', () => {
    expect(kinds('Protesters gather in the square on Sunday. Reuters / Alamy\n\nThe body starts here and goes on.')).toEqual([
      ['caption', 'Protesters gather in the square on Sunday.'],
      ['credit', 'Reuters / Alamy'],
      ['body', 'The body starts here and goes on.'],
    ]);
  });

  it('a credit alone on its line', () => {
    expect(kinds('A long body paragraph that says what happened.\n\nGetty Images\n\nAnother paragraph follows it.').map((k) => k[0])).toEqual(['body', 'credit', 'body']);
  });

  it('teasers, boilerplate and URL lines inside a block are split out of it', () => {
    const t = 'The minister spoke for an hour.\nRead more: Minister resigns\nShare this article\nhttps://example.com/x';
    expect(kinds(t).map((k) => k[0])).toEqual(['body', 'related', 'boilerplate', 'link']);
  });

  it('a paragraph split by debris continues the previous one when it starts in lowercase', () => {
    const z = findZones('The report cites the agreement on the\n\nhttps://example.com/x\n\nlegal portal. Next sentence.');
    const body = z.filter((x) => x.kind === 'body');
    expect(body[1]?.continues).toBe(body[0]?.id);
  });

  it('does not join a paragraph that ended its sentence', () => {
    const z = findZones('The first paragraph ends here.\n\nhttps://example.com/x\n\nlowercase start is odd but stays apart.');
    expect(z.filter((x) => x.kind === 'body').every((x) => !x.continues)).toBe(true);
  });

  it('words that merely contain "credit" or "photo" are body text', () => {
    expect(kinds('Banks tightened credit rating rules.\n\nThe photo agency said it would appeal.').map((k) => k[0])).toEqual(['body', 'body']);
  });

  it('a list of short lines is not a run of headings', () => {
    const t = 'The winners were announced on Monday night.\n\nBest Drama - Featherboy\n\nBest Animation - Brush Head\n\nThe ceremony was held in London.';
    expect(kinds(t).filter((k) => k[0] === 'heading')).toEqual([]);
  });

  it('an empty or blank text has no zones', () => {
    expect(findZones('')).toEqual([]);
    expect(findZones('  \n\n \t\n')).toEqual([]);
  });
});
