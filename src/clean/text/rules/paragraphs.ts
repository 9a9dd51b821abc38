import type { Line } from '../lines.js';
import { PARAGRAPH_END as ENDS_SENTENCE } from '../patterns.js';

const STARTS_PARAGRAPH = /^["“«‘'(\[\p{Lu}\p{N}—–-]/u;

/**
 * Splits a run of consecutive text lines into paragraphs. Hard-wrapped text (lines of similar width)
 * is joined; a line break after a sentence end starts a new paragraph when the line is clearly shorter
 * than the wrap width (the writer broke it) or when the text is not hard-wrapped at all (one paragraph
 * per line, lines longer than any plausible wrap width).
 */
export function splitParagraphs(lines: readonly Line[]): Line[][] {
  if (lines.length <= 1) return lines.length ? [[...lines]] : [];
  const width = Math.max(...lines.map((l) => l.text.length));
  const wrapped = width <= 160;
  const out: Line[][] = [[lines[0]!]];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const sentenceBreak = ENDS_SENTENCE.test(prev.text) && STARTS_PARAGRAPH.test(line.text);
    const shortLine = prev.text.length < width * 0.75;
    if (sentenceBreak && (!wrapped || shortLine)) out.push([line]);
    else out[out.length - 1]!.push(line);
  }
  return out;
}
