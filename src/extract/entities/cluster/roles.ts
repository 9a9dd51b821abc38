/**
 * Titles and roles (rule 4). Before a person's name:
 *   [former] [holder] [modifiers] [ex-|then-]TITLE Name
 * where the holder is a country form ("Kenyan", "Kenya's", "Belarus’", "U.S.") or a tagged name ending there
 * ("Apple CEO Tim Cook", "Kremlin spokesman …"), modifiers are TITLE_MODIFIERS or hyphenated words
 * ("Moscow-backed"). After a name, an appositive: "Name, the Kenyan president," / "Name, a spokesman for the
 * Kremlin,". The whole phrase before the name, or the appositive without its article, is the role mention.
 */
import { countryBefore, countryForm, type CountryMatch } from './countries.js';
import { PAST_MODIFIERS, TITLE_MODIFIERS, TITLE_SOURCE, titleOf, type Title } from './titles.js';
import type { Span } from './types.js';

/** A tagged name as the role finder sees it: its span (possessive included) and what it resolved to. */
export interface NameRef { start: number; end: number; key: string; country: boolean }

export type Holder =
  | { kind: 'country'; match: CountryMatch }
  | { kind: 'name'; ref: NameRef; start: number; end: number };

export interface RoleFinding {
  person: NameRef;
  /** The role mention: "Belarus’ Moscow-backed President", "the Kenyan president" without "the". */
  span: Span;
  title: Title;
  former: boolean;
  holder: Holder | null;
}

export interface RoleContext {
  text: string;
  /** Start of the sentence holding a position. */
  sentenceStart(pos: number): number;
  sentenceEnd(pos: number): number;
  /** The tagged (non-person) name whose span ends exactly at `pos`. */
  nameEndingAt(pos: number): NameRef | undefined;
  nameStartingAt(pos: number): NameRef | undefined;
}

/** How far before a name a title may start, and how far before a title its modifiers may. */
const TITLE_REACH = 40;
const MODIFIER_REACH = 60;
const MOD_WORD = `(?:${TITLE_MODIFIERS.map((m) => m.replace(/ /g, '\\s+')).join('|')}|\\p{L}+-\\p{L}[\\p{L}-]*)`;
/** The title right before a name: its start is the match of group 1 (with an "ex-"/"then-" prefix in group 2). */
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}-])((ex|then|former)-)?(${TITLE_SOURCE})\\s+$`, 'iu');
const MODS_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}-])((?:${MOD_WORD}\\s+){1,3})$`, 'iu');
const FORMER_BEFORE = /(?<![\p{L}\p{N}-])(former|ousted|deposed)\s+$/iu;
/** ", the|a|an …" after a name, up to the next comma, period, semicolon or bracket. */
const APPOSITIVE = /,\s+(?:(?:the|an?)\s+)?([^,.;:()"“”]{2,80}?)(?=\s*(?:[,;:)"”]|\.(?:\s|$)|$))/uy;
const TITLE_THEN_PREP = new RegExp(`^(.*?)(?<![\\p{L}\\p{N}-])(${TITLE_SOURCE})(?:\\s+(of|for)\\s+(?:the\\s+)?(.+))?$`, 'iu');

function holderBefore(ctx: RoleContext, pos: number, floor: number): Holder | null {
  let p = pos;
  while (p > floor && /\s/.test(ctx.text[p - 1]!)) p--;
  const ref = ctx.nameEndingAt(p);
  if (ref && !ref.country) return { kind: 'name', ref, start: ref.start, end: ref.end };
  const match = countryBefore(ctx.text, pos, floor);
  return match ? { kind: 'country', match } : null;
}

const isPast = (words: string): boolean => words.toLowerCase().split(/\s+/).some((w) => PAST_MODIFIERS.has(w));

/** The role phrase ending right before a person's name, if any. */
export function roleBefore(ctx: RoleContext, person: NameRef): RoleFinding | null {
  const floor = ctx.sentenceStart(person.start);
  // the title itself is short: look for it in the last few dozen characters only
  const tlo = Math.max(floor, person.start - TITLE_REACH);
  const t = TITLE_BEFORE.exec(ctx.text.slice(tlo, person.start));
  if (!t) return null;
  const title = titleOf(t[3]!);
  if (!title) return null;
  let start = tlo + t.index;
  const titleEnd = start + t[0].trimEnd().length;
  let former = t[2] !== undefined && PAST_MODIFIERS.has(t[2].toLowerCase());
  const lo = Math.max(floor, start - MODIFIER_REACH);
  const mods = MODS_BEFORE.exec(ctx.text.slice(lo, start));
  if (mods) { start = lo + mods.index; former ||= isPast(mods[1]!); }
  const holder = holderBefore(ctx, start, floor);
  if (holder) start = holder.kind === 'country' ? holder.match.start : holder.start;
  const flo = Math.max(floor, start - 12);
  const pre = FORMER_BEFORE.exec(ctx.text.slice(flo, start));
  if (pre && holder) { start = flo + pre.index; former = true; }
  return { person, span: { start, end: titleEnd }, title, former, holder };
}

/** An appositive role after a person's name: "Name, the Kenyan president," / "Name, a spokesman for the Kremlin". */
export function roleAfter(ctx: RoleContext, person: NameRef): RoleFinding | null {
  const { text } = ctx;
  APPOSITIVE.lastIndex = person.end;
  const a = APPOSITIVE.exec(text);
  if (!a) return null;
  const phraseStart = person.end + a[0].length - a[1]!.length;
  const phraseEnd = person.end + a[0].length;
  if (phraseEnd > ctx.sentenceEnd(person.start)) return null;
  const m = TITLE_THEN_PREP.exec(a[1]!);
  if (!m) return null;
  const title = titleOf(m[2]!);
  if (!title) return null;
  const titleStart = phraseStart + m[1]!.length;
  const titleEnd = titleStart + m[2]!.length;
  let former = false;
  let holder: Holder | null = null;
  let start = titleStart;
  const head = m[1]!;
  if (head.trim().length > 0) {
    // everything before the title must be [former] [holder] [modifiers]
    const mods = MODS_BEFORE.exec(text.slice(phraseStart, titleStart));
    let p = mods ? phraseStart + mods.index : titleStart;
    if (mods) former = isPast(mods[1]!);
    holder = holderBefore(ctx, p, phraseStart);
    if (holder) p = holder.kind === 'country' ? holder.match.start : holder.start;
    const pre = FORMER_BEFORE.exec(text.slice(phraseStart, p));
    if (pre) { p = phraseStart + pre.index; former = true; }
    if (p !== phraseStart) return null;
    start = phraseStart;
  }
  let end = titleEnd;
  if (!holder && m[3] && m[4]) {
    const objStart = phraseEnd - m[4].length;
    const ref = ctx.nameStartingAt(objStart);
    if (ref && ref.end === phraseEnd && !ref.country) holder = { kind: 'name', ref, start: ref.start, end: ref.end };
    else {
      const form = countryForm(m[4]);
      if (form) holder = { kind: 'country', match: { ...form, start: objStart, end: phraseEnd, possessive: false } };
      else if (ref && ref.end === phraseEnd) holder = { kind: 'name', ref, start: ref.start, end: ref.end };
    }
    if (!holder) return null;
    end = phraseEnd;
  } else if (m[3]) return null;
  return { person, span: { start, end }, title, former, holder };
}
