import type { Line } from '../lines.js';

/** A subheading between body paragraphs: one short line, no sentence punctuation at its end, capitalised. */
export function isHeading(paragraph: readonly Line[]): boolean {
  if (paragraph.length !== 1) return false;
  const t = paragraph[0]!.text;
  const words = t.split(/\s+/).length;
  return t.length <= 90 && words >= 1 && words <= 12 && !/[.,;:!?"”’]$/.test(t) && /^[\p{Lu}\p{N}]/u.test(t);
}
