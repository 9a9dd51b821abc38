/** Test helpers: name spans from quoted substrings, sentences split at ". " (for self-written test texts). */
import type { NameMention, NameType } from './types.js';

/** Marks every occurrence of each [substring, type] as a tagged name (non-overlapping, left to right). */
export function tag(text: string, spec: readonly (readonly [string, NameType])[]): NameMention[] {
  const out: NameMention[] = [];
  for (const [sub, type] of spec) {
    const re = new RegExp(sub.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
    for (const m of text.matchAll(re)) {
      const before = m.index > 0 ? text[m.index - 1]! : ' ';
      const after = text[m.index + sub.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      if (out.some((o) => o.start < m.index + sub.length && m.index < o.end)) continue;
      out.push({ start: m.index, end: m.index + sub.length, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Sentences: split after ". ", "! ", "? " and at line breaks. */
export function split(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  // not after initials ("U.S. officials"): a capital letter right before the dot, after a dot or a space
  for (const m of text.matchAll(/(?<!(?:^|[\s.])\p{Lu})[.!?](?=\s)|\n/gu)) {
    const end = m.index + (m[0] === '\n' ? 0 : 1);
    if (end > start) out.push({ start, end });
    start = m.index + 1;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
