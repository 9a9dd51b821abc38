/**
 * The entities and mentions of one document while clusterEntities builds them: entities keyed by type and
 * canonical (the same canonical is the same entity), mentions deduplicated by span and entity, every mention
 * checked to lie inside one sentence. Local to one call; nothing outside it is changed.
 */
import type { SentenceIndex } from './sentences.js';
import type { Entity, EntityType, MentionKind } from './types.js';

/** Where an entity came from; descriptions use it to tell a company from a ministry or a country. */
export type Origin = 'name' | 'country' | 'norp' | 'agency' | 'institution';

export interface Role {
  text: string;
  groups: readonly string[];
  holder: string | null;
  former: boolean;
}

export interface EntityDraft {
  key: string;
  type: EntityType;
  canonical: string;
  origin: Origin;
  roles: Role[];
}

/** The key of the entity with this type and canonical. */
export const entityKey = (type: EntityType, canonical: string): string => `${type}|${canonical}`;

export interface MentionDraft { start: number; end: number; kind: MentionKind; key: string }

export class Builder {
  private readonly entities = new Map<string, EntityDraft>();
  private readonly seen = new Set<string>();
  readonly mentions: MentionDraft[] = [];
  /** Characters covered by some mention (for overlap checks). */
  private readonly covered: Uint8Array;

  constructor(private readonly text: string, private readonly sentences: SentenceIndex) {
    this.covered = new Uint8Array(text.length);
  }

  /** The key of the entity with this type and canonical, created when new. */
  entity(type: EntityType, canonical: string, origin: Origin): string {
    const key = entityKey(type, canonical);
    if (!this.entities.has(key)) this.entities.set(key, { key, type, canonical, origin, roles: [] });
    return key;
  }

  has(key: string): boolean { return this.entities.has(key); }
  get(key: string): EntityDraft | undefined { return this.entities.get(key); }

  /** Adds a mention; false when it is empty, crosses a sentence boundary, or is already there. */
  add(start: number, end: number, kind: MentionKind, key: string): boolean {
    if (end <= start || !this.sentences.contains(start, end) || !this.entities.has(key)) return false;
    const id = `${start}:${end}:${key}`;
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    this.mentions.push({ start, end, kind, key });
    this.covered.fill(1, start, end);
    return true;
  }

  addRole(key: string, role: Role): void {
    const e = this.entities.get(key);
    if (e && !e.roles.some((r) => r.text === role.text)) e.roles.push(role);
  }

  /** True when a mention already overlaps the span. */
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.covered[i]) return true;
    return false;
  }

  /** The entities in order of first mention, ids e1, e2, …; mentions in text order. */
  finish(): Entity[] {
    const byKey = new Map<string, MentionDraft[]>();
    for (const m of [...this.mentions].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const list = byKey.get(m.key);
      if (list) list.push(m); else byKey.set(m.key, [m]);
    }
    return [...byKey.entries()].map(([key, ms], i) => {
      const e = this.entities.get(key)!;
      return {
        id: `e${i + 1}`,
        canonical: e.canonical,
        type: e.type,
        roles: e.roles.map((r) => r.text),
        mentions: ms.map((m) => ({ start: m.start, end: m.end, text: this.text.slice(m.start, m.end), kind: m.kind })),
      };
    });
  }
}
