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

/**
 * Every annotation of every layer, and every evidence span in the metadata, must slice back exactly.
 * Returns the violations (empty when the document is sound); the store refuses a document with any.
 */
export function spanViolations(doc: DatelineDocument): SpanViolation[] {
  const out: SpanViolation[] = [];
  for (const [layer, items] of Object.entries(doc.layers) as [string, Checkable[]][]) {
    for (let i = 0; i < items.length; i++) check(doc.text, layer, i, items[i]!, out);
  }
  for (const l of doc.layers.links) if (l.roleEvidence) check(doc.text, 'links.roleEvidence', 0, l.roleEvidence, out);
  if (doc.metadata.title) check(doc.text, 'metadata.title', 0, doc.metadata.title, out);
  doc.metadata.published?.evidence.forEach((e, i) => check(doc.text, 'metadata.published.evidence', i, e, out));
  return out;
}
