/**
 * Span hygiene (rule 1): what of a tagged name span is its canonical form.
 * - a leading determiner "The/the" stays in the mention but leaves the canonical, except for the names in
 *   KEEP_DETERMINER, whose canonical keeps it by convention ("the West", "The Hague");
 * - a leading honorific ("Mr.", "Dr.") leaves the canonical;
 * - a trailing possessive ("Belarus’", "Ruto's", straight or curly) leaves the canonical, and the mention's kind
 *   is 'possessive'; a possessive the tagger left just outside the span ("Ruto" + "'s") is taken into the span.
 * Whitespace inside the canonical is collapsed to single spaces.
 */

/** Names whose canonical keeps its determiner, keyed by the name without it. */
export const KEEP_DETERMINER: ReadonlyMap<string, string> = new Map([
  ['West', 'the West'],
  ['Hague', 'The Hague'],
  ['New York Times', 'The New York Times'],
  ['Washington Post', 'The Washington Post'],
  ['Wall Street Journal', 'The Wall Street Journal'],
  ['Guardian', 'The Guardian'],
  ['Economist', 'The Economist'],
  ['Times', 'The Times'],
]);

const DETERMINER = /(?:the|The|THE)\s+/y;
const HONORIFIC = /(?:Mr|Mrs|Ms|Dr|Mme|Sir)\.?\s+(?=\p{Lu})/uy;
const TRAILING = new Set([' ', '\n', '\t', '\r', ',', ';', ':']);
const isApostrophe = (c: string | undefined) => c === "'" || c === '’';
/** Length of a possessive at the end of text[start, end): 's / ’s after a letter, or ’ after a final s ("Belarus’"). */
export function possessiveLength(text: string, start: number, end: number): number {
  if (end - start >= 3 && text[end - 1] === 's' && isApostrophe(text[end - 2]) && /\p{L}/u.test(text[end - 3]!)) return 2;
  if (end - start >= 2 && isApostrophe(text[end - 1]) && text[end - 2] === 's') return 1;
  return 0;
}
/** A possessive right after a span: 's / ’s not followed by a letter. */
const POSSESSIVE_AFTER = /['’]s(?!\p{L})/uy;

export interface CleanName {
  /** The mention span (possibly extended by a possessive just after the tagged span). */
  start: number;
  end: number;
  /** The canonical surface: without determiner, honorific and possessive, whitespace collapsed. */
  surface: string;
  /** Offsets of the surface's first and last characters' span in the text. */
  coreStart: number;
  coreEnd: number;
  possessive: boolean;
  /** The span began with a determiner. */
  determiner: boolean;
}

/** Cleans one tagged name span; null when nothing is left of it. */
export function cleanName(text: string, start: number, end: number): CleanName | null {
  let spanEnd = end;
  POSSESSIVE_AFTER.lastIndex = end;
  if (POSSESSIVE_AFTER.test(text)) spanEnd = POSSESSIVE_AFTER.lastIndex;
  let coreStart = start;
  let coreEnd = spanEnd;
  DETERMINER.lastIndex = start;
  const det = DETERMINER.exec(text);
  if (det) coreStart += det[0].length;
  HONORIFIC.lastIndex = coreStart;
  const hon = HONORIFIC.exec(text);
  if (hon && coreStart + hon[0].length < coreEnd) coreStart += hon[0].length;
  const poss = possessiveLength(text, coreStart, coreEnd);
  coreEnd -= poss;
  // trailing punctuation or space the tagger may have included
  while (coreEnd > coreStart && TRAILING.has(text[coreEnd - 1]!)) coreEnd--;
  if (coreEnd <= coreStart) return null;
  const bare = text.slice(coreStart, coreEnd).replace(/\s+/g, ' ');
  return {
    start, end: spanEnd, coreStart, coreEnd,
    surface: KEEP_DETERMINER.get(bare) ?? bare,
    possessive: poss > 0,
    determiner: det !== null,
  };
}

/** Splits a surface into its tokens. */
export const tokensOf = (surface: string): string[] => surface.split(' ');
