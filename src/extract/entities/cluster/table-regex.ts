/**
 * One regex for a whole table of patterns: each row's pattern becomes a capturing group, so a match says which
 * row it was (no second pass over the rows). Spaces in patterns match any run of whitespace. Patterns must use
 * only non-capturing groups.
 */

/** `(?:(row0)|(row1)|…)` */
export const rowAlternation = (patterns: readonly string[]): string =>
  `(?:${patterns.map((p) => `(${p.replace(/ /g, '\\s+')})`).join('|')})`;

/** The row a match of rowAlternation matched: the first defined group from `firstGroup` on; -1 when none. */
export function rowOf(m: RegExpExecArray | RegExpMatchArray, firstGroup: number, rows: number): number {
  for (let i = 0; i < rows; i++) if (m[firstGroup + i] !== undefined) return i;
  return -1;
}

/** A matcher for whole phrases (case-insensitive): the row the phrase matches, or -1. */
export function wholeMatcher(patterns: readonly string[]): (phrase: string) => number {
  const re = new RegExp(`^${rowAlternation(patterns)}$`, 'i');
  return (phrase) => {
    const m = re.exec(phrase);
    return m ? rowOf(m, 1, patterns.length) : -1;
  };
}
