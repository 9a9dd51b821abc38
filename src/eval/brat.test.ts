import { describe, expect, it } from 'vitest';
import { attributions, parseBrat } from './brat.js';

const ANN = [
  'T1\tSource 0 9\tThe mayor',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 15 40;45 60\tthe bridge is safe and it\t',
  'will stay open',
  'T4\tAttribution 10 14\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tCue 70 75\twrote',
  'T6\tAttribution 70 75\twrote',
  'E2\tAttribution:T6 Cue:T5',
  'A1\tNegated E1',
  '#1\tAnnotatorNotes T1\ta note',
  '',
].join('\n');

describe('parseBrat', () => {
  it('reads text-bound annotations with discontinuous spans and skips continuation lines', () => {
    const a = parseBrat(ANN);
    expect(a.textBounds.get('T3')).toMatchObject({ label: 'Content', spans: [{ start: 15, end: 40 }, { start: 45, end: 60 }] });
    expect(a.textBounds.size).toBe(6);
    expect(a.events[0]).toEqual({ id: 'E1', label: 'Attribution', trigger: 'T4', args: { Content: 'T3', Cue: 'T2', Source: 'T1' } });
  });
  it('refuses a malformed line with a coded error', () => {
    expect(() => parseBrat('T1\tSource 5 x\tbad', 'f.ann')).toThrow(/f\.ann:1/);
  });
});

describe('attributions', () => {
  it('resolves content, cue and source; skips an event without content', () => {
    expect(attributions(parseBrat(ANN))).toEqual([
      { id: 'E1', content: [{ start: 15, end: 40 }, { start: 45, end: 60 }], cue: [{ start: 10, end: 14 }], source: [{ start: 0, end: 9 }] },
    ]);
  });
});
