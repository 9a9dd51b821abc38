import type { DatelineDocument, Metadata } from '../../core/schema.js';
import { knownOutlet, siteCore } from '../../core/outlets.js';

/** Outlet name for a URL: from the table of known outlets, else the host as written ("example.org"). */
export function outletForUrl(url: string): string | null {
  const core = siteCore(url);
  if (!core) return null;
  const known = knownOutlet(core);
  if (known) return known;
  const host = /^(?:https?:\/\/)?(?:www\d?\.)?([^/?#:]+)/i.exec(url)?.[1];
  return host ?? null;
}

/**
 * The outlet that published the article, in order of evidence: given with the input; declared by the
 * HTML page; the article's own URL; the site that its "related article" links point to (teasers link to
 * the publisher's own pages); the agency in a wire dateline ("(Reuters) —").
 */
export function findOutlet(doc: DatelineDocument): Metadata['outlet'] {
  if (doc.input.outlet) return { name: doc.input.outlet, source: 'input', evidence: 'outlet field of the input' };
  const site = doc.input.htmlMeta?.siteName;
  if (site) return { name: site, source: 'html-meta', evidence: 'og:site_name / publisher of the page' };
  const url = doc.input.url ?? doc.input.htmlMeta?.url;
  if (url) {
    const name = outletForUrl(url);
    if (name) return { name, source: 'url', evidence: url };
  }
  const related = doc.layers.links.find((l) => l.role === 'related' || l.role === 'self');
  if (related) {
    const name = outletForUrl(related.url);
    if (name) return { name, source: 'url', evidence: related.url };
  }
  const dateline = doc.layers.zones.find((z) => z.kind === 'dateline');
  const agency = dateline && /\(([^)]+)\)/.exec(dateline.text)?.[1];
  if (agency) return { name: knownOutlet(agency.toLowerCase()) ?? agency, source: 'text', evidence: dateline.text };
  return null;
}
