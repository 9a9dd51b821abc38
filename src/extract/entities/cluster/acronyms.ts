/**
 * Acronyms (rule 3): "the Kenya Revenue Authority (KRA)" defines KRA for the document; a tagged all-caps name
 * ("KRA", "U.N.") equal to a defined acronym or to the initials of a longer non-person name in the document
 * joins that name's entity (kind 'acronym'); untagged occurrences of a defined acronym are found too.
 */

const FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'to', 'at', 'de', 'des', 'du', 'la', 'le', '&']);

/** "KRA", "U.N.", "OSCE", "G7": an all-caps token. */
const SHAPE = /^(?:[A-Z][A-Z0-9&-]{1,9}|(?:[A-Z]\.){2,6})$/;
export const isAcronymShape = (surface: string): boolean => SHAPE.test(surface) && /[A-Z].*[A-Z]/.test(surface);
/** The letters an acronym is compared by ("U.N." → "UN"). */
export const compact = (acronym: string): string => acronym.replace(/[.&-]/g, '').toUpperCase();

/** The initials a name may be abbreviated to: of its content words; of all words; with hyphen parts split. */
export function initialsOf(surface: string): Set<string> {
  const words = surface.split(' ').filter((w) => w.length > 0);
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  const first = (w: string) => w[0]!.toUpperCase();
  const parts = content.flatMap((w) => w.split('-').filter((p) => /^\p{Lu}/u.test(p)));
  return new Set([content.map(first).join(''), words.map(first).join(''), parts.map(first).join('')]);
}

const DEFINITION = /\s*\(\s*([A-Z][A-Z0-9.&-]*[A-Z0-9.])\s*\)/y;

/** An acronym defined in brackets right after a name ending at `end`: its span and compact form. */
export function definitionAfter(text: string, end: number, surface: string): { start: number; end: number; acronym: string } | null {
  DEFINITION.lastIndex = end;
  const m = DEFINITION.exec(text);
  if (!m || !isAcronymShape(m[1]!)) return null;
  const acronym = compact(m[1]!);
  if (!initialsOf(surface).has(acronym) && acronym[0] !== surface[0]?.toUpperCase()) return null;
  const start = end + m[0].indexOf(m[1]!, m[0].indexOf('(') + 1);
  return { start, end: start + m[1]!.length, acronym };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every whole-word occurrence of the given acronyms (exact spelling). */
export function findAcronyms(text: string, spellings: readonly string[]): { start: number; end: number; spelling: string }[] {
  if (spellings.length === 0) return [];
  const sorted = [...spellings].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, spelling: m[0] }));
}
