/**
 * `npm run eval -- example <folder>`: a folder of `<name>.txt` + `<name>.gold.json` pairs in the format
 * of the shared examples. For each article, the pipeline's output is compared with the analyst's key:
 *  - published: the publication date equals the gold date;
 *  - document:  share of the gold `document` fields that hold (language, outlet, published, published_is_explicit);
 *  - not_body:  share of `clean.not_body` items whose text does not appear in the clean body;
 *  - whole:     share of `clean.body_sentences_that_must_be_whole` found whole in the clean body;
 *  - links:     share of `clean.links_cited` found with the right role (when the gold role names one).
 * Whitespace is compared collapsed (the gold shows hard line breaks as single spaces). Scores are
 * averaged over articles.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatelineError } from '../core/errors.js';
import type { DatelineDocument } from '../core/schema.js';
import { bodyView } from '../clean/view.js';
import { decodeBytes } from '../input/index.js';
import { processInput } from '../pipeline/process.js';

interface Gold {
  document?: { language?: string; outlet?: string; published?: string; published_is_explicit?: boolean };
  clean?: {
    not_body?: { kind: string; text: string }[];
    body_sentences_that_must_be_whole?: string[];
    links_cited?: { url: string; role: string }[];
  };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const share = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : NaN);

function goldRole(role: string): string | null {
  const r = role.toLowerCase();
  if (r.includes('related')) return 'related';
  if (r.includes('source')) return 'source';
  if (r.includes('share')) return 'share';
  return null;
}

export interface ExampleScores {
  published: number;
  document: number;
  not_body: number;
  whole: number;
  links: number;
}

function scoreOne(doc: DatelineDocument, gold: Gold, lines: string[]): ExampleScores {
  const clean = squash(bodyView(doc).view.text);
  const g = gold.document ?? {};
  const checks: [string, unknown, unknown][] = [
    ['language', doc.metadata.language.code, g.language],
    ['outlet', doc.metadata.outlet?.name ?? null, g.outlet],
    ['published', doc.metadata.published?.value ?? null, g.published],
    ['published_is_explicit', doc.metadata.published?.explicit ?? null, g.published_is_explicit],
  ];
  const docOk: boolean[] = [];
  for (const [field, got, want] of checks) {
    if (want === undefined) continue;
    docOk.push(got === want);
    lines.push(`  ${got === want ? 'ok  ' : 'FAIL'} document.${field}: got ${JSON.stringify(got)}, gold ${JSON.stringify(want)}`);
  }
  const notBody = (gold.clean?.not_body ?? []).map((nb) => {
    const ok = !clean.includes(squash(nb.text));
    lines.push(`  ${ok ? 'ok  ' : 'FAIL'} not in body (${nb.kind}): "${squash(nb.text).slice(0, 70)}"`);
    return ok;
  });
  const whole = (gold.clean?.body_sentences_that_must_be_whole ?? []).map((s) => {
    const ok = clean.includes(squash(s));
    lines.push(`  ${ok ? 'ok  ' : 'FAIL'} whole in body: "${squash(s).slice(0, 70)}…"`);
    return ok;
  });
  const links = (gold.clean?.links_cited ?? []).map((l) => {
    const found = doc.layers.links.find((x) => x.url === l.url);
    const want = goldRole(l.role);
    const ok = !!found && (want === null || found.role === want);
    lines.push(`  ${ok ? 'ok  ' : 'FAIL'} link ${l.url.slice(0, 60)}: role ${found?.role ?? 'not found'}, gold "${l.role}"`);
    return ok;
  });
  return {
    published: g.published === undefined ? NaN : Number(doc.metadata.published?.value === g.published),
    document: share(docOk),
    not_body: share(notBody),
    whole: share(whole),
    links: share(links),
  };
}

export async function evalExample(folder: string): Promise<{ report: string; scores: ExampleScores }> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new DatelineError('E_EVAL_DATA', `${folder}: not a folder; expected <name>.txt + <name>.gold.json pairs`);
  }
  const golds = readdirSync(folder).filter((f) => f.endsWith('.gold.json')).sort();
  if (!golds.length) throw new DatelineError('E_EVAL_DATA', `${folder}: no <name>.gold.json files`);
  const lines: string[] = [];
  const all: ExampleScores[] = [];
  for (const g of golds) {
    const name = g.slice(0, -'.gold.json'.length);
    const txt = join(folder, `${name}.txt`);
    if (!existsSync(txt)) throw new DatelineError('E_EVAL_DATA', `${join(folder, g)}: no matching ${name}.txt`);
    const decoded = decodeBytes(readFileSync(txt), txt);
    if (!decoded.ok) throw new DatelineError('E_EVAL_DATA', `${txt}: ${decoded.rejection.message}`);
    const processed = processInput({ name: txt, mediaType: 'text/plain', encoding: decoded.encoding, bytes: decoded.text.length, content: decoded.text, hints: {} });
    if (!processed.ok) throw new DatelineError('E_EVAL_DATA', `${txt}: ${processed.rejection.message}`);
    lines.push(`${name}`);
    all.push(scoreOne(processed.doc, JSON.parse(readFileSync(join(folder, g), 'utf8')) as Gold, lines));
  }
  const keys = ['published', 'document', 'not_body', 'whole', 'links'] as const;
  const scores = Object.fromEntries(keys.map((k) => [k, mean(all.map((s) => s[k]).filter((x) => !Number.isNaN(x)))])) as unknown as ExampleScores;
  lines.push(`${all.length} article(s)`);
  return { report: lines.join('\n'), scores };
}
