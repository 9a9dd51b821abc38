/**
 * Evaluation of HTML main-content extraction against the Zyte/Scrapinghub article-extraction-benchmark
 * layout: `ground-truth.json` (`{ id: { articleBody, url } }`) plus `html/<id>.html.gz` or `html/<id>.html`.
 *
 * Scoring reproduces the benchmark's evaluate.py exactly: tokens are `\w+` (Unicode), shingles are 4-grams
 * of tokens (fewer than 4 tokens give one shorter shingle, no tokens none), multiset tp/fp/fn per document,
 * normalised per document so tp+fp+fn = 1; precision and recall are means over the documents where they are
 * defined, F1 is the harmonic mean of those means.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../clean/html/extract.js';

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export type TpFpFn = readonly [tp: number, fp: number, fn: number];

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** Python's `re.findall(r'\w+', text, re.UNICODE)`: case is kept. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Multiset of token n-grams, keyed by the tokens joined with a separator that no token contains. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** tp/fp/fn over shingles, normalised so that they sum to 1 (all 0 when both texts are empty). */
export function shingleMatching(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    fp += Math.max(0, pc - tc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

export function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function scoresFrom(results: readonly TpFpFn[]): Scores {
  const precision = mean(results.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(results.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** The project's default: the extractor's body and heading blocks, joined by blank lines. */
export function defaultExtractBody(html: string, url: string | undefined): string {
  const ex = extractHtml(html, url === undefined ? {} : { url });
  if (!ex) return '';
  return ex.blocks
    .filter((b) => b.kind === 'body' || b.kind === 'heading')
    .map((b) => ex.text.slice(b.start, b.end))
    .join('\n\n');
}

function readPage(folder: string, id: string): string | null {
  const gz = join(folder, 'html', `${id}.html.gz`);
  if (existsSync(gz)) return gunzipSync(readFileSync(gz)).toString('utf8');
  const plain = join(folder, 'html', `${id}.html`);
  if (existsSync(plain)) return readFileSync(plain, 'utf8');
  return null;
}

const fmt = (x: number): string => x.toFixed(3);

export async function evalClean(
  folder: string,
  extractBody: (html: string, url: string | undefined) => string = defaultExtractBody,
): Promise<{ report: string; scores: Scores }> {
  const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const rows: { id: string; url: string | undefined; m: TpFpFn; f1: number; ms: number }[] = [];
  const missing: string[] = [];
  let totalMs = 0;
  for (const [id, item] of Object.entries(truth)) {
    const html = readPage(folder, id);
    if (html === null) missing.push(id);
    let pred = '';
    const t0 = performance.now();
    if (html !== null) {
      try {
        pred = extractBody(html, item.url);
      } catch {
        pred = '';
      }
    }
    const ms = performance.now() - t0;
    totalMs += ms;
    const m = shingleMatching(item.articleBody ?? '', pred);
    const p = precisionScore(m);
    const r = recallScore(m);
    rows.push({ id, url: item.url, m, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, ms });
  }
  const scores = scoresFrom(rows.map((r) => r.m));
  const worst = [...rows].sort((a, b) => a.f1 - b.f1).slice(0, 10);
  const lines: string[] = [];
  lines.push(`clean: ${rows.length} documents from ${folder}${missing.length ? ` (${missing.length} without html, scored as empty)` : ''}`);
  lines.push('worst 10 by per-document F1:');
  for (const r of worst) {
    lines.push(
      `  f1=${fmt(r.f1)} p=${fmt(precisionScore(r.m))} r=${fmt(recallScore(r.m))}  ${r.id.slice(0, 12)}  ${r.url ?? ''}`,
    );
  }
  lines.push(`time: ${(totalMs / Math.max(1, rows.length)).toFixed(1)} ms/page (${totalMs.toFixed(0)} ms total)`);
  lines.push(`precision=${fmt(scores.precision)} recall=${fmt(scores.recall)} f1=${fmt(scores.f1)}`);
  return { report: lines.join('\n'), scores };
}
