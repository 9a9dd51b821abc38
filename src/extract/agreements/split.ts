/**
 * Splits a scope phrase into items: at commas, "and", "as well as", "or" outside quotation marks; two words
 * coordinated before one noun stay together ("fuel and energy facilities", "important and sensitive
 * facilities"); a conjunct without a head of its own takes the head of the conjunct before it ("the
 * protection of important state facilities and special cargo" → "protection of important state facilities",
 * "protection of special cargo"; only a noun-and-preposition head is shared); a leading article and a light verb before a headed noun are dropped
 * ("ensuring the safety of X" → "safety of X"; "ensuring public safety" stays).
 */
import { words, type Word } from './words.js';

const SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as|along\s+with|plus)\s+/g;
const ARTICLES = new Set(['the', 'a', 'an']);
const PLURAL = /[^su]s$/i;
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['ensuring', 'providing', 'offering', 'giving', 'conducting', 'carrying']);
const HEAD_PREPOSITIONS = new Set(['of', 'against', 'on', 'for', 'in', 'with', 'over', 'between', 'from', 'to']);
/** "-ing" words that are not gerund heads. */
const NOT_GERUNDS = new Set(['during', 'including', 'according', 'regarding', 'concerning', 'following', 'pending', 'building', 'morning', 'evening', 'something', 'nothing', 'anything']);

export interface ScopeItem {
  /** View range of the words the item was read from. */
  start: number;
  end: number;
  item: string;
}

interface Conjunct {
  start: number;
  end: number;
  /** Separator before it ("" for the first). */
  joiner: string;
  head: string | null;
  /** Words after the head. */
  object: Word[];
}

/** Separators outside quotes and brackets, as [start, end) view ranges. */
function separators(text: string, from: number, to: number): { start: number; end: number; joiner: string }[] {
  const out: { start: number; end: number; joiner: string }[] = [];
  const quoted: boolean[] = [];
  let curly = 0;
  let paren = 0;
  let straight = false;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '“') curly++;
    else if (c === '”') curly = Math.max(0, curly - 1);
    else if (c === '(') paren++;
    else if (c === ')') paren = Math.max(0, paren - 1);
    else if (c === '"') straight = !straight;
    quoted[i - from] = curly > 0 || paren > 0 || straight;
  }
  SEPARATOR.lastIndex = from;
  for (let m = SEPARATOR.exec(text); m && m.index < to; m = SEPARATOR.exec(text)) {
    if (m.index + m[0].length > to || quoted[m.index - from]) continue;
    out.push({ start: m.index, end: m.index + m[0].length, joiner: m[0].trim().replace(/\s+/g, ' ') || ',' });
  }
  return out;
}

function analyse(text: string, start: number, end: number, joiner: string): Conjunct | null {
  let ws = words(text.slice(start, end)).map((w) => ({ ...w, start: w.start + start, end: w.end + start }));
  if (!ws.length) return null;
  if (ARTICLES.has(ws[0]!.text.toLowerCase())) ws = ws.slice(1);
  const headed = (xs: Word[]) => xs.findIndex((w, i) => i >= 1 && i <= 3 && HEAD_PREPOSITIONS.has(w.text.toLowerCase()));
  if (ws.length > 2 && LIGHT_VERBS.has(ws[0]!.text.toLowerCase())) {
    const rest = ARTICLES.has(ws[1]!.text.toLowerCase()) ? ws.slice(2) : ws.slice(1);
    const k = headed(rest);
    if (k >= 1 && !rest.slice(0, k).some((w) => /ing$/i.test(w.text))) ws = rest;
  }
  if (!ws.length) return null;
  const first = ws[0]!.text.toLowerCase();
  const k = headed(ws);
  if (k >= 1 && k < ws.length - 1) {
    return { start: ws[0]!.start, end: ws[ws.length - 1]!.end, joiner, head: ws.slice(0, k + 1).map((w) => w.text).join(' '), object: ws.slice(k + 1) };
  }
  if (/ing$/.test(first) && first.length > 4 && !NOT_GERUNDS.has(first) && ws.length > 1) {
    return { start: ws[0]!.start, end: ws[ws.length - 1]!.end, joiner, head: ws[0]!.text, object: ws.slice(1) };
  }
  return { start: ws[0]!.start, end: ws[ws.length - 1]!.end, joiner, head: null, object: ws };
}

const itemText = (text: string, s: number, e: number) => text.slice(s, e).replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();

/** The items of view range [from, to) of `text`. */
export function splitItems(text: string, from: number, to: number): ScopeItem[] {
  const seps = separators(text, from, to);
  const conjuncts: Conjunct[] = [];
  let cursor = from;
  let joiner = '';
  for (const s of [...seps, { start: to, end: to, joiner: '' }]) {
    const c = analyse(text, cursor, s.start, joiner);
    if (c) conjuncts.push(c);
    cursor = s.end;
    joiner = s.joiner;
  }
  // "fuel and energy facilities": a one-word conjunct (or a head with a one-word object) that is not a plural
  // noun ("fishing quotas and port access") and a headless conjunct of two or more words after "and"/"or"
  // modify one noun
  const merged: Conjunct[] = [];
  for (const c of conjuncts) {
    const prev = merged[merged.length - 1];
    const single = prev?.object.length === 1 && !PLURAL.test(prev.object[0]!.text);
    if (prev && single && (c.joiner === 'and' || c.joiner === 'or') && !c.head && c.object.length >= 2) {
      merged[merged.length - 1] = { ...prev, end: c.end, object: [...prev.object, ...c.object] };
    } else merged.push(c);
  }
  const out: ScopeItem[] = [];
  let lastHead: string | null = null;
  for (const c of merged) {
    const own = itemText(text, c.start, c.end);
    // only a noun-and-preposition head is shared ("protection of"): a first "-ing" word may be a modifier ("fishing quotas")
    if (c.head) lastHead = HEAD_PREPOSITIONS.has(c.head.split(' ').pop()!.toLowerCase()) ? c.head : null;
    const distribute = !c.head && lastHead && c.joiner !== ',' && c.joiner !== '';
    out.push({ start: c.start, end: c.end, item: distribute ? `${lastHead} ${own}` : own });
    if (!c.head && !distribute) lastHead = null;
  }
  return out.filter((i) => i.item);
}
