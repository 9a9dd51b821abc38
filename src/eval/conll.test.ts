import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDatelineError } from '../core/errors.js';
import { parseConll, readConll } from './conll.js';

const SAMPLE = [
  '-DOCSTART- -X- -X- O',
  '',
  'Maria NNP B-NP I-PER',
  'Lopez NNP I-NP I-PER',
  'visited VBD B-VP O',
  'Quito NNP B-NP I-LOC',
  '. . O O',
  '',
  'She PRP B-NP O   ',
  'left VBD B-VP O',
  '-DOCSTART- -X- -X- O',
  'Acme\tB-ORG',
  'Widgets\tI-ORG',
  '',
].join('\r\n');

describe('parseConll', () => {
  it('splits documents and sentences and converts IOB1 to BIO', () => {
    const docs = parseConll(SAMPLE, 'sample');
    expect(docs).toHaveLength(2);
    expect(docs[0]).toEqual([
      { tokens: ['Maria', 'Lopez', 'visited', 'Quito', '.'], tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
      { tokens: ['She', 'left'], tags: ['O', 'O'] },
    ]);
    expect(docs[1]).toEqual([{ tokens: ['Acme', 'Widgets'], tags: ['B-ORG', 'I-ORG'] }]);
  });
  it('reads a file without -DOCSTART- as one document', () => {
    expect(parseConll('a O\nb B-person\n\nc O\n', 'x')).toEqual([
      [
        { tokens: ['a', 'b'], tags: ['O', 'B-person'] },
        { tokens: ['c'], tags: ['O'] },
      ],
    ]);
  });
  it('reads bare type names (IO tagging) as runs', () => {
    expect(parseConll('\nOver\tperson\n900\tperson\nleft\tO\nLima\tplace\n', 'io')).toEqual([
      [{ tokens: ['Over', '900', 'left', 'Lima'], tags: ['B-person', 'I-person', 'O', 'B-place'] }],
    ]);
  });
  it('names the file and line of a malformed line', () => {
    try {
      parseConll('a O\nbroken\n', 'f.conll');
      expect.unreachable();
    } catch (e) {
      expect(isDatelineError(e) && e.code).toBe('E_EVAL_DATA');
      expect((e as Error).message).toContain('f.conll:2');
    }
    expect(() => parseConll('a NNP 12\n', 'g')).toThrow(/g:1/);
  });
  it('reads a file and reports a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'conll-'));
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'Oslo B-LOC\n');
    expect(readConll(f)).toEqual([[{ tokens: ['Oslo'], tags: ['B-LOC'] }]]);
    expect(() => readConll(join(dir, 'missing.txt'))).toThrow(/missing\.txt/);
  });
});
