/**
 * How a document is taken apart into rows and put back together, shared by every back end:
 *  - one `DocumentRow` (plain columns plus a few JSON strings);
 *  - `AnnotationRow`s, one per zone, link and sentence (their `text` is not stored: it is exactly
 *    `text.slice(start, end)`, which the store checks before writing), and ONE row per document for all
 *    its tokens, packed (see ./tokens.ts);
 *  - the words to index for full-text search ({@link searchFields}).
 * `assembleDocument(splitDocument(d))` deep-equals `d` for every document the store accepts.
 */
import { LayersSchema, type DatelineDocument, type Layers, type Token } from '../core/schema.js';
import { packTokens, unpackTokens } from './tokens.js';

export interface DocumentRow {
  id: string;
  schema: string;
  sourceName: string;
  mediaType: string;
  encoding: string;
  bytes: number;
  /** The text; where it holds lone surrogates (which SQL text columns cannot keep) the exact text is in `extra`. */
  text: string;
  chars: number;
  /** JSON */
  input: string;
  /** JSON */
  metadata: string;
  /** JSON */
  warnings: string;
  /** JSON of {@link Extra}, or null (nearly always). */
  extra: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
  language: string;
}

export interface AnnotationRow {
  layer: string;
  seq: number;
  start: number;
  end: number;
  /** JSON: the annotation less `start`, `end` (and `text` for layers whose items carry it). */
  data: string;
}

/** What the columns cannot hold; kept so that `get` returns exactly what was put, key order included. */
interface Extra {
  /** Top-level keys beyond the schema's. */
  doc?: Record<string, unknown>;
  /** `source` keys beyond the schema's. */
  source?: Record<string, unknown>;
  /** The exact text when it is not well-formed UTF-16 (lone surrogates). */
  text?: string;
  /** Key orders that differ from the schema's (`layers` also lists a layer beyond the schema's, even empty). */
  order?: { doc?: string[]; source?: string[]; layers?: string[] };
}

/** ES2024 string methods (Node ≥ 20 has them; the project's `lib` is ES2023). */
interface WellFormed {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/**
 * `s` as an SQL text column can keep it: lone surrogates (possible in a JSONL string) become U+FFFD.
 * When the result differs, the back end keeps the exact string elsewhere (as JSON, which escapes them).
 */
export function storableText(s: string): string {
  return (s as unknown as WellFormed).isWellFormed() ? s : (s as unknown as WellFormed).toWellFormed();
}

const DOC_KEYS = ['schema', 'id', 'source', 'text', 'input', 'metadata', 'layers', 'warnings'];
const SOURCE_KEYS = ['name', 'mediaType', 'encoding', 'bytes'];

/** The schema's layers, in the schema's order; read from the schema so that a new layer is picked up. */
const SCHEMA_LAYERS = Object.keys(LayersSchema.shape) as (keyof Layers)[];
/** Schema layers whose items carry `text` (= the slice of the original), which is not stored. */
const TEXT_LAYERS = new Set<string>(
  SCHEMA_LAYERS.filter((name) => {
    const element = (LayersSchema.shape[name] as unknown as { element?: { shape?: Record<string, unknown> } }).element;
    return element?.shape !== undefined && 'text' in element.shape;
  }),
);

function others(obj: object, known: readonly string[]): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (!known.includes(k)) (out ??= {})[k] = v;
  }
  return out;
}

/** `obj`'s keys when they are not exactly `canonical`, in that order. */
function orderIfNot(obj: object, canonical: readonly string[]): string[] | undefined {
  const keys = Object.keys(obj);
  return keys.length === canonical.length && keys.every((k, i) => k === canonical[i]) ? undefined : keys;
}

function reorder<T extends object>(obj: T, keys: readonly string[] | undefined): T {
  if (!keys) return obj;
  const o = obj as Record<string, unknown>;
  return Object.fromEntries([...keys.filter((k) => k in o).map((k) => [k, o[k]]), ...Object.entries(o).filter(([k]) => !keys.includes(k))]) as T;
}

/**
 * One annotation's `data`. Usually its keys start with start, end (and text): then they are left out and
 * put back first. Otherwise they stay in place, holding 0, and are filled in on the way back. A sentence's
 * `clean` that equals its text is stored as `true`.
 */
function annotationData(item: Record<string, unknown>, withText: boolean): string {
  const keys = Object.keys(item);
  const canonical = keys[0] === 'start' && keys[1] === 'end' && (!withText || keys[2] === 'text');
  const data: Record<string, unknown> = canonical ? {} : { ...item, start: 0, end: 0 };
  if (canonical) for (const k of keys) if (k !== 'start' && k !== 'end' && !(withText && k === 'text')) data[k] = item[k];
  if (!withText) return JSON.stringify(data);
  if (!canonical) data.text = 0;
  if (typeof item.clean === 'string' && item.clean === item.text) data.clean = true;
  return JSON.stringify(data);
}

function annotationFrom(a: AnnotationRow, text: string, withText: boolean): Record<string, unknown> {
  const data = JSON.parse(a.data) as Record<string, unknown>;
  const slice = withText ? text.slice(a.start, a.end) : undefined;
  if (data.clean === true) data.clean = slice;
  if ('start' in data) {
    data.start = a.start;
    data.end = a.end;
    if (withText) data.text = slice;
    return data;
  }
  return withText ? { start: a.start, end: a.end, text: slice, ...data } : { start: a.start, end: a.end, ...data };
}

export function splitDocument(doc: DatelineDocument): { row: DocumentRow; annotations: AnnotationRow[] } {
  const extra: Extra = {};
  const docExtra = others(doc, DOC_KEYS);
  if (docExtra) extra.doc = docExtra;
  const sourceExtra = others(doc.source, SOURCE_KEYS);
  if (sourceExtra) extra.source = sourceExtra;
  const order = { doc: orderIfNot(doc, DOC_KEYS), source: orderIfNot(doc.source, SOURCE_KEYS), layers: orderIfNot(doc.layers, SCHEMA_LAYERS) };
  if (order.doc || order.source || order.layers) extra.order = JSON.parse(JSON.stringify(order)) as Extra['order'];
  const text = storableText(doc.text);
  if (text !== doc.text) extra.text = doc.text;
  const annotations: AnnotationRow[] = [];
  for (const [layer, items] of Object.entries(doc.layers) as [string, Record<string, unknown>[]][]) {
    if (layer === 'tokens') {
      if (items.length > 0) annotations.push(packTokens(items as unknown as Token[]));
      continue;
    }
    const withText = TEXT_LAYERS.has(layer);
    items.forEach((item, seq) => {
      annotations.push({ layer, seq, start: item.start as number, end: item.end as number, data: annotationData(item, withText) });
    });
  }
  const m = doc.metadata;
  const row: DocumentRow = {
    id: doc.id,
    schema: doc.schema,
    sourceName: doc.source.name,
    mediaType: doc.source.mediaType,
    encoding: doc.source.encoding,
    bytes: doc.source.bytes,
    text,
    chars: doc.text.length,
    input: JSON.stringify(doc.input),
    metadata: JSON.stringify(m),
    warnings: JSON.stringify(doc.warnings),
    extra: Object.keys(extra).length > 0 ? JSON.stringify(extra) : null,
    title: m.title?.text ?? m.titleFromInput ?? null,
    published: m.published?.value ?? null,
    outlet: m.outlet?.name ?? null,
    language: m.language.code,
  };
  return { row, annotations };
}

/** `annotations` in any order. */
export function assembleDocument(row: DocumentRow, annotations: readonly AnnotationRow[]): DatelineDocument {
  const extra: Extra = row.extra ? (JSON.parse(row.extra) as Extra) : {};
  const text = extra.text ?? row.text;
  const layers: Record<string, unknown[]> = {};
  for (const name of extra.order?.layers ?? SCHEMA_LAYERS) layers[name] = [];
  const sorted = [...annotations].sort((a, b) => a.seq - b.seq);
  for (const a of sorted) {
    const into = (layers[a.layer] ??= []);
    if (a.layer === 'tokens') into.push(...unpackTokens(a.data));
    else into.push(annotationFrom(a, text, TEXT_LAYERS.has(a.layer)));
  }
  const source = { name: row.sourceName, mediaType: row.mediaType, encoding: row.encoding, bytes: row.bytes, ...extra.source };
  const doc = {
    schema: row.schema,
    id: row.id,
    source: reorder(source, extra.order?.source),
    text,
    input: JSON.parse(row.input),
    metadata: JSON.parse(row.metadata),
    layers,
    warnings: JSON.parse(row.warnings),
    ...extra.doc,
  };
  return reorder(doc, extra.order?.doc) as DatelineDocument;
}

/**
 * What full-text search indexes: the title, and the clean body: the body zones' text joined by blank
 * lines; the whole text when the document has no body zones (not cleaned, or nothing recognised).
 */
export function searchFields(doc: DatelineDocument): { title: string; body: string } {
  const m = doc.metadata;
  const title = m.title?.text ?? m.titleFromInput ?? '';
  const body = doc.layers.zones.filter((z) => z.kind === 'body');
  return { title, body: body.length > 0 ? body.map((z) => z.text).join('\n\n') : doc.text };
}
