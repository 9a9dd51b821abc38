/**
 * Place of an event: a mention of a LOC entity after "in", "at", "near", "outside" or "inside"
 * (`PLACE_PREPS`), with only filler words between ("in the city of Minsk": `PLACE_FILLERS`), in the
 * trigger's clause: the nearest after the trigger, before the next verb trigger of the sentence and within 10
 * words ("meeting in Sochi"); else one in a fronted adverbial, before the clause's first comma when the
 * trigger comes after it ("In Minsk, the two sides signed …", "During the meeting in Sochi, an agreement
 * was reached"). Demonyms and possessives are no places ("near the Belarusian border" is not in Belarus),
 * nor are mentions of other types ("in Apple's store"); "in order" is no place, and the scan stops at a condition ("in case", "if", "until").
 */
import type { DatelineEvent } from '../../core/schema.js';
import { CONDITIONALS, PLACE_FILLERS, PLACE_PREPS } from './rules/cues.js';
import { startingAt } from './participants.js';
import type { Clause, PlacedMention, SentenceView, Trigger } from './types.js';

function placeAfterPrep(view: SentenceView, k: number, limit: number): PlacedMention | undefined {
  for (let j = k + 1; j < Math.min(limit, k + 6); j++) {
    const m = startingAt(view, j);
    if (m) return m.type === 'LOC' && m.kind !== 'demonym' && m.kind !== 'possessive' ? m : undefined;
    if (!PLACE_FILLERS.has(view.words[j]!.lw)) return undefined;
  }
  return undefined;
}

/** `nextTrigger`: the first word of the sentence's next verb trigger (the place scan stops there). */
export function findPlace(view: SentenceView, t: Trigger, clause: Clause, nextTrigger: number): DatelineEvent['place'] {
  const { words } = view;
  const scan = (from: number, to: number): PlacedMention | undefined => {
    for (let k = from; k < to; k++) {
      if (CONDITIONALS.has(words[k]!.lw) || (words[k]!.lw === 'in' && words[k + 1]?.lw === 'case')) return undefined;
      if (!PLACE_PREPS.has(words[k]!.lw) || words[k + 1]?.lw === 'order') continue;
      const m = placeAfterPrep(view, k, clause.to);
      if (m) return m;
    }
    return undefined;
  };
  let comma = -1;
  for (let k = clause.from; k < t.from; k++) {
    if (words[k]!.lw === ',') {
      comma = k;
      break;
    }
  }
  const m = scan(t.to, Math.min(clause.to, t.to + 10, nextTrigger)) ?? (comma > 0 ? scan(clause.from, comma) : undefined);
  return m ? { start: m.start, end: m.end, text: m.text, entity: m.entity } : null;
}
