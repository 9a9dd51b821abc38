/**
 * Places the layers an event rule reads (tokens, mentions, timexes) on the words of each sentence, and
 * cuts each sentence into clauses. Mentions and timexes are placed by their offsets on token boundaries;
 * one that does not start and end on a token of the sentence is left out (never searched for again).
 */
import type { DatelineDocument } from '../../core/schema.js';
import { CLAUSE_OPENERS, CLAUSE_PUNCT, CONJUNCTIONS } from './rules/cues.js';
import type { Clause, PlacedMention, PlacedTimex, SentenceView, Word } from './types.js';

interface Spanned {
  readonly start: number;
  readonly end: number;
}

/** Word range [from, to) covering exactly `s`, or null when `s` does not start and end on word edges. */
export function wordRange(words: readonly Word[], s: Spanned): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  for (const w of words) {
    if (w.start === s.start) from = w.i;
    if (w.end === s.end) to = w.i + 1;
    if (w.start >= s.end) break;
  }
  if (from < 0 && to > 0) {
    // a span that starts inside a word ("’s" glued): take the word it starts in
    const w = words.find((x) => x.start < s.start && x.end > s.start);
    if (w) from = w.i;
  }
  return from >= 0 && to > from ? { from, to } : null;
}

/** Clauses of a sentence: cut before an opener ("that", "which", "if" …), after ";" ":" "—", and at ", and". */
export function clauses(words: readonly Word[]): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.lw;
    const prev = words[i - 1]!.lw;
    const cut = CLAUSE_OPENERS.has(w) || CLAUSE_PUNCT.has(prev) || (prev === ',' && CONJUNCTIONS.has(w));
    if (cut && i > from) {
      out.push({ from, to: i });
      from = i;
    }
  }
  if (words.length > from) out.push({ from, to: words.length });
  return out;
}

/** One view per sentence of the document, in order. */
export function sentenceViews(doc: DatelineDocument): SentenceView[] {
  const { text } = doc;
  const { sentences, tokens, mentions, entities, timex } = doc.layers;
  const entityType = new Map(entities.map((e) => [e.id, e.type]));
  const bySentence: Word[][] = sentences.map(() => []);
  for (const t of tokens) {
    const ws = bySentence[t.sentence];
    if (!ws) continue;
    const s = text.slice(t.start, t.end);
    ws.push({ i: ws.length, start: t.start, end: t.end, text: s, lw: s.toLowerCase().replace(/’/g, "'") });
  }
  let mi = 0;
  let ti = 0;
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const sortedTimex = [...timex].sort((a, b) => a.start - b.start);
  return sentences.map((s, index) => {
    const words = bySentence[index]!;
    const placedMentions: PlacedMention[] = [];
    while (mi < sortedMentions.length && sortedMentions[mi]!.start < s.start) mi++;
    for (let k = mi; k < sortedMentions.length && sortedMentions[k]!.start < s.end; k++) {
      const m = sortedMentions[k]!;
      const r = wordRange(words, m);
      if (r) placedMentions.push({ id: m.id, start: m.start, end: m.end, text: m.text, entity: m.entity, kind: m.kind, type: entityType.get(m.entity) ?? '', ...r });
    }
    const placedTimex: PlacedTimex[] = [];
    while (ti < sortedTimex.length && sortedTimex[ti]!.start < s.start) ti++;
    for (let k = ti; k < sortedTimex.length && sortedTimex[k]!.start < s.end; k++) {
      const t = sortedTimex[k]!;
      const r = wordRange(words, t);
      if (r) placedTimex.push({ id: t.id, value: t.value, type: t.type, ...r });
    }
    return {
      id: s.id,
      index,
      words,
      clauses: clauses(words),
      mentions: placedMentions,
      timexes: placedTimex,
      parts: s.parts?.length ? s.parts.map((p) => ({ start: p.start, end: p.end })) : [{ start: s.start, end: s.end }],
    };
  });
}

/** The clause holding word `i`. */
export function clauseOf(view: SentenceView, i: number): Clause {
  return view.clauses.find((c) => i >= c.from && i < c.to) ?? { from: 0, to: view.words.length };
}
