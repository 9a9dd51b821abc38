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
  /** HTML markup already says this is body text: no title, caption or heading guesses. */
  markupBody: boolean;
}

/** Block kinds read from HTML markup (InputHints.blocks). */
export interface BlockHint extends Span {
  kind: ZoneKind;
}

function spanOf(lines: readonly Line[]): Span {
  return { start: lines[0]!.start, end: lines[lines.length - 1]!.end };
}

/** Splits blocks into debris lines and text paragraphs, in document order. */
function firstPass(blocks: readonly Block[], hints: readonly BlockHint[]): (Draft | Paragraph)[] {
  const out: (Draft | Paragraph)[] = [];
  for (const block of blocks) {
    const hint = hints.find((h) => h.start <= block.start && block.end <= h.end);
    if (hint && hint.kind !== 'body') {
      out.push({ start: block.start, end: block.end, kind: hint.kind, rule: 'html-markup' });
      continue;
    }
    const markupBody = hint?.kind === 'body';
    let run: Line[] = [];
    const items: (Draft | Paragraph)[] = [];
    const flush = () => {
      for (const p of splitParagraphs(run)) items.push({ lines: p, alone: false, markupBody });
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

/**
 * Zones of `text`. `hints` are block kinds from HTML markup: a block the markup calls title, caption,
 * byline… takes that kind; a block it calls body is body (debris lines inside it are still found).
 */
/** A body paragraph; the first one may open with a wire dateline. Returns true (body seen). */
function pushBody(text: string, span: Span, seenBody: boolean, drafts: Draft[]): true {
  const dateline = seenBody ? null : splitDateline(text, span);
  if (dateline) {
    drafts.push({ ...dateline.dateline, kind: 'dateline', rule: 'wire-dateline' });
    drafts.push({ ...dateline.body, kind: 'body', rule: 'paragraph' });
  } else {
    drafts.push({ ...span, kind: 'body', rule: 'paragraph' });
  }
  return true;
}

export function findZones(text: string, hints: readonly BlockHint[] = []): Zone[] {
  const items = firstPass(splitBlocks(text), hints);
  const paragraphs = items.filter((x): x is Paragraph => 'lines' in x);
  const drafts: Draft[] = [];
  let seenBody = false;
  let p = -1;
  for (const item of items) {
    if (!('lines' in item)) {
      drafts.push(item);
      continue;
    }
    p++;
    const span = spanOf(item.lines);
    const prevParagraph = paragraphs[p - 1];
    const next = paragraphs[p + 1];
    if (item.markupBody) {
      seenBody = pushBody(text, span, seenBody, drafts);
      continue;
    }
    const caption = splitCaption(text, span);
    if (caption) {
      drafts.push({ ...caption.caption, kind: 'caption', rule: caption.rule });
      if (caption.credit) drafts.push({ ...caption.credit, kind: 'credit', rule: caption.rule });
      continue;
    }
    if (isTitle(item.lines, p === 0, item.alone, next?.lines)) {
      drafts.push({ ...span, kind: 'title', rule: 'first-short-line' });
      continue;
    }
    if (seenBody && isHeading(item.lines, prevParagraph?.lines, next?.lines)) {
      drafts.push({ ...span, kind: 'heading', rule: 'short-line-between-paragraphs' });
      continue;
    }
    seenBody = pushBody(text, span, seenBody, drafts);
  }
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
