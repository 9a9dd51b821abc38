/**
 * The trigger lexicon: which words start an event of which type. One row per event type; read
 * `README.md` beside this folder for the policy behind each column.
 *
 * Notation (compiled by `../lexicon.ts`, inflected by `../inflect.ts`):
 *  - `verbs`: lemmas, space-separated; every inflection is generated (sign → signs, signed, signing).
 *    `meet/met` gives the irregular past (and participle); `take_over/took/taken` a phrasal verb whose
 *    particle must follow the verb; a trailing `!` (`order!`) keeps only the -ed and -ing forms, for words
 *    whose base form is mostly a noun ("public order", "news reports").
 *  - `nouns`: nouns that are events on their own; plurals are generated (`talks` is listed as written).
 *  - `light`: nouns that are an event only with one of these verbs ("signed an agreement", "an agreement
 *    was reached", "the agreement made in Minsk"): the event is the verb's, the noun alone is a topic or a
 *    document ("citing the agreement") and yields nothing.
 *  - `agentNouns`: nouns naming those who do it ("protesters"): an event only as the subject of no other
 *    trigger — not after a trigger of the clause ("police arrested three protesters") and not before a verb
 *    trigger of the clause ("protesters rallied" is one event, on "rallied");
 *  - `symmetric`: "X met with Y", "between X and Y": every party is an agent.
 *  - `ofRole`: the role of "of X" after a noun trigger ("the arrest of X": patient; "the resignation of
 *    X": agent). Default patient.
 *  - `objectRole`: the role of a verb's object when it is neither patient nor co-agent ("visited New
 *    York": other).
 *
 * Speech verbs: `announce`, `declare`, `state`, `proclaim` and the nouns `statement`, `announcement`,
 * `declaration` are STATEMENT events (they carry a content of their own: "announced that Russia had formed
 * a reserve"). `say`, `tell`, `add`, `note` are not: they attribute quotes, which the quotes stage keeps.
 */
import type { EventType } from '../types.js';

export interface TriggerRow {
  readonly type: EventType;
  readonly plover: string;
  readonly verbs?: string;
  readonly nouns?: string;
  readonly light?: { readonly verbs: string; readonly nouns: string };
  readonly agentNouns?: string;
  readonly symmetric?: boolean;
  readonly ofRole?: 'agent' | 'patient';
  readonly objectRole?: 'other';
}

export const TRIGGERS: readonly TriggerRow[] = [
  {
    type: 'AGREE', plover: '03 AGREE', symmetric: true,
    verbs: 'agree sign settle',
    light: {
      verbs: 'sign reach make/made conclude strike/struck seal ink broker finalize finalise',
      nouns: 'agreement deal accord treaty pact ceasefire truce memorandum settlement contract',
    },
  },
  {
    type: 'CONSULT', plover: '04 CONSULT', symmetric: true,
    verbs: 'meet/met negotiate discuss confer',
    nouns: 'meeting talks summit negotiation consultations',
  },
  { type: 'CONSULT', plover: '04 CONSULT', verbs: 'visit', nouns: 'visit', objectRole: 'other' },
  { type: 'SUPPORT', plover: '05 SUPPORT', verbs: 'endorse praise', light: { verbs: 'express voice pledge declare', nouns: 'support backing solidarity' } },
  { type: 'CONCEDE', plover: '06 CONCEDE', verbs: 'concede apologize apologise', nouns: 'concession apology', light: { verbs: 'lift ease relax', nouns: 'sanctions embargo restrictions curfew blockade' } },
  { type: 'COOPERATE', plover: '07 COOPERATE', symmetric: true, verbs: 'cooperate collaborate', nouns: 'cooperation collaboration partnership' },
  { type: 'AID', plover: '08 AID', nouns: 'aid assistance', light: { verbs: 'provide send give/gave/given deliver', nouns: 'support help' } },
  { type: 'RETREAT', plover: '09 RETREAT', verbs: 'withdraw/withdrew/withdrawn retreat pull_out', nouns: 'withdrawal pullout' },
  { type: 'REQUEST', plover: '10 REQUEST', verbs: 'request urge appeal call_for demand', nouns: 'request plea' },
  {
    type: 'ACCUSE', plover: '11 ACCUSE',
    verbs: 'accuse blame criticize criticise condemn denounce sue allege',
    nouns: 'accusation allegation lawsuit criticism condemnation',
  },
  { type: 'REJECT', plover: '12 REJECT', verbs: 'reject refuse deny veto', nouns: 'rejection refusal denial' },
  { type: 'THREATEN', plover: '13 THREATEN', verbs: 'threaten', nouns: 'ultimatum' },
  { type: 'PROTEST', plover: '14 PROTEST', verbs: 'protest rally boycott', nouns: 'protest demonstration rally boycott sit-in', agentNouns: 'protester protestor demonstrator' },
  { type: 'SANCTION', plover: '15 SANCTION', verbs: 'sanction embargo', nouns: 'sanctions embargo', light: { verbs: 'impose slap extend tighten', nouns: 'sanctions embargo' } },
  {
    type: 'MOBILIZE', plover: '16 MOBILIZE',
    verbs: 'mobilize mobilise deploy',
    nouns: 'mobilization mobilisation deployment',
    light: { verbs: 'form create set_up/set/set assemble', nouns: 'reserve force troops unit militia battalion brigade' },
  },
  { type: 'COERCE', plover: '17 COERCE', verbs: 'expel deport confiscate seize censor ban', nouns: 'crackdown curfew deportation expulsion ban' },
  {
    type: 'ASSAULT', plover: '18 ASSAULT',
    verbs: 'attack bomb kill shoot/shot shell assault invade wound',
    nouns: 'attack bombing airstrike invasion assault shelling killing massacre shooting',
  },
  { type: 'ELECTION', plover: '— (news)', verbs: 'elect re-elect vote', nouns: 'election vote referendum' },
  { type: 'STATEMENT', plover: '— (news)', verbs: 'announce declare state! proclaim', nouns: 'statement announcement declaration' },
  { type: 'ORDER', plover: '— (news)', verbs: 'order! decree instruct', light: { verbs: 'issue sign give/gave/given', nouns: 'order decree' } },
  { type: 'ARREST', plover: '— (news)', verbs: 'arrest detain jail imprison apprehend', nouns: 'arrest detention imprisonment' },
  { type: 'REPORT', plover: '— (news)', verbs: 'report!' },
  { type: 'APPOINT', plover: '— (news)', verbs: 'appoint name! nominate', nouns: 'appointment nomination' },
  { type: 'RESIGN', plover: '— (news)', verbs: 'resign quit/quit step_down', nouns: 'resignation', ofRole: 'agent' },
  { type: 'ACQUIRE', plover: '— (news)', verbs: 'acquire buy/bought purchase take_over/took/taken', nouns: 'acquisition takeover purchase buyout merger' },
];

/** Objects that make "meet" mean "satisfy" ("meet his fiscal rules", "met the deadline"). */
const METS = 'objective objectives rule rules target targets demand demands deadline deadlines criteria requirement requirements need needs standard standards expectation expectations cost costs obligation obligations goal goals challenge challenges forecasts';

/**
 * Stop conditions (`word`: the forms it applies to; `objects`: one of these words within the three words after it, "met the deadline"): a trigger word with one of these words right before or right after it is not an
 * event ("in order to", "named after", "a man named", "the killing fields").
 */
export const STOPS: readonly { readonly word: string; readonly before?: string; readonly after?: string; readonly objects?: string }[] = [
  { word: 'meet met meets meeting', objects: METS },
  { word: 'sign signs signed signing', after: 'up' },
  { word: 'shell shells', after: 'company companies firm firms corporation' },
  { word: 'settle settles settled settling', after: 'for in into down' },
  { word: 'named naming nominated', objects: 'best worst award awards prize prizes winner oscar oscars' },
  { word: 'order', before: 'in' },
  { word: 'named', after: 'after' },
  { word: 'named', before: 'man woman person company group firm band boy girl so' },
  { word: 'name', after: 'of' },
  { word: 'vote', after: 'share' },
  { word: 'ban', after: 'ki-moon' },
];

/**
 * Head nouns that turn a noun trigger before them into a modifier, not an event: "cooperation agreement",
 * "election campaign", "protest movement", "aid package".
 */
export const MODIFIER_HEADS: ReadonlySet<string> = new Set(
  'agreement agreements deal accord treaty pact memorandum campaign campaigns movement commission committee law laws bill program programme package packages group groups leader leaders organizer organizers organiser organisers site sites zone zones manifesto manifestos issue issues pledge pledges promise promises date candidate candidates agent spokesman spokeswoman team'.split(' '),
);
