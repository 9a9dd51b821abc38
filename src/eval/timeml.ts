/**
 * Reader for TimeML `.tml` files (TimeBank / AQUAINT / TempEval-3 layout): a `<DCT>` element holding the
 * creation-time TIMEX3 (`functionInDocument="CREATION_TIME"`), and a `<TEXT>` element whose content is
 * the document text with inline `<TIMEX3>`, `<EVENT>`, `<SIGNAL>` … tags.
 *
 * `text` is the raw content of `<TEXT>…</TEXT>` with every tag removed and XML entities decoded (nothing
 * else is touched: line breaks and spaces stay as they are). `gold` holds the TIMEX3 elements inside
 * `<TEXT>` as character offsets into that text, so `text.slice(start, end)` is the element's text.
 * TIMEX3 elements with no text (non-consuming, e.g. `<TIMEX3 … />`, or only whitespace) are skipped. `dct` is the `YYYY-MM-DD`
 * part of the creation-time TIMEX3's value. Pure: no I/O.
 */
import { DatelineError } from '../core/errors.js';

/** A gold time expression: a span of the reader's `text` with its TIMEX3 attributes. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

/** One evaluation document: the text the tagger runs on, its creation date and the gold TIMEX3s. */
export interface TimexDoc {
  name: string;
  text: string;
  /** `YYYY-MM-DD`. */
  dct: string;
  gold: GoldTimex[];
  /**
   * The part of `text` that was annotated, when not all of it was (MEANTIME annotates only the first
   * sentences): system timexes outside it are left out of the scoring. Absent: the whole text.
   */
  scope?: { start: number; end: number };
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references in one pass (`&amp;lt;` → `&lt;`). */
export function decodeXml(s: string): string {
  return s.replace(ENTITY, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? m;
    const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

const ATTR = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's attribute string, entity-decoded. */
export function xmlAttributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) out[m[1]!] = decodeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** `1998-11-20T19:30` → `1998-11-20`; also accepts `19981120`. Null when the value holds no full date. */
export function datePart(value: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const TIMEX_START = /<TIMEX3\b([^>]*?)\/?>/g;
// comments, CDATA, processing instructions, tags, then text; a stray `<` is kept as text
const PIECE = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:"[^"]*"|'[^']*'|[^'">])*?)(\/?)>|([^<]+)|</g;

/** Reads one TimeML document. Throws `E_EVAL_DATA` when it has no `<TEXT>` or no creation-time TIMEX3. */
export function readTimeML(xml: string, name: string): TimexDoc {
  const open = /<TEXT\b[^>]*>/.exec(xml);
  const close = xml.lastIndexOf('</TEXT>');
  if (!open || close < open.index + open[0].length) {
    throw new DatelineError('E_EVAL_DATA', `${name}: no <TEXT>…</TEXT> element (TimeML .tml expected)`);
  }
  let dct: string | null = null;
  for (const m of xml.matchAll(TIMEX_START)) {
    const a = xmlAttributes(m[1]!);
    if (a.functionInDocument === 'CREATION_TIME') {
      dct = datePart(a.value ?? '');
      if (!dct) throw new DatelineError('E_EVAL_DATA', `${name}: the CREATION_TIME TIMEX3 has no YYYY-MM-DD value (${JSON.stringify(a.value ?? '')})`);
      break;
    }
  }
  if (!dct) throw new DatelineError('E_EVAL_DATA', `${name}: no TIMEX3 with functionInDocument="CREATION_TIME" (the document creation time)`);

  const inner = xml.slice(open.index + open[0].length, close);
  let text = '';
  const gold: GoldTimex[] = [];
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  for (const m of inner.matchAll(PIECE)) {
    if (m[6] !== undefined) text += decodeXml(m[6]);
    else if (m[1] !== undefined) text += m[1];
    else if (m[0] === '<') text += '<';
    else if (m[3] === 'TIMEX3') {
      if (m[2] === '/') {
        const o = stack.pop();
        if (o && text.slice(o.start).trim()) gold.push(timex(o.start, text.length, text, o.attrs));
      } else if (m[5] !== '/') stack.push({ start: text.length, attrs: xmlAttributes(m[4] ?? '') });
    }
  }
  gold.sort((a, b) => a.start - b.start || b.end - a.end);
  return { name, text, dct, gold };
}

function timex(start: number, end: number, text: string, a: Record<string, string>): GoldTimex {
  const t: GoldTimex = { start, end, text: text.slice(start, end), type: a.type ?? '', value: a.value ?? '' };
  if (a.mod) t.mod = a.mod;
  return t;
}
