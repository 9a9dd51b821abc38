import type { Line } from '../lines.js';

/**
 * The first paragraph is a title when it is one short line, standing alone (blank line after it), that
 * does not read as a sentence of running text (no final period) and is followed by more text that
 * starts a new sentence.
 */
export function isTitle(paragraph: readonly Line[], isFirst: boolean, standsAlone: boolean, next: readonly Line[] | undefined): boolean {
  if (!isFirst || !standsAlone || !next?.length || paragraph.length !== 1) return false;
  if (/^\s*\p{Ll}/u.test(next[0]!.text)) return false; // the text goes on: a sentence split by debris
  const t = paragraph[0]!.text;
  const words = t.split(/\s+/).length;
  return t.length <= 200 && words >= 2 && !/[.,;:]$/.test(t) && /^["“‘'\p{Lu}\p{N}]/u.test(t);
}
