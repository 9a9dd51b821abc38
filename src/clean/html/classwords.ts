/**
 * class/id words of an element: each class token and the id split at "-", "_", digits and camelCase
 * boundaries, lower-cased ("ArticleBody-InlineImage-104855655" → article, body, inline, image). Cached per
 * element, since the ancestor walks ask again and again.
 */
import type { DomElement } from './dom.js';

export interface ClassWords {
  words: string[];
  /** Each class token and the id, lower-cased with separators removed ("author-bio" → "authorbio"). */
  joined: string[];
}

const EMPTY: ClassWords = { words: [], joined: [] };
const cache = new WeakMap<DomElement, ClassWords>();

export function classWords(el: DomElement): ClassWords {
  const hit = cache.get(el);
  if (hit) return hit;
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  if (!raw) {
    cache.set(el, EMPTY);
    return EMPTY;
  }
  const words: string[] = [];
  const joined: string[] = [];
  for (const token of raw.split(/\s+/)) {
    if (!token || token.length > 80) continue;
    joined.push(token.replace(/[^A-Za-z]+/g, '').toLowerCase());
    for (const w of token
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z]+/)) {
      if (w) words.push(w);
    }
  }
  const out = { words, joined };
  cache.set(el, out);
  return out;
}

export function hasWord(cw: ClassWords, set: ReadonlySet<string>): boolean {
  return cw.words.some((w) => set.has(w));
}

export function joinedMatches(cw: ClassWords, re: RegExp): boolean {
  return cw.joined.some((j) => re.test(j));
}
