/**
 * Inflections of the trigger table's words. Over-generation is harmless (a form that does not exist never
 * matches), so consonant doubling is generated for every lemma that ends consonant–vowel–consonant.
 */
const VOWEL = /[aeiou]/;

/** Regular -s, -ed and -ing forms of a verb lemma. */
export function regularVerbForms(lemma: string): { third: string[]; past: string[]; ing: string[] } {
  const last = lemma.at(-1)!;
  const third = /(?:s|x|z|ch|sh)$/.test(lemma) ? [`${lemma}es`] : /[^aeiou]y$/.test(lemma) ? [`${lemma.slice(0, -1)}ies`] : [`${lemma}s`];
  let past: string[];
  let ing: string[];
  if (last === 'e') {
    past = [`${lemma}d`];
    ing = lemma.endsWith('ee') ? [`${lemma}ing`] : [`${lemma.slice(0, -1)}ing`];
  } else if (/[^aeiou]y$/.test(lemma)) {
    past = [`${lemma.slice(0, -1)}ied`];
    ing = [`${lemma}ing`];
  } else {
    past = [`${lemma}ed`];
    ing = [`${lemma}ing`];
    const cvc = lemma.length >= 3 && !VOWEL.test(last) && !/[wxy]/.test(last) && VOWEL.test(lemma.at(-2)!) && !VOWEL.test(lemma.at(-3)!);
    if (cvc) {
      past.push(`${lemma}${last}ed`);
      ing.push(`${lemma}${last}ing`);
    }
  }
  return { third, past, ing };
}

/** Plural forms of a noun (the noun itself included). */
export function nounForms(noun: string): string[] {
  if (/s$/.test(noun)) return [noun];
  if (/(?:x|z|ch|sh)$/.test(noun)) return [noun, `${noun}es`];
  if (/[^aeiou]y$/.test(noun)) return [noun, `${noun.slice(0, -1)}ies`];
  return [noun, `${noun}s`];
}

/** One verb of the table, parsed: `meet/met`, `take_over/took/taken`, `order!`. */
export interface VerbEntry {
  readonly lemma: string;
  readonly particle: string | null;
  /** form → whether it can be a past participle */
  readonly forms: ReadonlyMap<string, boolean>;
}

export function parseVerb(spec: string): VerbEntry {
  const onlyEdIng = spec.endsWith('!');
  const [head, past, participle] = (onlyEdIng ? spec.slice(0, -1) : spec).split('/');
  const [lemma, particle] = head!.split('_');
  const forms = new Map<string, boolean>();
  const reg = regularVerbForms(lemma!);
  if (!onlyEdIng) {
    forms.set(lemma!, false);
    for (const f of reg.third) forms.set(f, false);
  }
  for (const f of reg.ing) forms.set(f, false);
  if (past) {
    forms.set(past, !participle || participle === past);
    if (participle) forms.set(participle, true);
  } else {
    for (const f of reg.past) forms.set(f, true);
  }
  return { lemma: lemma!, particle: particle ?? null, forms };
}
