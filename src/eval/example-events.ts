/**
 * The `events` check of `npm run eval -- example`: share of the key's `events` that the document's
 * `events` layer has with the right type and date, read from the key's evidence. An event answers a key
 * event when (1) its type is the key's, named as Dateline names it (meeting → CONSULT, agreement → AGREE,
 * others upper-cased: election → ELECTION), (2) its date value equals the key's `date` (a null date in the
 * key wants an unknown date: value ""), and (3) its trigger lies inside the key's `evidence` (found in the
 * text with any run of whitespace matching any other, as the key shows line breaks as spaces). Each layer
 * event answers one key event at most. Actors and place are reported, not scored. NaN without key events.
 */
import type { DatelineDocument, DatelineEvent } from '../core/schema.js';
import { oneLine } from '../core/text.js';
import { scoredLayer } from './example-layer.js';

/** One item of a key's `events`. */
export interface GoldEvent {
  date: string | null;
  type: string;
  summary?: string;
  actors?: string[];
  place?: string;
  evidence: string;
}

const TYPE_NAMES: Record<string, string> = { meeting: 'CONSULT', agreement: 'AGREE' };
export const eventTypeOf = (gold: string): string => TYPE_NAMES[gold.toLowerCase()] ?? gold.toUpperCase();

/** Every place the key's evidence is in the text (whitespace-flexible): a caption may repeat a body sentence. */
export function findEvidence(text: string, evidence: string): { start: number; end: number }[] {
  const words = oneLine(evidence).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words[0]) return [];
  return [...text.matchAll(new RegExp(words.join('\\s+'), 'g'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function scoreEvents(doc: DatelineDocument, gold: readonly GoldEvent[] | undefined, lines: string[]): number {
  if (!gold?.length) return NaN;
  const events = scoredLayer(doc, 'events', gold.length, lines);
  if (!events) return 0;
  const canonical = new Map(doc.layers.entities.map((e) => [e.id, e.canonical]));
  const used = new Set<string>();
  let ok = 0;
  for (const g of gold) {
    const where = findEvidence(doc.text, g.evidence);
    const type = eventTypeOf(g.type);
    const want = g.date ?? '';
    const label = `event ${type} ${g.date ?? '(no date)'} "${oneLine(g.evidence).slice(0, 50)}"`;
    if (!where.length) {
      lines.push(`  FAIL ${label}: the key's evidence is not in the text`);
      continue;
    }
    const inside = events.filter((e) => !used.has(e.id) && where.some((w) => e.start >= w.start && e.end <= w.end));
    const hit = inside.find((e) => e.type === type && e.time.value === want);
    if (hit) {
      used.add(hit.id);
      ok++;
      lines.push(`  ok   ${label}${describe(hit, canonical)}`);
      continue;
    }
    const near = inside.map((e) => `${e.type} "${e.text}" ${e.time.value || '(no date)'}`).join(', ');
    lines.push(`  FAIL ${label}: ${near ? `got ${near}` : 'no event there'}`);
  }
  return ok / gold.length;
}

function describe(e: DatelineEvent, canonical: Map<string, string>): string {
  const who = e.participants.map((p) => (p.entity && canonical.get(p.entity)) || oneLine(p.text));
  const place = e.place ? ` in ${(e.place.entity && canonical.get(e.place.entity)) || oneLine(e.place.text)}` : '';
  return who.length || place ? `: ${who.join(', ')}${place}` : '';
}
