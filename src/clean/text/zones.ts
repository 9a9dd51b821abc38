/**
 * Plain-text cleaning: marks zones over the original text (title, byline, dateline, body, heading,
 * caption, credit, related teaser, link, boilerplate). The text itself is never changed.
 *
 * Order: lines that are debris on their own (URLs, teasers, boilerplate, credits, bylines) are decided
 * first; the remaining runs of text lines are split into paragraphs; paragraphs are then a title (first),
 * a caption (ends with a photo credit), a heading, or body. Refiners then join body paragraphs that
 * inserted debris split in two.
 */
import type { Span } from '../../core/span.js';
import type { Zone, ZoneKind } from '../../core/schema.js';
import { splitBlocks, type Block, type Line } from './lines.js';
import { classifyLine } from './rules/line-kind.js';
import { splitParagraphs } from './rules/paragraphs.js';
import { splitCaption } from './rules/caption.js';
import { isTitle } from './rules/title.js';
import { isHeading } from './rules/heading.js';
import { splitDateline } from './rules/dateline.js';
import { markContinuations } from './refiners/continuations.js';

interface Draft extends Span {
  kind: ZoneKind;
  rule: string;
}

interface Paragraph {
  lines: Line[];
  /** The paragraph is its block's only content: blank lines around it. */
  alone: boolean;
}

function spanOf(lines: readonly Line[]): Span {
  return { start: lines[0]!.start, end: lines[lines.length - 1]!.end };
}

/** Splits blocks into debris lines and text paragraphs, in document order. */
function firstPass(blocks: readonly Block[]): (Draft | Paragraph)[] {
  const out: (Draft | Paragraph)[] = [];
  for (const block of blocks) {
    let run: Line[] = [];
    const items: (Draft | Paragraph)[] = [];
    const flush = () => {
      for (const p of splitParagraphs(run)) items.push({ lines: p, alone: false });
      run = [];
    };
    let carry: string | null = null;
    for (const line of block.lines) {
      if (carry) {
        items.push({ ...spanOf([line]), kind: 'related', rule: carry });
        carry = null;
        continue;
      }
      const verdict = classifyLine(line);
      if (!verdict) {
        run.push(line);
        continue;
      }
      flush();
      items.push({ start: line.start, end: line.end, kind: verdict.kind, rule: verdict.rule });
      if (verdict.takesNextLine) carry = verdict.rule;
    }
    flush();
    if (items.length === 1 && 'lines' in items[0]!) (items[0] as Paragraph).alone = true;
    out.push(...items);
  }
  return out;
}

export function findZones(text: string): Zone[] {
  const items = firstPass(splitBlocks(text));
  const drafts: Draft[] = [];
  let seenText = false;
  let seenBody = false;
  items.forEach((item, i) => {
    if (!('lines' in item)) {
      drafts.push(item);
      return;
    }
    const span = spanOf(item.lines);
    const prevParagraph = items.slice(0, i).reverse().find((x): x is Paragraph => 'lines' in x);
    const isFirst = !seenText;
    seenText = true;
    const next = items.slice(i + 1).find((x): x is Paragraph => 'lines' in x);
    const caption = splitCaption(text, span);
    if (caption) {
      drafts.push({ ...caption.caption, kind: 'caption', rule: caption.rule });
      if (caption.credit) drafts.push({ ...caption.credit, kind: 'credit', rule: caption.rule });
      return;
    }
    if (isTitle(item.lines, isFirst, item.alone, next?.lines)) {
      drafts.push({ ...span, kind: 'title', rule: 'first-short-line' });
      return;
    }
    if (seenBody && isHeading(item.lines, prevParagraph?.lines, next?.lines)) {
      drafts.push({ ...span, kind: 'heading', rule: 'short-line-between-paragraphs' });
      return;
    }
    const dateline = seenBody ? null : splitDateline(text, span);
    if (dateline) {
      drafts.push({ ...dateline.dateline, kind: 'dateline', rule: 'wire-dateline' });
      drafts.push({ ...dateline.body, kind: 'body', rule: 'paragraph' });
    } else {
      drafts.push({ ...span, kind: 'body', rule: 'paragraph' });
    }
    seenBody = true;
  });
  const zones: Zone[] = drafts.map((d, i) => ({
    id: `z${i}`,
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    kind: d.kind,
    rule: d.rule,
  }));
  return markContinuations(zones);
}
