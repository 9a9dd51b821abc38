/**
 * Links: URLs on their own lines (link zones) and URLs inside other zones, each with a role:
 *  - related: the URL's slug matches an inserted teaser's title, or it directly follows a teaser;
 *  - source:  the URL's site name is named in the body next to a reporting verb ("Interfax reported");
 *  - share:   a social share/intent URL;
 *  - self:    the article's own URL (given with the input);
 *  - cited:   anything else.
 */
import type { Link, Zone } from '../../core/schema.js';
import { textSpan, type TextSpan } from '../../core/span.js';
import { escapeRegExp, REPORT_VERBS, URL_IN_TEXT, URL_TRAILING_PUNCT } from './patterns.js';
import { knownOutlet, siteCore } from '../../core/outlets.js';

const SHARE_URL = /(?:facebook\.com\/(?:sharer|share)|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/share|t\.me\/share|wa\.me|api\.whatsapp\.com|vk\.com\/share|mailto:)/i;

function words(s: string): string[] {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? [];
}


function slugWords(url: string): string[] {
  const path = url.replace(/^(?:https?:\/\/)?[^/]+/i, '').replace(/[?#].*$/, '');
  return words(path.replace(/\d{4}\/\d{1,2}\/\d{1,2}/g, ' ')).filter((w) => !/^\d+$/.test(w) && w !== 'html' && w !== 'htm');
}

function overlapShare(slug: string[], title: string): number {
  const t = new Set(words(title));
  if (slug.length === 0 || t.size === 0) return 0;
  return slug.filter((w) => t.has(w)).length / Math.max(slug.length, 1);
}

function roleOf(url: string, zone: Zone, zones: readonly Zone[], text: string, selfUrl: string | null): Pick<Link, 'role'> & { roleEvidence?: TextSpan } {
  if (SHARE_URL.test(url)) return { role: 'share' };
  if (selfUrl && url.replace(/\/$/, '') === selfUrl.replace(/\/$/, '')) return { role: 'self' };
  const slug = slugWords(url);
  for (const z of zones) {
    if (z.kind === 'related' && slug.length >= 3 && overlapShare(slug, z.text) >= 0.6) return { role: 'related', roleEvidence: textSpan(text, z.start, z.end) };
  }
  const idx = zones.indexOf(zone);
  const prev = zones[idx - 1];
  if (prev?.kind === 'related' && slug.length === 0) return { role: 'related', roleEvidence: textSpan(text, prev.start, prev.end) };
  const core = siteCore(url);
  if (core && core.length >= 3) {
    const names = [core, knownOutlet(core)?.replace(/^the\s+/i, '')].filter((n): n is string => !!n).map(escapeRegExp).join('|');
    const verbs = REPORT_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');
    const re = new RegExp(`\\b(?:${names})\\b[^.\\n]{0,3}\\s*(?:${verbs})\\b|\\b(?:${verbs})\\s+(?:the\\s+)?(?:${names})\\b`, 'iu');
    for (const z of zones) {
      if (z.kind !== 'body') continue;
      const m = re.exec(z.text);
      if (m) return { role: 'source', roleEvidence: textSpan(text, z.start + m.index, z.start + m.index + m[0].length) };
    }
  }
  return { role: 'cited' };
}

export function findLinks(text: string, zones: readonly Zone[], selfUrl: string | null): Link[] {
  const links: Link[] = [];
  for (const zone of zones) {
    if (zone.kind === 'boilerplate') continue;
    for (const m of zone.text.matchAll(URL_IN_TEXT)) {
      const raw = m[0].replace(URL_TRAILING_PUNCT, '');
      const start = zone.start + m.index;
      const url = /^www\./i.test(raw) ? `https://${raw}` : raw;
      links.push({ id: `l${links.length}`, ...textSpan(text, start, start + raw.length), url, zone: zone.id, ...roleOf(url, zone, zones, text, selfUrl) });
    }
  }
  return links;
}
