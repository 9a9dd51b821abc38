/**
 * Entities across documents. Two document entities are one corpus entity when
 *  1. they have the same type and the same normalised canonical name (`normName`: case, quotes, a leading
 *     "the" and a possessive ending ignored), or
 *  2. they have the same type and one's canonical name equals a name, alias or acronym mention of the other
 *     ("National Guard" in one article, "Russian National Guard" with the mention "the National Guard" in
 *     another; "MVD" and "Ministry of Internal Affairs of Belarus" with the acronym mention "MVD") — only
 *     when that name belongs to exactly one group of that type (an ambiguous short name links nothing).
 * Descriptions, roles, demonyms and possessives ("the country", "Russian") are never used to link.
 *
 * A corpus entity's canonical name is the longest canonical of its members (then the most frequent, then
 * the first in order); its id is derived from its type and that name (`org-russian-national-guard`), so
 * it stays the same from run to run. Pure.
 */
import type { DatelineDocument, Entity } from '../core/schema.js';
import { oneLine } from '../core/text.js';
import { normName, slug } from './words.js';

export interface CorpusEntity {
  id: string;
  canonical: string;
  type: Entity['type'];
  /** Other names it goes by (canonical names and name/alias/acronym mentions of its members), in first-seen order. */
  aliases: string[];
  sources: { doc: string; entity: string }[];
}

export interface EntityMerge {
  entities: CorpusEntity[];
  /** The corpus entity id of a document's entity, or null when the id is not one of its entities. */
  of(doc: string, entity: string | null | undefined): string | null;
}

const LINKING_KINDS: ReadonlySet<string> = new Set(['name', 'alias', 'acronym']);

interface Member {
  doc: string;
  entity: Entity;
  names: string[];
}

/** The names of an entity that may link it to another: its canonical name and its name, alias and acronym mentions. */
function namesOf(doc: DatelineDocument, e: Entity): string[] {
  const ids = new Set(e.mentions);
  const out = [oneLine(e.canonical)];
  for (const m of doc.layers.mentions) if (ids.has(m.id) && LINKING_KINDS.has(m.kind)) out.push(oneLine(m.text).replace(/^the\s+/i, ''));
  return out.filter((n, i) => n && out.findIndex((x) => normName(x) === normName(n)) === i);
}

export function mergeEntities(docs: readonly DatelineDocument[]): EntityMerge {
  const members: Member[] = docs.flatMap((d) => d.layers.entities.map((entity) => ({ doc: d.id, entity, names: namesOf(d, entity) })));
  // union-find over members; rule 1 first
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const byCanonical = new Map<string, number>();
  members.forEach((m, i) => {
    const key = `${m.entity.type}:${normName(m.entity.canonical)}`;
    const first = byCanonical.get(key);
    if (first === undefined) byCanonical.set(key, i);
    else union(first, i);
  });
  // rule 2: a canonical name that is another group's name, when only one group of that type has it
  const holders = new Map<string, Set<number>>();
  members.forEach((m, i) => {
    for (const n of m.names) {
      const key = `${m.entity.type}:${normName(n)}`;
      const set = holders.get(key) ?? new Set<number>();
      set.add(find(i));
      holders.set(key, set);
    }
  });
  members.forEach((m, i) => {
    const groups = holders.get(`${m.entity.type}:${normName(m.entity.canonical)}`);
    if (!groups) return;
    const roots = new Set([...groups].map(find));
    roots.delete(find(i));
    if (roots.size === 1) union(i, [...roots][0]!);
  });

  const groups = new Map<number, Member[]>();
  members.forEach((m, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), m]));
  const index = new Map<string, string>();
  const entities: CorpusEntity[] = [];
  const taken = new Set<string>();
  for (const list of groups.values()) {
    const canonical = pickCanonical(list.map((m) => oneLine(m.entity.canonical)));
    const type = list[0]!.entity.type;
    let id = `${type.toLowerCase()}-${slug(canonical)}`;
    for (let k = 2; taken.has(id); k++) id = `${type.toLowerCase()}-${slug(canonical)}-${k}`;
    taken.add(id);
    const seen = new Set([normName(canonical)]);
    const aliases: string[] = [];
    for (const n of list.flatMap((m) => m.names)) {
      if (!seen.has(normName(n))) aliases.push(n);
      seen.add(normName(n));
    }
    entities.push({ id, canonical, type, aliases, sources: list.map((m) => ({ doc: m.doc, entity: m.entity.id })) });
    for (const m of list) index.set(`${m.doc}\u0000${m.entity.id}`, id);
  }
  return { entities, of: (doc, entity) => (entity ? (index.get(`${doc}\u0000${entity}`) ?? null) : null) };
}

/** The longest name, then the most frequent, then the first. */
function pickCanonical(names: string[]): string {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => b.length - a.length || count.get(b)! - count.get(a)!)[0]!;
}
