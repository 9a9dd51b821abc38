/**
 * Decides, block by block, what Readability's container holds besides the article: share and newsletter
 * boxes, related-link lists, author bios, date lines, photo captions and credits. Each decision names the
 * rule that made it (useful when a page goes wrong). Rules look at markup (class/id words of the block's
 * ancestors, link density) and at wording (patterns.ts); none is keyed to a site.
 *
 * Measured on the benchmark folder by switching one rule off at a time (F1 without → with; all rules on:
 * 0.987): boilerplate-class 0.984, boilerplate-text 0.984, link-dense 0.982, date-line 0.985, image-wrapper
 * 0.985, byline-class 0.985, url-only 0.986. credit-text, author-section, links-heading and the
 * skip-class/hidden rules change F1 by less than 0.001 there; they are kept for the boilerplate kinds they
 * name. A "drop short fragments before the first paragraph" rule was tried and removed: it cost 0.001.
 */
import type { ZoneKind } from '../../core/schema.js';
import type { RawBlock } from './blocks.js';
import { classWords, hasWord, joinedMatches } from './classwords.js';
import type { DomElement } from './dom.js';
import {
  AUTHOR_HEADING,
  BOILERPLATE_CONTAINS,
  BOILERPLATE_JOINED,
  BOILERPLATE_START,
  BOILERPLATE_WHOLE,
  BOILERPLATE_WORDS,
  BY_LINE,
  BYLINE_WORDS,
  CREDIT_TEXT,
  DATE_LINE_LEFTOVER,
  DATE_LINE_START,
  DATE_LINE_WORDS,
  BY_LINE_LOWER,
  IMAGE_WORDS,
  LINKS_HEADING,
  SHORT_BLOCK_WORDS,
  SKIP_JOINED,
  SKIP_WORDS,
} from './patterns.js';

export interface Judged {
  text: string;
  /** null: dropped. */
  kind: ZoneKind | null;
  rule: string;
  raw: RawBlock;
}

const WORD = /[\p{L}\p{N}_]+/gu;
export function wordCount(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

function linkDensity(b: RawBlock): number {
  return b.rawChars > 0 ? b.linkChars / b.rawChars : 0;
}

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** A subtree is "small" when it holds under this share of the extracted text. */
const SMALL_SHARE = 0.3;
/** Text of an image wrapper longer than this is not a caption. */
const CAPTION_MAX_CHARS = 500;
const BYLINE_MAX_CHARS = 300;

/** Decision from the class/id words of the block's ancestors (innermost first), or null. */
function byAncestors(b: RawBlock, root: DomElement, size: Map<DomElement, number>, total: number): Judged | null {
  const chain: DomElement[] = [];
  for (let e: DomElement | null = b.el; e && e !== root; e = e.parentElement) chain.push(e);
  // The original element Readability replaced (see prepare.ts) counts as the innermost one, with its size.
  if (b.origin && !chain.includes(b.origin)) chain.unshift(b.origin);
  for (const e of chain) {
    const s = size.get(e) ?? 0;
    const small = s < total * SMALL_SHARE;
    if (isHidden(e) && small) return { text: b.text, kind: null, rule: 'hidden', raw: b };
    const cw = classWords(e);
    if (cw.words.length === 0) continue;
    if (small && (hasWord(cw, SKIP_WORDS) || joinedMatches(cw, SKIP_JOINED))) return { text: b.text, kind: null, rule: 'skip-class', raw: b };
    if (small && (hasWord(cw, BOILERPLATE_WORDS) || joinedMatches(cw, BOILERPLATE_JOINED))) {
      return { text: b.text, kind: null, rule: 'boilerplate-class', raw: b };
    }
    if (s <= BYLINE_MAX_CHARS && hasWord(cw, BYLINE_WORDS) && b.kind !== 'caption' && b.kind !== 'credit') {
      return { text: b.text, kind: 'byline', rule: 'byline-class', raw: b };
    }
    if (s <= CAPTION_MAX_CHARS && hasWord(cw, IMAGE_WORDS) && (b.kind === 'body' || b.kind === 'heading')) {
      return { text: b.text, kind: CREDIT_TEXT.test(b.text) ? 'credit' : 'caption', rule: 'image-wrapper', raw: b };
    }
  }
  return null;
}

function byText(b: RawBlock): Judged | null {
  const t = b.text;
  const words = wordCount(t);
  const drop = (rule: string): Judged => ({ text: t, kind: null, rule, raw: b });
  if (words === 0) return drop('no-words');
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(t)) return drop('url-only');
  if (/^\[\w+[^\]]*\].*\[\/\w+\]$/s.test(t)) return drop('shortcode');
  if (words <= SHORT_BLOCK_WORDS) {
    const bare = t.replace(/[\s.:…!|»›>\-–—_]+$/u, '').replace(/^[\s|»›>\-–—_]+/u, '');
    if (BOILERPLATE_WHOLE.test(bare)) return drop('boilerplate-text');
    if (BOILERPLATE_START.test(t) || BOILERPLATE_CONTAINS.test(t)) return drop('boilerplate-text');
  }
  if (words <= 20 && CREDIT_TEXT.test(t)) return { text: t, kind: 'credit', rule: 'credit-text', raw: b };
  if (words <= 15 && isDateLine(t)) return { text: t, kind: 'byline', rule: 'date-line', raw: b };
  if (words <= 12 && isByLine(t)) return { text: t, kind: 'byline', rule: 'by-line', raw: b };
  return null;
}

function isDateLine(t: string): boolean {
  const s = t.replace(/^[\s|•·,;:\-–—]+/u, '');
  if (!/\d/.test(s) || !DATE_LINE_START.test(s)) return false;
  return wordCount(s.replace(DATE_LINE_WORDS, ' ')) <= DATE_LINE_LEFTOVER;
}

/** "By" and names: capitalised words, digits, and the few lower-case words of bylines. */
function isByLine(t: string): boolean {
  if (!BY_LINE.test(t) || /[.!?]["”’]?$/.test(t)) return false;
  const words = t.match(/[\p{L}\p{N}_.]+/gu) ?? [];
  return words.filter((w) => /^\p{Ll}/u.test(w) && !BY_LINE_LOWER.test(w)).length === 0;
}

/** A real paragraph: long enough, or a full sentence (character count stands in for words in CJK text). */
function isSubstantial(j: Judged): boolean {
  const w = wordCount(j.text);
  return w >= 10 || j.text.length >= 80 || (w >= 3 && /[.!?。！？]["”’)」]?$/u.test(j.text));
}

/** Share of upper-case among the cased letters. */
function upperShare(s: string): number {
  const letters = s.match(/[\p{Lu}\p{Ll}]/gu) ?? [];
  if (letters.length < 8) return 0;
  return letters.filter((c) => c === c.toUpperCase()).length / letters.length;
}

function isLinkDense(j: Judged): boolean {
  return (j.kind === 'body' || j.kind === 'heading') && wordCount(j.text) <= 25 && linkDensity(j.raw) >= 0.75;
}

export function judgeBlocks(blocks: RawBlock[], root: DomElement): Judged[] {
  let total = 0;
  const size = new Map<DomElement, number>();
  for (const b of blocks) {
    total += b.text.length;
    let originInChain = false;
    for (let e: DomElement | null = b.el; e && e !== root; e = e.parentElement) {
      size.set(e, (size.get(e) ?? 0) + b.text.length);
      if (e === b.origin) originInChain = true;
    }
    // A replaced original element (see prepare.ts) holds all the blocks made from its children.
    if (b.origin && !originInChain) size.set(b.origin, (size.get(b.origin) ?? 0) + b.text.length);
  }
  const judged: Judged[] = blocks.map((b) => {
    if (wordCount(b.text) === 0) return { text: b.text, kind: null, rule: 'no-words', raw: b };
    if (b.kind === 'body' || b.kind === 'heading') {
      return byAncestors(b, root, size, total) ?? byText(b) ?? { text: b.text, kind: b.kind, rule: 'markup', raw: b };
    }
    if (b.kind === 'caption' && CREDIT_TEXT.test(b.text) && wordCount(b.text) <= 20) return { text: b.text, kind: 'credit', rule: 'credit-text', raw: b };
    return byAncestors(b, root, size, total)?.kind === null
      ? { text: b.text, kind: null, rule: 'boilerplate-class', raw: b }
      : { text: b.text, kind: b.kind, rule: 'markup', raw: b };
  });
  dropSections(judged);
  dropLinkLists(judged);
  return judged;
}

/** An "About the author" heading ends the article; a "Related"/"More"-style heading starts a box of links. */
function dropSections(judged: Judged[]): void {
  for (let i = 0; i < judged.length; i++) {
    const j = judged[i]!;
    if (j.kind !== 'heading' && j.kind !== 'body') continue;
    const bare = j.text.replace(/[\s:.…]+$/u, '');
    if (j.kind === 'heading' && AUTHOR_HEADING.test(bare)) {
      for (let k = i; k < judged.length; k++) judged[k] = { ...judged[k]!, kind: null, rule: 'author-section' };
      return;
    }
    if (wordCount(bare) <= 8 && LINKS_HEADING.test(bare)) {
      judged[i] = { ...j, kind: null, rule: 'links-heading' };
      for (let k = i + 1; k < judged.length; k++) {
        const n = judged[k]!;
        if (n.kind !== 'body' && n.kind !== 'heading') continue;
        if (linkDensity(n.raw) >= 0.5 || !isSubstantial(n)) judged[k] = { ...n, kind: null, rule: 'links-box' };
        else break;
      }
    }
  }
}

/**
 * Short link-only blocks: navigation and teaser lists. Dropped before the first and after the last real
 * paragraph, in runs of three or more, and when written in capitals (promotional links). Single link-only
 * blocks between paragraphs stay: deal and gift-guide articles are made of them. Measured on the benchmark
 * folder (F1 / recall): keeping all 0.982 / 0.991, dropping all 0.985 / 0.988, this rule 0.986 / 0.991.
 */
function dropLinkLists(judged: Judged[]): void {
  let first = judged.length;
  let last = -1;
  judged.forEach((j, i) => {
    if (j.kind === 'body' && isSubstantial(j) && !isLinkDense(j)) {
      first = Math.min(first, i);
      last = i;
    }
  });
  const drop = new Set<number>();
  for (let i = 0; i < judged.length; ) {
    if (!isLinkDense(judged[i]!)) {
      i++;
      continue;
    }
    // A run: link-dense blocks with nothing but dropped or non-body blocks between them.
    const members: number[] = [];
    let k = i;
    for (; k < judged.length; k++) {
      const n = judged[k]!;
      if (isLinkDense(n)) members.push(k);
      else if (n.kind === 'body' || n.kind === 'heading') break;
    }
    for (const m of members) {
      const j = judged[m]!;
      const shouting = linkDensity(j.raw) >= 0.95 && upperShare(j.text) >= 0.8;
      if (members.length >= 3 || m < first || m > last || shouting) drop.add(m);
    }
    i = k;
  }
  for (const m of drop) judged[m] = { ...judged[m]!, kind: null, rule: 'link-dense' };
}
