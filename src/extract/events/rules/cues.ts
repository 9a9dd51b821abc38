/**
 * Word lists of the events stage, each in one place: what may stand between a subject and its verb, what
 * opens a clause, what marks negation, condition and the future, and what introduces a place.
 * All lower-case; compared with the lower-cased token.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Auxiliaries, modals and adverbs that may stand between a subject and its verb ("Putin has also announced"). */
export const GAP_WORDS = set(`
  has have had having is are was were be been being will would could can may might should shall must do does did
  also not n't never reportedly recently then later already finally again jointly formally officially once allegedly
  previously still now just first eventually subsequently today yesterday apparently effectively 'll 've 's 'd ,`);

/** Forms of "be" that make a following participle passive ("was reached", "have been arrested"). */
export const BE_FORMS = set('is are was were be been being am');

/** Determiners that make a noun indefinite: it does not refer back to an earlier event ("a vote", "another deal"). */
export const INDEFINITE = set('a an no another any every each some');

/** Personal and relative pronouns: a word after one of them is used as a verb ("they protest"). */
export const PRONOUNS = set('i we you he she they it who which that');

/** Relative pronouns that open a clause whose subject is the mention before them ("Balls, who resigned"). */
export const RELATIVES = set('who which that');

/** Determiners and possessive pronouns: a word after one of them is used as a noun ("the order", "its signing"). */
export const DETERMINERS = set('the a an this that these those its his her their our my your no any every each some another');

/** Words that open a new clause inside a sentence; the word itself begins the new clause. */
export const CLAUSE_OPENERS = set('that which who whom whose where while whereas because although though if unless when before after');

/** Punctuation that ends a clause. A comma does so only before a conjunction or an opener (", and", ", which"). */
export const CLAUSE_PUNCT = set('; : — – --');
export const CONJUNCTIONS = set('and but or yet so');

/** Negation right before a trigger (within its auxiliary chain). */
export const NEGATIONS = set("not n't never no without");

/** Modals and conditional openers: the event is hypothetical. */
export const HYPOTHETICAL_MODALS = set('could would may might should');
export const CONDITIONALS = set('if unless whether until');

/** Future: "will", "shall", "'ll" in the auxiliary chain; an infinitive "to (be)" right before the trigger. */
export const FUTURE_MODALS = set("will shall 'll wo");

/** Auxiliaries of the perfect tenses ("has accused", "had undergone"). */
export const PERFECT_AUXILIARIES = set("has have had 've");

/** Prepositions that introduce a place, and the words allowed between them and the name ("in the city of Minsk"). */
export const PLACE_PREPS = set('in at near outside inside');
export const PLACE_FILLERS = set('the city capital town village region province state republic of central northern southern eastern western nearby');

/** Prepositions that must not precede a subject ("the leader of Russia announced": Russia is not the agent). */
export const PREPOSITIONS = set('of in at on near by for from to with without against about into over under between among during since after before than');

/** Quantities before "of": "tens of thousands of Belarusians protested" (the name after "of" is still the subject). */
export const QUANTITIES = set('tens hundreds thousands millions dozens scores some many most all none one two three several number lot lots group groups crowds members');

/** Noun triggers whose "from X" names the agent ("criticism from Amnesty", "a request from Kyiv"). */
export const FROM_AGENT_TYPES: ReadonlySet<string> = new Set(['ACCUSE', 'SUPPORT', 'REQUEST', 'STATEMENT', 'THREATEN', 'REJECT', 'AID']);

/** Event types whose object is an event that has not happened yet ("ordered negotiations to begin"). */
export const DIRECTIVE_TYPES: ReadonlySet<string> = new Set(['ORDER', 'REQUEST']);
