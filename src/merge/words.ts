/**
 * Word helpers of the merge: how names are compared across documents and how a trigger word is reduced
 * to a stem ("arrested", "arrests", "arresting" → "arrest"; "charge", "charged" → "charg"). The stem only
 * has to be the same for the forms of one word; it need not be a dictionary lemma. Pure.
 */
import { oneLine } from '../core/text.js';

/** A name as compared across documents: one line, lower case, straight apostrophes, no leading "the", no possessive. */
export function normName(s: string): string {
  return oneLine(s)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/^the\s+/, '')
    .replace(/(?:'s|')$/, '')
    .replace(/\s*\.\s*$/, '')
    .trim();
}

/** A deterministic id part from a name: letters and digits of any script, joined by "-". */
export function slug(s: string): string {
  return (
    normName(s)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', being: 'be',
  had: 'have', has: 'have', did: 'do', does: 'do', done: 'do', made: 'make', took: 'take', taken: 'take',
  gave: 'give', given: 'give', went: 'go', gone: 'go', goes: 'go', came: 'come', won: 'win', lost: 'lose',
  shot: 'shoot', struck: 'strike', stricken: 'strike', hit: 'hit', fought: 'fight', caught: 'catch',
  brought: 'bring', bought: 'buy', sold: 'sell', held: 'hold', left: 'leave', met: 'meet', sent: 'send',
  sentenced: 'sentence', told: 'tell', thought: 'think', found: 'find', ran: 'run', led: 'lead', fell: 'fall',
  fallen: 'fall', broke: 'break', broken: 'break', began: 'begin', begun: 'begin', stole: 'steal',
  stolen: 'steal', chose: 'choose', chosen: 'choose', froze: 'freeze', rose: 'rise', risen: 'rise',
  died: 'die', dying: 'die', dies: 'die', death: 'die', dead: 'die', fled: 'flee', paid: 'pay', laid: 'lay',
  wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', knew: 'know', known: 'know',
  drove: 'drive', driven: 'drive', swore: 'swear', sworn: 'swear', quit: 'quit', set: 'set', put: 'put',
};

/** The stem of one word (see the top of this file). */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']/g, "'").replace(/'s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
  const irregular = IRREGULAR[w];
  if (irregular) w = irregular;
  else if (w.length > 4 && /(?:ies|ied)$/.test(w)) w = `${w.slice(0, -3)}i`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(?:ches|shes|sses|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && /[^su]s$/.test(w)) w = w.slice(0, -1);
  w = w.replace(/e$/, '').replace(/y$/, 'i');
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Words that are not the head of an event mention: auxiliaries, particles, articles, prepositions. */
const NOT_HEAD = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", 'has', 'have', 'had', 'having', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'to', 'the', 'a', 'an',
  'of', 'not', "n't", 'no', 'up', 'out', 'off', 'on', 'in', 'into', 'over', 'down', 'away', 'for', 'with', 'by',
  'and', 'or', 'get', 'got', 'gets', 'getting', 'its', 'his', 'her', 'their',
]);

/**
 * The head word of a trigger or annotated event mention, as its stem: the last word that is not an
 * auxiliary, article, particle or number ("has been arrested" → "arrest", "took over" → "take",
 * "6.1-magnitude earthquake" → "earthquake"); the last word when all are.
 */
export function headStem(text: string): string {
  const ws = oneLine(text).toLowerCase().split(/[\s-]+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  const head = ws.findLast((w) => !NOT_HEAD.has(w.replace(/[^\p{L}']/gu, '')) && !/\p{N}/u.test(w)) ?? ws.at(-1) ?? '';
  return stem(head);
}
