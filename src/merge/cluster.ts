/**
 * Clusters event mentions with {@link sameHappening}: pairs judged the same are joined best-first (highest
 * score, then text order), each join refused when any two mentions of the two clusters are a veto
 * (types that cannot match, disjoint dates without strong evidence) — so a chain of links cannot put
 * 19 and 20 November into one event unless they match strongly. Only pairs that share something (trigger
 * stem, a participant, the place or the day) can reach the thresholds, so only those are scored; vetoes
 * are checked for every pair a join would bring together. Pure.
 */
import { sameHappening, type Decision, type EventView, type MergeContext } from './events.js';

/**
 * A key shared by more mentions than this is not used to find candidate pairs: in a corpus of thousands of
 * articles a participant like "United States" or the stem "say" is shared by thousands of events, and
 * scoring all their pairs grows with the square (2,128 BBC articles ran out of memory). Pairs that share
 * a rarer key as well are still found; the cost is that two mentions sharing only very common keys are
 * not compared. ECB+ topics (at most a few hundred mentions) are not affected.
 */
export const MAX_KEY_GROUP = 300;

/** Candidate keys: two views can only be the same when they share one of these. */
function keys(v: EventView): string[] {
  const out = v.participants.map((p) => `p\u0000${p.key}`);
  if (v.stem) out.push(`s\u0000${v.stem}`);
  if (v.place) out.push(`l\u0000${v.place}`);
  if (v.time.precision === 'day' && v.time.value) out.push(`d\u0000${v.time.value.slice(0, 10)}`);
  return out;
}

/** Groups of indexes into `views`, each in index order, groups ordered by their first index. */
export function clusterViews(views: readonly EventView[], ctx: MergeContext = {}): number[][] {
  const cache = new Map<number, Decision>();
  const n = views.length;
  const decide = (i: number, j: number): Decision => {
    const [x, y] = i < j ? [i, j] : [j, i];
    const k = x * n + y;
    let d = cache.get(k);
    if (!d) cache.set(k, (d = sameHappening(views[x]!, views[y]!, ctx)));
    return d;
  };
  const byKey = new Map<string, number[]>();
  views.forEach((v, i) => {
    for (const k of new Set(keys(v))) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const links: { i: number; j: number; score: number }[] = [];
  const seen = new Set<number>();
  for (const list of byKey.values()) {
    if (list.length > MAX_KEY_GROUP) continue; // too common to be evidence ("said", "United States" in a big corpus)
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const [i, j] = [list[a]!, list[b]!];
        if (seen.has(i * n + j)) continue;
        seen.add(i * n + j);
        const d = decide(i, j);
        if (d.same) links.push({ i, j, score: d.score });
      }
    }
  }
  links.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);

  const root = views.map((_, i) => i);
  const members = views.map((_, i) => [i]);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (const { i, j } of links) {
    const [x, y] = [find(i), find(j)];
    if (x === y) continue;
    const vetoed = members[x]!.some((p) => members[y]!.some((q) => decide(p, q).veto));
    if (vetoed) continue;
    const [keep, drop] = x < y ? [x, y] : [y, x];
    root[drop] = keep;
    members[keep] = [...members[keep]!, ...members[drop]!].sort((a, b) => a - b);
    members[drop] = [];
  }
  return members.filter((m, i) => m.length && find(i) === i);
}
