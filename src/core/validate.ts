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
  const id = a.id ?? String(index);
  const bad = (problem: string) => out.push({ layer, id, start: a.start, end: a.end, problem });
  if (!(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.start <= a.end && a.end <= text.length)) {
    bad(`outside the text (length ${text.length})`);
    return;
  }
  if (a.text !== undefined && text.slice(a.start, a.end) !== a.text) bad('text differs from original.slice(start, end)');
  for (const p of a.parts ?? []) {
    if (p.start < a.start || p.end > a.end) bad('a part lies outside its annotation');
    else if (text.slice(p.start, p.end) !== p.text) bad('a part\'s text differs from original.slice(start, end)');
  }
}

/**
 * Every annotation of every layer, and every evidence span in the metadata, must slice back exactly.
 * Returns the violations (empty when the document is sound); the store refuses a document with any.
 */
export function spanViolations(doc: DatelineDocument): SpanViolation[] {
  const out: SpanViolation[] = [];
  for (const [layer, items] of Object.entries(doc.layers) as [string, Checkable[]][]) {
    items.forEach((a, i) => check(doc.text, layer, i, a, out));
  }
  for (const l of doc.layers.links) if (l.roleEvidence) check(doc.text, 'links.roleEvidence', 0, l.roleEvidence, out);
  if (doc.metadata.title) check(doc.text, 'metadata.title', 0, doc.metadata.title, out);
  doc.metadata.published?.evidence.forEach((e, i) => check(doc.text, 'metadata.published.evidence', i, e, out));
  return out;
}
