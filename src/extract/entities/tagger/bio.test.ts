import { describe, expect, it } from 'vitest';
import { bioSpans, chunkSpans, toBio } from './bio.js';

describe('bioSpans', () => {
  it('reads BIO', () => {
    expect(bioSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'LOC' },
    ]);
  });
  it('reads IOB1 and ill-formed BIO as conlleval does', () => {
    expect(bioSpans(['I-ORG', 'I-ORG', 'I-PER', 'O', 'I-MISC'])).toEqual([
      { start: 0, end: 2, type: 'ORG' },
      { start: 2, end: 3, type: 'PER' },
      { start: 4, end: 5, type: 'MISC' },
    ]);
  });
  it('leaves out types outside the CoNLL set, which chunkSpans keeps', () => {
    expect(bioSpans(['B-person', 'O', 'B-ORG'])).toEqual([{ start: 2, end: 3, type: 'ORG' }]);
    expect(chunkSpans(['B-person', 'I-person', 'O'])).toEqual([{ start: 0, end: 2, type: 'person' }]);
  });
  it('reads BIOES', () => {
    expect(chunkSpans(['S-LOC', 'B-PER', 'E-PER', 'S-PER'])).toEqual([
      { start: 0, end: 1, type: 'LOC' },
      { start: 1, end: 3, type: 'PER' },
      { start: 3, end: 4, type: 'PER' },
    ]);
  });
  it('is empty for no tags', () => {
    expect(bioSpans([])).toEqual([]);
  });
});

describe('toBio', () => {
  it('converts IOB1 to BIO and keeps BIO as it is', () => {
    expect(toBio(['I-LOC', 'I-LOC', 'B-LOC', 'O', 'I-PER'])).toEqual(['B-LOC', 'I-LOC', 'B-LOC', 'O', 'B-PER']);
    const bio = ['B-ORG', 'I-ORG', 'O', 'B-MISC'];
    expect(toBio(bio)).toEqual(bio);
  });
});
