/**
 * Statistical NER tagger (CoNLL-2003 types PER, ORG, LOC, MISC): averaged structured perceptron
 * with constrained Viterbi over BIO tags, in two stages for document-level consistency
 * (`stack.ts`); weights in `models/ner/` (see its README).
 */
import type { NerModel } from './model.js';
import { tagWithModel } from './tag.js';

export type { NerType } from './bio.js';
export { bioSpans } from './bio.js';
export type { NerModel } from './model.js';
export { loadNerModel } from './model.js';

/** Tags one document given as sentences of token strings; returns one BIO tag per token (B-PER, I-PER, …, O). */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  return tagWithModel(model, sentences);
}
