/**
 * Chunk spans from token tags, as conlleval reads them. Accepts BIO/IOB2, IOB1 and BIOES/BILOU:
 * a chunk starts at `B-X`/`S-X`/`U-X`, or at `I-X`/`E-X`/`L-X` whose previous tag is not of type X
 * (IOB1, or an ill-formed BIO sequence); it ends before `O`, a `B`/`S`/`U` tag, a tag of another type,
 * or after `E-X`/`S-X`/`L-X`/`U-X`.
 */

export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const NER_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC', 'MISC'];

export interface Chunk {
  start: number;
  /** Exclusive. */
  end: number;
  type: string;
}

const OUTSIDE = { prefix: 'O', type: '' } as const;

/** Tags seen so far, split (a tag set is small: the cache stays small). */
const splits = new Map<string, { readonly prefix: string; readonly type: string }>();

function split(tag: string): { readonly prefix: string; readonly type: string } {
  if (tag === 'O' || tag === '' || tag === '-X-') return OUTSIDE;
  let s = splits.get(tag);
  if (!s) {
    const m = /^([BIESLU])-(.+)$/.exec(tag);
    s = m ? { prefix: m[1]!, type: m[2]! } : OUTSIDE;
    if (splits.size < 10_000) splits.set(tag, s);
  }
  return s;
}

/** All chunks, with whatever type names the tags carry. */
export function chunkSpans(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: { start: number; type: string } | null = null;
  const close = (end: number) => {
    if (open) out.push({ start: open.start, end, type: open.type });
    open = null;
  };
  tags.forEach((tag, i) => {
    const { prefix, type } = split(tag);
    if (prefix === 'O') return close(i);
    const starts = prefix === 'B' || prefix === 'S' || prefix === 'U' || open === null || (open as { type: string }).type !== type;
    if (starts) {
      close(i);
      open = { start: i, type };
    }
    if (prefix === 'E' || prefix === 'S' || prefix === 'L' || prefix === 'U') close(i + 1);
  });
  close(tags.length);
  return out;
}

const isNerType = (t: string): t is NerType => (NER_TYPES as readonly string[]).includes(t);

/** Token-index spans of CoNLL-type entities from BIO (or IOB1) tags; chunks of other types are left out. */
export function bioSpans(tags: readonly string[]): { start: number; end: number; type: NerType }[] {
  return chunkSpans(tags).flatMap((c) => (isNerType(c.type) ? [{ start: c.start, end: c.end, type: c.type }] : []));
}

/** Rewrites IOB1 (or any chunk tagging conlleval reads) as BIO: the same chunks, each starting with `B-`. */
export function toBio(tags: readonly string[]): string[] {
  const out: string[] = tags.map(() => 'O');
  for (const c of chunkSpans(tags)) {
    for (let i = c.start; i < c.end; i++) out[i] = `${i === c.start ? 'B' : 'I'}-${c.type}`;
  }
  return out;
}
