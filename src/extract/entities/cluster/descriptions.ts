/**
 * Descriptions (rule 6): definite noun phrases that the tagger does not tag, linked to an entity mentioned
 * shortly before: "the country" → the last country, "the longtime leader" → the last person whose role is a
 * leader's, "the company" → the last company-like organisation. "the former prime minister" needs a former
 * role, "the prime minister" a current one; "the Kenyan president" needs a role held in Kenya.
 * Nothing compatible within WINDOW sentences: no link (a country falls back to the document's most mentioned
 * country).
 */
import { countryForm, type Country } from './countries.js';
import { rowAlternation, rowOf } from './table-regex.js';
import { PAST_MODIFIERS, TITLE_MODIFIERS } from './titles.js';

/** How many sentences back a description may reach (its own sentence plus this many before it). */
export const WINDOW = 3;

export type DescriptionTarget = 'country' | 'person' | 'company' | 'ministry' | 'opposition';

export interface DescriptionRule {
  /** Regex source of the head noun, matched case-insensitively. */
  pattern: string;
  target: DescriptionTarget;
  /** For persons: the title group the person's role must have (titles.ts). */
  group?: string;
}

const P = (pattern: string, group: string): DescriptionRule => ({ pattern, target: 'person', group });

/** Longer nouns first ("opposition leader" before "opposition", "prime minister" before "minister"). */
export const DESCRIPTIONS: readonly DescriptionRule[] = [
  { pattern: 'country|nation', target: 'country' },
  P('opposition leader', 'opposition leader'),
  { pattern: 'opposition', target: 'opposition' },
  P('leader', 'leader'),
  P('president-elect', 'president-elect'),
  P('vice(?:-| )president', 'vice president'),
  P('president', 'president'),
  P('prime minister|premier', 'prime minister'),
  P('chancellor', 'chancellor'),
  P('king', 'king'),
  P('queen', 'queen'),
  P('monarch', 'monarch'),
  P('foreign minister', 'foreign minister'),
  P('defen[cs]e minister', 'defence minister'),
  P('interior minister', 'interior minister'),
  P('finance minister', 'finance minister'),
  P('minister', 'minister'),
  P('spokesman', 'spokesman'),
  P('spokeswoman', 'spokeswoman'),
  P('spokesperson', 'spokesperson'),
  P('chief executive|ceo', 'chief executive'),
  { pattern: 'company|firm', target: 'company' },
  { pattern: 'ministry', target: 'ministry' },
];


const MODIFIERS: ReadonlySet<string> = new Set(TITLE_MODIFIERS);

/** "the" + up to three words + a head noun, not followed by "of/for/to" + a noun (then it is no anaphor; "the
 * opposition of being backed …" is one). ASCII-only
 * classes and \b keep the regex non-unicode, which scans much faster. */
const SCAN = new RegExp(
  `\\b[Tt]he\\s+((?:(?![Tt]he\\s)[^\\s,;:()"“”]+\\s+){0,3}?)${rowAlternation(DESCRIPTIONS.map((d) => d.pattern))}` +
    `(?:['’]s?)?\\b(?!-)(?!\\s+(?:of|for|to)\\b(?!\\s+[a-z]+ing\\b))`,
  'gid',
);
const NOUN_GROUP = 2;

export interface DescriptionFinding {
  start: number;
  end: number;
  rule: DescriptionRule;
  former: boolean;
  /** The country named by an adjective inside the phrase ("the Kenyan president"), and its span. */
  country: { country: Country; start: number; end: number } | null;
}

const isModifier = (w: string): boolean => MODIFIERS.has(w.toLowerCase()) || /^\p{L}+-\p{L}/u.test(w);
const WORDS = /\S+/g;
const NAME_AFTER = /\s+\p{Lu}/uy;

/** Every definite description in the text (whether or not it will find an antecedent). */
export function findDescriptions(text: string): DescriptionFinding[] {
  const out: DescriptionFinding[] = [];
  for (const m of text.matchAll(SCAN)) {
    const row = rowOf(m, NOUN_GROUP, DESCRIPTIONS.length);
    const rule = DESCRIPTIONS[row];
    // "the president William Ruto" is a title before a name (roles.ts), not a description
    NAME_AFTER.lastIndex = m.index + m[0].length;
    if (!rule || NAME_AFTER.test(text) || text[m.index - 1] === '-') continue;
    const wordsStart = m.indices![1]![0];
    const words = [...m[1]!.matchAll(WORDS)].map((w) => ({ text: w[0], start: wordsStart + w.index, end: wordsStart + w.index + w[0].length }));
    // the words between "the" and the noun: modifiers, then at most one country adjective ("South Korean")
    let country: DescriptionFinding['country'] = null;
    let mods = words;
    for (let k = Math.min(2, words.length); k >= 1 && !country; k--) {
      const adj = words.slice(words.length - k);
      const form = countryForm(adj.map((w) => w.text).join(' '));
      if (form?.kind === 'adjective') {
        country = { country: form.country, start: adj[0]!.start, end: adj.at(-1)!.end };
        mods = words.slice(0, words.length - k);
      }
    }
    if (!mods.every((w) => isModifier(w.text))) continue;
    const former = mods.some((w) => PAST_MODIFIERS.has(w.text.toLowerCase()));
    out.push({ start: m.index, end: m.indices![NOUN_GROUP + row]![1], rule, former, country });
  }
  return out;
}
