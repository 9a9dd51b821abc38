/**
 * Test documents for the store suites: real `createDocument` documents with hand-made zones, links,
 * sentences, tokens and metadata whose text fields are exact slices of the text.
 */
import { createDocument } from '../core/document.js';
import type { DatelineDocument, Link, Sentence, Token, Zone } from '../core/schema.js';

function span(text: string, start: number, end: number) {
  return { start, end, text: text.slice(start, end) };
}

/**
 * `text`'s first paragraph (paragraphs are separated by blank lines) is the title, the others are body
 * zones split into sentences and tokens. The first "http…" word, if any, becomes a link.
 */
export function makeTestDocument(text: string, name = 'test.txt'): DatelineDocument {
  const doc = createDocument({
    text,
    source: { name, mediaType: 'text/plain', encoding: 'utf-8', bytes: Buffer.byteLength(text) },
    input: { outlet: 'Test Wire' },
  });
  const zones: Zone[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const links: Link[] = [];
  for (const m of text.matchAll(/\S(?:[^\n]|\n(?!\s*\n))*/g)) {
    const start = m.index;
    const id = `z${zones.length + 1}`;
    const kind = zones.length === 0 ? 'title' : 'body';
    zones.push({ id, kind, rule: 'test', ...span(text, start, start + m[0].length) });
    if (kind !== 'body') continue;
    for (const s of m[0].matchAll(/[^\s.!?][^.!?]*[.!?]*/g)) {
      const sStart = start + s.index;
      const sEnd = sStart + s[0].trimEnd().length;
      const sentence = sentences.length;
      sentences.push({ id: `s${sentence + 1}`, zone: id, clean: text.slice(sStart, sEnd).replace(/\s+/g, ' '), ...span(text, sStart, sEnd) });
      for (const t of text.slice(sStart, sEnd).matchAll(/https?:\/\/\S+|\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu)) {
        const kindOf = /^http/.test(t[0]) ? 'url' : /\p{L}/u.test(t[0]) ? 'word' : /\p{N}/u.test(t[0]) ? 'number' : 'punctuation';
        tokens.push({ start: sStart + t.index, end: sStart + t.index + t[0].length, sentence, kind: kindOf });
        if (kindOf === 'url' && links.length === 0) {
          const s0 = sStart + t.index;
          links.push({ id: 'l1', url: t[0], role: 'source', zone: id, roleEvidence: span(text, sStart, s0), ...span(text, s0, s0 + t[0].length) });
        }
      }
    }
  }
  const title = zones[0];
  return {
    ...doc,
    metadata: {
      ...doc.metadata,
      title: title ? span(text, title.start, title.end) : null,
      language: { code: 'en', iso6393: 'eng' },
      outlet: { name: 'Test Wire', source: 'input', evidence: 'outlet' },
      published: { value: '2024-03-01', explicit: false, source: 'inferred', reasoning: 'test', evidence: title ? [span(text, title.start, Math.min(title.end, title.start + 3))] : [] },
    },
    layers: { zones, links, sentences, tokens, timex: [], mentions: [], entities: [], quotes: [], events: [], agreements: [] },
    warnings: [{ stage: 'test', message: 'made by makeTestDocument' }],
  };
}

const WORDS = ['the', 'council', 'voted', 'on', 'Tuesday', 'to', 'approve', 'a', 'new', 'budget', 'of', '12', 'million', 'for', 'roads', 'and', 'schools'];

/** A longer article of roughly `tokens` tokens (for timing), with a title and paragraphs of sentences. */
export function longText(tokens: number, seed = 1): string {
  let n = 0;
  let i = seed;
  const paragraphs: string[] = [`Budget vote number ${seed}`];
  while (n < tokens) {
    const sentences: string[] = [];
    for (let s = 0; s < 4 && n < tokens; s++) {
      const words: string[] = [];
      const len = 12 + (i % 9);
      for (let w = 0; w < len; w++) words.push(WORDS[(i++ * 7) % WORDS.length]!);
      sentences.push(words.join(' ') + (i % 5 === 0 ? ', officials said.' : '.'));
      n += len + 1;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}
