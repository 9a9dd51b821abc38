/**
 * Tagging a document with a model: emission scores once per token for all stages (`compiled.ts`: no
 * feature strings, a word's own features summed once per distinct word), the first stage decoded per
 * sentence, then — for a two-stage model — the second stage with the first stage's document-level
 * label features (`stack.ts`) added.
 */
import { compiledModel, documentWords, Emissions, scoreSentence } from './compiled.js';
import { bioConstraints, viterbi } from './decode.js';
import type { NerModel } from './model.js';
import { labelFactFeatures, labelFacts } from './stack.js';

const constraints = new WeakMap<readonly string[], Uint8Array>();

function allowedFor(labels: readonly string[]): Uint8Array {
  let a = constraints.get(labels);
  if (!a) constraints.set(labels, (a = bioConstraints(labels)));
  return a;
}

/** Tags one document given as sentences of token strings; one BIO tag per token. */
export function tagWithModel(m: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const L = m.labels.length;
  const allowed = allowedFor(m.labels);
  const c = compiledModel(m);
  const ctx = documentWords(c, sentences);
  const starts = [0];
  for (const s of sentences) starts.push(starts[starts.length - 1]! + s.length);
  const e = new Emissions(c, starts[starts.length - 1]!);
  sentences.forEach((_, si) => scoreSentence(c, ctx, si, e));
  const decode = (stage: number) => sentences.map((_, si) => viterbi(e.scores[stage]!.subarray(starts[si]! * L, starts[si + 1]! * L), L, m.trans[stage]!, allowed));
  const asTags = (paths: number[][]) => paths.map((p) => p.map((y) => m.labels[y]!));
  const firstPaths = decode(0);
  const first = asTags(firstPaths);
  if (m.stages === 1) return first;
  const second = new Emissions(c, 0, 1, e.scores);
  labelFacts(ctx.toks.map((s) => s.map((t) => t.lw)), first).forEach((fs, si) =>
    fs.forEach((x, i) => {
      second.add(c.firstTag[firstPaths[si]![i]!]!);
      for (const f of labelFactFeatures(first[si]![i]!, x)) second.add(c.id(f));
      second.token++;
    }),
  );
  return asTags(decode(1));
}
