/**
 * Page metadata: what the HTML itself declares in <meta>, <link rel=canonical>, <time datetime>, <html lang>
 * and JSON-LD (schema.org NewsArticle and kin). Read before Readability runs, since it removes scripts.
 */
import type { DomDocument, DomElement } from './dom.js';

export interface HtmlMeta {
  title?: string;
  published?: string;
  siteName?: string;
  byline?: string;
  url?: string;
  language?: string;
}

/** What JSON-LD said about the article, including the body text some sites publish there. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisherName?: string;
  author?: string;
  url?: string;
  articleBody?: string;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting)$/;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»', pound: '£', euro: '€', copy: '©', reg: '®',
};

/**
 * JSON-LD and some meta values carry HTML entities ("&#8216;", "&amp;"): numeric ones and the common named
 * ones are decoded; unknown names are left as written.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[e.toLowerCase()] ?? m;
  });
}

function clean(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const t = decodeEntities(s).replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return clean((v as Record<string, unknown>)['name']);
  return undefined;
}

function urlOf(v: unknown): string | undefined {
  if (typeof v === 'string') return clean(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return clean((v as Record<string, unknown>)['@id'] ?? (v as Record<string, unknown>)['url']);
  return undefined;
}

/** Every object in a JSON-LD value, depth-first, following arrays and `@graph`. */
function* objects(v: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6 || !v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) yield* objects(x, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  yield o;
  if (o['@graph']) yield* objects(o['@graph'], depth + 1);
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    try {
      // Raw control characters (literal newlines inside strings) are a common JSON-LD defect.
      return JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

export function readJsonLd(doc: DomDocument): JsonLdArticle | undefined {
  const scripts = doc.getElementsByTagName('script');
  let best: JsonLdArticle | undefined;
  let publisherFallback: string | undefined;
  for (let i = 0; i < scripts.length; i++) {
    if (!/ld\+json/i.test(scripts[i]!.getAttribute('type') ?? '')) continue;
    const raw = scripts[i]!.textContent ?? '';
    for (const o of objects(parseJson(raw.trim()))) {
      const types = typesOf(o);
      if (!publisherFallback && types.includes('Organization')) publisherFallback = nameOf(o);
      if (!types.some((t) => ARTICLE_TYPE.test(t))) continue;
      const found: JsonLdArticle = {};
      const headline = clean(o['headline']) ?? clean(o['name']);
      if (headline) found.headline = headline;
      const date = clean(o['datePublished']) ?? clean(o['dateCreated']);
      if (date) found.datePublished = date;
      const pub = nameOf(o['publisher']);
      if (pub) found.publisherName = pub;
      const author = nameOf(o['author']);
      if (author) found.author = author;
      const url = urlOf(o['url']) ?? urlOf(o['mainEntityOfPage']);
      if (url) found.url = url;
      if (typeof o['articleBody'] === 'string' && o['articleBody'].trim()) found.articleBody = o['articleBody'];
      // Prefer the object that carries the most (an article with a body beats a bare WebPage-like stub).
      const weight = (a: JsonLdArticle | undefined): number =>
        a ? Object.keys(a).length + (a.articleBody ? 10 : 0) : -1;
      if (weight(found) > weight(best)) best = found;
    }
  }
  if (best && !best.publisherName && publisherFallback) best.publisherName = publisherFallback;
  return best;
}

/** <meta> content by property/name/itemprop/http-equiv (lower-cased); the first one of each key wins. */
function metaMap(doc: DomDocument): Map<string, string> {
  const metas = doc.getElementsByTagName('meta');
  const byKey = new Map<string, string>();
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const content = clean(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.toLowerCase().trim();
      if (key && !byKey.has(key)) byKey.set(key, content);
    }
  }
  return byKey;
}

function metaContent(byKey: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = byKey.get(k);
    if (v) return v;
  }
  return undefined;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time as found; other date strings that `Date` reads are converted to ISO. */
export function normaliseDate(raw: string | undefined): string | undefined {
  const s = clean(raw);
  if (!s) return undefined;
  // Placeholders such as "0001-01-01T00:00:00Z" are not dates.
  const year = /^(\d{4})/.exec(s)?.[1];
  if (year !== undefined && (Number(year) < MIN_YEAR || Number(year) > MAX_YEAR)) return undefined;
  if (ISO_DATE.test(s)) return s;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s.slice(0, 10);
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  if (!/\d{4}/.test(s)) return undefined;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  return d.getUTCFullYear() < MIN_YEAR || d.getUTCFullYear() > MAX_YEAR ? undefined : d.toISOString();
}

function timeElementDate(doc: DomDocument): string | undefined {
  const candidates = [
    '[itemprop="datePublished"]',
    'time[pubdate]',
    'time[datetime]',
  ];
  for (const sel of candidates) {
    const el: DomElement | null = doc.querySelector(sel);
    if (!el) continue;
    const v = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent;
    const d = normaliseDate(v ?? undefined);
    if (d) return d;
  }
  return undefined;
}

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return base ? new URL(href, base).href : new URL(href).href;
  } catch {
    return undefined;
  }
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'published_time',
  'publishdate',
  'publish-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'date',
] as const;

export function readMeta(doc: DomDocument, jsonLd: JsonLdArticle | undefined, pageUrl: string | undefined): HtmlMeta {
  const meta: HtmlMeta = {};
  const metas = metaMap(doc);
  const title = jsonLd?.headline ?? metaContent(metas, ['og:title', 'twitter:title', 'dc.title']) ?? clean(doc.getElementsByTagName('title')[0]?.textContent);
  if (title) meta.title = title;

  const published =
    normaliseDate(metaContent(metas, PUBLISHED_KEYS)) ?? normaliseDate(jsonLd?.datePublished) ?? timeElementDate(doc);
  if (published) meta.published = published;

  const siteName =
    metaContent(metas, ['og:site_name']) ?? jsonLd?.publisherName ?? metaContent(metas, ['application-name', 'twitter:site']);
  if (siteName) meta.siteName = siteName;

  const byline = jsonLd?.author ?? metaContent(metas, ['author', 'article:author', 'byl', 'parsely-author', 'dc.creator']);
  if (byline && !/^https?:\/\//.test(byline)) meta.byline = byline;

  let canonical: string | undefined;
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length && canonical === undefined; i++) {
    if (links[i]!.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('canonical')) canonical = links[i]!.getAttribute('href') ?? undefined;
  }
  const url =
    resolveUrl(clean(canonical), pageUrl) ?? resolveUrl(metaContent(metas, ['og:url']), pageUrl) ?? resolveUrl(jsonLd?.url, pageUrl) ?? resolveUrl(pageUrl, undefined);
  if (url) meta.url = url;

  const lang =
    clean(doc.documentElement?.getAttribute('lang')) ??
    clean(doc.documentElement?.getAttribute('xml:lang')) ??
    metaContent(metas, ['content-language', 'og:locale', 'language']);
  if (lang) meta.language = lang.replace(/_/g, '-');
  return meta;
}
