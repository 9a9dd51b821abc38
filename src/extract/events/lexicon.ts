/**
 * The trigger table (`rules/triggers.ts`) compiled into look-ups by word form, once at load time.
 */
import { nounForms, parseVerb } from './inflect.js';
import { GENERIC } from './rules/generic.js';
import { STOPS, TRIGGERS, type TriggerRow } from './rules/triggers.js';

export interface VerbSense {
  readonly row: TriggerRow;
  readonly particle: string | null;
  readonly participle: boolean;
}

export interface LightSense extends VerbSense {
  /** noun forms that make this verb an event */
  readonly nouns: ReadonlySet<string>;
}

export interface Lexicon {
  readonly verbs: ReadonlyMap<string, readonly VerbSense[]>;
  readonly nouns: ReadonlyMap<string, TriggerRow>;
  readonly agentNouns: ReadonlyMap<string, TriggerRow>;
  readonly light: ReadonlyMap<string, readonly LightSense[]>;
  /** Every noun form of a `light` column (a topic or a document when no verb of its row is near). */
  readonly lightNouns: ReadonlySet<string>;
  readonly stopBefore: ReadonlyMap<string, ReadonlySet<string>>;
  readonly stopAfter: ReadonlyMap<string, ReadonlySet<string>>;
  readonly stopObjects: ReadonlyMap<string, ReadonlySet<string>>;
}

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

const words = (s: string | undefined): string[] => (s ? s.split(/\s+/).filter(Boolean) : []);

export function compileLexicon(rows: readonly TriggerRow[] = TRIGGERS): Lexicon {
  const verbs = new Map<string, VerbSense[]>();
  const nouns = new Map<string, TriggerRow>();
  const agentNouns = new Map<string, TriggerRow>();
  const light = new Map<string, LightSense[]>();
  const lightNouns = new Set<string>();
  for (const row of rows) {
    for (const spec of words(row.verbs)) {
      const v = parseVerb(spec);
      for (const [form, participle] of v.forms) push(verbs, form, { row, particle: v.particle, participle });
    }
    for (const n of words(row.nouns)) for (const f of nounForms(n)) if (!nouns.has(f)) nouns.set(f, row);
    for (const n of words(row.agentNouns)) for (const f of nounForms(n)) agentNouns.set(f, row);
    if (row.light) {
      const ns = new Set(words(row.light.nouns).flatMap(nounForms));
      for (const n of ns) lightNouns.add(n);
      for (const spec of words(row.light.verbs)) {
        const v = parseVerb(spec);
        for (const [form, participle] of v.forms) push(light, form, { row, particle: v.particle, participle, nouns: ns });
      }
    }
  }
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  const objects = new Map<string, string[]>();
  for (const s of STOPS) {
    for (const form of words(s.word)) {
      for (const w of words(s.objects)) push(objects, form, w);
      for (const w of words(s.before)) push(before, form, w);
      for (const w of words(s.after)) push(after, form, w);
    }
  }
  const toSets = (m: Map<string, string[]>) => new Map([...m].map(([k, v]) => [k, new Set(v)] as const));
  const stopBefore = toSets(before);
  const stopAfter = toSets(after);
  return { verbs, nouns, agentNouns, light, lightNouns, stopBefore, stopAfter, stopObjects: toSets(objects) };
}

export const LEXICON: Lexicon = compileLexicon();

/** The generic-occurrence table (`rules/generic.ts`, type OCCUR), compiled alone: read after the ontology. */
export const GENERIC_LEXICON: Lexicon = compileLexicon([GENERIC]);
