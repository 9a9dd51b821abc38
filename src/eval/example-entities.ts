/**
 * The `entities` check of `npm run eval -- example`: share of the key's `entities` that the document's
 * `entities` layer has with the same canonical name (compared case-insensitively, whitespace collapsed,
 * curly apostrophes as straight ones), the same type, and every one of the key's `aliases_in_text` among
 * that one entity's mention texts (exact, whitespace collapsed). Each layer entity answers one key entity
 * at most. Roles are reported, not scored. NaN when the key lists no entities.
 */
import type { DatelineDocument } from '../core/schema.js';
import { oneLine } from '../core/text.js';
import { scoredLayer } from './example-layer.js';

/** One item of a key's `entities`. */
export interface GoldEntity {
  canonical: string;
  type: string;
  aliases_in_text?: string[];
  role?: string;
}

const key = (s: string) => oneLine(s).replace(/[’‘]/g, "'").toLowerCase();

export function scoreEntities(doc: DatelineDocument, gold: readonly GoldEntity[] | undefined, lines: string[]): number {
  if (!gold?.length) return NaN;
  const entities = scoredLayer(doc, 'entities', gold.length, lines);
  const mentions = (doc.layers as Partial<DatelineDocument['layers']>).mentions ?? [];
  if (!entities) return 0;
  const textOf = new Map(mentions.map((m) => [m.id, oneLine(m.text)]));
  const used = new Set<string>();
  let ok = 0;
  for (const g of gold) {
    const candidates = entities.filter((e) => !used.has(e.id) && key(e.canonical) === key(g.canonical));
    const typed = candidates.find((e) => e.type === g.type);
    const e = typed ?? candidates[0];
    const aliases = g.aliases_in_text ?? [];
    if (!e) {
      lines.push(`  FAIL entity "${g.canonical}" (${g.type}): not found`);
      continue;
    }
    used.add(e.id);
    const have = new Set(e.mentions.map((id) => textOf.get(id) ?? ''));
    const missing = aliases.filter((a) => !have.has(oneLine(a)));
    const right = e.type === g.type && !missing.length;
    if (right) ok++;
    const role = g.role ? `; role ${e.roles.includes(g.role) ? 'ok' : `gold "${g.role}", got ${JSON.stringify(e.roles)}`}` : '';
    const why = [e.type !== g.type ? `type ${e.type}, gold ${g.type}` : '', missing.length ? `aliases not in it: ${missing.map((a) => `"${oneLine(a)}"`).join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    lines.push(`  ${right ? 'ok  ' : 'FAIL'} entity "${g.canonical}" (${g.type})${why ? `: ${why}` : ''}${role}`);
  }
  return ok / gold.length;
}
