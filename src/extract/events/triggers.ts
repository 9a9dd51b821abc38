/**
 * Finds the event triggers of a sentence with the compiled lexicon. Rules, in order, for each word:
 *  1. a word inside a name (a mention of kind name, alias or acronym: "Summit County", "Vote Leave"),
 *     with a stop word of `STOPS` before or after it ("in order to"), or glued after a hyphen
 *     ("Oscar-nominated") is no trigger;
 *  2. light verb: a verb of a `light` column with one of its nouns after it (at most 4 words on, no
 *     clause punctuation between: "signed a cooperation agreement") or before it (at most 3 words back:
 *     "an agreement was reached", 'the agreement "made in …') is the trigger; the noun is used up;
 *  3. verb: a verb form of the table, with its particle right after it when it has one ("stepped down");
 *     a verb form after a determiner ("its signing", "the killing") is read as a noun (rule 4) or nothing;
 *  4. noun: a noun of the table (an agent noun only where no other trigger of its clause carries the
 *     event, see `rules/triggers.ts`), unless a head noun of `MODIFIER_HEADS` follows it ("cooperation
 *     agreement") — a light-column noun alone yields nothing ("citing the agreement" is a document).
 * A form that is both a verb and a noun ("protests", "attack") is a noun after a determiner, a possessive
 * or a number, and a verb after a name, a pronoun, "to" or an auxiliary; otherwise -ed/-ing forms are verbs
 * and other forms nouns.
 */
import { LEXICON, type Lexicon, type VerbSense } from './lexicon.js';
import { BE_FORMS, CLAUSE_PUNCT, DETERMINERS, GAP_WORDS, PREPOSITIONS, PRONOUNS } from './rules/cues.js';
import { MODIFIER_HEADS, type TriggerRow } from './rules/triggers.js';
import type { SentenceView, Trigger, Word } from './types.js';

const NAME_KINDS = new Set(['name', 'alias', 'acronym']);

function insideName(view: SentenceView, i: number): boolean {
  return view.mentions.some((m) => NAME_KINDS.has(m.kind) && i >= m.from && i < m.to);
}

function stopped(lex: Lexicon, words: readonly Word[], i: number): boolean {
  const lw = words[i]!.lw;
  const b = lex.stopBefore.get(lw);
  const a = lex.stopAfter.get(lw);
  const o = lex.stopObjects.get(lw);
  return (!!b && i > 0 && b.has(words[i - 1]!.lw)) || (!!a && i + 1 < words.length && a.has(words[i + 1]!.lw)) || (!!o && words.slice(i + 1, i + 4).some((w) => o.has(w.lw)));
}

/** Whether the word before `i` makes it a noun ("the", "its", "’s", a number, a preposition but "to": "on charges"). */
function nounContext(view: SentenceView, i: number): boolean {
  const prev = view.words[i - 1];
  if (!prev) return false;
  if (DETERMINERS.has(prev.lw) || prev.lw === "'s" || prev.lw === "'" || /^\d/.test(prev.lw)) return true;
  if (PREPOSITIONS.has(prev.lw) && prev.lw !== 'to' && !/(?:ed|ing)$/.test(view.words[i]!.lw)) return true;
  return view.timexes.some((t) => t.to === i);
}

/** Whether the word before `i` makes it a verb (a name, a pronoun, "to", an auxiliary). */
function verbContext(view: SentenceView, i: number): boolean {
  const prev = view.words[i - 1];
  if (!prev) return false;
  if (prev.lw === 'to' || PRONOUNS.has(prev.lw) || (GAP_WORDS.has(prev.lw) && prev.lw !== ',' && prev.lw !== "'s")) return true;
  return view.mentions.some((m) => m.to === i && m.kind !== 'possessive');
}

const isPunct = (w: Word) => !/[\p{L}\p{N}]/u.test(w.text);

function findLightNoun(view: SentenceView, i: number, nouns: ReadonlySet<string>): { from: number; to: number } | null {
  const { words } = view;
  for (let k = i + 1; k < Math.min(words.length, i + 5); k++) {
    const w = words[k]!;
    if (CLAUSE_PUNCT.has(w.lw) || w.lw === '.' || w.lw === ',') break;
    if (nouns.has(w.lw)) return { from: k, to: k + 1 };
  }
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k]!;
    if (CLAUSE_PUNCT.has(w.lw) || w.lw === '.' || w.lw === ',') break;
    if (nouns.has(w.lw)) return { from: k, to: k + 1 };
  }
  return null;
}

function make(row: TriggerRow, from: number, to: number, pos: 'verb' | 'noun', participle: boolean, rule: string, noun?: { from: number; to: number }): Trigger {
  const objectRole = row.objectRole ?? (row.symmetric ? 'agent' : 'patient');
  const t: Trigger = { type: row.type, from, to, pos, participle, symmetric: !!row.symmetric, ofRole: row.ofRole ?? 'patient', objectRole, rule };
  return noun ? { ...t, noun } : t;
}

function verbWithParticle(words: readonly Word[], i: number, senses: readonly VerbSense[]): VerbSense | undefined {
  const next = words[i + 1]?.lw;
  return senses.find((s) => s.particle !== null && s.particle === next) ?? senses.find((s) => s.particle === null);
}

/** The triggers of one sentence, in word order. */
export function findTriggers(view: SentenceView, lex: Lexicon = LEXICON): Trigger[] {
  const { words } = view;
  const out: Trigger[] = [];
  const usedNouns = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (isPunct(w) || usedNouns.has(i)) continue;
    const lights = lex.light.get(w.lw);
    const verbs = lex.verbs.get(w.lw);
    const noun = lex.nouns.get(w.lw) ?? lex.agentNouns.get(w.lw);
    if (!lights && !verbs && !noun) continue;
    if (insideName(view, i) || stopped(lex, words, i)) continue;
    const prev = words[i - 1];
    if (prev && prev.lw === '-' && prev.end === w.start) continue; // "Oscar-nominated", "Moscow-backed": an adjective
    const asNoun = nounContext(view, i);
    if (lights && !asNoun) {
      const sense = verbWithParticle(words, i, lights);
      const found = sense && findLightNoun(view, sense.particle ? i + 1 : i, (sense as (typeof lights)[number]).nouns);
      if (sense && found && !usedNouns.has(found.from)) {
        usedNouns.add(found.from);
        out.push(make(sense.row, i, sense.particle ? i + 2 : i + 1, 'verb', sense.participle, `light-verb:${words[found.from]!.lw}`, found));
        if (sense.particle) i++;
        continue;
      }
    }
    const verbSense = verbs && verbWithParticle(words, i, verbs);
    // right after a form of "be" only a participle is a verb ("was held", "is closing"); a bare form is an adjective ("is fine", "is open")
    const adjective = !!verbSense && !verbSense.participle && !!prev && BE_FORMS.has(prev.lw) && !/ing$/.test(w.lw);
    const verbReading = verbSense && !asNoun && !adjective && (!noun || verbContext(view, i) || /(?:ed|ing)$/.test(w.lw) || !!verbSense.particle);
    if (verbSense && verbReading) {
      out.push(make(verbSense.row, i, verbSense.particle ? i + 2 : i + 1, 'verb', verbSense.participle, 'verb'));
      if (verbSense.particle) i++;
      continue;
    }
    if (noun && !MODIFIER_HEADS.has(words[i + 1]?.lw ?? '')) out.push(make(noun, i, i + 1, 'noun', false, lex.agentNouns.has(w.lw) ? 'agent-noun' : 'noun'));
  }
  // agent nouns ("protesters") are events only where no other trigger of their clause carries it
  const clauseOf = (i: number) => view.clauses.find((c) => i >= c.from && i < c.to);
  const kept = out.filter((t) => {
    if (t.rule !== 'agent-noun') return true;
    const c = clauseOf(t.from);
    return !out.some((o) => o !== t && clauseOf(o.from) === c && (o.from < t.from || (o.pos === 'verb' && o.type === t.type)));
  });
  // a light noun used up by a later verb ("an agreement was reached") was never emitted: nouns of light columns are not in `nouns`
  return kept.filter((t) => !(t.pos === 'noun' && usedNouns.has(t.from)));
}
