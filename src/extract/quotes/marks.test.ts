import { describe, expect, it } from 'vitest';
import { pairQuotes } from './marks.js';

/** Paragraphs of a text separated by blank lines, as view ranges. */
function paragraphs(text: string) {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\n/g)) {
    out.push({ start, end: m.index });
    start = m.index + 2;
  }
  out.push({ start, end: text.length });
  return out;
}

const contents = (text: string) => pairQuotes(text, paragraphs(text)).map((q) => q.parts.map((p) => text.slice(p.start, p.end)));

describe('pairQuotes', () => {
  it('pairs straight, curly, German and guillemet marks', () => {
    expect(contents('He said "we will win" today.')).toEqual([['we will win']]);
    expect(contents('She said “the river is high” again.')).toEqual([['the river is high']]);
    expect(contents('Er sagte „wir kommen morgen“ und ging.')).toEqual([['wir kommen morgen']]);
    expect(contents('Он сказал «мы придём завтра» и ушёл.')).toEqual([['мы придём завтра']]);
    expect(contents("The mayor said ''the bridge is safe'' on Monday.")).toEqual([['the bridge is safe']]);
  });

  it('ignores apostrophes and single quotes', () => {
    expect(contents("The council’s plan isn't 'final', the clerk's note says.")).toEqual([]);
  });

  it('keeps a quotation of another family inside the outer one', () => {
    expect(contents('“He told me «never again» twice,” she said.')).toEqual([['He told me «never again» twice,']]);
  });

  it('ends an unclosed mid-sentence quotation with its paragraph', () => {
    const text = 'The chief warned that troops would act if “the rivers rise again.\n\n"We are ready," he said.';
    expect(contents(text)).toEqual([['the rivers rise again.'], ['We are ready,']]);
  });

  it('continues a quotation of whole sentences into a paragraph that opens with a mark', () => {
    const text = '“The harvest was poor this year. Many farms closed.\n\n“Next year will be better,” the farmer said.';
    const qs = pairQuotes(text, paragraphs(text));
    expect(qs).toHaveLength(1);
    expect(qs[0]!.parts.map((p) => text.slice(p.start, p.end))).toEqual(['The harvest was poor this year. Many farms closed.', 'Next year will be better,']);
    expect(qs[0]!.closed).toBe(true);
  });

  it('does not let an unclosed quotation run into a paragraph without a mark', () => {
    const text = '“The harvest was poor this year.\n\nThe farmer left the village.';
    expect(contents(text)).toEqual([['The harvest was poor this year.']]);
  });

  it('cuts an unclosed quotation at the next opening mark', () => {
    const text = 'He said “we will stay and she said “no way” to that.';
    expect(contents(text)).toEqual([['we will stay and she said'], ['no way']]);
  });
});
