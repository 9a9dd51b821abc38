import type { Sentence, Token } from '../../core/schema.js';
import { withLayers } from '../../core/document.js';
import { textSpan } from '../../core/span.js';
import { bodyView } from '../../clean/view.js';
import type { Stage } from '../../pipeline/stage.js';
import { segmentText } from './wink.js';

/**
 * Sentences and tokens of the clean body. Each paragraph of the clean view is segmented on its own (a
 * sentence never crosses a paragraph), and every offset is mapped back to the original text: a sentence
 * that debris split in two gets `parts`, one exact span per piece.
 */
export const segmentStage: Stage = {
  name: 'segment',
  requires: ['zones', 'links'],
  produces: ['sentences', 'tokens'],
  run(doc) {
    const { view, paragraphs } = bodyView(doc);
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    for (const para of paragraphs) {
      const ptext = view.text.slice(para.start, para.end);
      for (const raw of segmentText(ptext)) {
        const spans = view.toOriginalSpans(para.start + raw.start, para.start + raw.end);
        if (!spans.length) continue;
        const first = spans[0]!;
        const last = spans[spans.length - 1]!;
        const index = sentences.length;
        const sentence: Sentence = {
          id: `s${index}`,
          ...textSpan(doc.text, first.start, last.end),
          zone: para.zones[0]!,
          clean: ptext.slice(raw.start, raw.end),
        };
        if (spans.length > 1) sentence.parts = spans.map((s) => textSpan(doc.text, s.start, s.end));
        sentences.push(sentence);
        for (const t of raw.tokens) {
          for (const s of view.toOriginalSpans(para.start + t.start, para.start + t.end)) {
            tokens.push({ start: s.start, end: s.end, sentence: index, kind: t.kind });
          }
        }
      }
    }
    return withLayers(doc, { sentences, tokens });
  },
};
