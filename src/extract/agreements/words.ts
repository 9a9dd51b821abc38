/** Words of a view text with their offsets: letters and digits, inner hyphens and apostrophes, a trailing possessive apostrophe. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*[’']?/gu;

export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** A regex alternation of phrases (longest first), spaces matching any run of spaces. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
