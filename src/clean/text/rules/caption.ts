import type { Span } from '../../../core/span.js';
import { CREDIT_AT_END, SENTENCE_END as ENDS_SENTENCE } from '../patterns.js';

const CAPTION_PREFIX = /^\s*(?:photo|pictured|image|picture|фото)\s*[:|—–-]\s*/i;

export interface CaptionSplit {
  caption: Span;
  credit: Span | null;
  rule: string;
}

/**
 * A photo caption: a paragraph ending with a photo credit ("… a sixth presidential term. EPA / TASS"),
 * or one introduced by "Photo:". The credit becomes its own span. `paragraph` is trimmed.
 */
export function splitCaption(text: string, paragraph: Span): CaptionSplit | null {
  const p = text.slice(paragraph.start, paragraph.end);
  const m = CREDIT_AT_END.exec(p);
  if (m && m.index > 0) {
    const creditStart = paragraph.start + m.index + (m[0].length - m[1]!.length);
    const before = text.slice(paragraph.start, creditStart).trimEnd();
    const words = before.split(/\s+/).length;
    const credit = m[1]!;
    // "Weak dollar hits Reuters" is a headline: a bare agency name counts as a credit only after a
    // finished sentence, or when it is marked as a credit ("AP / Scanpix", "Photo: …", "(Reuters)")
    const marked = /[/:(]/.test(credit);
    if (ENDS_SENTENCE.test(before) || (marked && words <= 25)) {
      return {
        caption: { start: paragraph.start, end: paragraph.start + before.length },
        credit: { start: creditStart, end: paragraph.end },
        rule: 'caption-with-credit',
      };
    }
  }
  if (CAPTION_PREFIX.test(p) && p.length < 400) return { caption: paragraph, credit: null, rule: 'caption-prefix' };
  return null;
}
