import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { evalClean, precisionScore, recallScore, scoresFrom, shingleMatching, shingles, tokenize } from './clean.js';

describe('tokenize', () => {
  it('splits on non-word characters, Unicode-aware, keeping case and underscores', () => {
    expect(tokenize('Hello, World! snake_case 42x')).toEqual(['Hello', 'World', 'snake_case', '42x']);
    expect(tokenize('Ça coûte 5€ — déjà vu')).toEqual(['Ça', 'coûte', '5', 'déjà', 'vu']);
    expect(tokenize('東京都、大阪。')).toEqual(['東京都', '大阪']);
    expect(tokenize('')).toEqual([]);
  });
});

describe('shingles', () => {
  it('makes 4-grams; fewer than 4 tokens give one shorter shingle; no tokens give none', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b c d e').size).toBe(2);
    expect(shingles('a b').size).toBe(1);
    expect(shingles('a b c d').size).toBe(1);
    expect(shingles('  ,. ').size).toBe(0);
  });

  it('counts repeated shingles as a multiset', () => {
    // a b a b a b a b: 5 shingles, "a b a b" three times and "b a b a" twice.
    const s = shingles('a b a b a b a b');
    expect([...s.values()].sort()).toEqual([2, 3]);
  });
});

describe('shingleMatching', () => {
  it('counts tp/fp/fn over shingles and normalises them to sum to 1', () => {
    // truth: {abcd, bcde}; prediction: {abcd} → tp 1, fp 0, fn 1.
    expect(shingleMatching('a b c d e', 'a b c d')).toEqual([0.5, 0, 0.5]);
    // truth: {abcd}; prediction: {abcd, bcdx, cdxy} → tp 1, fp 2, fn 0.
    expect(shingleMatching('a b c d', 'a b c d x y')).toEqual([1 / 3, 2 / 3, 0]);
    expect(shingleMatching('', '')).toEqual([0, 0, 0]);
    expect(shingleMatching('a b c d', '')).toEqual([0, 0, 1]);
  });

  it('is case-sensitive and ignores punctuation and spacing', () => {
    expect(shingleMatching('A b c d', 'a b c d')).toEqual([0, 0.5, 0.5]);
    expect(shingleMatching('a, b;\n\nc  d', 'a b c d')).toEqual([1, 0, 0]);
  });
});

describe('scores', () => {
  it('follows evaluate.py: per-document precision/recall, means over defined documents, F1 of the means', () => {
    expect(precisionScore([0, 0, 0])).toBe(1);
    expect(recallScore([0, 0, 0])).toBe(1);
    expect(precisionScore([0, 0, 1])).toBe(0);
    expect(recallScore([0, 1, 0])).toBe(0);
    const docs = [
      shingleMatching('a b c d e', 'a b c d'), // P 1, R 0.5
      shingleMatching('a b c d', 'a b c d x y'), // P 1/3, R 1
      shingleMatching('a b c d', ''), // tp+fp = 0: no precision; R 0
    ] as const;
    const s = scoresFrom(docs);
    expect(s.precision).toBeCloseTo((1 + 1 / 3) / 2, 12);
    expect(s.recall).toBeCloseTo((0.5 + 1 + 0) / 3, 12);
    expect(s.f1).toBeCloseTo((2 * s.precision * s.recall) / (s.precision + s.recall), 12);
  });
});

describe('evalClean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-evalclean-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads ground-truth.json with .html.gz and .html pages and scores the given extractor', async () => {
    mkdirSync(join(dir, 'html'));
    writeFileSync(
      join(dir, 'ground-truth.json'),
      JSON.stringify({
        one: { articleBody: 'a b c d e', url: 'https://example.com/one' },
        two: { articleBody: 'a b c d', url: 'https://example.com/two' },
      }),
    );
    writeFileSync(join(dir, 'html', 'one.html.gz'), gzipSync('<p>a b c d</p>'));
    writeFileSync(join(dir, 'html', 'two.html'), '<p>a b c d x y</p>');
    const seen: (string | undefined)[] = [];
    const { report, scores } = await evalClean(dir, (html, url) => {
      seen.push(url);
      return html.replace(/<[^>]+>/g, ' ');
    });
    expect(seen.sort()).toEqual(['https://example.com/one', 'https://example.com/two']);
    expect(scores.precision).toBeCloseTo((1 + 1 / 3) / 2, 12);
    expect(scores.recall).toBeCloseTo(0.75, 12);
    expect(report).toContain('precision=0.667 recall=0.750');
    expect(report).toMatch(/worst/);
  });

  it('runs the default extractor', async () => {
    const { scores } = await evalClean(dir);
    expect(scores.recall).toBeGreaterThan(0);
  });
});
