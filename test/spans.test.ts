/**
 * The core promise: for every annotation of every layer (and every evidence span), original.slice(start,
 * end) is exactly its text; every part of a discontinuous sentence too; and nothing a store refuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, DocumentSchema, spanViolations, type DatelineDocument } from '../src/index.js';

const ROOT = new URL('..', import.meta.url).pathname;
const inputs: [string, string][] = [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(ROOT, 'examples', f), 'utf8')] as [string, string]),
  ...readdirSync(join(ROOT, 'test/fixtures/clean')).map((d) => [d, readFileSync(join(ROOT, 'test/fixtures/clean', d, 'source.txt'), 'utf8')] as [string, string]),
];

function everySpan(doc: DatelineDocument): { layer: string; start: number; end: number; text?: string }[] {
  const out: { layer: string; start: number; end: number; text?: string }[] = [];
  for (const [layer, items] of Object.entries(doc.layers)) {
    for (const a of items as { start: number; end: number; text?: string; parts?: { start: number; end: number; text: string }[] }[]) {
      out.push({ layer, ...a });
      for (const p of a.parts ?? []) out.push({ layer: `${layer}.parts`, ...p });
    }
  }
  for (const l of doc.layers.links) if (l.roleEvidence) out.push({ layer: 'links.roleEvidence', ...l.roleEvidence });
  for (const e of doc.metadata.published?.evidence ?? []) out.push({ layer: 'published.evidence', ...e });
  if (doc.metadata.title) out.push({ layer: 'title', ...doc.metadata.title });
  return out;
}

describe('every span slices back exactly', () => {
  for (const [name, text] of inputs) {
    it(name, () => {
      const r = analyse({ text, name });
      if (!r.ok) throw new Error(r.rejection.message);
      const doc = r.doc;
      expect(doc.text).toBe(text);
      expect(DocumentSchema.safeParse(doc).success).toBe(true);
      const spans = everySpan(doc);
      expect(spans.length).toBeGreaterThan(doc.layers.tokens.length);
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        if (s.text !== undefined) expect(text.slice(s.start, s.end), `${s.layer} [${s.start},${s.end})`).toBe(s.text);
      }
      // tokens carry no text field: each must be non-empty, non-space and inside its sentence
      for (const t of doc.layers.tokens) {
        const sentence = doc.layers.sentences[t.sentence]!;
        expect(t.end).toBeGreaterThan(t.start);
        expect(text.slice(t.start, t.end)).not.toMatch(/^\s|\s$/);
        expect(t.start >= sentence.start && t.end <= sentence.end).toBe(true);
      }
      expect(spanViolations(doc)).toEqual([]);
    });
  }

  it('spanViolations catches a misaligned annotation', () => {
    const r = analyse('A first sentence is here. And a second one.');
    if (!r.ok) throw new Error('rejected');
    const bad = { ...r.doc, layers: { ...r.doc.layers, sentences: r.doc.layers.sentences.map((s) => ({ ...s, start: s.start + 1 })) } };
    expect(spanViolations(bad).map((v) => v.layer)).toContain('sentences');
  });
});
