/**
 * wink-nlp with its English lite model: measured here at ~1.8 ms per article, the best sentence splitter
 * of those tried (hard wraps don't break it; "Sept. 14", "Nov. 19, 2020" stay inside their sentence).
 * Loaded once, lazily: the model takes ~150 ms to load.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

export function wink(): Nlp {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

export interface RawToken {
  start: number;
  end: number;
  kind: string;
}

export interface RawSentence {
  start: number;
  end: number;
  tokens: RawToken[];
}

/** Sentences and tokens of `text` with character offsets, reconstructed from wink's preceding spaces. */
export function segmentText(text: string): RawSentence[] {
  const n = wink();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const offsets: [number, number][] = [];
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i]!.length;
    const v = values[i]!;
    if (text.startsWith(v, pos)) {
      offsets.push([pos, pos + v.length]);
      pos += v.length;
    } else {
      // wink normalised this token (never seen on news text, but possible on odd input): keep the
      // span where the characters are, up to the next whitespace, rather than searching for it.
      const end = /\s/.exec(text.slice(pos))?.index ?? text.length - pos;
      offsets.push([pos, pos + Math.max(1, end)]);
      pos += Math.max(1, end);
    }
  }
  const out: RawSentence[] = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [a, b] = s.out(its.span) as [number, number];
    const tokens: RawToken[] = [];
    for (let i = a; i <= b; i++) tokens.push({ start: offsets[i]![0], end: offsets[i]![1], kind: types[i]! });
    if (tokens.length) out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
  });
  return out;
}
