/**
 * Reader for CoNLL-format NER files (CoNLL-2003, WNUT-17, GUM conversions): one token a line, 2 or more
 * whitespace-separated columns with the token first and the NER tag last; `-DOCSTART-` lines split
 * documents, blank lines split sentences. Tags may be BIO/IOB2, IOB1 or BIOES, or bare type names (IO
 * tagging, as in GUM's per-genre files: a run of one type is one entity): they are returned as BIO.
 * Trailing spaces and CRLF line ends are tolerated. A file without `-DOCSTART-` is one document.
 */
import { readFileSync } from 'node:fs';
import { DatelineError } from '../core/errors.js';
import { toBio } from '../extract/entities/tagger/bio.js';

export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

export type ConllDocument = ConllSentence[];

const TAG = /^(O|[BIESLU]-\S+)$/;
const BARE = /^[A-Za-z][\w.-]*$/;

/** Parses CoNLL text; `name` is used in error messages. */
export function parseConll(text: string, name: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (tokens.length) doc.push({ tokens, tags: toBio(tags) });
    tokens = [];
    tags = [];
  };
  const endDocument = () => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return endSentence();
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') return endDocument();
    const last = cols[cols.length - 1]!;
    const tag = TAG.test(last) ? last : BARE.test(last) ? `I-${last}` : '';
    if (cols.length < 2 || !tag) {
      throw new DatelineError('E_EVAL_DATA', `${name}:${i + 1}: expected "token … TAG" with a BIO/IOB tag last, got ${JSON.stringify(raw.slice(0, 80))}`, {
        file: name,
        line: i + 1,
      });
    }
    tokens.push(cols[0]!);
    tags.push(tag);
  });
  endDocument();
  return docs;
}

export function readConll(file: string): ConllDocument[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DatelineError('E_EVAL_DATA', `${file}: cannot read the CoNLL file`, { file });
  }
  return parseConll(text, file);
}
