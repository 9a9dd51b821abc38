/**
 * Words that name an agreement, and the noun phrases built on them: "a cooperation agreement", "the deal",
 * "the Paris Agreement", "a five-year gas contract". The kind is the noun with the modifiers from
 * KIND_MODIFIERS (and, for a capitalised name, its capitalised words); the determiner says whether the
 * phrase introduces an agreement ("a", "an") or refers back to one ("the", "this", a possessive).
 */
import { hyphenDuration } from './duration.js';
import { alternation, words, type Word } from './words.js';

/**
 * Agreement nouns (singular) and the kind each names. `generic`: may refer back to an agreement of any kind;
 * `family`: nouns that may refer to each other ("the truce" after "a ceasefire").
 */
export const AGREEMENT_NOUNS: readonly { words: string; kind: string; generic?: boolean; family?: string }[] = [
  { words: 'agreement', kind: 'agreement', generic: true },
  { words: 'deal', kind: 'deal', generic: true },
  { words: 'accord', kind: 'accord', generic: true },
  { words: 'pact', kind: 'pact', generic: true },
  { words: 'treaty', kind: 'treaty', generic: true },
  { words: 'arrangement', kind: 'arrangement', generic: true },
  { words: 'memorandum of understanding', kind: 'memorandum of understanding', family: 'memorandum' },
  { words: 'memorandum', kind: 'memorandum', family: 'memorandum' },
  { words: 'letter of intent', kind: 'letter of intent' },
  { words: 'ceasefire', kind: 'ceasefire', family: 'ceasefire' },
  { words: 'cease-fire', kind: 'ceasefire', family: 'ceasefire' },
  { words: 'truce', kind: 'truce', family: 'ceasefire' },
  { words: 'armistice', kind: 'armistice', family: 'ceasefire' },
  { words: 'contract', kind: 'contract' },
];

/** Modifiers that belong to the kind: "cooperation agreement", "free trade deal", "interim accord". */
export const KIND_MODIFIERS: ReadonlySet<string> = new Set([
  'cooperation', 'co-operation', 'trade', 'free', 'free-trade', 'peace', 'security', 'defence', 'defense', 'military', 'economic',
  'bilateral', 'trilateral', 'multilateral', 'framework', 'partnership', 'strategic', 'gas', 'oil', 'energy', 'nuclear', 'arms',
  'control', 'investment', 'extradition', 'transit', 'supply', 'grain', 'fisheries', 'climate', 'border', 'exchange', 'prisoner',
  'debt', 'loan', 'merger', 'licensing', 'sponsorship', 'broadcasting', 'transfer', 'takeover', 'pay', 'wage', 'power-sharing',
  'coalition', 'withdrawal', 'swap', 'interim', 'provisional', 'preliminary', 'draft', 'partial', 'comprehensive', 'association',
  'visa', 'readmission', 'migration', 'tax', 'customs', 'aviation', 'nonaggression', 'non-aggression', 'mutual', 'assistance',
  'recording', 'record', 'distribution', 'technical', 'cultural', 'intelligence', 'data-sharing', 'settlement', 'plea',
]);

/** Adjectives passed over between the determiner and the noun: "a landmark trade deal". */
export const PASSED_OVER: ReadonlySet<string> = new Set([
  'new', 'landmark', 'historic', 'first', 'major', 'key', 'formal', 'final', 'long-awaited', 'so-called', 'big', 'huge', 'broad',
  'important', 'two-way', 'controversial', 'lucrative', 'fresh', 'separate', 'similar', 'same', 'original', 'latest', 'initial',
  'binding', 'legally', 'legally-binding', 'signed', 'proposed', 'planned', 'fragile', 'tentative', 'verbal', 'oral', 'secret',
]);

export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another']);
export const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'such']);

export type Determiner = 'indefinite' | 'definite' | 'possessive' | 'none';

export interface AgreementPhrase {
  /** View range of the whole phrase (determiner to noun). */
  start: number;
  end: number;
  /** View range of the words naming the kind (modifiers and noun). */
  kindStart: number;
  kind: string;
  noun: string;
  /** The noun's family: phrases of one family may refer to each other. */
  family: string;
  generic: boolean;
  determiner: Determiner;
  /** "a five-year deal": the duration written as a modifier, with its view range. */
  duration: { value: string; start: number; end: number } | null;
}

const NOUN = new RegExp(`\\b(?:${alternation(AGREEMENT_NOUNS.map((n) => n.words))})\\b(?![-’'])`, 'gi');
const ANY_NOUN = new RegExp(NOUN.source, 'i');
const BY_WORDS = new Map(AGREEMENT_NOUNS.map((n) => [n.words, n]));
/** "a deal of": "deal" as a quantity ("a great deal of", "to deal with" have no determiner or kind and are passed over anyway). */
const NOT_AN_AGREEMENT = /^\s+of\b/i;

/** Agreement noun phrases of a sentence view, in text order. */
export function findAgreementPhrases(text: string): AgreementPhrase[] {
  const out: AgreementPhrase[] = [];
  let ws: Word[] | undefined;
  for (const m of text.matchAll(NOUN)) {
    const entry = BY_WORDS.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
    const nounStart = m.index;
    const nounEnd = m.index + m[0].length;
    ws ??= words(text);
    const proper = /^[A-Z]/.test(m[0]);
    let i = ws.findIndex((w) => w.start >= nounStart) - 1;
    let start = nounStart;
    let kindStart = nounStart;
    let determiner: Determiner = 'none';
    const kindWords: string[] = [];
    let duration: AgreementPhrase['duration'] = null;
    let passed = false;
    for (let n = 0; i >= 0 && n < 6; i--, n++) {
      const w = ws[i]!;
      if (text.slice(w.end, start).trim() !== '') break;
      const lw = w.text.toLowerCase();
      if (INDEFINITE.has(lw) || DEFINITE.has(lw)) {
        determiner = INDEFINITE.has(lw) ? 'indefinite' : 'definite';
        start = w.start;
        break;
      }
      const d = hyphenDuration(lw);
      if (d) {
        duration = { value: d, start: w.start, end: w.end };
      } else if (KIND_MODIFIERS.has(lw) && !passed) {
        kindWords.unshift(lw);
        kindStart = w.start;
      } else if (/[’']s?$/.test(w.text) && /^[A-Z]/.test(w.text)) {
        determiner = 'possessive';
        start = w.start;
        break;
      } else if (/^[A-Z]/.test(w.text)) {
        if (proper && !passed) {
          kindWords.unshift(w.text);
          kindStart = w.start;
        } else passed = true;
      } else if (PASSED_OVER.has(lw)) {
        passed = true;
      } else break;
      start = w.start;
    }
    if (determiner === 'none') start = kindStart;
    if (determiner === 'none' && !kindWords.length) continue;
    if (entry.words === 'deal' && NOT_AN_AGREEMENT.test(text.slice(nounEnd))) continue;
    const kind = [...kindWords, proper && kindWords.length ? m[0] : entry.kind].join(' ');
    out.push({ start, end: nounEnd, kindStart, kind, noun: entry.kind, family: entry.family ?? entry.kind, generic: !!entry.generic && !kindWords.length, determiner, duration });
  }
  return out;
}

/** A quick test: does the text hold an agreement noun at all (before reading it closely)? */
export function hasAgreementNoun(text: string): boolean {
  return ANY_NOUN.test(text);
}
