import type { DatelineDocument } from './schema.js';

export interface SpanViolation {
  layer: string;
  id: string;
  start: number;
  end: number;
  problem: string;
}

interface Checkable {
  start: number;
  end: number;
  text?: string;
  id?: string;
  parts?: { start: number; end: number; text: string }[];
}

function check(text: string, layer: string, index: number, a: Checkable, out: SpanViolation[]): void {
  const { start, end } = a;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
    out.push({ layer, id: a.id ?? String(index), start, end, problem: `outside the text (length ${text.length})` });
    return;
  }
  if (a.text !== undefined && (a.text.length !== end - start || !text.startsWith(a.text, start))) {
    out.push({ layer, id: a.id ?? String(index), start, end, problem: 'text differs from original.slice(start, end)' });
  }
  if (a.parts === undefined) return;
  for (const p of a.parts) {
    const problem =
      p.start < start || p.end > end
        ? 'a part lies outside its annotation'
        : text.slice(p.start, p.end) !== p.text
          ? "a part's text differs from original.slice(start, end)"
          : null;
    if (problem) out.push({ layer, id: a.id ?? String(index), start, end, problem });
  }
}

const isSpan = (v: unknown): v is Checkable =>
  typeof v === 'object' && v !== null && typeof (v as Checkable).start === 'number' && typeof (v as Checkable).end === 'number' && typeof (v as Checkable).text === 'string';

/** Spans nested in an annotation (an event's evidence and participants, a quote's cue, an agreement's scope …), with their paths. */
function nested(value: unknown, path: string, out: [string, Checkable][]): void {
  if (Array.isArray(value)) {
    value.forEach((v) => nested(v, path, out));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'parts') continue; // checked with their annotation
    if (isSpan(v)) out.push([`${path}.${k}`, v]);
    if (typeof v === 'object' && v !== null) nested(v, `${path}.${k}`, out);
  }
}

/**
 * Every annotation of every layer, every span nested in one (cue, evidence, participants, scope items …),
 * and every evidence span in the metadata, must slice back exactly. Returns the violations (empty when the
 * document is sound); the store refuses a document with any.
 */
export function spanViolations(doc: DatelineDocument): SpanViolation[] {
  const out: SpanViolation[] = [];
  for (const [layer, items] of Object.entries(doc.layers) as [string, Checkable[]][]) {
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      check(doc.text, layer, i, item, out);
      if (layer === 'tokens') continue; // flat: nothing nested
      const inner: [string, Checkable][] = [];
      nested(item, layer, inner);
      for (const [path, span] of inner) check(doc.text, path, i, { ...span, id: item.id ?? String(i) }, out);
    }
  }
  if (doc.metadata.title) check(doc.text, 'metadata.title', 0, doc.metadata.title, out);
  doc.metadata.published?.evidence.forEach((e, i) => check(doc.text, 'metadata.published.evidence', i, e, out));
  return out;
}
