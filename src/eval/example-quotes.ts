/**
 * The `quotes` check of `npm run eval -- example`: share of the key's `quotes` that the document's `quotes`
 * layer has with the same words and the right speaker. Words: the contents compared with whitespace
 * collapsed and the quotation marks and punctuation at either end left out. Speaker: the canonical name of
 * the quote's speaker entity equals the key's `speaker` (case-insensitively), or, when no entity was
 * resolved, its source words do (a leading "the" aside: the key's "the agreement" for words quoted from a
 * document). Cue and kind are reported, not scored. NaN when the key lists no quotes.
 */
import type { DatelineDocument } from '../core/schema.js';
import { oneLine } from '../core/text.js';
import { scoredLayer } from './example-layer.js';

/** One item of a key's `quotes`. */
export interface GoldQuote {
  speaker: string;
  cue: string | null;
  kind: string;
  text: string;
}

const words = (s: string) =>
  oneLine(s)
    .replace(/^[\s"“”„«»'‘’.,;:!?—–-]+|[\s"“”„«»'‘’.,;:!?—–-]+$/g, '')
    .replace(/[’‘]/g, "'");
const name = (s: string) => oneLine(s).toLowerCase().replace(/^the\s+/, '');

export function scoreQuotes(doc: DatelineDocument, gold: readonly GoldQuote[] | undefined, lines: string[]): number {
  if (!gold?.length) return NaN;
  const quotes = scoredLayer(doc, 'quotes', gold.length, lines);
  if (!quotes) return 0;
  const canonical = new Map(doc.layers.entities.map((e) => [e.id, e.canonical]));
  let ok = 0;
  for (const g of gold) {
    const q = quotes.find((x) => words(x.text) === words(g.text));
    if (!q) {
      lines.push(`  FAIL quote "${words(g.text).slice(0, 60)}…": not found`);
      continue;
    }
    const speaker = q.speaker ? (canonical.get(q.speaker) ?? '') : '';
    const right = speaker ? name(speaker) === name(g.speaker) : !!q.source && name(q.source.text) === name(g.speaker);
    if (right) ok++;
    const got = speaker || (q.source ? `"${oneLine(q.source.text)}" (no entity)` : 'no source');
    const extra = `cue ${q.cue ? `"${oneLine(q.cue.text)}"` : 'none'}${g.cue !== undefined ? ` (gold ${g.cue === null ? 'none' : `"${g.cue}"`})` : ''}, kind ${q.kind} (gold ${g.kind})`;
    lines.push(`  ${right ? 'ok  ' : 'FAIL'} quote "${words(g.text).slice(0, 50)}…": speaker ${got}${right ? '' : `, gold "${g.speaker}"`}; ${extra}`);
  }
  return ok / gold.length;
}
