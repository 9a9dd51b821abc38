/**
 * Who a source refers to: the id of an entity of the document, through the `mentions` layer.
 *  - a mention overlapping the source span gives its entity (a name, "the Kremlin spokesman" as a role); of
 *    several, a name over a demonym or possessive ("Russian President X" → X), a person over an organisation;
 *  - he / she → the nearest PER mention before the source (gender is not known: the nearest person);
 *  - they → the nearest ORG, NORP or PER-group mention before it; it → the nearest ORG;
 *  - a description ("the minister", "the agency") → the nearest entity before it with a role holding its head
 *    noun ("the engineer" → a person given the role "city engineer"), else the nearest whose type fits the
 *    head noun (the table below); null when nothing fits.
 */
import type { Entity, Mention } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import type { SourceForm } from './sources.js';

/** Head nouns of descriptions and the entity types they can refer to. */
const HEAD_TYPES: readonly { nouns: RegExp; types: readonly Entity['type'][] }[] = [
  { nouns: /^(?:president|minister|spokes(?:man|woman|person)|official|leader|senator|governor|mayor|secretary|chief|director|chairman|chairwoman|chair|ambassador|general|candidate|nominee|lawyer|attorney|aide|adviser|advisor|prosecutor|judge|officer|premier|chancellor|king|queen|prince|representative|lawmaker|congressman|congresswoman|executive|ceo|founder|author|analyst|expert|economist|professor|manager|head|commander|source|man|woman|businessman|billionaire|mogul|democrat|republican)s?$/, types: ['PER'] },
  { nouns: /^(?:agency|ministry|government|company|firm|group|party|campaign|committee|commission|council|department|office|service|police|army|military|bank|court|newspaper|paper|network|channel|organi[sz]ation|administration|kremlin|guard|union|coalition|association|institute|foundation|board|authority|authorities|outlet|station|broadcaster|website|site|team|club|corporation|university|regime)$/, types: ['ORG'] },
  { nouns: /^(?:officials|authorities|people|residents|protesters|activists|critics|supporters|voters|experts|analysts|lawmakers|democrats|republicans|leaders|sources)$/, types: ['ORG', 'NORP', 'PER'] },
];

export interface SpeakerInput {
  source: Span & { text: string };
  form: SourceForm;
  mentions: readonly Mention[];
  entities: ReadonlyMap<string, Entity>;
}

/** The mentions are in text order; the nearest one ending before `at` whose entity passes `ok`. */
function nearestBefore(mentions: readonly Mention[], at: number, ok: (e: Entity | undefined, m: Mention) => boolean, entities: ReadonlyMap<string, Entity>): string | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > at) continue;
    if (ok(entities.get(m.entity), m)) return m.entity;
  }
  return null;
}

/** Mention kinds that modify a source rather than name it: "Russian President X", "Belarus’ police". */
const MODIFIER_KINDS: ReadonlySet<Mention['kind']> = new Set(['demonym', 'possessive']);

/**
 * The mention that names the speaker among those inside the source: a name over a demonym or possessive,
 * a person over an organisation ("the Kremlin spokesman Dmitry Peskov"), then the longest overlap.
 */
function bestInside(inside: readonly Mention[], source: Span, entities: ReadonlyMap<string, Entity>): Mention {
  const rank = (m: Mention) => [MODIFIER_KINDS.has(m.kind) ? 1 : 0, entities.get(m.entity)?.type === 'PER' ? 0 : 1, -(Math.min(m.end, source.end) - Math.max(m.start, source.start))];
  return [...inside].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]! || a.start - b.start;
  })[0]!;
}

export function resolveSpeaker({ source, form, mentions, entities }: SpeakerInput): string | null {
  if (!mentions.length) return null;
  const inside = mentions.filter((m) => m.start < source.end && source.start < m.end && entities.has(m.entity));
  if (inside.length) return bestInside(inside, source, entities).entity;
  const word = source.text.toLowerCase();
  if (form === 'pronoun') {
    if (word === 'he' || word === 'she') return nearestBefore(mentions, source.start, (e) => e?.type === 'PER', entities);
    if (word === 'it') return nearestBefore(mentions, source.start, (e) => e?.type === 'ORG', entities);
    if (word === 'they') return nearestBefore(mentions, source.start, (e) => e?.type === 'ORG' || e?.type === 'NORP', entities);
    return null;
  }
  if (form !== 'description') return null;
  const head = word.split(/\s+/).pop() ?? '';
  const byRole = nearestBefore(mentions, source.start, (e) => !!e && e.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head)), entities);
  if (byRole) return byRole;
  const fit = HEAD_TYPES.find((h) => h.nouns.test(head));
  return fit ? nearestBefore(mentions, source.start, (e) => !!e && fit.types.includes(e.type), entities) : null;
}
