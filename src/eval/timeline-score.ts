/**
 * Scorer of SemEval-2015 Task 4 (TimeLine: Cross-Document Event Ordering; Minard et al. 2015), as the
 * task's official tool does it (`evaluation_all.py` → `evaluation_timeline.py` → TempEval-3's
 * `temporal_evaluation.py` / `relation_to_timegraph.py`; the task website's "Tools" page describes the
 * transformation and the micro average, the scripts fix the details below). Pure: no I/O.
 *
 * A timeline is the text of one file: a first line naming the target entity (skipped, as the official
 * script skips it), then lines `ORDER \t DATE \t EVENT [\t EVENT …]`, where an event is
 * `DOCID-SENTENCE-WORD` (the sentence number of the CAT `sentence` attribute, the trigger's tokens joined
 * by `_`, e.g. `16844-2-unveiled`, `4954-2-court_case`) and DATE is `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or
 * `XXXX-XX-XX`. Events on one line are simultaneous.
 *
 * 1. **Timeline → TLINKs** (`evaluation_timeline.py`): the lines are sorted by a natural sort of the whole
 *    line (digit runs compared as numbers, so by ORDER, then DATE, then events); lines with fewer than 3
 *    fields and **lines with ORDER 0 are dropped** (order 0 holds the events that could not be ordered:
 *    they are not scored at all, neither rewarded nor penalised). Every distinct DATE becomes one time
 *    node — `XXXX-XX-XX` of an ordered line too, so all such events share one time — and every event a
 *    node (the k-th occurrence of an event id in a timeline is a node of its own; gold and system nodes
 *    are identified by the id string and k). Links, in this order: each event SIMULTANEOUS its date; then,
 *    along the events in line order, each event and the next: BEFORE when its ORDER is smaller, else
 *    SIMULTANEOUS.
 * 2. **Reduced graph** (`relation_to_timegraph.py`, UzZaman & Allen 2011): the links are added one by one
 *    to a timegraph over interval end points (X_start < X_end; BEFORE: X_end < Y_start; SIMULTANEOUS:
 *    equal starts and equal ends). A link repeated verbatim is taken once; a link between two intervals
 *    already in the graph that the graph already implies is left out of the reduced graph; one that
 *    contradicts it is not added to the graph but stays among the links counted (TE3's
 *    `final_relations + violated_relations`; the gold itself has such links: two lines with the same
 *    date but different orders). Implemented here as exact point-algebra closure (equal points merged,
 *    strict order by reachability); the original's chain/metagraph search computes the same for graphs
 *    made only of BEFORE and SIMULTANEOUS.
 * 3. **Temporal awareness** (TE3's default method): precision = system reduced links verified by the
 *    gold / system reduced links; recall = gold reduced links verified by the system / gold reduced links.
 *    A link is verified by the other side when that side's raw links hold it (either direction, the
 *    relation inverted: BEFORE ↔ AFTER) or that side's graph implies it (BEFORE: X_end < Y_start;
 *    SIMULTANEOUS: both end points equal).
 * 4. **Micro average over timelines** (`evaluation_all.py`): the verified and total counts are summed over
 *    all gold timelines, P = Σ verified system / Σ system links, R = Σ verified gold / Σ gold links,
 *    F1 their harmonic mean (0 when P + R = 0; P is 0 with no system link, R 0 with no gold link). The
 *    official script prints percentages rounded to 6 digits; these are fractions, unrounded.
 *    Deviation: the official script silently skips a gold timeline with no system file (its gold links
 *    then count nowhere); here a missing system timeline is an empty one, so its gold links count for
 *    recall.
 */

export interface TimelineLine {
  order: number;
  date: string;
  events: string[];
}

export interface Timeline {
  /** The first line of the file: the target entity as written (e.g. "Steve Jobs"). */
  entity: string;
  lines: TimelineLine[];
}

export type RelType = 'BEFORE' | 'SIMULTANEOUS';

export interface TLink {
  from: string;
  to: string;
  rel: RelType;
}

/** Counts of one timeline pair, as `temporal_evaluation.py` accumulates them. */
export interface TimelineCounts {
  /** System reduced links verified by the gold. */
  precMatched: number;
  /** System reduced links. */
  system: number;
  /** Gold reduced links verified by the system. */
  recMatched: number;
  /** Gold reduced links. */
  gold: number;
}

export interface TimelineScores {
  f1: number;
  precision: number;
  recall: number;
}

/**
 * Parses a timeline file. The first line is the entity name; blank lines and lines with fewer than three
 * tab-separated fields are skipped (as the official script does); an ORDER that is not an integer is a
 * data error (`null` is returned with the line number, the caller words the error).
 */
export function parseTimeline(text: string): Timeline | { error: string } {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const entity = (rows[0] ?? '').trim();
  const lines: TimelineLine[] = [];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!.replace(/\s+$/, '');
    if (!row.trim()) continue;
    const f = row.split('\t');
    if (f.length < 3) continue;
    const order = f[0]!.trim();
    if (!/^\d+$/.test(order)) return { error: `line ${i + 1}: ORDER ${JSON.stringify(f[0])} is not a non-negative integer` };
    lines.push({ order: Number(order), date: f[1]!.trim(), events: f.slice(2).map((e) => e.trim()) });
  }
  return { entity, lines };
}

/** The file text of a timeline (entity line, then `ORDER\tDATE\tEVENT…` lines). */
export function formatTimeline(t: Timeline): string {
  return [t.entity, ...t.lines.map((l) => [String(l.order), l.date, ...l.events].join('\t'))].join('\n') + '\n';
}

type Part = number | string;

/** Python's `natural_keys`: the line split into digit runs (as numbers) and the text between. */
function naturalKey(s: string): Part[] {
  return s.split(/(\d+)/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Python 2 list comparison of natural keys: numbers before strings, strings by code unit. */
function compareKeys(a: Part[], b: Part[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return x - y;
    } else if (typeof x === 'number') return -1;
    else if (typeof y === 'number') return 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Step 1: the TLINKs of a timeline, in the order the official converter writes them. */
export function timelineLinks(lines: readonly TimelineLine[]): TLink[] {
  const sorted = lines
    .filter((l) => l.order !== 0 && l.events.length > 0)
    .map((l) => ({ l, key: naturalKey([String(l.order), l.date, ...l.events].join('\t')) }))
    .sort((a, b) => compareKeys(a.key, b.key)) // stable, like Python's sort
    .map((x) => x.l);
  const seen = new Map<string, number>();
  const events: { id: string; order: number; time: string }[] = [];
  for (const l of sorted) {
    for (const e of l.events) {
      const k = seen.get(e) ?? 0;
      seen.set(e, k + 1);
      events.push({ id: `e:${e}#${k}`, order: l.order, time: `t:${l.date}` });
    }
  }
  const links: TLink[] = events.map((e) => ({ from: e.id, to: e.time, rel: 'SIMULTANEOUS' }));
  for (let i = 0; i + 1 < events.length; i++) {
    const a = events[i]!;
    const b = events[i + 1]!;
    links.push({ from: a.id, to: b.id, rel: a.order < b.order ? 'BEFORE' : 'SIMULTANEOUS' });
  }
  return links;
}

/** Point-algebra closure over interval end points: equal points merged, `<` as reachability. */
class PointGraph {
  private parent = new Map<string, string>();
  private after = new Map<string, Set<string>>(); // representative → representatives strictly after it
  private intervals = new Set<string>();

  has(x: string): boolean {
    return this.intervals.has(x);
  }

  addInterval(x: string): void {
    if (this.intervals.has(x)) return;
    this.intervals.add(x);
    this.parent.set(`${x}_s`, `${x}_s`);
    this.parent.set(`${x}_e`, `${x}_e`);
    this.after.set(`${x}_s`, new Set([`${x}_e`]));
    this.after.set(`${x}_e`, new Set());
  }

  private find(p: string): string {
    let r = p;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    let q = p;
    while (q !== r) {
      const n = this.parent.get(q)!;
      this.parent.set(q, r);
      q = n;
    }
    return r;
  }

  /** Is point `b` strictly after point `a`? */
  less(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const seen = new Set([ra]);
    const stack = [ra];
    while (stack.length) {
      const n = stack.pop()!;
      for (const m0 of this.after.get(n)!) {
        const m = this.find(m0);
        if (m === rb) return true;
        if (!seen.has(m)) {
          seen.add(m);
          stack.push(m);
        }
      }
    }
    return false;
  }

  /** '<', '>', '=' or 'UNKNOWN' between two points. */
  rel(a: string, b: string): '<' | '>' | '=' | 'UNKNOWN' {
    if (this.find(a) === this.find(b)) return '=';
    if (this.less(a, b)) return '<';
    if (this.less(b, a)) return '>';
    return 'UNKNOWN';
  }

  private addLess(a: string, b: string): void {
    this.after.get(this.find(a))!.add(this.find(b));
  }

  private merge(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.parent.set(rb, ra);
    const into = this.after.get(ra)!;
    for (const m of this.after.get(rb)!) into.add(m);
    this.after.delete(rb);
  }

  /** Does the graph imply the link? (TE3's `interval_rel_X_Y(…, 'evaluation')` returning 'true'.) */
  implies(l: TLink): boolean {
    if (!this.has(l.from) || !this.has(l.to)) return false;
    if (l.rel === 'BEFORE') return this.rel(`${l.from}_e`, `${l.to}_s`) === '<';
    return this.rel(`${l.from}_s`, `${l.to}_s`) === '=' && this.rel(`${l.from}_e`, `${l.to}_e`) === '=';
  }

  /**
   * Adds a link: 'new' (an interval was new, or the relation was unknown: added), 'implied' (already
   * implied: not added) or 'violated' (contradicts the graph: not added).
   */
  add(l: TLink): 'new' | 'implied' | 'violated' {
    const bothKnown = this.has(l.from) && this.has(l.to);
    if (l.from === l.to && l.rel !== 'SIMULTANEOUS') return 'violated';
    if (bothKnown) {
      if (this.implies(l)) return 'implied';
      if (l.rel === 'BEFORE') {
        if (this.rel(`${l.from}_e`, `${l.to}_s`) !== 'UNKNOWN') return 'violated';
      } else {
        const s = this.rel(`${l.from}_s`, `${l.to}_s`);
        const e = this.rel(`${l.from}_e`, `${l.to}_e`);
        if ((s !== '=' && s !== 'UNKNOWN') || (e !== '=' && e !== 'UNKNOWN')) return 'violated';
        // Merging two unrelated points cannot close a cycle, and merging the starts cannot order the ends
        // (that would need X_end < Y_start, which already orders the starts).
      }
    }
    this.addInterval(l.from);
    this.addInterval(l.to);
    if (l.rel === 'BEFORE') this.addLess(`${l.from}_e`, `${l.to}_s`);
    else {
      this.merge(`${l.from}_s`, `${l.to}_s`);
      this.merge(`${l.from}_e`, `${l.to}_e`);
    }
    return 'new';
  }
}

/** Steps 2: the graph of a list of links and its reduced links (implied ones and verbatim repeats left out). */
export function reduceLinks(links: readonly TLink[]): { graph: { implies(l: TLink): boolean }; reduced: TLink[] } {
  const graph = new PointGraph();
  const seen = new Set<string>();
  const reduced: TLink[] = [];
  for (const l of links) {
    const key = `${l.from}\t${l.to}\t${l.rel}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (graph.add(l) !== 'implied') reduced.push(l);
  }
  return { graph, reduced };
}

const inverse = (rel: string) => (rel === 'BEFORE' ? 'AFTER' : rel === 'AFTER' ? 'BEFORE' : rel);

/** Step 3 for one timeline pair: the counts the micro average sums. */
export function compareTimelines(gold: readonly TimelineLine[], system: readonly TimelineLine[]): TimelineCounts {
  const gl = timelineLinks(gold);
  const sl = timelineLinks(system);
  const g = reduceLinks(gl);
  const s = reduceLinks(sl);
  const raw = (links: readonly TLink[]) => {
    const out = new Set<string>();
    for (const l of links) {
      out.add(`${l.from}\t${l.to}\t${l.rel}`);
      if (l.from !== l.to) out.add(`${l.to}\t${l.from}\t${inverse(l.rel)}`);
    }
    return out;
  };
  const gRaw = raw(gl);
  const sRaw = raw(sl);
  const verified = (l: TLink, rawB: Set<string>, b: { implies(l: TLink): boolean }) => rawB.has(`${l.from}\t${l.to}\t${l.rel}`) || b.implies(l);
  return {
    precMatched: s.reduced.filter((l) => verified(l, gRaw, g.graph)).length,
    system: s.reduced.length,
    recMatched: g.reduced.filter((l) => verified(l, sRaw, s.graph)).length,
    gold: g.reduced.length,
  };
}

/** Step 4: micro P, R, F1 from summed counts. */
export function microScores(counts: readonly TimelineCounts[]): TimelineScores {
  const t = counts.reduce((a, c) => ({ precMatched: a.precMatched + c.precMatched, system: a.system + c.system, recMatched: a.recMatched + c.recMatched, gold: a.gold + c.gold }), {
    precMatched: 0,
    system: 0,
    recMatched: 0,
    gold: 0,
  });
  const precision = t.system ? t.precMatched / t.system : 0;
  const recall = t.gold ? t.recMatched / t.gold : 0;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}

/** Scores for one pair (precision, recall, F1 of its own counts). */
export function pairScores(c: TimelineCounts): TimelineScores {
  return microScores([c]);
}
