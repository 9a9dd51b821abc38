import type { Line } from '../lines.js';

const SHORT_UNPUNCTUATED = (t: string) => t.length <= 90 && t.split(/\s+/).length <= 12 && !/[.,;:!?"”’]$/.test(t);

/**
 * A subheading between body paragraphs: one short capitalised line without sentence punctuation, followed
 * by a paragraph of running text that starts a new sentence. A run of such short lines is a list, not a
 * heading, and a line followed by a lowercase or bulleted continuation is part of the text.
 */
export function isHeading(paragraph: readonly Line[], prev: readonly Line[] | undefined, next: readonly Line[] | undefined): boolean {
  if (paragraph.length !== 1 || !next?.length) return false;
  if (prev?.length === 1 && SHORT_UNPUNCTUATED(prev[0]!.text)) return false;
  const t = paragraph[0]!.text;
  if (!SHORT_UNPUNCTUATED(t) || !/^[\p{Lu}\p{N}]/u.test(t)) return false;
  const n = next.map((l) => l.text).join(' ');
  return /^["“‘'\p{Lu}]/u.test(n) && !SHORT_UNPUNCTUATED(n);
}
