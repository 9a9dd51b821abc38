import type { DatelineDocument, Zone, ZoneKind } from '../core/schema.js';
import { withLayers } from '../core/document.js';
import { contains } from '../core/span.js';
import type { Stage } from '../pipeline/stage.js';
import { findZones } from './text/zones.js';
import { findLinks } from './text/links.js';

const DEBRIS: ReadonlySet<ZoneKind> = new Set(['link', 'related', 'boilerplate', 'credit']);

/**
 * HTML inputs come with block kinds read from the markup (title, caption, heading…). Those win over the
 * plain-text guesses, except that debris lines found inside a markup paragraph stay debris.
 */
function applyBlockHints(zones: Zone[], doc: DatelineDocument): Zone[] {
  const blocks = doc.input.blocks;
  if (!blocks?.length) return zones;
  return zones.map((z) => {
    const b = blocks.find((bl) => contains(bl, z));
    if (!b || DEBRIS.has(z.kind) || b.kind === z.kind) return z;
    if (b.kind === 'body' && z.kind !== 'body' && z.kind !== 'dateline') return { ...z, kind: 'body', rule: 'html-markup' };
    if (b.kind !== 'body') return { ...z, kind: b.kind, rule: 'html-markup' };
    return z;
  });
}

export const cleanStage: Stage = {
  name: 'clean',
  requires: [],
  produces: ['zones', 'links'],
  run(doc) {
    const zones = applyBlockHints(findZones(doc.text), doc);
    const selfUrl = doc.input.url ?? doc.input.htmlMeta?.url ?? null;
    return withLayers(doc, { zones, links: findLinks(doc.text, zones, selfUrl) });
  },
};
