/** Keeps the longest of overlapping candidates (ties: the earlier rule in the rule list wins). */
import type { Found } from '../types.js';

export function resolveOverlaps(found: Found[], priority: Map<string, number>): Found[] {
  const order = found
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || (priority.get(a.f.rule) ?? 0) - (priority.get(b.f.rule) ?? 0) || a.i - b.i);
  const kept: Found[] = [];
  for (const { f } of order) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}
