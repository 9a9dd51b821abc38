import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codePointMapper, dice, evalQuotes, inMarks, matchContents, outermost, scoreQuotes, tokenizer, type QuoteRun } from './quotes.js';

describe('scoring helpers', () => {
  it('tokenizes spans into word indices, ignoring marks and punctuation', () => {
    const tok = tokenizer('“We will win,” she said.');
    expect([...tok([{ start: 0, end: 14 }])]).toEqual([0, 1, 2]);
    expect([...tok([{ start: 1, end: 13 }])]).toEqual([0, 1, 2]);
  });
  it('computes Dice and matches one to one, exact pairs first', () => {
    expect(dice(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBeCloseTo(2 / 3);
    const pairs = matchContents([new Set([1, 2]), new Set([1, 2, 3, 4])], [new Set([1, 2, 3, 4]), new Set([1, 2])]);
    expect(pairs).toEqual([
      { gold: 0, system: 1, exact: true },
      { gold: 1, system: 0, exact: true },
    ]);
    expect(matchContents([new Set([1, 2, 3, 4])], [new Set([1])])).toEqual([]);
  });
  it('tells contents in quotation marks', () => {
    const t = 'He said: “We will win.” Then he said that they would win.';
    expect(inMarks(t, [{ start: 9, end: 23 }])).toBe(true);
    expect(inMarks(t, [{ start: 10, end: 22 }])).toBe(true);
    expect(inMarks(t, [{ start: 44, end: 57 }])).toBe(false);
  });
  it('scores only the outermost of nested system quotes', () => {
    expect(outermost([{}, {}, {}] as never, [new Set([1, 2, 3]), new Set([2]), new Set([7])])).toEqual([0, 2]);
  });
  it('maps code points to UTF-16 offsets', () => {
    const cp = codePointMapper('a😀b');
    expect(cp(1)).toBe(1);
    expect(cp(2)).toBe(3);
  });
});

describe('scoreQuotes', () => {
  const text = '“We will win,” Ana said. Tom said that the vote was fair.';
  const run: QuoteRun = {
    name: 'doc',
    text,
    gold: [
      { content: [{ start: 0, end: 14 }], cue: [{ start: 19, end: 23 }], source: [{ start: 15, end: 18 }] },
      { content: [{ start: 34, end: 56 }], cue: [{ start: 29, end: 33 }], source: [{ start: 25, end: 28 }] },
    ],
    system: [
      { content: [{ start: 1, end: 13 }], cue: { start: 19, end: 23 }, source: { start: 15, end: 18 }, kind: 'direct', rule: 'r' },
      { content: [{ start: 39, end: 56 }], cue: { start: 29, end: 33 }, source: { start: 0, end: 2 }, kind: 'indirect', rule: 'r' },
    ],
  };
  it('computes overlap and exact F1 and source accuracy, over all and the direct subset', () => {
    const { scores, report } = scoreQuotes([run]);
    expect(scores.all_content_f1).toBe(1);
    expect(scores.all_exact_f1).toBe(0.5); // "that the vote was fair" vs "the vote was fair"
    expect(scores.all_source_acc).toBe(0.5);
    expect(scores.direct_content_f1).toBe(1);
    expect(scores.direct_source_acc).toBe(1);
    expect(report).toMatch(/direct/);
  });
});

describe('evalQuotes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-quotes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  const text = 'Bridge reopens\n\n“The bridge is safe again,” the engineer said.\n\nThe mayor said that traffic would return on Monday.\n';
  writeFileSync(join(dir, 'text', 'town.txt'), text);
  const at = (s: string, from = 0, length = s.length) => `${text.indexOf(s, from)} ${text.indexOf(s, from) + length}`;
  const ann = () =>
    [
      `T1\tContent ${at('“The bridge is safe again,”')}\t“The bridge is safe again,”`,
      `T2\tSource ${at('the engineer')}\tthe engineer`,
      `T3\tCue ${at('said.', 0, 4)}\tsaid`,
      'E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2',
      `T4\tContent ${at('that traffic would return on Monday')}\tthat traffic would return on Monday`,
      `T5\tSource ${at('The mayor')}\tThe mayor`,
      `T6\tCue ${at('said that', 0, 4)}\tsaid`,
      'E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5',
    ].join('\n');
  writeFileSync(join(dir, 'attributions', 'town_a1.ann'), ann());
  writeFileSync(join(dir, 'attributions', 'town_b2.ann'), 'T1\tContent 0 6\tBridge\nE1\tAttribution:T1 Content:T1\n');

  it('runs the pipeline and the stage on each text and scores against the first annotator', async () => {
    const { scores, report } = await evalQuotes(dir);
    expect(report).toMatch(/1 texts have several annotators' files/);
    expect(scores.direct_content_f1).toBe(1);
    expect(scores.direct_source_acc).toBe(1);
    expect(scores.all_content_f1).toBe(1);
    expect(scores.all_source_acc).toBe(1);
  });

  it('refuses a folder in another layout', async () => {
    await expect(evalQuotes(join(dir, 'text'))).rejects.toThrow(/PolNeAR layout/);
  });
});
