import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatelineEvent } from '../core/schema.js';
import { DatelineError } from '../core/errors.js';
import { baselines, corpusFolders, evalTimeline, readTimelineCorpus, readTrackA, type Analyse } from './timeline.js';

/** A CAT document: sentences of space-separated tokens, and a creation date. */
function cat(docId: string, sentences: string[][], dct: string): string {
  let id = 0;
  const toks = sentences.flatMap((s, si) => s.map((w) => `<token t_id="${++id}" sentence="${si}" number="${id - 1}">${w.replace(/&/g, '&amp;')}</token>`));
  return `<?xml version="1.0" ?><Document doc_id="${docId}" doc_name="${docId}-x">\n${toks.join('\n')}\n<Markables>\n<TIMEX3 functionInDocument="CREATION_TIME" m_id="9" type="DATE" value="${dct}"/>\n</Markables>\n</Document>\n`;
}

const DOC1 = cat('100', [['Acme', 'unveils', 'phone'], ['May', '5', ',', '2010'], ['Jane', 'Doe', 'unveiled', 'the', 'phone', 'on', 'Monday', '.']], '2010-05-05');
const DOC2 = cat('200', [['Doe', 'leaves'], ['June', '1', ',', '2010'], ['Jane', 'Doe', 'left', 'Acme', '&', 'Co', 'today', '.']], '2010-06-01');
const GOLD = 'Jane Doe\n1\t2010-05-03\t100-2-unveiled\n2\t2010-06-01\t200-2-left\n';

let root: string;
let corpus: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dateline-timeline-'));
  corpus = join(root, 'corpus_x');
  mkdirSync(join(corpus, 'corpus_trackA_CAT'), { recursive: true });
  mkdirSync(join(corpus, 'corpus_trackB_CAT'), { recursive: true });
  mkdirSync(join(corpus, 'TimeLines_Gold_Standard'), { recursive: true });
  writeFileSync(join(corpus, 'list_target_entities_corpus_x.txt'), 'Jane_Doe\nNobody\n');
  writeFileSync(join(corpus, 'corpus_trackA_CAT', '100-Acme_unveils.xml'), DOC1);
  writeFileSync(join(corpus, 'corpus_trackA_CAT', '200-Doe_leaves.xml'), DOC2);
  writeFileSync(join(corpus, 'corpus_trackB_CAT', '100-Acme_unveils.xml'), 'never read: not even XML');
  writeFileSync(join(corpus, 'TimeLines_Gold_Standard', 'jane_doe.txt'), GOLD);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fake analysis: one event per word of `triggers`, Jane Doe its agent, dated by the table. */
function fakeAnalyse(dates: Record<string, string>): Analyse {
  return (text) => {
    const events: DatelineEvent[] = Object.entries(dates)
      .filter(([w]) => text.includes(` ${w} `))
      .map(([w, value], i) => {
        const start = text.indexOf(` ${w} `) + 1;
        const p = text.indexOf('Jane Doe');
        return {
          id: `v${i}`,
          start,
          end: start + w.length,
          text: w,
          type: 'STATEMENT',
          evidence: { start: 0, end: text.length, text },
          sentence: 's0',
          participants: [{ start: p, end: p + 8, text: 'Jane Doe', entity: null, role: 'agent' }],
          place: null,
          time: { value, precision: 'day', timex: null, rule: 'test', reason: 'test' },
          factuality: 'asserted',
          rule: 'test',
        };
      });
    return { events, entities: [], mentions: [] };
  };
}

describe('readTrackA', () => {
  it('rebuilds the text with readCat and gives every token its span, sentence and words', () => {
    const d = readTrackA(DOC2, 'corpus_trackA_CAT/200-Doe_leaves.xml');
    expect(d.docId).toBe('200');
    expect(d.dct).toBe('2010-06-01');
    expect(d.text).toBe('Doe leaves\nJune 1, 2010\nJane Doe left Acme & Co today.');
    for (const t of d.tokens) expect(d.text.slice(t.start, t.end)).toBe(t.text);
    expect(d.tokens.find((t) => t.text === 'left')).toEqual({ start: 33, end: 37, sentence: '2', text: 'left' });
  });

  it('takes the document id from the file name when <Document> has none', () => {
    expect(readTrackA(DOC1.replace(' doc_id="100"', ''), 'x/123_Something.xml').docId).toBe('123');
  });
});

describe('readTimelineCorpus / corpusFolders', () => {
  it('finds the list, the track-A folder and the gold folder by their names', () => {
    const c = readTimelineCorpus(corpus);
    expect(c.targets).toEqual(['Jane_Doe', 'Nobody']);
    expect(c.docs.map((d) => d.docId)).toEqual(['100', '200']);
    expect(c.gold).toEqual([{ file: join('TimeLines_Gold_Standard', 'jane_doe.txt'), timeline: { entity: 'Jane Doe', lines: [{ order: 1, date: '2010-05-03', events: ['100-2-unveiled'] }, { order: 2, date: '2010-06-01', events: ['200-2-left'] }] } }]);
  });

  it('finds corpora in subfolders when the folder itself holds none', () => {
    expect(corpusFolders(root)).toEqual([corpus]);
    expect(corpusFolders(corpus)).toEqual([corpus]);
  });

  it('refuses a folder that is not in the layout with E_EVAL_DATA', () => {
    expect(() => readTimelineCorpus(join(corpus, 'corpus_trackA_CAT'))).toThrow(DatelineError);
    expect(() => corpusFolders(join(root, 'missing'))).toThrow(/no such folder/);
  });
});

describe('baselines', () => {
  it('builds the one-line and the DCT-order timelines from the gold', () => {
    const b = baselines({ entity: 'X', lines: [{ order: 0, date: 'XXXX-XX-XX', events: ['200-3-z'] }, { order: 1, date: '2001', events: ['100-1-a', '200-1-b'] }] }, new Map([['100', '2010-05-05'], ['200', '2010-06-01']]));
    expect(b.oneLine).toEqual([{ order: 1, date: '2001', events: ['100-1-a'] }, { order: 1, date: '2001', events: ['200-1-b'] }]);
    expect(b.dctOrder).toEqual([
      { order: 2, date: '2010-06-01', events: ['200-3-z'] },
      { order: 1, date: '2010-05-05', events: ['100-1-a'] },
      { order: 2, date: '2010-06-01', events: ['200-1-b'] },
    ]);
  });
});

describe('evalTimeline', () => {
  it('scores 1 when the analysis finds the gold events with their dates', async () => {
    const r = await evalTimeline(corpus, fakeAnalyse({ unveiled: '2010-05-03', left: '2010-06-01' }));
    expect(r.scores).toEqual({ f1: 1, precision: 1, recall: 1 });
    expect(r.report).toContain('gold vs gold               P 1.000  R 1.000  F1 1.000');
    expect(r.report).toContain('target entities without a gold timeline (not scored): Nobody');
  });

  it('scores recall 0 when the events layer is empty, and says so', async () => {
    const r = await evalTimeline(root, () => ({ events: [] }));
    expect(r.scores).toEqual({ f1: 0, precision: 0, recall: 0 });
    expect(r.counts).toEqual([{ precMatched: 0, system: 0, recMatched: 0, gold: 3 }]);
    expect(r.report).toContain('the events layer is empty');
  });

  it('runs the real pipeline on the rebuilt texts', async () => {
    const r = await evalTimeline(corpus);
    expect(r.scores.recall).toBeGreaterThanOrEqual(0);
    expect(r.report).toMatch(/2 documents analysed/);
  });
});
