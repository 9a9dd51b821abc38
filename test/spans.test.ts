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

type Found = { layer: string; start: number; end: number; text?: string };

/** Every object with start, end and text inside a value (an event's evidence and participants, a quote's cue …). */
function inner(value: unknown, layer: string, out: Found[]): void {
  if (Array.isArray(value)) return value.forEach((v) => inner(v, layer, out));
  if (typeof value !== 'object' || value === null) return;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'object' || v === null) continue;
    const s = v as Found;
    if (!Array.isArray(v) && typeof s.start === 'number' && typeof s.end === 'number' && typeof s.text === 'string') out.push({ ...s, layer: `${layer}.${k}` });
    inner(v, `${layer}.${k}`, out);
  }
}

function everySpan(doc: DatelineDocument): Found[] {
  const out: Found[] = [];
  for (const [layer, items] of Object.entries(doc.layers)) {
    for (const a of items as { start: number; end: number; text?: string }[]) {
      out.push({ layer, ...a });
      inner(a, layer, out); // parts, evidence, participants, cue, source, scope …
    }
  }
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

  it('spanViolations catches a misaligned span nested in an annotation (an event\'s evidence)', () => {
    const r = analyse('Kenya and Ethiopia signed a trade agreement in Addis Ababa on March 3, 2021.');
    if (!r.ok) throw new Error('rejected');
    expect(r.doc.layers.events.length).toBeGreaterThan(0);
    expect(spanViolations(r.doc)).toEqual([]);
    const events = r.doc.layers.events.map((e) => ({ ...e, evidence: { ...e.evidence, start: e.evidence.start + 1 } }));
    expect(spanViolations({ ...r.doc, layers: { ...r.doc.layers, events } }).map((v) => v.layer)).toContain('events.evidence');
  });
});
