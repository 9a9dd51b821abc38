/**
 * Speech events: "Jobs said …", "…, he told reporters", "Gates described him as …". The quotes stage has
 * already found each quotation's cue (the verb of saying) and source (the speaker as written, with its
 * entity); here each cue that is a verb of saying becomes a STATEMENT event (CAMEO 01 "make public
 * statement"; PLOVER has no such type) so that what someone said, and when, is on the timeline too:
 *  - trigger: the verb of the cue ("said" of "has said"); evidence: the words from the source to the cue (or the cue to the source:
 *    "said Jobs"), inside one sentence; one event per cue (several quotations may share one);
 *  - only verbs of saying of `quotes/cues.ts` (not "according to", "citing", nor the "that-only" verbs of
 *    belief: believes, thinks, knows, showed); not where another event already has a trigger on the cue
 *    ("announced" is a STATEMENT of the trigger table, "accused" an ACCUSE);
 *  - participants: the source as agent, with its entity; a quotation whose speaker the quotes stage did not
 *    resolve to an entity ("Officials said", "a source told") gives no event: a statement is an actor's;
 *  - factuality: from the two words right before the cue (the auxiliaries the quotes stage lets stand
 *    between source and cue), with the word lists of `rules/cues.ts`: a negation → negated, a hypothetical
 *    modal → hypothetical, a future modal → future; else asserted;
 *  - time: a DATE/TIME timex of the sentence outside the quoted content and not inside the source
 *    ("Jobs said on Friday", "officials Tuesday said") → `timex-in-sentence`; else unknown here, and the
 *    news time of `news-time.ts` applies as to any other event (not after has/have/had: `perfect`).
 * Rule name on the event: `speech-cue`. Pure; spans are slices of the original text.
 */
import type { DatelineDocument, DatelineEvent, Quote } from '../../core/schema.js';
import { textSpan } from '../../core/span.js';
import { cueVerb } from '../quotes/cues.js';
import { FUTURE_MODALS, HYPOTHETICAL_MODALS, NEGATIONS, PERFECT_AUXILIARIES } from './rules/cues.js';
import { precisionOf, UNKNOWN_TIME } from './time.js';

export type SpeechEvent = Omit<DatelineEvent, 'id'> & { perfect: boolean };

/** The last two words before the cue, lower-cased ("would not", "has also", "'ll"), split off "n't"/"'ll"/"'ve". */
function wordsBefore(text: string, from: number, cue: number): string[] {
  return text
    .slice(from, cue)
    .toLowerCase()
    .replace(/(n't|'ll|'ve)\b/g, ' $1')
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2);
}

/**
 * The verb of saying at the end of a cue ("said", "has said", "would not say", "pointed out"): its offset
 * inside the cue text; null when the cue ends with no such verb, or with a belief verb.
 */
function sayingVerb(cue: string): number | null {
  const words = [...cue.matchAll(/\S+/g)];
  for (let i = 0; i < words.length; i++) {
    const v = cueVerb(words[i]![0].toLowerCase(), words[i + 1]?.[0].toLowerCase());
    if (v && i + v.words === words.length) return v.verb.thatOnly ? null : words[i]!.index;
  }
  return null;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The speech events of a document, given the triggers other rules already took. */
export function speechEvents(doc: Pick<DatelineDocument, 'text' | 'layers'>, taken: readonly { start: number; end: number }[]): SpeechEvent[] {
  const { text } = doc;
  const quotes: readonly Quote[] = doc.layers.quotes ?? [];
  const sentences = doc.layers.sentences ?? [];
  const timexes = doc.layers.timex ?? [];
  const out: SpeechEvent[] = [];
  const seen = new Set<string>();
  for (const q of quotes) {
    const { cue: phrase, source } = q;
    const at = phrase ? sayingVerb(phrase.text) : null;
    if (!phrase || !source || !q.speaker || at === null) continue;
    const cue = { start: phrase.start + at, end: phrase.end };
    const key = `${cue.start}:${cue.end}`;
    if (seen.has(key) || taken.some((t) => overlaps(t, cue))) continue;
    const sentence = sentences.find((s) => s.start <= cue.start && cue.end <= s.end);
    if (!sentence || source.start < sentence.start || source.end > sentence.end) continue;
    seen.add(key);
    const before = wordsBefore(text, Math.max(sentence.start, cue.start - 24), cue.start);
    const has = (set: ReadonlySet<string>) => before.some((w) => set.has(w));
    const factuality: DatelineEvent['factuality'] = has(NEGATIONS) ? 'negated' : has(HYPOTHETICAL_MODALS) ? 'hypothetical' : has(FUTURE_MODALS) ? 'future' : 'asserted';
    const content = q.parts?.length ? q.parts : [q];
    const t = timexes.find(
      (x) => (x.type === 'DATE' || x.type === 'TIME') && /^\d{4}(?:$|-)/.test(x.value) && x.start >= sentence.start && x.end <= sentence.end && !content.some((p) => overlaps(p, x)) && !overlaps(source, x),
    );
    const time = t
      ? { value: t.value.slice(0, 10), precision: precisionOf(t.value.slice(0, 10)), timex: t.id, rule: 'timex-in-sentence', reason: `the time expression "${t.text}" is in the sentence of the cue, outside what was said` }
      : UNKNOWN_TIME;
    out.push({
      ...textSpan(text, cue.start, cue.end),
      type: 'STATEMENT',
      evidence: textSpan(text, Math.min(source.start, cue.start), Math.max(source.end, cue.end)),
      sentence: sentence.id,
      participants: [{ ...textSpan(text, source.start, source.end), entity: q.speaker, role: 'agent' }],
      place: null,
      time,
      factuality,
      rule: 'speech-cue',
      perfect: has(PERFECT_AUXILIARIES),
    });
  }
  return out;
}
