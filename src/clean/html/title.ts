/**
 * The article title. A page's <title> (and often Readability's title, which starts from it) is usually the
 * headline plus the site name: "Harbour budget approved | The Daily Example". When the page's own <h1>, its
 * JSON-LD headline or og:title is exactly that headline, it is preferred. The <h1> is read before Readability
 * runs, since Readability drops the <h1> that repeats the title from its output.
 */
import type { DomDocument } from './dom.js';
import { oneLine } from '../../core/text.js';

const SEPARATOR_AFTER = /^\s*[|\-–—:·»/]\s*\S/;
const SEPARATOR_BEFORE = /\S\s*[|\-–—:·»/]\s*$/;


/** The first <h1> texts of the page (a page may have a logo <h1> before the headline). */
export function pageH1s(doc: DomDocument, max = 5): string[] {
  const h1s = doc.getElementsByTagName('h1');
  const out: string[] = [];
  for (let i = 0; i < h1s.length && out.length < max; i++) {
    const t = oneLine(h1s[i]!.textContent);
    if (t) out.push(t);
  }
  return out;
}

/**
 * `full` less a site name on one side is `candidate`: "X | Site" or "Site - X", where the part left over is
 * not longer than the candidate (so that a logo <h1> holding the site name never wins).
 */
export function isTitleCore(full: string, candidate: string): boolean {
  const f = full.toLowerCase();
  const c = candidate.toLowerCase();
  if (c.length < 10 || c.length >= f.length) return false;
  if (f.startsWith(c)) {
    const rest = full.slice(c.length);
    return SEPARATOR_AFTER.test(rest) && rest.length <= c.length + 3;
  }
  if (f.endsWith(c)) {
    const rest = full.slice(0, full.length - c.length);
    return SEPARATOR_BEFORE.test(rest) && rest.length <= c.length + 3;
  }
  return false;
}

/**
 * Picks the title: the longest of the page's headlines (`cores`: <h1>s, JSON-LD headline, og:title) that is
 * one of the full titles (<title>, Readability's title) less the site name; else Readability's title; else
 * the first headline; else the <title>. The site name alone is never taken as the title.
 */
export function chooseTitle(fulls: readonly (string | undefined)[], cores: readonly (string | undefined)[], siteName: string | undefined): string {
  const fullList = fulls.map(oneLine);
  const site = oneLine(siteName).toLowerCase();
  const coreList = cores.map(oneLine).filter((c) => c && c.toLowerCase() !== site);
  let best = '';
  for (const core of coreList) {
    if (core.length > best.length && fullList.some((f) => f && isTitleCore(f, core))) best = core;
  }
  return best || fullList[1] || coreList[0] || fullList[0] || '';
}
