/**
 * franc's answer (`franc(text, { minLength, only })`), computed faster. franc scores a text against each
 * language of its script: for every distinct trigram of the cleaned text, |count − rank − 1| when the
 * language's profile has it (rank: its place in the profile), 300 when not; the smallest sum wins, the
 * first in franc's order on a tie. franc walks every profile for every trigram; here each script's
 * profiles are inverted once into trigram → (language, rank) lists, so a text costs one lookup per
 * distinct trigram. The same data (franc's own), the same cleaning, the same sums: the same answer (a
 * test compares the two). Scripts franc has no profiles for are left to franc itself.
 */
import { franc } from 'franc';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptProfiles {
  readonly languages: readonly string[];
  /** Trigram → [language index, rank, language index, rank, …]. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

const profiles = new Map<string, ScriptProfiles | null>();

/** The profiles of `script`'s languages that `only` allows, in franc's order (null: none). */
function scriptProfiles(script: string, only: readonly string[]): ScriptProfiles | null {
  const key = `${script}\n${only.join(',')}`;
  let p = profiles.get(key);
  if (p !== undefined) return p;
  const languages = Object.keys(data[script]!).filter((l) => !only.length || only.includes(l));
  const postings = new Map<string, number[]>();
  languages.forEach((lang, li) => {
    const seen = new Set<string>();
    data[script]![lang]!.split('|').forEach((tri, rank) => {
      if (seen.has(tri)) return; // franc keeps a repeated trigram's first rank
      seen.add(tri);
      let list = postings.get(tri);
      if (!list) postings.set(tri, (list = []));
      list.push(li, rank);
    });
  });
  p = languages.length ? { languages, postings } : null;
  profiles.set(key, p);
  return p;
}

const SCRIPTS = Object.entries(expressions);

/**
 * How many characters of `value` the script's expression matches. franc's expressions match one code
 * point each: on a text without surrogates, that is how many code units a replace removes (no array of
 * matches is built).
 */
function occurrences(value: string, re: RegExp, surrogates: boolean): number {
  return surrogates ? (value.match(re)?.length ?? 0) : value.length - value.replace(re, '').length;
}

/** The script whose characters occur most (franc's expressions, franc's order on a tie). */
function topScript(value: string): string | undefined {
  let top: string | undefined;
  let topCount = -1;
  const surrogates = /[\uD800-\uDFFF]/.test(value);
  for (const [script, re] of SCRIPTS) {
    const count = occurrences(value, re, surrogates) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return top;
}

/** Trigram counts of the text as franc cleans it (punctuation, symbols and digits as spaces, spaces collapsed, lowercased, padded). */
function trigramCounts(value: string): Map<string, number> {
  const clean = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const tri = clean.slice(i, i + 3);
    counts.set(tri, (counts.get(tri) ?? 0) + 1);
  }
  return counts;
}

/** ISO 639-3 code of the text's language as `franc(text, { minLength, only })` gives it ('und': undetermined). */
export function detectFranc(text: string, minLength: number, only: readonly string[]): string {
  if (!text || text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  const script = topScript(value);
  if (!script || !(script in data)) return franc(text, { minLength, only: [...only] });
  const p = scriptProfiles(script, only);
  if (!p) return 'und';
  const counts = trigramCounts(value);
  const distance = new Float64Array(p.languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [tri, count] of counts) {
    const list = p.postings.get(tri);
    if (!list) continue;
    for (let k = 0; k < list.length; k += 2) distance[list[k]!] = distance[list[k]!]! + Math.abs(count - list[k + 1]! - 1) - MAX_DIFFERENCE;
  }
  let best = 0;
  for (let i = 1; i < distance.length; i++) if (distance[i]! < distance[best]!) best = i;
  return p.languages[best]!;
}
