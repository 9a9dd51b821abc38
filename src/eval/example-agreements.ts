/**
 * The `agreements` check of `npm run eval -- example`. For each agreement of the key, the share of its
 * scored fields (those the key gives) that the best-matching agreement of the document's `agreements`
 * layer gets right; the score is the mean over the key's agreements.
 *  - parties: the key's names and the system's parties (each party's entity canonical name, else its text)
 *    are equal as sets;
 *  - signed_on: equals `signedOn.value`;
 *  - signed_at: equals `signedAt`'s entity canonical name or its text;
 *  - in_force_from: equals `inForce.value`;
 *  - scope: recall of the key's items — a key item is found when an unused system item has a token-set
 *    overlap |A∩B| / max(|A|, |B|) ≥ 0.6 with it (tokens: lower-case letter/digit runs); the field scores
 *    that fraction (0 to 1).
 * Names and values are compared case-insensitively, whitespace collapsed, curly apostrophes as straight.
 * Best match: the unused system agreement with the highest share, key agreements taken in order. `kind`,
 * `in_force_rule`, `reported_by` are reported, not scored; `note` and other fields are commentary (a key
 * agreement with no scored field is left out of the mean). NaN when the key lists no agreements; 0 when the
 * document has no agreements layer.
 */
import type { Agreement, DatelineDocument } from '../core/schema.js';
import { oneLine } from '../core/text.js';
import { scoredLayer } from './example-layer.js';

/** One item of a key's `agreements`. */
export interface GoldAgreement {
  kind?: string;
  parties?: string[];
  signed_on?: string;
  signed_at?: string;
  in_force_from?: string;
  in_force_rule?: string;
  reported_by?: string[];
  scope?: string[];
  note?: string;
}

export const SCOPE_OVERLAP = 0.6;

const key = (s: string) => oneLine(s).replace(/[’‘]/g, "'").toLowerCase();
const tokens = (s: string) => new Set(key(s).match(/[\p{L}\p{N}]+/gu) ?? []);

/** |A∩B| / max(|A|, |B|) over lower-case word sets. */
export function tokenOverlap(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const t of x) if (y.has(t)) both++;
  return both / Math.max(x.size, y.size);
}

/** Key scope items found among the system's items (each system item answers one key item at most). */
function scopeRecall(gold: readonly string[], system: readonly string[]): { recall: number; missed: string[] } {
  const used = new Set<number>();
  const missed: string[] = [];
  for (const g of gold) {
    let best = -1;
    let bestScore = SCOPE_OVERLAP;
    system.forEach((s, i) => {
      const o = tokenOverlap(g, s);
      if (!used.has(i) && o >= bestScore) [best, bestScore] = [i, o];
    });
    if (best < 0) missed.push(g);
    else used.add(best);
  }
  return { recall: gold.length ? (gold.length - missed.length) / gold.length : NaN, missed };
}

interface FieldScore {
  field: string;
  score: number;
  got: string;
  want: string;
}

function fieldScores(doc: DatelineDocument, g: GoldAgreement, a: Agreement | undefined): FieldScore[] {
  const canonical = new Map(doc.layers.entities.map((e) => [e.id, e.canonical]));
  const name = (x: { entity: string | null; text: string } | null | undefined) => (x ? (x.entity && canonical.get(x.entity)) || oneLine(x.text) : '');
  const out: FieldScore[] = [];
  if (g.parties) {
    const got = [...new Set((a?.parties ?? []).map((p) => key(name(p))))].sort();
    const want = [...new Set(g.parties.map(key))].sort();
    out.push({ field: 'parties', score: Number(got.join('|') === want.join('|')), got: JSON.stringify(got), want: JSON.stringify(want) });
  }
  if (g.signed_on !== undefined) {
    const got = a?.signedOn?.value ?? '';
    out.push({ field: 'signed_on', score: Number(got === g.signed_on), got, want: g.signed_on });
  }
  if (g.signed_at !== undefined) {
    const at = a?.signedAt;
    const ok = !!at && (key(name(at)) === key(g.signed_at) || key(at.text) === key(g.signed_at));
    out.push({ field: 'signed_at', score: Number(ok), got: name(at), want: g.signed_at });
  }
  if (g.in_force_from !== undefined) {
    const got = a?.inForce?.value ?? '';
    out.push({ field: 'in_force_from', score: Number(got === g.in_force_from), got, want: g.in_force_from });
  }
  if (g.scope?.length) {
    const { recall, missed } = scopeRecall(g.scope, (a?.scope ?? []).map((s) => s.item));
    out.push({ field: 'scope', score: recall, got: `${g.scope.length - missed.length} of ${g.scope.length}`, want: missed.length ? `missed ${missed.map((m) => `"${m}"`).join(', ')}` : 'all' });
  }
  return out;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);

export function scoreAgreements(doc: DatelineDocument, gold: readonly GoldAgreement[] | undefined, lines: string[]): number {
  if (!gold?.length) return NaN;
  const layer = scoredLayer(doc, 'agreements', gold.length, lines);
  if (!layer) return 0;
  const used = new Set<string>();
  const shares = gold.map((g) => {
    let best: { a: Agreement | undefined; fields: FieldScore[]; share: number } = { a: undefined, fields: fieldScores(doc, g, undefined), share: -1 };
    for (const a of layer) {
      if (used.has(a.id)) continue;
      const fields = fieldScores(doc, g, a);
      const share = mean(fields.map((f) => f.score));
      if (share > best.share) best = { a, fields, share };
    }
    const share = best.a ? best.share : mean(best.fields.map((f) => f.score));
    if (best.a) used.add(best.a.id);
    const label = `agreement "${g.kind ?? '?'}"`;
    lines.push(`  ${share === 1 ? 'ok  ' : 'FAIL'} ${label}: ${best.a ? `${best.a.id} "${best.a.kind}"` : 'no system agreement'}, ${(share * 100).toFixed(0)}% of its fields`);
    for (const f of best.fields) lines.push(`       ${f.score === 1 ? 'ok  ' : 'FAIL'} ${f.field}: got ${f.got || '—'}, gold ${f.want}`);
    if (best.a && g.reported_by) {
      const rep = best.a.reportedBy.map((r) => oneLine(r.text));
      lines.push(`       (reported_by, not scored: got ${JSON.stringify(rep)}, gold ${JSON.stringify(g.reported_by)})`);
    }
    return share;
  });
  return mean(shares.filter((x) => !Number.isNaN(x)));
}
