/**
 * Organisation descriptions with a country (rule 7): "<Country’|Country's|Demonym|Country> <institution>"
 * becomes an ORG entity whose canonical comes from INSTITUTIONS, so "Kenya's foreign ministry" and "the Kenyan
 * Foreign Ministry" are one entity ("Ministry of Foreign Affairs of Kenya").
 *
 * Police: in most post-Soviet and continental European states the police force is a service of the interior
 * ministry, so "Belarus’ police", "Germany's police force" and "the German interior ministry" are the same
 * entity ("Ministry of Internal Affairs of …"). Countries flagged `p` in countries.ts (United States, United
 * Kingdom, Canada, Australia, New Zealand, Ireland), whose police is not, get "<Demonym> police" instead.
 */
import { rowAlternation, rowOf, wholeMatcher } from './table-regex.js';
import { countryBefore, countryForm, type Country, type CountryMatch } from './countries.js';

export interface Institution {
  /** Regex source of the institution words, matched case-insensitively. */
  pattern: string;
  canonical: (c: Country) => string;
}

/** "<Demonym> opposition" (also for "the opposition" alone, with the document's main country). */
export const oppositionOf = (c: Country): string => `${c.adjective} opposition`;
const interior = (c: Country) => (c.ownPolice ? `${c.adjective} police` : `Ministry of Internal Affairs of ${c.name}`);

export const INSTITUTIONS: readonly Institution[] = [
  { pattern: 'interior ministry|ministry of (?:the )?interior|ministry of internal affairs', canonical: (c) => `Ministry of Internal Affairs of ${c.name}` },
  { pattern: 'police force|police|riot police', canonical: interior },
  { pattern: 'foreign ministry|foreign office|ministry of foreign affairs', canonical: (c) => `Ministry of Foreign Affairs of ${c.name}` },
  { pattern: 'defen[cs]e ministry|ministry of defen[cs]e', canonical: (c) => `Ministry of Defence of ${c.name}` },
  { pattern: 'finance ministry|ministry of finance', canonical: (c) => `Ministry of Finance of ${c.name}` },
  { pattern: 'justice ministry|ministry of justice', canonical: (c) => `Ministry of Justice of ${c.name}` },
  { pattern: 'health ministry|ministry of health', canonical: (c) => `Ministry of Health of ${c.name}` },
  { pattern: 'armed forces|military', canonical: (c) => `Armed Forces of ${c.name}` },
  { pattern: 'army', canonical: (c) => `Army of ${c.name}` },
  { pattern: 'navy', canonical: (c) => `Navy of ${c.name}` },
  { pattern: 'central bank', canonical: (c) => `Central Bank of ${c.name}` },
  { pattern: 'parliament', canonical: (c) => `Parliament of ${c.name}` },
  { pattern: 'government', canonical: (c) => `Government of ${c.name}` },
  { pattern: 'embassy', canonical: (c) => `Embassy of ${c.name}` },
  { pattern: 'opposition', canonical: oppositionOf },
];

const PATTERNS = INSTITUTIONS.map((i) => i.pattern);
const wholeRow = wholeMatcher(PATTERNS);
const institutionOf = (phrase: string): Institution | undefined => INSTITUTIONS[wholeRow(phrase)];

/** Any institution phrase in running text (longest alternatives first within each row; rows tried in order). */
/** Regex source matching any institution phrase. */
export const INSTITUTION_SOURCE = rowAlternation(PATTERNS);
/** ASCII patterns: \b is enough, and a plain (non-unicode) regex scans an article ten times faster. */
const SCAN = new RegExp(`\\b${INSTITUTION_SOURCE}\\b(?!-)`, 'gi');

export interface InstitutionFinding {
  /** The description mention: country and institution ("Kenya's foreign ministry", "Kenyan police"). */
  start: number;
  end: number;
  canonical: string;
  country: CountryMatch;
}

/** Every "<country form> <institution>" phrase in the text, within one sentence. */
export function findInstitutions(text: string, sentenceStart: (pos: number) => number): InstitutionFinding[] {
  const out: InstitutionFinding[] = [];
  for (const m of text.matchAll(SCAN)) {
    const inst = INSTITUTIONS[rowOf(m, 1, INSTITUTIONS.length)];
    if (!inst || text[m.index - 1] === '-') continue; // "anti-government"

    const country = countryBefore(text, m.index, sentenceStart(m.index));
    if (!country || country.kind === 'people') continue;
    // "the Belarusian interior ministry": the article is part of the description as written
    const the = /\b[Tt]he\s+$/.exec(text.slice(Math.max(sentenceStart(m.index), country.start - 4), country.start));
    out.push({ start: country.start - (the ? the[0].length : 0), end: m.index + m[0].length, canonical: inst.canonical(country.country), country });
  }
  return out;
}

/**
 * The institution canonical of a tagged ORG name of the same shape ("German Foreign Ministry",
 * "Kenyan Parliament"), or undefined. Tries each split of the name into country form + institution.
 */
export function institutionCanonical(surface: string): string | undefined {
  const words = surface.split(' ');
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(' ').replace(/['’]s?$/u, '');
    const form = countryForm(head);
    if (!form || form.kind === 'people') continue;
    const inst = institutionOf(words.slice(k).join(' '));
    if (inst) return inst.canonical(form.country);
  }
  return undefined;
}
