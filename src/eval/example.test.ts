import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { evalExample, scoreTimexValues } from './example.js';
import { DatelineError } from '../core/errors.js';
import type { DatelineDocument } from '../core/schema.js';

const fixtures = new URL('../../test/fixtures/example/', import.meta.url).pathname;

describe('eval example', () => {
  it('scores a folder of answer keys', async () => {
    const r = await evalExample(fixtures);
    // the fixture's key has no time_expressions: timex_value is NaN, left out of the mean
    expect(r.scores).toEqual({ published: 1, document: 1, not_body: 1, whole: 1, links: 1, timex_value: NaN, entities: NaN, quotes: NaN, events: NaN, agreements: NaN });
    expect(Object.keys(r.scores)).toEqual(['published', 'document', 'not_body', 'whole', 'links', 'timex_value', 'entities', 'quotes', 'events', 'agreements']);
    expect(r.report).toContain('ok   document.published');
  });

  it('prints a NaN score as nan on the score line', () => {
    const p = spawnSync(process.execPath, ['--import', 'tsx', 'src/eval/main.ts', 'example', fixtures], { cwd: new URL('../../', import.meta.url).pathname, encoding: 'utf8' });
    expect(p.status).toBe(0);
    expect(p.stdout.trim().split('\n').pop()).toBe('score: published=1.0000 document=1.0000 not_body=1.0000 whole=1.0000 links=1.0000 timex_value=nan entities=nan quotes=nan events=nan agreements=nan');
  }, 30_000);

  it('refuses a folder not in the format, with a coded error', async () => {
    await expect(evalExample('/nonexistent-folder')).rejects.toBeInstanceOf(DatelineError);
  });
});

describe('timex_value', () => {
  const text = 'It was signed on Nov. 19, 2020, and reported Friday.';
  const gold = [
    { text: 'Nov. 19,\n2020', type: 'DATE', value: '2020-11-19' },
    { text: 'Friday', type: 'DATE', value: '2020-11-20' },
    { text: 'months', type: 'DURATION', value: 'PXM' },
  ];
  const doc = (timex?: unknown[]) => ({ text, layers: timex ? { timex } : {} }) as unknown as DatelineDocument;

  it('counts gold items found with the same text, value and type', () => {
    const lines: string[] = [];
    const s = scoreTimexValues(
      doc([
        { start: 17, end: 30, text: 'Nov. 19, 2020', type: 'DATE', value: '2020-11-19' },
        { start: 45, end: 51, text: 'Friday', type: 'DATE', value: '2020-11-27' },
      ]),
      gold,
      lines,
    );
    expect(s).toBeCloseTo(1 / 3);
    expect(lines).toEqual([
      '  ok   timex "Nov. 19, 2020" = 2020-11-19 (DATE)',
      '  FAIL timex "Friday": gold 2020-11-20 (DATE), got 2020-11-27 (DATE)',
      '  FAIL timex "months": gold PXM (DURATION), not found',
    ]);
  });

  it('takes an item without text from its span, and needs the type to agree', () => {
    expect(scoreTimexValues(doc([{ start: 45, end: 51, type: 'DATE', value: '2020-11-20' }]), [gold[1]!], [])).toBe(1);
    expect(scoreTimexValues(doc([{ start: 45, end: 51, type: 'TIME', value: '2020-11-20' }]), [gold[1]!], [])).toBe(0);
  });

  it('scores 0 without a timex layer and says so, NaN without gold', () => {
    const lines: string[] = [];
    expect(scoreTimexValues(doc(), gold, lines)).toBe(0);
    expect(lines[0]).toContain('no timex layer');
    expect(scoreTimexValues(doc([]), undefined, [])).toBeNaN();
    expect(scoreTimexValues(doc([]), [], [])).toBeNaN();
  });
});
