/**
 * `npm run eval -- segment <folder>`: sentence splitting against CAT XML gold (MEANTIME layout: `<token
 * sentence="N">` elements). The body of each document (sentences after the title and the date line, i.e.
 * from sentence 2 on) is rebuilt as running text, tokens joined by single spaces, and split by the segment
 * stage's splitter (wink-nlp). A predicted boundary is correct when a gold sentence starts at the same
 * token. Scores: boundary precision/recall/F1 over all documents (micro).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatelineError } from '../core/errors.js';
import { segmentText } from '../extract/segment/wink.js';

const TOKEN = /<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g;
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function catFiles(folder: string): string[] {
  let st;
  try {
    st = statSync(folder);
  } catch {
    throw new DatelineError('E_EVAL_DATA', `${folder}: no such folder`);
  }
  if (!st.isDirectory()) throw new DatelineError('E_EVAL_DATA', `${folder}: not a folder of CAT XML files`);
  const out: string[] = [];
  for (const e of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(folder, e.name);
    if (e.isDirectory()) out.push(...catFiles(p));
    else if (e.name.endsWith('.xml')) out.push(p);
  }
  return out;
}

export async function evalSegment(folder: string): Promise<{ report: string; scores: { precision: number; recall: number; f1: number } }> {
  const files = catFiles(folder);
  if (!files.length) throw new DatelineError('E_EVAL_DATA', `${folder}: no .xml files (CAT XML with <token sentence=…> expected)`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const lines: string[] = [];
  for (const f of files) {
    const tokens = [...readFileSync(f, 'utf8').matchAll(TOKEN)].map((m) => ({ sentence: Number(m[1]), text: unescape(m[2]!) })).filter((t) => t.sentence >= 2);
    if (!tokens.length) continue;
    let text = '';
    const starts: number[] = [];
    const goldStarts = new Set<number>();
    tokens.forEach((t, i) => {
      if (i > 0) text += ' ';
      starts.push(text.length);
      if (i > 0 && t.sentence !== tokens[i - 1]!.sentence) goldStarts.add(text.length);
      text += t.text;
    });
    const predicted = new Set(segmentText(text).map((s) => s.start).filter((s) => s > 0));
    let dtp = 0;
    for (const p of predicted) if (goldStarts.has(p)) dtp++;
    tp += dtp;
    fp += predicted.size - dtp;
    fn += goldStarts.size - dtp;
    if (predicted.size - dtp + goldStarts.size - dtp > 0) lines.push(`  ${f.split('/').pop()}: ${dtp} right, ${predicted.size - dtp} extra, ${goldStarts.size - dtp} missed`);
  }
  const precision = tp / Math.max(tp + fp, 1);
  const recall = tp / Math.max(tp + fn, 1);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  lines.push(`${files.length} documents, ${tp + fn} gold sentence boundaries: ${tp} found, ${fp} extra, ${fn} missed`);
  return { report: lines.join('\n'), scores: { precision, recall, f1 } };
}
