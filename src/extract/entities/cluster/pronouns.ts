/**
 * Personal pronouns (rule 9): "he", "him", "his", "himself", "she", "her", "hers", "herself" linked to the
 * person mentioned last before them, at most WINDOW sentences back (descriptions.ts), any mention kind
 * (a name, a role, a description). Gender is not known, so the nearest person wins: "Jobs … He returned"
 * → Jobs. Nothing earlier: no link (a cataphoric "his" before the name stays unlinked).
 *
 * Measured on SemEval-2015 TimeLine trial (Apple): events of "Steve Jobs" found grew with it (README of
 * src/extract/events). "it"/"its"/"they" are not linked here: their antecedents (a company, a product, a
 * group) are too often wrong with a nearest-entity rule; the quotes stage resolves "it"/"they" as speakers
 * with its own narrower rule.
 */

/** The pronouns that refer to one person; the possessive ones (own what follows) are marked. */
const PERSONAL = /\b(?:[Hh](?:e|im|is|imself)|[Ss]he|[Hh]er(?:s|self)?)\b/g;
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'hers', 'its', 'their']);

export interface PronounFinding {
  start: number;
  end: number;
}

/** Every personal pronoun of the text, in order (whether or not it will find an antecedent). */
export function findPronouns(text: string): PronounFinding[] {
  const out: PronounFinding[] = [];
  for (const m of text.matchAll(PERSONAL)) {
    // not inside a word joined by an apostrophe or hyphen ("He-Man", "o'he")
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if (before === '-' || before === "'" || before === '’' || after === '-') continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
