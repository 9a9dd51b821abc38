/**
 * Reported speech without quotation marks, one sentence at a time:
 *  - according-to: `According to Interfax, CLAUSE.` and `CLAUSE, according to Interfax.`;
 *  - postposed: `CLAUSE, officials said.`, `CLAUSE, said Putin.`, `CLAUSE, Interfax reported Friday.`;
 *  - preposed: `Putin said (on Friday) (that) CLAUSE.`, `He told reporters that CLAUSE.`, `She vowed to CLAUSE.`;
 *  - participle: `SOURCE criticised the plan, saying (that) CLAUSE.` (the source is the sentence's subject).
 * The content is the reported clause (without "that" and the final punctuation).
 */
import type { Span } from '../../core/span.js';
import { cueAt, sourceAfterCueAt } from './attribute.js';
import type { Reader } from './passage.js';
import { PRONOUNS, skipBetweenBackward, sourceAfter, sourceBefore, type FoundSource } from './sources.js';
import { clauseStart, isMarkToken, TIME_WORDS } from './lexicon.js';
import { isCapitalised, isWord, lower, type Word } from './words.js';

export interface IndirectQuote {
  /** One piece, or two around a parenthetical attribution ("A comic tone, she said, would help"). */
  content: Span[];
  cue: Span;
  source: FoundSource | null;
  rule: string;
}

/** Words that may open a sentence before its subject: "But officials said …". */
const INTRO: ReadonlySet<string> = new Set(['but', 'and', 'however', 'yet', 'so', 'still', 'now', 'meanwhile', 'also', 'then', 'instead', 'indeed', 'moreover', 'separately', 'earlier', 'later', 'previously', 'in', 'on', 'at']);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'there', 'it', 'he', 'she', 'they', 'we', 'i',
  'you', 'some', 'many', 'most', 'all', 'no', 'any', 'one', 'both', 'every', 'each', 'if', 'when', 'while', 'because', 'what',
]);
const END_PUNCT = /^[.!?;:]$/;
const PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'adding', 'noting', 'arguing', 'claiming', 'warning', 'insisting', 'explaining', 'stating', 'declaring', 'asserting', 'suggesting', 'telling', 'writing', 'contending', 'acknowledging', 'admitting']);
/** Participles after a comma that end a reported clause: "…, calling them boring." */
const NEW_CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set(['calling', 'describing', 'accusing', 'criticizing', 'criticising', 'praising', 'blaming', 'urging', 'citing', 'referring', 'prompting', 'sparking']);
const MIN_WORDS = 3;
/** Words between a verb of intention and its "to": "promised Monday to …", "vowed again to …". */
const BEFORE_TO: ReadonlySet<string> = new Set([...TIME_WORDS, 'again', 'also', 'repeatedly', 'publicly', 'not']);

const countWords = (ws: readonly Word[], a: number, b: number) => {
  let n = 0;
  for (let i = a; i <= b; i++) if (isWord(ws[i])) n++;
  return n;
};

/** Last word index of the clause: the sentence end without final punctuation (quotation marks kept). */
function clauseEnd(ws: readonly Word[], from: number): number {
  let e = ws.length - 1;
  while (e >= from && (END_PUNCT.test(ws[e]!.w) || ws[e]!.w === ',')) e--;
  return e;
}

/** Words after a cue that are not the start of its content: a phrase of time or place comes first. */
const NOT_CONTENT: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'for', 'with', 'about', 'after', 'before', 'from', 'by', 'through', 'via', 'last', 'earlier',
  ...TIME_WORDS, 'later', 'also',
  'again', 'repeatedly', 'recently', 'previously', 'privately', 'publicly', 'when', 'as', 'of', 'so', 'to', 'and', 'or', 'but',
]);
/** A clause subject: a pronoun or determiner, a contraction of one ("it’s", "they’re"), a capitalised word, a number. */
const opensClause = (t: Word): boolean => {
  const w = lower(t);
  return CLAUSE_OPENERS.has(w) || CLAUSE_OPENERS.has(w.split(/['’]/)[0]!) || isCapitalised(t) || isMarkToken(t.w);
};

/**
 * Where the content after a cue starts: after "that" (within a few words: "said on Friday that"), else
 * right after the cue unless a phrase of time or place follows it. An addressee ("told reporters") needs
 * "that"; a verb of thinking needs "that" or a clause subject; a verb of intention takes "to …".
 */
function complementStart(ws: readonly Word[], j: number, cue: { object: boolean; to: boolean; thatOnly: boolean }): number {
  for (let k = j; k < ws.length && k - j < 13; k++) {
    const w = lower(ws[k]);
    if (w === 'that') return k + 1;
    if (END_PUNCT.test(w) || isMarkToken(w) || (w === ',' && k > j)) break;
  }
  const first = ws[j];
  if (!first) return -1;
  const w = lower(first);
  if (cue.to && w === 'to') return j;
  if (cue.to && BEFORE_TO.has(w) && lower(ws[j + 1]) === 'to') return j + 1;
  if (first.w === ',' || first.w === ':') return cue.object ? -1 : complementStart(ws, j + 1, { ...cue, object: true });
  if (cue.object) return -1;
  if (cue.thatOnly) return opensClause(first) ? j : -1;
  if (NOT_CONTENT.has(w) || !(isWord(first) || isMarkToken(first.w))) return -1;
  return j;
}

/** Words after which a clause (and so a subject) begins: "… while Sanders suggests …". */
const SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'as', 'although', 'though', 'because', 'and', 'but', 'since', 'whereas', 'when', 'after', 'so', 'if', 'meanwhile', 'however', 'also']);
/** Noun-like cue forms read as verbs right after a subject. */
const LENIENT_AFTER_SUBJECT = /^(?:[a-z]+ed|shows|finds|found|notes|claims|states)$/;
/** A passive auxiliary before a cue: "The statement was read aloud", "Officials were told to leave". */
const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);


/** Whether the words before the comma at `c` end in a cue verb ("…, Interfax reported, citing …"). */
function cueBeforeComma(ws: readonly Word[], c: number): boolean {
  const prev = ws[c - 1];
  return !!prev && !!cueAt(ws, c - 1, true) && !/ing$/.test(lower(prev));
}

/** Index of an "and" followed by a second cue verb of the same subject ("… and said …"), or -1. */
function secondCue(ws: readonly Word[], from: number): number {
  for (let k = from; k < ws.length - 2; k++) {
    if (isMarkToken(ws[k]!.w)) return -1;
    if (lower(ws[k]) === 'and' && cueAt(ws, k + 1) && !PARTICIPLES.has(lower(ws[k + 1]))) return k;
  }
  return -1;
}

export function findIndirect(r: Reader, si: number, covered: (s: Span) => boolean): IndirectQuote[] {
  const ws = r.wordsOf(si);
  const out: IndirectQuote[] = [];
  if (ws.length < 4) return out;
  const span = (a: number, b: number): Span => ({ start: ws[a]!.start, end: ws[b]!.end });
  const push = (a: number, b: number, cue: Span, source: FoundSource | null, rule: string, before?: { a: number; b: number }) => {
    if (b < a || countWords(ws, a, b) + (before ? countWords(ws, before.a, before.b) : 0) < MIN_WORDS) return;
    const content = before && countWords(ws, before.a, before.b) > 0 ? [span(before.a, before.b), span(a, b)] : [span(a, b)];
    if (content.some(covered)) return;
    out.push({ content, cue, source, rule });
  };
  /** The clause end, or the comma before a participle cue that starts an attribution of its own. */
  const endBeforeParticiple = (from: number): number => {
    for (let k = from + 1; k < ws.length - 1; k++) {
      if (isMarkToken(ws[k]!.w)) break;
      if (ws[k]!.w === ',' && (PARTICIPLES.has(lower(ws[k + 1])) || NEW_CLAUSE_PARTICIPLES.has(lower(ws[k + 1])))) return k - 1;
    }
    return clauseEnd(ws, from);
  };

  // According to X, CLAUSE.
  const i0 = clauseStart(ws);
  const acc = sourceAfterCueAt(ws, i0);
  if (acc) {
    let comma = i0 + acc;
    while (comma < ws.length && ws[comma]!.w !== ',' && comma - i0 < 20) comma++;
    const src = sourceAfter(ws, i0 + acc, comma);
    if (src && ws[src.last + 1]?.w === ',') push(src.last + 2, clauseEnd(ws, src.last + 2), span(i0, i0 + acc - 1), src, 'according-to-first');
    return out;
  }
  // CLAUSE according to X. (no comma)
  for (let k = 3; k < ws.length - 2; k++) {
    if (ws[k - 1]!.w === ',' || !sourceAfterCueAt(ws, k)) continue;
    const src = sourceAfter(ws, k + 2, ws.length);
    if (src && src.last >= clauseEnd(ws, 0) - 1) {
      push(clauseStart(ws), k - 1, span(k, k + 1), src, 'according-to-last');
      return out;
    }
  }

  // CLAUSE, according to X. / CLAUSE, X said. / CLAUSE, said X.
  for (let c = ws.length - 2; c > 2; c--) {
    const w = ws[c]!.w;
    // `…against “dumping and arson,” the paper reported.`: the comma inside the closing mark
    const quoteComma = isMarkToken(w) && ws[c - 1]?.w === ',';
    if (isMarkToken(w) && !quoteComma) break;
    if (w !== ',' && w !== '\u2014' && !quoteComma) continue;
    const contentEnd = quoteComma ? c : c - 1;
    const j = c + 1;
    const end = clauseEnd(ws, 0);
    const acc2 = sourceAfterCueAt(ws, j);
    // `CLAUSE, Interfax reported, citing the agreement.`: the reporting verb before "citing" is the cue
    if (acc2 && lower(ws[j]) === 'citing' && cueBeforeComma(ws, c)) continue;
    if (acc2) {
      const src = sourceAfter(ws, j + acc2, ws.length);
      if (src && src.last >= end - 1) push(clauseStart(ws), contentEnd, span(j, j + acc2 - 1), src, 'according-to-last');
      if (src) return out;
      continue;
    }
    const inv = /ing$/.test(lower(ws[j])) ? null : cueAt(ws, j);
    if (inv && !inv.thatOnly) {
      const src = sourceAfter(ws, j + inv.n, ws.length);
      if (src && src.last >= end - 3) {
        push(clauseStart(ws), contentEnd, span(j, j + inv.n - 1), src, 'postposed-cue-source');
        return out;
      }
    }
    for (let k = j + 1; k < ws.length && k - j < 10; k++) {
      if (END_PUNCT.test(ws[k]!.w) || ws[k]!.w === ',') break;
      const cue = cueAt(ws, k, true);
      if (!cue || cue.thatOnly) continue;
      const src = sourceBefore(ws, k, j);
      if (!src || src.first !== j) break;
      if (k + cue.n - 1 < end - 4) break;
      push(clauseStart(ws), contentEnd, span(skipBetweenBackward(ws, k, src.first), k + cue.n - 1), src, 'postposed-source-cue');
      return out;
    }
    break;
  }

  // SOURCE CUE (that) CLAUSE.  /  …, saying (that) CLAUSE.
  for (let k = 1; k < ws.length - 2; k++) {
    const t = ws[k]!;
    if (isMarkToken(t.w)) break;
    // a noun-like form ("reports", "found") is a verb right after its subject when it is a past tense
    // or "shows"/"finds": "CNN reported …", "The survey found …"
    const cue = cueAt(ws, k) ?? (LENIENT_AFTER_SUBJECT.test(lower(t)) ? cueAt(ws, k, true) : null);
    if (!cue || PASSIVE.has(lower(ws[k - 1]))) continue;
    const j = k + cue.n;
    if (PARTICIPLES.has(lower(t)) && ws[k - 1]!.w === ',') {
      const cs = complementStart(ws, j, { ...cue, object: false });
      const s0 = clauseStart(ws);
      const src = sourceAfter(ws, s0, k);
      if (cs > 0) push(cs, clauseEnd(ws, cs), span(k, k + cue.n - 1), src && src.start === ws[s0]!.start ? src : null, 'participle');
      break;
    }
    const src = sourceBefore(ws, k, 0);
    if (!src) continue;
    const prev = ws[src.first - 1];
    // `A comic tone, she said, would help.` / `Instead, she said, her boss …`
    if (prev?.w === ',' && ws[j]?.w === ',' && src.first - 2 >= 0) {
      const s0 = clauseStart(ws);
      // `CLAUSE, Interfax reported, citing …`: the clause before is the content
      if (/ing$/.test(lower(ws[j + 1]))) {
        push(s0, src.first - 2, span(skipBetweenBackward(ws, k, src.first), k + cue.n - 1), src, 'postposed-source-cue');
        break;
      }
      push(j + 1, clauseEnd(ws, j + 1), span(skipBetweenBackward(ws, k, src.first), k + cue.n - 1), src, 'parenthetical', { a: s0, b: src.first - 2 });
      break;
    }
    const atStart = !prev || prev.w === ',' || prev.w === '\u2014' || INTRO.has(lower(prev)) || SUBORDINATORS.has(lower(prev)) || src.first <= clauseStart(ws);
    if (!atStart) continue;
    if (src.form === 'pronoun' && !PRONOUNS.has(lower(ws[src.first]))) continue;
    const cs = complementStart(ws, j, cue);
    if (cs < 0) continue;
    const cueSpan = span(skipBetweenBackward(ws, k, src.first), k + cue.n - 1);
    // `X said A and said B`: two attributions of the same source
    const and = secondCue(ws, cs);
    if (and < 0) {
      const end = endBeforeParticiple(cs);
      push(cs, end, cueSpan, src, 'preposed');
      if (end === clauseEnd(ws, cs)) break;
      k = end + 1;
      continue;
    }
    push(cs, and - 1, cueSpan, src, 'preposed');
    const c2 = cueAt(ws, and + 1)!;
    const cs2 = complementStart(ws, and + 1 + c2.n, c2);
    if (cs2 > 0) push(cs2, clauseEnd(ws, cs2), span(and + 1, and + c2.n), src, 'preposed-and');
    break;
  }
  return out;
}
