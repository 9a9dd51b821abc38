/**
 * The verbs the agreement rules read, one table per use (kept together so that each list lives in one place).
 */

/** Verbs by which a subject concludes an agreement: "X has signed a deal" (not "brokered": a mediator is no party). */
export const SIGNING_VERBS: readonly string[] = [
  'signed', 'sign', 'signs', 'signing', 'inked', 'inks', 'sealed', 'seals', 'struck', 'strikes', 'concluded', 'concludes', 'reached',
  'reaches', 'agreed', 'agreed on', 'clinched', 'clinches', 'finalised', 'finalized', 'entered into',
];

/** Words that say an agreement was made, near which its date and place are read ("made in the city of …"). */
export const CONCLUSION_CUES: readonly string[] = [
  'signed', 'signing', 'made', 'concluded', 'inked', 'sealed', 'struck', 'reached', 'clinched', 'agreed', 'finalised', 'finalized',
];

/** Verbs by which an agreement is reached at a meeting (an oral arrangement). */
export const REACHED_VERBS: readonly string[] = ['reached', 'struck', 'hammered out', 'agreed'];
