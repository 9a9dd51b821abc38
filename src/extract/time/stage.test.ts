/**
 * The time stage on the bundled example article, checked against its answer key
 * (`time_expressions` in the shared example's gold file): DCT = the inferred publication date, 2020-11-20.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../index.js';
import { spanViolations } from '../../core/validate.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const text = readFileSync(`${ROOT}examples/moscow-times-rosgvardia-belarus.txt`, 'utf8');

describe('time stage on the Moscow Times example', () => {
  const r = analyse({ text, name: 'moscow-times-rosgvardia-belarus.txt' });
  if (!r.ok) throw new Error(r.rejection.message);
  const doc = r.doc;
  const byText = (s: string) => doc.layers.timex.filter((t) => t.text.replace(/\s+/g, ' ') === s);

  it('uses the inferred publication date as DCT and every span slices back', () => {
    expect(doc.metadata.published?.value).toBe('2020-11-20');
    expect(spanViolations(doc)).toEqual([]);
    for (const t of doc.layers.timex) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('finds and resolves every expression of the answer key', () => {
    const expected: [string, string, string][] = [
      ['Aug. 9', 'DATE', '2020-08-09'],
      ['Friday', 'DATE', '2020-11-20'],
      ['months', 'DURATION', 'PXM'],
      ['Nov. 19, 2020', 'DATE', '2020-11-19'],
      ['Aug. 27', 'DATE', '2020-08-27'],
      ['Sept. 14', 'DATE', '2020-09-14'],
      ['The next month', 'DATE', '2020-10'],
    ];
    for (const [s, type, value] of expected) {
      const found = byText(s);
      expect(found.length, s).toBeGreaterThan(0);
      for (const t of found) expect([t.text, t.type, t.value]).toEqual([t.text, type, value]);
    }
  });

  it('anchors "The next month" on "Sept. 14", with the reason', () => {
    const [next] = byText('The next month');
    const [sept] = byText('Sept. 14');
    expect(next!.anchor).toMatchObject({ kind: 'narrative', ref: sept!.id });
    expect(next!.anchor.reason).toContain('Sept. 14');
  });

  it('never gives "the date of its signing" a wrong value (here: the date stated in its sentence)', () => {
    const found = byText('the date of its signing');
    for (const t of found) expect(['', '2020-11-19']).toContain(t.value);
    expect(found.map((t) => t.value)).toEqual(['2020-11-19']);
  });

  it('leaves the caption and the URLs out', () => {
    const caption = text.indexOf('Aug. 9');
    expect(doc.layers.timex.some((t) => t.start === caption)).toBe(false);
    expect(doc.layers.timex.some((t) => /\//.test(t.text))).toBe(false);
  });
});
