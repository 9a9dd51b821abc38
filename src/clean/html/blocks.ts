/**
 * Turns an element tree into text blocks: one block per paragraph, list item, heading, caption, table cell;
 * inline elements joined exactly as written (no invented spaces); a single <br> becomes "\n", two or more
 * in a row split the block; whitespace runs collapse to one space.
 */
import type { ZoneKind } from '../../core/schema.js';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import { classWords, hasWord, joinedMatches } from './classwords.js';
import {
  BLOCK_TAGS,
  CAPTION_JOINED,
  CAPTION_WORDS,
  CREDIT_WORDS,
  HEADING_TAGS,
  SKIP_JOINED,
  SKIP_TAGS,
  SKIP_WORDS,
} from './patterns.js';

export interface RawBlock {
  text: string;
  kind: ZoneKind;
  /** The innermost block-level element the text sits in. */
  el: DomElement;
  /** The page's original element for `el` when Readability replaced it by a class-less <p> (prepare.ts). */
  origin?: DomElement;
  /** Characters of `text` (before whitespace collapsing) that sit inside links. */
  linkChars: number;
  /** Characters of raw text in total, same measure as linkChars. */
  rawChars: number;
}

function isSkipped(el: DomElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  const cw = classWords(el);
  return hasWord(cw, SKIP_WORDS) || joinedMatches(cw, SKIP_JOINED);
}

/** Marks a <br> in the raw buffer; a private-use character that pages do not contain in practice. */
const BR = '\uE000';
const BR_RUN = new RegExp(`(?: ?${BR} ?){2,}`);
const BR_ONE = new RegExp(` ?${BR} ?`, 'g');
const BR_ALL = new RegExp(BR, 'g');

/** Deeper than this (malformed pages nest thousands of unclosed tags), a subtree is read as plain text. */
const MAX_DEPTH = 200;

interface Ctx {
  kind: ZoneKind;
  el: DomElement;
  origin?: DomElement;
}

function isCredit(el: DomElement): boolean {
  return hasWord(classWords(el), CREDIT_WORDS);
}

function isCaption(el: DomElement): boolean {
  const cw = classWords(el);
  return hasWord(cw, CAPTION_WORDS) || joinedMatches(cw, CAPTION_JOINED);
}

/** Kind of text inside `el`, given the kind of its surroundings. Captions and credits stick to their subtree. */
function kindFor(el: DomElement, tag: string, outer: ZoneKind): ZoneKind {
  if (outer === 'caption' || outer === 'credit') return outer === 'caption' && isCredit(el) ? 'credit' : outer;
  if (isCredit(el)) return 'credit';
  if (tag === 'figcaption' || tag === 'figure' || isCaption(el)) return 'caption';
  if (HEADING_TAGS.has(tag)) return 'heading';
  return outer === 'heading' ? 'heading' : 'body';
}

/** Collapses whitespace, turns <br> marks into "\n" (two or more in a row split the block), trims. */
export function normaliseBlockText(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.replace(/\s+/g, ' ').split(BR_RUN)) {
    const t = part.replace(BR_ONE, '\n').trim();
    if (t) out.push(t);
  }
  return out;
}

export function collectBlocks(
  root: DomElement,
  rootKind: ZoneKind = 'body',
  origins?: WeakMap<DomNode, DomElement>,
): RawBlock[] {
  const blocks: RawBlock[] = [];
  let buf = '';
  let linkChars = 0;
  let rawChars = 0;
  let linkDepth = 0;

  const flush = (ctx: Ctx): void => {
    if (buf) {
      for (const text of normaliseBlockText(buf)) {
        const b: RawBlock = { text, kind: ctx.kind, el: ctx.el, linkChars, rawChars };
        if (ctx.origin) b.origin = ctx.origin;
        blocks.push(b);
      }
    }
    buf = '';
    linkChars = 0;
    rawChars = 0;
  };

  const walk = (node: DomNode, ctx: Ctx, depth: number): void => {
    if (node.nodeType === TEXT_NODE || (depth > MAX_DEPTH && isElement(node))) {
      const t = (node.nodeType === TEXT_NODE ? node.data : undefined) ?? node.textContent ?? '';
      if (!t) return;
      buf += t.replace(BR_ALL, ' ');
      const n = t.replace(/\s+/g, '').length;
      rawChars += n;
      if (linkDepth > 0) linkChars += n;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName?.toLowerCase() ?? '';
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') {
      buf += BR;
      return;
    }
    if (tag === 'hr') {
      flush(ctx);
      return;
    }
    // A caption or credit <span> is a block of its own, so that it can be told apart from the text around it.
    const isBlock = BLOCK_TAGS.has(tag) || isCaption(node) || isCredit(node);
    if (!isBlock) {
      // Inline hover cards ("rollover" bios inside a sentence) and hidden spans are not part of the text.
      if (isSkipped(node)) return;
      const isLink = tag === 'a';
      if (isLink) linkDepth++;
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c, ctx, depth + 1);
      if (isLink) linkDepth--;
      return;
    }
    flush(ctx);
    const inner: Ctx = { kind: kindFor(node, tag, ctx.kind), el: node };
    const origin = origins && node.firstChild && !node.hasAttribute('class') ? origins.get(node.firstChild) : undefined;
    if (origin && origin !== node) {
      inner.origin = origin;
      inner.kind = kindFor(origin, 'div', inner.kind);
    }
    if (tag === 'pre') {
      // Keep the line structure of preformatted text.
      const text = (node.textContent ?? '').replace(BR_ALL, ' ').replace(/\r\n?/g, '\n').split('\n').join(BR);
      buf += text;
      rawChars += text.replace(/\s+/g, '').length;
    } else {
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c, inner, depth + 1);
    }
    flush(inner);
  };

  const ctx: Ctx = { kind: rootKind, el: root };
  walk(root, ctx, 0);
  flush(ctx);
  return blocks;
}
