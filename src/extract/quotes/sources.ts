/**
 * The source of a quotation: the words naming the speaker as written, found next to the cue. Before a cue
 * ("Putin said", "Dmitry Peskov, the Kremlin spokesman, said", "senior officials have said") the phrase is
 * read backwards; after one ("said Putin", "according to Interfax") forwards. A source is a pronoun, a name
 * (capitalised words, with "of", "for", "’s" and initials inside), or a noun phrase opened by a determiner
 * ("the minister", "a spokesman for the ministry") or made of a plural noun ("officials", "Russian sources").
 */
import type { Span } from '../../core/span.js';
import { BETWEEN_SOURCE_AND_CUE, cueVerb } from './cues.js';
import { TIME_WORDS, WEEKDAYS } from './lexicon.js';
import { isCapitalised, isWord, lower, type Word } from './words.js';

export type SourceForm = 'pronoun' | 'name' | 'description';

export interface FoundSource extends Span {
  form: SourceForm;
}

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'one', 'two', 'three', 'four',
  'five', 'several', 'some', 'many', 'most', 'other', 'another', 'both', 'all', 'each', 'any', 'few', 'various', 'numerous',
  'multiple', 'dozens', 'hundreds', 'thousands', 'millions',
]);

/** Words that end a source phrase: clause words, prepositions (other than the ones inside names), verbs. */
const STOP: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'as', 'because', 'if', 'after', 'before', 'since', 'but',
  'and', 'or', 'nor', 'so', 'yet', 'than', 'though', 'although', 'unless', 'until', 'whether', 'in', 'on', 'at', 'to', 'from', 'by',
  'with', 'without', 'about', 'into', 'over', 'under', 'during', 'through', 'against', 'between', 'among', 'is', 'was', 'are',
  'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do',
  'does', 'did', 'not', 'no', 'there', 'here', 'also', 'him', 'them', 'us', 'me', 'however', 'then', 'now', 'even', 'just',
  'only', 'still', 'according', 'told', 'reporters', ...WEEKDAYS,
  'yesterday', 'today', 'tonight', 'last', 'next', 'earlier', 'later', 'recently', 'like', 'unlike', 'per', 'via', 'upon', 'towards',
]);

/** Words that may stand inside a name or a noun phrase: "Secretary of State", "a spokesman for the ministry". */
const INSIDE: ReadonlySet<string> = new Set(['of', 'for', '&', '-', 'de', 'del', 'la', 'van', 'von', 'der', 'al', 'bin', 'le', 'du']);

/** Time words skipped between a source and its cue: "Putin on Friday said", "officials Tuesday said". */
const TIME_LEAD: ReadonlySet<string> = new Set(['on', 'last', 'this', 'late', 'early']);

const formOf = (first: Word): SourceForm => (PRONOUNS.has(lower(first)) ? 'pronoun' : isCapitalised(first) && !DETERMINERS.has(lower(first)) ? 'name' : 'description');

const isNounish = (t: Word | undefined): boolean => t !== undefined && isWord(t) && !STOP.has(lower(t)) && !cueVerb(lower(t));

/** Index of the first token of the words (auxiliaries, adverbs, time phrases) right before index `k`, read backwards. */
export function skipBetweenBackward(ws: readonly Word[], k: number, lo: number): number {
  let i = k;
  for (;;) {
    const w = lower(ws[i - 1]);
    if (i - 1 < lo) return i;
    if (BETWEEN_SOURCE_AND_CUE.has(w) || /^[a-z]+ly$/.test(w)) {
      i--;
      continue;
    }
    if (TIME_WORDS.has(w)) {
      i--;
      if (i - 1 >= lo && TIME_LEAD.has(lower(ws[i - 1]))) i--;
      continue;
    }
    return i;
  }
}

/** The noun phrase ending at token `k` (inclusive), read backwards no further than `lo`; null if none. */
function phraseEndingAt(ws: readonly Word[], k: number, lo: number): { start: number; end: number } | null {
  const last = ws[k];
  if (k < lo || !last || !isWord(last)) return null;
  if (PRONOUNS.has(lower(last))) return { start: k, end: k };
  if (!isNounish(last) || DETERMINERS.has(lower(last))) return null;
  let i = k;
  let start = k;
  let determiner = false;
  while (i - 1 >= lo && k - i < 9) {
    const prev = ws[i - 1]!;
    const lw = lower(prev);
    if (DETERMINERS.has(lw)) {
      start = i - 1;
      determiner = true;
      break;
    }
    if (prev.w === ')') {
      // "Rep. John Mica (R-Fla.)": jump over a parenthesis
      let j = i - 2;
      while (j >= lo && ws[j]!.w !== '(' && i - j < 8) j--;
      if (j < lo || ws[j]!.w !== '(') break;
      i = j;
      continue;
    }
    if ((INSIDE.has(lw) || prev.w === '’s' || prev.w === "'s") && i - 2 >= lo && isNounish(ws[i - 2])) {
      i -= 2;
      start = i;
      continue;
    }
    if (!isNounish(prev)) break;
    i--;
    start = i;
  }
  // without a determiner a phrase must hold a capitalised word or end in a plural ("officials", "Russian sources")
  if (!determiner) {
    while (start < k && INSIDE.has(lower(ws[start]))) start++;
    const hasCapital = ws.slice(start, k + 1).some((t) => isCapitalised(t));
    if (!hasCapital && !/s$/.test(lower(last))) return null;
    // a lowercase run before a capitalised name is not part of it ("plan Putin said" → "Putin")
    if (hasCapital) while (start < k && !isCapitalised(ws[start])) start++;
  }
  return { start, end: k };
}

/**
 * The source before a cue whose first token is `cue` (tokens from `lo` may be used): skips auxiliaries and
 * adverbs, and reads an apposition ("Peskov, the Kremlin spokesman, said"). Returns the source span and the
 * index of its first token.
 */
export function sourceBefore(ws: readonly Word[], cue: number, lo: number): (FoundSource & { first: number }) | null {
  let k = skipBetweenBackward(ws, cue, lo) - 1;
  if (k < lo) return null;
  if (ws[k]!.w === ',') {
    const a = withApposition(ws, k, lo);
    if (a || ws[k - 1]?.w !== ')') return a;
    k--; // "Gov. John Kasich (R-OH), said"
  }
  // "Rep. Paul Ryan (R-WI) said": the parenthesis belongs to the name
  let close = -1;
  if (ws[k]!.w === ')') {
    let j = k - 1;
    while (j >= lo && ws[j]!.w !== '(' && k - j < 8) j--;
    if (j < lo || ws[j]!.w !== '(') return null;
    close = k;
    k = j - 1;
  }
  const p = phraseEndingAt(ws, k, lo);
  if (p && close >= 0) return { start: ws[p.start]!.start, end: ws[close]!.end, form: formOf(ws[p.start]!), first: p.start };
  if (!p) return null;
  return { start: ws[p.start]!.start, end: ws[p.end]!.end, form: formOf(ws[p.start]!), first: p.start };
}

/** Words that open a relative or participial apposition: "Sanders, who …, said", "Archer, wearing …, said". */
const RELATIVE = /^(?:who|whom|whose|which|where|[a-z]+ing|[a-z]+ed)$/;

/**
 * A source whose cue follows a comma: a head followed by up to three comma-separated appositions — noun
 * phrases ("the Kremlin spokesman", "chief executive of CloudFlare"), relative clauses ("who …") or
 * participial phrases ("wearing …"). The head is the first segment, reading backwards, that starts with a
 * capitalised word or a pronoun; `comma` is the index of the comma before the cue.
 */
function withApposition(ws: readonly Word[], comma: number, lo: number): (FoundSource & { first: number }) | null {
  let segEnd = comma - 1;
  for (let n = 0; n < 4 && segEnd >= lo; n++) {
    let segStart = segEnd;
    while (segStart - 1 >= lo && ws[segStart - 1]!.w !== ',' && segEnd - segStart < 18) {
      const w = ws[segStart - 1]!.w;
      if (w === '.' || w === ';' || w === ':' || /^[“”"«»]$/.test(w)) break;
      segStart--;
    }
    const first = ws[segStart]!;
    const lw = lower(first);
    const seg = ws.slice(segStart, segEnd + 1);
    const appositive =
      n < 3 &&
      ws[segStart - 1]?.w === ',' &&
      (DETERMINERS.has(lw) ||
        RELATIVE.test(lw) ||
        !isCapitalised(first) ||
        /^(?:\d+|[A-Z]\.?|[A-Z][a-z]?-[A-Z][a-z.]*)$/.test(first.w) || // "Ramos, 58, told", "Collins, R-NY, says"
        seg.some((w) => isWord(w) && !isCapitalised(w) && !INSIDE.has(lower(w)))); // "Twitter’s director of …"
    if (n > 0 && !appositive) {
      const head = phraseEndingAt(ws, segEnd, segStart);
      if (!head || head.start !== segStart) return null;
      return { start: ws[head.start]!.start, end: ws[comma - 1]!.end, form: formOf(ws[head.start]!), first: head.start };
    }
    if (n === 0 && !appositive) {
      // "One Republican hopeful, Carly Fiorina, says": a described head, then the name
      const head = ws[segStart - 1]?.w === ',' ? phraseEndingAt(ws, segStart - 2, lo) : null;
      if (!head || !DETERMINERS.has(lower(ws[head.start])) || (head.start > lo && ws[head.start - 1]!.w !== ',')) return null;
      return { start: ws[head.start]!.start, end: ws[comma - 1]!.end, form: 'name', first: head.start };
    }
    segEnd = segStart - 2;
  }
  return null;
}

/**
 * The subject of a sentence as a source, for cues that leave it out: participles ("X urged voters,
 * saying, …") and a colon ("Dr. Ward stated it plainly: …"). Reads from the first word (after a leading
 * conjunction); `hi` bounds it.
 */
export function subjectSource(ws: readonly Word[], from: number, hi: number): FoundSource | null {
  const src = sourceAfter(ws, from, hi);
  if (!src) return null;
  const next = ws[src.last + 1];
  // the subject must be followed by its verb (a lowercase word), not be a fronted phrase
  if (!next || !isWord(next) || isCapitalised(next)) return null;
  return { start: src.start, end: src.end, form: src.form };
}

/**
 * The source after a cue ending before token `from` ("said Putin", "according to Interfax", "said a spokesman
 * for the ministry, Maria Zakharova"), up to index `hi` (exclusive).
 */
export function sourceAfter(ws: readonly Word[], from: number, hi: number): (FoundSource & { last: number }) | null {
  const first = ws[from];
  if (from >= hi || !first || !isWord(first)) return null;
  if (PRONOUNS.has(lower(first))) return { start: first.start, end: first.end, form: 'pronoun', last: from };
  if (STOP.has(lower(first)) || cueVerb(lower(first))) return null;
  let i = from;
  let end = from;
  while (i + 1 < hi && i - from < 10) {
    const next = ws[i + 1]!;
    const lw = lower(next);
    if (next.w === '(') {
      let j = i + 2;
      while (j < hi && ws[j]!.w !== ')' && j - i < 8) j++;
      if (j >= hi || ws[j]!.w !== ')') break;
      i = end = j;
      continue;
    }
    if (next.w === ',' && i + 2 < hi && DETERMINERS.has(lower(ws[i + 2])) || (next.w === ',' && isCapitalised(ws[i + 2]) && !STOP.has(lower(ws[i + 2])) && !isCapitalised(ws[end]))) {
      // apposition: "said a spokesman, Maria Zakharova" / "said Peskov, the Kremlin spokesman"
      i += 1;
      continue;
    }
    if ((INSIDE.has(lw) || next.w === '’s' || next.w === "'s") && isNounish(ws[i + 2])) {
      i += 2;
      end = i;
      continue;
    }
    if (DETERMINERS.has(lw) && ws[i]!.w === ',') {
      i++;
      continue;
    }
    // a second determiner or a past tense after a noun starts the predicate: "The governor visited the valley"
    if (!isNounish(next) || DETERMINERS.has(lw) || (/^[a-z]+ed$/.test(next.w) && isWord(ws[i]))) break;
    i++;
    end = i;
  }
  const p = phraseEndingAt(ws, end, from);
  if (!p) return null;
  return { start: ws[from]!.start, end: ws[end]!.end, form: formOf(first), last: end };
}
