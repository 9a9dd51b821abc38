/**
 * The clean view of a document: its body paragraphs (and subheadings) as a reader sees them, with an
 * offset map back to the original. Hard line breaks become spaces, paragraphs are separated by a blank
 * line, a paragraph that inserted debris split in two is joined with a space, and URLs inside body
 * paragraphs are left out.
 */
import type { DatelineDocument, Zone } from '../core/schema.js';
import type { Span } from '../core/span.js';
import { TextView, type ViewPart } from '../core/view.js';

export interface ViewParagraph {
  /** Range in the view text. */
  start: number;
  end: number;
  /** The zones it is made of (more than one when a paragraph was split by debris). */
  zones: string[];
}

export interface BodyView {
  view: TextView;
  paragraphs: ViewParagraph[];
}

const IN_VIEW = new Set<Zone['kind']>(['body', 'heading']);
const LINE_BREAK = /[ \t]*(?:\r\n|\r|\n|\u2028|\u2029)[ \t\r\n]*/g;

/** Pieces of one zone: its lines joined by single spaces, minus the holes (inline URLs). */
function zoneParts(text: string, zone: Span, holes: readonly Span[]): ViewPart[] {
  const parts: ViewPart[] = [];
  let cursor = zone.start;
  const pushText = (s: number, e: number) => {
    let start = s;
    for (const m of text.slice(s, e).matchAll(LINE_BREAK)) {
      parts.push({ start, end: s + m.index }, { insert: ' ' });
      start = s + m.index + m[0].length;
    }
    parts.push({ start, end: e });
  };
  for (const h of holes) {
    if (h.start < cursor || h.end > zone.end) continue;
    let end = h.start;
    let next = h.end;
    // drop one space around the hole so that "reported https://x.y on" reads "reported on"
    if (text[next] === ' ') next++;
    else if (end > zone.start && text[end - 1] === ' ') end--;
    pushText(cursor, end);
    cursor = next;
  }
  pushText(cursor, zone.end);
  return parts;
}

const cache = new WeakMap<object, WeakMap<object, BodyView>>();

/** The clean view; memoised per (zones, links) pair, which stages never mutate. */
export function bodyView(doc: DatelineDocument): BodyView {
  let byLinks = cache.get(doc.layers.zones);
  if (!byLinks) cache.set(doc.layers.zones, (byLinks = new WeakMap()));
  let view = byLinks.get(doc.layers.links);
  if (!view) byLinks.set(doc.layers.links, (view = buildBodyView(doc)));
  return view;
}

function buildBodyView(doc: DatelineDocument): BodyView {
  const parts: ViewPart[] = [];
  const paragraphs: ViewParagraph[] = [];
  let length = 0;
  const measure = (ps: ViewPart[]) => ps.reduce((n, p) => n + ('insert' in p ? p.insert.length : p.end - p.start), 0);
  for (const zone of doc.layers.zones) {
    if (!IN_VIEW.has(zone.kind)) continue;
    const holes = doc.layers.links.filter((l) => l.zone === zone.id);
    const zp = zoneParts(doc.text, zone, holes);
    const last = paragraphs[paragraphs.length - 1];
    if (zone.continues && last) {
      parts.push({ insert: ' ' }, ...zp);
      length += 1 + measure(zp);
      last.end = length;
      last.zones.push(zone.id);
      continue;
    }
    if (paragraphs.length) {
      parts.push({ insert: '\n\n' });
      length += 2;
    }
    parts.push(...zp);
    const start = length;
    length += measure(zp);
    paragraphs.push({ start, end: length, zones: [zone.id] });
  }
  return { view: new TextView(doc.text, parts), paragraphs };
}
