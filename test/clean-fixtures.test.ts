/**
 * Readability-style fixture suite: one folder per case under test/fixtures/clean (`source.txt` +
 * `expected.json`), one test that loops over them. Every bug fixed in cleaning adds a folder.
 * expected.json fields (all optional): title, published [value, explicit], outlet, paragraphs (number of
 * clean paragraphs), zones [{kind, text}] that must exist exactly, not_body [texts absent from the clean
 * body], whole [texts present whole in the clean body], links [{url, role}].
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, bodyView, spanViolations } from '../src/index.js';

const ROOT = new URL('./fixtures/clean/', import.meta.url).pathname;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Expected {
  about: string;
  title?: string;
  published?: [string, boolean];
  outlet?: string;
  paragraphs?: number;
  zones?: { kind: string; text: string }[];
  not_body?: string[];
  whole?: string[];
  links?: { url: string; role: string }[];
}

describe('plain-text cleaning fixtures', () => {
  const cases = readdirSync(ROOT).sort();
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  for (const name of cases) {
    it(name, () => {
      const source = readFileSync(join(ROOT, name, 'source.txt'), 'utf8');
      const exp = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Expected;
      const r = analyse({ text: source, name });
      if (!r.ok) throw new Error(r.rejection.message);
      const doc = r.doc;
      expect(spanViolations(doc)).toEqual([]);
      const { view, paragraphs } = bodyView(doc);
      const clean = squash(view.text);
      if (exp.title !== undefined) expect(doc.metadata.title?.text).toBe(exp.title);
      if (exp.published) expect([doc.metadata.published?.value, doc.metadata.published?.explicit]).toEqual(exp.published);
      if (exp.outlet !== undefined) expect(doc.metadata.outlet?.name).toBe(exp.outlet);
      if (exp.paragraphs !== undefined) expect(paragraphs.length).toBe(exp.paragraphs);
      for (const z of exp.zones ?? []) {
        expect(doc.layers.zones.map((x) => ({ kind: x.kind, text: squash(x.text) }))).toContainEqual({ kind: z.kind, text: squash(z.text) });
      }
      for (const t of exp.not_body ?? []) expect(clean, `"${t}" must not be in the body`).not.toContain(squash(t));
      for (const t of exp.whole ?? []) expect(clean, `"${t}" must be whole in the body`).toContain(squash(t));
      for (const l of exp.links ?? []) {
        expect(doc.layers.links.map((x) => ({ url: x.url, role: x.role }))).toContainEqual(l);
      }
    });
  }
});
