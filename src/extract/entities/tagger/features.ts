/**
 * Sparse features for the NER tagger: strings, one list per token. Token features (word, affixes,
 * shapes, capitalisation), a ±2 window of words and shapes, neighbouring-word bigrams, and
 * document-level features computed from the whole document's tokens (no labels): whether the word
 * also appears lowercased or title-cased elsewhere, and its place in capitalised runs elsewhere
 * (so "Clinton" alone is seen to end "Bill Clinton"). All-caps headline sentences are flagged.
 */

/** Curly quotes and apostrophes as ASCII, digits as 0 (keeps shapes of numbers, not their values). */
export function normalizeToken(t: string): string {
  return t.replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"').replace(/[\u2013\u2014]/g, '-');
}

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

function charClass(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code < 128) return c;
  if (isUpper(c)) return 'X';
  if (isLower(c)) return 'x';
  return c;
}

/** Long shape: character classes, runs capped at 4 ("Xxxx", "dddd-dd-dd"); short shape: runs collapsed ("Xx", "d-d-d"). */
export function wordShapes(w: string): { long: string; short: string } {
  let long = '';
  let short = '';
  let prev = '';
  let run = 0;
  for (const ch of w) {
    const k = charClass(ch);
    if (k === prev) run++;
    else {
      run = 1;
      short += k;
    }
    if (run <= 4) long += k;
    prev = k;
  }
  return { long, short };
}

/** What features read of one token. */
export interface Tok {
  w: string;
  lw: string;
  long: string;
  short: string;
  cap: boolean;
  /** The short shape has letters (X or x); it has lower-case ones (x). */
  letters: boolean;
  lower: boolean;
}

/** The lowercased, normalised form features use for a token. */
export const tokenKey = (raw: string): string => normalizeToken(raw).toLowerCase().replace(/[0-9]/g, '0');

export function tokInfo(raw: string): Tok {
  const w = normalizeToken(raw);
  const lw = tokenKey(raw);
  const { long, short } = wordShapes(w);
  const lower = short.includes('x');
  return { w, lw, long, short, cap: short[0] === 'X', letters: lower || short.includes('X'), lower };
}

const hasLetters = (t: Tok) => t.letters;
const allCaps = (t: Tok) => t.letters && !t.lower;

/** A headline: at least two tokens with letters, all of them in capitals. */
function isHeadline(toks: readonly Tok[]): boolean {
  const lettered = toks.filter(hasLetters);
  return lettered.length >= 2 && lettered.every(allCaps);
}

export interface DocContext<T extends Tok = Tok> {
  readonly toks: readonly (readonly T[])[];
  readonly headline: readonly boolean[];
  /** Lowercased words seen in lower case (not capitalised) in the document. */
  readonly lowerSeen: ReadonlySet<string>;
  /** Lowercased words seen title-cased outside headlines and sentence starts. */
  readonly titleSeen: ReadonlySet<string>;
  /** Lowercased capitalised word → its role in the longest capitalised run it appears in (outside headlines). */
  readonly runRole: ReadonlyMap<string, string>;
}

export function documentContext(sentences: readonly (readonly string[])[]): DocContext {
  return contextOf(sentences.map((s) => s.map(tokInfo)));
}

/** The document context of tokens already read (the tagger reads them from its per-word cache). */
export function contextOf<T extends Tok>(toks: readonly (readonly T[])[]): DocContext<T> {
  const headline = toks.map(isHeadline);
  const lowerSeen = new Set<string>();
  const titleSeen = new Set<string>();
  const best = new Map<string, { len: number; role: string }>();
  toks.forEach((s, si) => {
    if (headline[si]) return;
    let runStart = -1;
    const closeRun = (end: number) => {
      if (runStart < 0) return;
      const len = end - runStart;
      for (let i = runStart; i < end; i++) {
        const role = len === 1 ? 'S' : i === runStart ? 'B' : i === end - 1 ? 'E' : 'I';
        const cur = best.get(s[i]!.lw);
        if (!cur || cur.len < len) best.set(s[i]!.lw, { len, role: `${role}${Math.min(len, 4)}` });
      }
      runStart = -1;
    };
    s.forEach((t, i) => {
      if (t.short[0] === 'x') lowerSeen.add(t.lw);
      if (t.cap && i > 0 && t.lower) titleSeen.add(t.lw);
      if (t.cap && hasLetters(t)) {
        if (runStart < 0) runStart = i;
      } else closeRun(i);
    });
    closeRun(s.length);
  });
  const runRole = new Map([...best].map(([k, v]) => [k, v.role]));
  return { toks, headline, lowerSeen, titleSeen, runRole };
}

export const PAD: Tok = { w: '<s>', lw: '<s>', long: '<s>', short: '<s>', cap: false, letters: false, lower: false };
export const PAD_END: Tok = { w: '</s>', lw: '</s>', long: '</s>', short: '</s>', cap: false, letters: false, lower: false };

/** Feature strings for every token of sentence `si` of a document. */
export function sentenceFeatures(ctx: DocContext, si: number): string[][] {
  const s = ctx.toks[si]!;
  const hl = ctx.headline[si]! ? 'H' : '';
  const at = (i: number) => (i < 0 ? PAD : i >= s.length ? PAD_END : s[i]!);
  return s.map((t, i) => {
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    const lw = t.lw;
    const f = [
      'b',
      `w=${lw}`,
      `sh=${t.long}`,
      `ss=${t.short}`,
      `w-1=${p1.lw}`,
      `w+1=${n1.lw}`,
      `w-2=${p2.lw}`,
      `w+2=${n2.lw}`,
      `ww-1=${p1.lw}|${lw}`,
      `ww+1=${lw}|${n1.lw}`,
      `sh-1=${p1.long}`,
      `sh+1=${n1.long}`,
      `ss-2=${p2.short}`,
      `ss+2=${n2.short}`,
      `sss=${p1.short}|${t.short}|${n1.short}`,
      `w-1ss=${p1.lw}|${t.short}`,
      `ssw+1=${t.short}|${n1.lw}`,
      `i0=${i === 0 ? 1 : 0}|${t.short}|${hl}`,
    ];
    const n = lw.length;
    for (let k = 1; k <= 4 && k < n; k++) f.push(`p${k}=${lw.slice(0, k)}`, `s${k}=${lw.slice(n - k)}`);
    if (hl) f.push(`hw=${lw}`, `hss=${t.short}`);
    if (t.cap || hl) {
      f.push(`dl=${ctx.lowerSeen.has(lw) ? 1 : 0}|${i === 0 || hl ? 1 : 0}`);
      if (i === 0 || hl) f.push(`dt=${ctx.titleSeen.has(lw) ? 1 : 0}`);
      const role = ctx.runRole.get(lw);
      if (role) f.push(`dr=${role}`);
    }
    return f;
  });
}

/** Feature strings of every token of a document, sentence by sentence. */
export function documentFeatures(sentences: readonly (readonly string[])[]): string[][][] {
  const ctx = documentContext(sentences);
  return sentences.map((_, si) => sentenceFeatures(ctx, si));
}
