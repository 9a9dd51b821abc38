import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatelineError } from '../core/errors.js';
import type { TimexDoc } from './timeml.js';
import { evalTime, matchTimexes, scoreTime, timeFiles, timeScores, type SystemTimex, type TimexTagger } from './time.js';

const folder = new URL('../../test/fixtures/time/', import.meta.url).pathname;

/** A span of `text` for the n-th occurrence of `s`. */
function at(text: string, s: string, n = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(s, i + 1);
  if (i < 0) throw new Error(`${s} not in text`);
  return { start: i, end: i + s.length };
}

describe('matchTimexes', () => {
  it('matches greedily by overlap, one to one', () => {
    // system [5,15) overlaps gold [0,10) by 5 and gold [12,20) by 3: it goes to the first
    expect(matchTimexes([{ start: 0, end: 10 }, { start: 12, end: 20 }], [{ start: 5, end: 15 }])).toEqual([{ gold: 0, system: 0, strict: false }]);
  });

  it('takes exact pairs first, then the rest by overlap', () => {
    const pairs = matchTimexes(
      [{ start: 0, end: 5 }, { start: 6, end: 8 }],
      [{ start: 0, end: 8 }, { start: 0, end: 5 }],
    );
    expect(pairs).toEqual([
      { gold: 0, system: 1, strict: true },
      { gold: 1, system: 0, strict: false },
    ]);
  });

  it('does not match touching spans', () => {
    expect(matchTimexes([{ start: 0, end: 5 }], [{ start: 5, end: 9 }])).toEqual([]);
  });
});

describe('scoreTime', () => {
  const text = 'On Monday morning and next week, in 2020 and 1999.';
  const doc: TimexDoc = {
    name: 'a',
    text,
    dct: '2020-01-08',
    gold: [
      { ...at(text, 'Monday morning'), text: 'Monday morning', type: 'TIME', value: '2020-01-06TMO' },
      { ...at(text, 'next week'), text: 'next week', type: 'DATE', value: '2020-W03' },
      { ...at(text, '2020'), text: '2020', type: 'DATE', value: '2020' },
      { ...at(text, '1999'), text: '1999', type: 'DATE', value: '1999' },
    ],
  };
  const system: SystemTimex[] = [
    { ...at(text, 'On'), type: 'DATE', value: 'X' }, // spurious
    { ...at(text, 'Monday'), type: 'DATE', value: '2020-01-06' }, // relaxed only, wrong type and value
    { ...at(text, 'next week'), type: 'DURATION', value: '2020-W03' }, // strict, wrong type, right value
    { ...at(text, '2020'), type: 'DATE', value: ' 2020 ' }, // strict, right after trimming
  ]; // "1999" missed

  it('gives the TempEval-3 figures on a known case', () => {
    const r = scoreTime([{ doc, system }]);
    expect(r.counts).toEqual({ gold: 4, system: 4, strict: 2, relaxed: 3, typeOk: 1, valueOk: 2 });
    expect(r.scores.relaxed_p).toBeCloseTo(0.75);
    expect(r.scores.relaxed_r).toBeCloseTo(0.75);
    expect(r.scores.relaxed_f1).toBeCloseTo(0.75);
    expect(r.scores.strict_p).toBeCloseTo(0.5);
    expect(r.scores.strict_r).toBeCloseTo(0.5);
    expect(r.scores.strict_f1).toBeCloseTo(0.5);
    expect(r.scores.type_acc).toBeCloseTo(1 / 3);
    expect(r.scores.value_acc).toBeCloseTo(2 / 3);
    expect(r.scores.value_f1).toBeCloseTo(0.5);
    expect(r.scores.type_f1).toBeCloseTo(0.25);
    expect(r.report).toContain('"2020-01-06TMO" → "2020-01-06"  e.g. "Monday morning" / "Monday"');
    expect(r.report).toContain('a: gold 4, system 4, strict 2, relaxed 3, value ok 2 — 1 missed, 1 spurious, 1 wrong value');
    expect(r.report).toMatch(/missed gold texts[^\n]*\n\s+1× "1999"/);
  });

  it('sums counts over documents before dividing (micro)', () => {
    const empty: TimexDoc = { name: 'b', text: 'nothing here', dct: '2020-01-01', gold: [] };
    const r = scoreTime([{ doc, system }, { doc: empty, system: [{ start: 0, end: 7, type: 'DATE', value: 'X' }] }]);
    expect(r.counts).toMatchObject({ gold: 4, system: 5, relaxed: 3 });
    expect(r.scores.relaxed_p).toBeCloseTo(0.6);
    expect(r.scores.relaxed_r).toBeCloseTo(0.75);
  });

  it('follows TE3 on empty cases', () => {
    expect(timeScores({ gold: 0, system: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0 }).value_f1).toBe(1);
    expect(timeScores({ gold: 3, system: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0 })).toMatchObject({ relaxed_p: 0, relaxed_r: 0, relaxed_f1: 0, value_acc: 0, value_f1: 0 });
  });

  it('leaves out system timexes outside the annotated part (scope)', () => {
    const r = scoreTime([{ doc: { ...doc, scope: { start: 0, end: 32 } }, system }]);
    // "2020" (strict, right value) lies after the scope: left out; "1999" is still missed
    expect(r.counts).toEqual({ gold: 4, system: 3, strict: 1, relaxed: 2, typeOk: 0, valueOk: 1 });
    expect(r.report).toContain('1 system timexes outside the annotated part of their document left out');
  });

  it('refuses a tagger span outside the text', () => {
    expect(() => scoreTime([{ doc, system: [{ start: 40, end: 400, type: 'DATE', value: 'X' }] }])).toThrow(DatelineError);
  });
});

describe('evalTime', () => {
  const VALUES: Record<string, [string, string]> = { Wednesday: ['DATE', '2008-03-05'], 'three months': ['DURATION', 'P3M'], 'last week': ['DATE', '2008-W10'] };
  const seen: string[] = [];
  const tagger: TimexTagger = (text, dct) => {
    seen.push(dct);
    return [...text.matchAll(/Wednesday|three months|last week/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: VALUES[m[0]]![0], value: VALUES[m[0]]![1] }));
  };

  it('reads .tml and CAT .xml files recursively and scores a tagger on them', async () => {
    expect(timeFiles(folder).map((f) => f.slice(folder.length))).toEqual(['cat/tiny.xml', 'tml/tiny.tml']);
    const r = await evalTime(folder, tagger);
    expect(seen).toEqual(['2008-03-06', '2008-03-06']);
    expect(r.counts).toEqual({ gold: 3, system: 3, strict: 2, relaxed: 3, typeOk: 3, valueOk: 2 });
    expect(r.scores.relaxed_f1).toBe(1);
    expect(r.scores.strict_f1).toBeCloseTo(2 / 3);
    expect(r.scores.value_f1).toBeCloseTo(2 / 3);
    expect(r.report).toContain('2 documents (1 .tml, 1 .xml)');
    expect(r.report).toContain('"2008-W09" → "2008-W10"  e.g. "last week"');
  });

  it('refuses a folder with neither .tml nor .xml files, naming it and the format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-time-'));
    try {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'notes.txt'), 'x');
      const err = await evalTime(dir, tagger).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatelineError);
      expect((err as DatelineError).code).toBe('E_EVAL_DATA');
      expect((err as DatelineError).message).toContain(dir);
      expect((err as DatelineError).message).toMatch(/TimeML.*CAT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(evalTime('/nonexistent-folder', tagger)).rejects.toBeInstanceOf(DatelineError);
  });

  it('uses the time-expression stage by default, or says clearly that it is missing', async () => {
    const stage = new URL('../extract/time/index.ts', import.meta.url);
    if (existsSync(stage)) {
      const r = await evalTime(folder);
      expect(r.counts.gold).toBe(3);
      expect(r.scores.relaxed_f1).toBeGreaterThanOrEqual(0);
    } else {
      const err = await evalTime(folder).catch((e: unknown) => e);
      expect((err as DatelineError).code).toBe('E_EVAL_DATA');
      expect((err as DatelineError).message).toContain('src/extract/time/index.ts');
    }
  });
});
