import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corefScores, evalMerge, maxAssignment, mergeEvalOptions, readEcbPlus, readSentenceSelection } from './merge.js';

/** A tiny ECB+-like document, written for this test: sentences of words, ACTION mentions and coref chains. */
function ecbXml(sentences: string[][], actions: { id: number; tag?: string; tokens: number[] }[], chains: { kind: 'CROSS_DOC_COREF' | 'INTRA_DOC_COREF'; sources: number[]; target: number; instance?: string }[]): string {
  let t = 0;
  const tokens = sentences.flatMap((words, s) => words.map((w, n) => `<token t_id="${++t}" sentence="${s}" number="${n}">${w}</token>`));
  const markables = actions.map((a) => `<${a.tag ?? 'ACTION_OCCURRENCE'} m_id="${a.id}">${a.tokens.map((x) => `<token_anchor t_id="${x}"/>`).join('')}</${a.tag ?? 'ACTION_OCCURRENCE'}>`);
  const targets = chains.map((c) => (c.instance ? `<ACTION_OCCURRENCE m_id="${c.target}" RELATED_TO="" TAG_DESCRIPTOR="x" instance_id="${c.instance}" />` : `<UNKNOWN_INSTANCE_TAG m_id="${c.target}" RELATED_TO="" TAG_DESCRIPTOR="" />`));
  const relations = chains.map((c, i) => `<${c.kind} r_id="${i}" note="${c.instance ?? ''}">${c.sources.map((s) => `<source m_id="${s}" />`).join('')}<target m_id="${c.target}" /></${c.kind}>`);
  return `<Document doc_name="x">\n${tokens.join('\n')}\n<Markables>\n${markables.join('\n')}\n${targets.join('\n')}\n</Markables>\n<Relations>\n${relations.join('\n')}\n</Relations>\n</Document>\n`;
}

const words = (s: string) => s.split(' ');
// 36_1ecb: "Police arrested the mayor of Springfield on Monday ." / "The arrest followed a long inquiry ."
const docA = ecbXml(
  [words('Police arrested the mayor of Springfield on Monday .'), words('The arrest followed a long inquiry .')],
  [{ id: 1, tokens: [2] }, { id: 2, tokens: [11] }, { id: 3, tokens: [12] }],
  [{ kind: 'CROSS_DOC_COREF', sources: [1, 2], target: 50, instance: 'ACT1' }],
);
// 36_1ecbplus: a page address as sentence 0, then two sentences (only sentence 1 is selected in the CSV below)
const docB = ecbXml(
  [words('http : / / example . org / news'), words('The mayor was arrested after a warrant was issued .'), words('He denied it and repeated the denial .')],
  [{ id: 1, tokens: [12, 13] }, { id: 2, tokens: [18] }, { id: 3, tokens: [21] }, { id: 4, tokens: [26], tag: 'NEG_ACTION_STATE' }],
  [{ kind: 'CROSS_DOC_COREF', sources: [1], target: 40, instance: 'ACT1' }, { kind: 'INTRA_DOC_COREF', sources: [3, 4], target: 41 }],
);
const docOther = ecbXml([words('Rain fell all day .')], [{ id: 1, tokens: [2] }], []);

describe('ECB+ reading', () => {
  it('rebuilds the text a sentence a paragraph, keeps the page address out, and reads the gold chains', () => {
    const b = readEcbPlus(docB, '36_1ecbplus.xml', '36');
    expect(b.url).toBe('http://example.org/news');
    expect(b.text).toBe('The mayor was arrested after a warrant was issued.\n\nHe denied it and repeated the denial.');
    expect(b.dct).toBeNull();
    for (const m of b.mentions) expect(b.text.slice(m.start, m.end)).toBe(m.text);
    expect(b.mentions.map((m) => [m.id, m.text, m.sentence, m.cluster])).toEqual([
      ['1', 'was arrested', 1, '36/ACT1'],
      ['2', 'issued', 1, '36/36_1ecbplus#2'],
      ['3', 'denied', 2, '36/36_1ecbplus#intra41'],
      ['4', 'denial', 2, '36/36_1ecbplus#intra41'],
    ]);
    const a = readEcbPlus(docA, '36_1ecb.xml', '36');
    expect(a.url).toBeNull();
    expect(a.mentions.map((m) => m.cluster)).toEqual(['36/ACT1', '36/ACT1', '36/36_1ecb#3']);
  });

  it('reads the sentence selection and the options', () => {
    const sel = readSentenceSelection('Topic,File,Sentence Number\n36,1ecb,0\n36,1ecb,1\n36,1ecbplus,1\n');
    expect([...sel.get('36_1ecb')!]).toEqual([0, 1]);
    expect([...sel.get('36_1ecbplus')!]).toEqual([1]);
    expect(mergeEvalOptions(['--all'])).toEqual({ all: true });
    expect(mergeEvalOptions(['--topics=2,5'])).toEqual({ all: false, topics: ['2', '5'] });
  });
});

describe('coreference metrics', () => {
  it('scores MUC, B³ and CEAF-e as computed by hand', () => {
    // key {a,b,c} {d,e}; response {a,b} {c,d,e}
    const s = corefScores([{ key: [['a', 'b', 'c'], ['d', 'e']], response: [['a', 'b'], ['c', 'd', 'e']] }]);
    expect(s.muc.r).toBeCloseTo(2 / 3);
    expect(s.muc.p).toBeCloseTo(2 / 3);
    expect(s.b3.r).toBeCloseTo(11 / 15);
    expect(s.b3.p).toBeCloseTo(11 / 15);
    expect(s.ceafe.r).toBeCloseTo(0.8);
    expect(s.ceafe.p).toBeCloseTo(0.8);
    expect(s.conll_f1).toBeCloseTo((2 / 3 + 11 / 15 + 0.8) / 3);
  });

  it('gives 1 to a perfect answer, singletons included, and sums over topics', () => {
    const topic = { key: [['a', 'b'], ['c']], response: [['a', 'b'], ['c']] };
    const s = corefScores([topic, { key: [['x']], response: [['x']] }]);
    expect([s.muc.f1, s.b3.f1, s.ceafe.f1, s.conll_f1]).toEqual([1, 1, 1, 1]);
    const all = corefScores([{ key: [['a', 'b', 'c']], response: [['a'], ['b'], ['c']] }]);
    expect(all.muc.f1).toBe(0);
    expect(all.b3.p).toBe(1);
  });

  it('finds the best one-to-one assignment', () => {
    expect(maxAssignment([[0.9, 0.8], [0.85, 0.1]])).toBeCloseTo(0.8 + 0.85);
    expect(maxAssignment([[1, 0, 0.5]])).toBe(1);
    expect(maxAssignment([[0.2], [0.7], [0.1]])).toBeCloseTo(0.7);
    expect(maxAssignment([])).toBe(0);
  });
});

describe('evalMerge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ecb-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'ECB+', '36'), { recursive: true });
  mkdirSync(join(dir, 'ECB+', '3'), { recursive: true });
  writeFileSync(join(dir, 'ECB+', '36', '36_1ecb.xml'), docA);
  writeFileSync(join(dir, 'ECB+', '36', '36_1ecbplus.xml'), docB);
  writeFileSync(join(dir, 'ECB+', '3', '3_1ecb.xml'), docOther);
  writeFileSync(join(dir, 'ECBplus_coreference_sentences.csv'), 'Topic,File,Sentence Number\n36,1ecb,0\n36,1ecb,1\n36,1ecbplus,1\n3,1ecb,0\n');

  it('scores the test topics by default, within each topic, on the selected sentences', async () => {
    const r = await evalMerge(dir);
    expect(r.report).toContain('topics 36 (test split 36–45)');
    expect(r.report).toContain('5 gold mentions in 3 gold clusters (2 singletons, included)');
    expect(Object.keys(r.scores)).toEqual(['conll_f1', 'muc_f1', 'b3_f1', 'ceafe_f1']);
    // "arrested", "arrest" and "was arrested" share a stem: the gold chain of three is found, the rest stay alone
    expect(r.scores).toEqual({ conll_f1: 1, muc_f1: 1, b3_f1: 1, ceafe_f1: 1 });
  });

  it('takes every topic with --all', async () => {
    const r = await evalMerge(dir, { all: true });
    expect(r.report).toContain('topics 3,36 (all topics)');
    expect(r.report).toContain('6 gold mentions');
  });
});
