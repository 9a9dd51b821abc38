/**
 * Name clusters (rule 2): tagged names with the same surface are one group (its type by majority, ties by
 * the first mention); a shorter group joins a longer one ("longest name wins"), wherever it stands in the text:
 * - PER: the short name's tokens are a subsequence of the long one's, with the same last token, and, when the
 *   short name has two or more tokens, the same first token ("Ruto", "William Ruto" → "William Samoei Ruto");
 * - ORG/LOC/MISC: same type, the short name has at least two tokens, they are a subsequence of the long
 *   name's with the same head (last token): "National Guard" → "Kenyan National Guard".
 * A short name contained in several unrelated long names joins, mention by mention, the one mentioned last
 * before it (else the one mentioned first after it). A one-token person name that is nobody's surname joins
 * the only longer person name that begins with it ("Wang" → "Wang Yi"; "Abiy" → "Abiy Ahmed"), if exactly one does.
 */
import type { CleanName } from './hygiene.js';
import type { NameType } from './types.js';

export interface PreparedName extends CleanName { type: NameType }

export interface NameGroup {
  surface: string;
  type: NameType;
  tokens: readonly string[];
  mentions: readonly PreparedName[];
}

/** Groups names by surface, in order of first mention, with the majority type (ties: the first seen). */
export function groupNames(names: readonly PreparedName[]): NameGroup[] {
  const bySurface = new Map<string, PreparedName[]>();
  for (const n of names) {
    const list = bySurface.get(n.surface);
    if (list) list.push(n); else bySurface.set(n.surface, [n]);
  }
  return [...bySurface.entries()].map(([surface, mentions]) => ({
    surface, type: majorityType(mentions), tokens: surface.split(' '), mentions,
  }));
}

function majorityType(mentions: readonly PreparedName[]): NameType {
  if (mentions.every((m) => m.type === mentions[0]!.type)) return mentions[0]!.type;
  const counts = new Map<NameType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  let best: NameType = mentions[0]!.type;
  for (const [type, n] of counts) if (n > counts.get(best)!) best = type; // Map keeps first-seen order: ties stay first
  return best;
}

const isSubsequence = (short: readonly string[], long: readonly string[]): boolean => {
  let i = 0;
  for (const t of long) if (i < short.length && t === short[i]) i++;
  return i === short.length;
};

/** True when group `short` may join group `long`. */
export function joins(short: NameGroup, long: NameGroup): boolean {
  if (short.type !== long.type || short.tokens.length >= long.tokens.length) return false;
  if (short.tokens.at(-1) !== long.tokens.at(-1) || !isSubsequence(short.tokens, long.tokens)) return false;
  if (short.type === 'PER') return short.tokens.length === 1 || short.tokens[0] === long.tokens[0];
  return short.tokens.length >= 2;
}

/** For every mention, the group whose entity it belongs to (its own group when it joins none). */
export function clusterNames(groups: readonly NameGroup[]): Map<PreparedName, NameGroup> {
  const roots = groups.filter((g) => !groups.some((o) => o !== g && joins(g, o)));
  const out = new Map<PreparedName, NameGroup>();
  for (const g of groups) {
    let candidates = roots.filter((r) => r === g || joins(g, r));
    if (candidates.length === 1 && candidates[0] === g) candidates = byFirstToken(g, roots) ?? candidates;
    for (const m of g.mentions) out.set(m, candidates.length === 1 ? candidates[0]! : nearest(candidates, m.start));
  }
  return out;
}

/**
 * Fallback for a one-token person name that is no one's surname: the only longer person name it begins
 * ("Wang" → "Wang Yi", "Abiy" → "Abiy Ahmed": family name first, or a first name used alone).
 */
function byFirstToken(g: NameGroup, roots: readonly NameGroup[]): NameGroup[] | undefined {
  if (g.type !== 'PER' || g.tokens.length !== 1) return undefined;
  const found = roots.filter((r) => r !== g && r.type === 'PER' && r.tokens.length > 1 && r.tokens[0] === g.tokens[0]);
  return found.length === 1 ? found : undefined;
}

function nearest(candidates: readonly NameGroup[], pos: number): NameGroup {
  let best: NameGroup | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    for (const m of c.mentions) {
      // before the mention: distance; after it: ranked behind every earlier one
      const score = m.start <= pos ? pos - m.start : 1e9 + (m.start - pos);
      if (score < bestScore) { bestScore = score; best = c; }
    }
  }
  return best!;
}
