/**
 * One sentence as the agreement rules read it: its pieces (a sentence that debris split has `parts`)
 * joined by one space, every whitespace character shown as a space (same length, so offsets stay put),
 * with the timex and mentions that lie in it. Rules match on `text` and hand back view offsets; `span`
 * turns them into exact spans of the original through the piece map (never by searching the text again).
 */
import type { DatelineDocument, Entity, Mention, Sentence, Timex } from '../../core/schema.js';
import { textSpan, type TextSpan } from '../../core/span.js';

export interface Placed<T> {
  /** View range. */
  start: number;
  end: number;
  item: T;
}

export interface SentenceText {
  /** Index into layers.sentences. */
  index: number;
  id: string;
  text: string;
  timex: Placed<Timex>[];
  mentions: Placed<TypedMention>[];
  /** The original span of view range [start, end) (trimmed of spaces); null when it maps to nothing. */
  span(start: number, end: number): TextSpan | null;
  /**
   * The original pieces of view range [start, end), one per sentence part it touches (each trimmed of
   * spaces): more than one when the range runs across debris between the parts (link residue).
   */
  parts(start: number, end: number): TextSpan[];
}

interface Piece {
  viewStart: number;
  origStart: number;
  length: number;
}

function toView(pieces: readonly Piece[], orig: number): number | undefined {
  for (const p of pieces) if (orig >= p.origStart && orig < p.origStart + p.length) return p.viewStart + (orig - p.origStart);
  return undefined;
}

function toOrig(pieces: readonly Piece[], view: number): number | undefined {
  for (const p of pieces) if (view >= p.viewStart && view < p.viewStart + p.length) return p.origStart + (view - p.viewStart);
  return undefined;
}

/** Items with an original span placed in the sentence view (those not wholly inside it are left out). */
function place<T extends { start: number; end: number }>(pieces: readonly Piece[], items: readonly T[], lo: number, hi: number): Placed<T>[] {
  const out: Placed<T>[] = [];
  for (const item of items) {
    if (item.start < lo || item.end > hi) continue;
    const a = toView(pieces, item.start);
    const b = toView(pieces, item.end - 1);
    if (a !== undefined && b !== undefined) out.push({ start: a, end: b + 1, item });
  }
  return out;
}

export type TypedMention = Mention & { entityType: Entity['type'] };

/** The mentions layer with each mention's entity type (computed once per document). */
export function typedMentions(doc: DatelineDocument): TypedMention[] {
  const types = new Map(doc.layers.entities.map((e) => [e.id, e.type]));
  return doc.layers.mentions.map((m) => ({ ...m, entityType: types.get(m.entity) ?? 'MISC' }));
}

export function sentenceText(doc: DatelineDocument, index: number, mentions: readonly TypedMention[]): SentenceText {
  const s: Sentence = doc.layers.sentences[index]!;
  const ranges = s.parts?.length ? s.parts : [{ start: s.start, end: s.end }];
  const pieces: Piece[] = [];
  let text = '';
  for (const r of ranges) {
    if (text) text += ' ';
    pieces.push({ viewStart: text.length, origStart: r.start, length: r.end - r.start });
    text += doc.text.slice(r.start, r.end).replace(/\s/g, ' ');
  }
  const original = doc.text;
  return {
    index,
    id: s.id,
    text,
    timex: place(pieces, doc.layers.timex, s.start, s.end),
    mentions: place(pieces, mentions, s.start, s.end),
    span(start, end) {
      let a = start;
      let b = end;
      while (a < b && text[a] === ' ') a++;
      while (b > a && text[b - 1] === ' ') b--;
      if (a >= b) return null;
      const o1 = toOrig(pieces, a);
      const o2 = toOrig(pieces, b - 1);
      return o1 === undefined || o2 === undefined ? null : textSpan(original, o1, o2 + 1);
    },
    parts(start, end) {
      const out: TextSpan[] = [];
      for (const p of pieces) {
        let a = Math.max(start, p.viewStart);
        let b = Math.min(end, p.viewStart + p.length);
        while (a < b && text[a] === ' ') a++;
        while (b > a && text[b - 1] === ' ') b--;
        if (a < b) out.push(textSpan(original, p.origStart + (a - p.viewStart), p.origStart + (b - p.viewStart)));
      }
      return out;
    },
  };
}

/** The same text on one line, as items and kinds are written: whitespace runs as one space. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
