/**
 * Cross-article queries for the HTTP API (entities, events, quotes, agreements, timelines).
 *
 * The Store interface has only put/get/list/count, so for now these queries load the documents through
 * it and keep them in an in-process cache keyed by id (issue 8 will add indexed queries to the store and
 * replace this). The cache is always valid: a document's id is the hash of its text and stored documents
 * never change; the store only grows, so `count()` (one cheap query per request) tells when another
 * process (e.g. `dateline ingest`) added documents, and then only the new ones are loaded.
 *
 * Memory: documents are cached without their `tokens` layer (most of a document; nothing here reads it),
 * roughly 15–40 KB per news article. Responses are bounded by pagination (limit ≤ 200).
 */
import { oneLine } from '../core/text.js';
import type { DatelineDocument, Entity } from '../core/schema.js';
import type { Store, StoredSummary } from '../store/index.js';
import { entityMatches } from '../timeline/index.js';

/** A document as cached: every layer but `tokens` (left empty). */
export type LightDocument = DatelineDocument;

export interface EntityGroup {
  key: string;
  canonical: string;
  type: Entity['type'];
  roles: Set<string>;
  aliases: Set<string>;
  mentionCount: number;
  /** Article id → its entity ids there (usually one) and their mention count, in corpus order. */
  articles: Map<string, { entities: string[]; mentions: number }>;
}

const norm = (s: string) => oneLine(s).toLowerCase().replace(/[’`]/g, "'");
/** As the timeline's entity filter normalises names (src/timeline/build.ts). */
const words = (s: string) => ` ${oneLine(s).toLowerCase().replace(/[’']/g, "'")} `;

/** The key an entity is grouped under across articles: its type and canonical name, lower-cased. */
export function entityKey(e: Pick<Entity, 'type' | 'canonical'>): string {
  return `${e.type}:${norm(e.canonical)}`;
}

const MAX_ALIASES = 20;

export class Corpus {
  private readonly docs = new Map<string, LightDocument>();
  private readonly summaries = new Map<string, StoredSummary>();
  /** Ids, newest ingested first (the store's list order). */
  private order: string[] = [];
  private readonly groups = new Map<string, EntityGroup>();
  /**
   * Per document: the canonical names and mention texts of its entities, each normalised as the timeline's
   * entity filter does and wrapped in spaces, joined by NUL. A name query can only match a document whose
   * string holds it (see {@link candidates}): a cheap pre-filter before the exact per-entity check.
   */
  private readonly names = new Map<string, string>();
  /** Bumped whenever documents are added: results computed from the corpus can be cached against it. */
  version = 0;
  private sortedGroups: EntityGroup[] | null = null;
  private knownCount = -1;
  private pending: Promise<void> | null = null;

  constructor(private readonly store: Store) {}

  /** Brings the cache up to date with the store (loads only documents not seen yet). */
  async refresh(): Promise<void> {
    if (this.pending) return this.pending;
    this.pending = this.doRefresh().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async doRefresh(): Promise<void> {
    const n = await this.store.count();
    if (n === this.knownCount) return;
    const rows = await this.store.list();
    for (const row of rows) {
      this.summaries.set(row.id, row);
      if (this.docs.has(row.id)) continue;
      const doc = await this.store.get(row.id);
      if (doc) this.add(doc);
    }
    this.order = rows.map((r) => r.id).filter((id) => this.docs.has(id));
    this.sortedGroups = null;
    this.version++;
    this.knownCount = n;
  }

  private add(doc: DatelineDocument): void {
    const light: LightDocument = { ...doc, layers: { ...doc.layers, tokens: [] } };
    this.docs.set(doc.id, light);
    const mentionCount = new Map<string, number>();
    for (const m of doc.layers.mentions) mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1);
    const mentionText = new Map(doc.layers.mentions.map((m) => [m.id, m.text]));
    this.names.set(doc.id, [...doc.layers.entities.map((e) => e.canonical), ...doc.layers.mentions.map((m) => m.text)].map(words).join('\u0000'));
    for (const e of doc.layers.entities) {
      const key = entityKey(e);
      let g = this.groups.get(key);
      if (!g) {
        g = { key, canonical: oneLine(e.canonical), type: e.type, roles: new Set(), aliases: new Set(), mentionCount: 0, articles: new Map() };
        this.groups.set(key, g);
      }
      for (const r of e.roles) g.roles.add(r);
      for (const id of e.mentions) {
        const t = mentionText.get(id);
        if (t !== undefined && g.aliases.size < MAX_ALIASES) g.aliases.add(oneLine(t));
      }
      const n = mentionCount.get(e.id) ?? e.mentions.length;
      g.mentionCount += n;
      const a = g.articles.get(doc.id);
      if (a) {
        a.entities.push(e.id);
        a.mentions += n;
      } else g.articles.set(doc.id, { entities: [e.id], mentions: n });
    }
  }

  /** Cached documents, newest ingested first; `ids` restricts (and orders) them. */
  documents(ids?: readonly string[]): LightDocument[] {
    const out: LightDocument[] = [];
    for (const id of ids ?? this.order) {
      const d = this.docs.get(id);
      if (d) out.push(d);
    }
    return out;
  }

  /**
   * The documents that may hold an entity answering the name `query` (whole words of a canonical name or
   * mention text): a superset of those `entityMatches` accepts, found without looking at each entity.
   */
  candidates(query: string, docs: readonly LightDocument[] = this.documents()): LightDocument[] {
    const q = words(query).trim();
    if (!q) return [];
    return docs.filter((d) => {
      const s = this.names.get(d.id) ?? '';
      return s.includes(` ${q} `) || s.includes(` ${q}'`);
    });
  }

  summary(id: string): StoredSummary | undefined {
    return this.summaries.get(id);
  }

  /** Entity groups, most widespread first (articles, then mentions, then name). */
  entityGroups(): EntityGroup[] {
    if (!this.sortedGroups) {
      this.sortedGroups = [...this.groups.values()].sort(
        (a, b) => b.articles.size - a.articles.size || b.mentionCount - a.mentionCount || a.canonical.localeCompare(b.canonical) || a.key.localeCompare(b.key),
      );
    }
    return this.sortedGroups;
  }

  group(key: string): EntityGroup | undefined {
    return this.groups.get(key) ?? this.groups.get(keyFromParam(key));
  }

  /**
   * The entity ids of `doc` that an `entity=` parameter names: an entity key (exact group), or else a name
   * query (whole words of the canonical name or of a mention, as the timeline's `--entity`).
   */
  matcher(query: string): (doc: LightDocument) => Set<string> {
    const g = this.group(query);
    if (g) return (doc) => new Set(g.articles.get(doc.id)?.entities ?? []);
    const maybe = new Set(this.candidates(query).map((d) => d.id));
    return (doc) => (maybe.has(doc.id) ? new Set(doc.layers.entities.filter((e) => entityMatches(doc, e, query)).map((e) => e.id)) : new Set());
  }
}

/** A key as a client may type it: any case for the type, the name as written. */
function keyFromParam(key: string): string {
  const i = key.indexOf(':');
  return i < 0 ? key : `${key.slice(0, i).toUpperCase()}:${norm(key.slice(i + 1))}`;
}
