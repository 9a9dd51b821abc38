import { withLayers } from '../core/document.js';
import type { Stage } from '../pipeline/stage.js';
import { findZones } from './text/zones.js';
import { findLinks } from './text/links.js';

/** Zones and links. HTML inputs bring block kinds read from the markup (title, caption, byline…) as hints. */
export const cleanStage: Stage = {
  name: 'clean',
  requires: [],
  produces: ['zones', 'links'],
  run(doc) {
    const zones = findZones(doc.text, doc.input.blocks ?? []);
    const selfUrl = doc.input.url ?? doc.input.htmlMeta?.url ?? null;
    return withLayers(doc, { zones, links: findLinks(doc.text, zones, selfUrl) });
  },
};
