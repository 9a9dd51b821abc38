/**
 * `npm run eval -- example <folder>`: a folder of `<name>.txt` + `<name>.gold.json` pairs in the format
 * of the shared examples. For each article, the pipeline's output is compared with the analyst's key:
 *  - published: the publication date equals the gold date;
 *  - document:  share of the gold `document` fields that hold (language, outlet, published, published_is_explicit);
 *  - not_body:  share of `clean.not_body` items whose text does not appear in the clean body;
 *  - whole:     share of `clean.body_sentences_that_must_be_whole` found whole in the clean body;
 *  - links:     share of `clean.links_cited` found with the right role (when the gold role names one);
 *  - timex_value: share of the gold `time_expressions` for which the document's `timex` layer has an item
 *    with the same text (whitespace-collapsed, case-sensitive), the same value and the same type; each layer
 *    item answers one gold item at most. A document without a `timex` layer scores 0 (the report says so);
 *    a key without `time_expressions` gives NaN, left out of the mean (printed `nan` when no key has any);
 *  - entities: share of the gold `entities` found with the right canonical name and type and all their
 *    aliases in that one entity (see ./example-entities.ts); NaN without gold entities;
 *  - quotes: share of the gold `quotes` found with the same words and the right speaker (./example-quotes.ts);
 *  - events: share of the gold `events` found with the right type and date inside their evidence (./example-events.ts);
 *  - agreements: mean share of the fields of each gold agreement right in its best system agreement (./example-agreements.ts).
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
import { oneLine as squash } from '../core/text.js';
import { scoreEntities, type GoldEntity } from './example-entities.js';
import { scoreQuotes, type GoldQuote } from './example-quotes.js';
import { scoreEvents, type GoldEvent } from './example-events.js';
import { scoreAgreements, type GoldAgreement } from './example-agreements.js';

interface Gold {
  document?: { language?: string; outlet?: string; published?: string; published_is_explicit?: boolean };
  clean?: {
    not_body?: { kind: string; text: string }[];
    body_sentences_that_must_be_whole?: string[];
    links_cited?: { url: string; role: string }[];
  };
  time_expressions?: GoldTimeExpression[];
  entities?: GoldEntity[];
  quotes?: GoldQuote[];
  events?: GoldEvent[];
  agreements?: GoldAgreement[];
}

/** One item of a key's `time_expressions`. */
export interface GoldTimeExpression {
  text: string;
  type?: string;
  value: string;
}

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
  timex_value: number;
  entities: number;
  quotes: number;
  events: number;
  agreements: number;
}

/**
 * The `timex_value` check for one document (see the top of this file): pushes one report line per gold
 * item and returns the share found, NaN when the key lists none. The `timex` layer is read loosely (the
 * time-expression stage adds it to the schema): an item's text is its `text`, else its span of `doc.text`.
 */
export function scoreTimexValues(doc: DatelineDocument, gold: readonly GoldTimeExpression[] | undefined, lines: string[]): number {
  if (!gold?.length) return NaN;
  const layer = (doc.layers as unknown as Record<string, unknown>).timex;
  if (!Array.isArray(layer)) {
    lines.push(`  FAIL timex: the document has no timex layer (the time-expression stage did not run), 0 of ${gold.length} time expressions`);
    return 0;
  }
  if (!layer.length) lines.push('  (the timex layer is empty: the time-expression stage did not run or found nothing)');
  const pool = (layer as Record<string, unknown>[]).map((x) => ({
    text: squash(typeof x.text === 'string' ? x.text : typeof x.start === 'number' && typeof x.end === 'number' ? doc.text.slice(x.start, x.end) : ''),
    type: typeof x.type === 'string' ? x.type : undefined,
    value: typeof x.value === 'string' ? x.value.trim() : undefined,
  }));
  const ok = gold.map((g) => {
    const text = squash(g.text);
    const i = pool.findIndex((x) => x.text === text && x.value === g.value.trim() && (g.type === undefined || x.type === g.type));
    const want = `${g.value}${g.type ? ` (${g.type})` : ''}`;
    if (i >= 0) {
      pool.splice(i, 1);
      lines.push(`  ok   timex "${text}" = ${want}`);
      return true;
    }
    const same = pool.filter((x) => x.text === text);
    lines.push(`  FAIL timex "${text}": gold ${want}, ${same.length ? `got ${same.map((x) => `${x.value === undefined ? '?' : x.value || '""'} (${x.type ?? '?'})`).join(', ')}` : 'not found'}`);
    return false;
  });
  return share(ok);
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
    timex_value: scoreTimexValues(doc, gold.time_expressions, lines),
    entities: scoreEntities(doc, gold.entities, lines),
    quotes: scoreQuotes(doc, gold.quotes, lines),
    events: scoreEvents(doc, gold.events, lines),
    agreements: scoreAgreements(doc, gold.agreements, lines),
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
  const keys = ['published', 'document', 'not_body', 'whole', 'links', 'timex_value', 'entities', 'quotes', 'events', 'agreements'] as const;
  const scores = Object.fromEntries(keys.map((k) => [k, mean(all.map((s) => s[k]).filter((x) => !Number.isNaN(x)))])) as unknown as ExampleScores;
  lines.push(`${all.length} article(s)`);
  return { report: lines.join('\n'), scores };
}
