/**
 * Sniffing: is it binary, is it HTML, does it declare a charset. Pure functions over bytes or text.
 */
import path from 'node:path';
import { rejection, type InputRejection } from '../core/errors.js';

const MAGIC: ReadonlyArray<{ what: string; bytes: readonly number[] }> = [
  { what: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] }, // "GIF8" (GIF87a / GIF89a)
  { what: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { what: 'a ZIP archive (or a .docx/.xlsx/.epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'an empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { what: 'gzip-compressed data', bytes: [0x1f, 0x8b] },
  { what: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** What known binary format the bytes start with ("a PNG image"), or undefined. */
export function binaryMagic(bytes: Uint8Array): string | undefined {
  for (const { what, bytes: magic } of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return what;
  }
  return undefined;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * A control character that has no business in an article: C0 controls other than \t \n \f \r, DEL, and the
 * C1 controls (U+0080–U+009F, which appear when binary is decoded as text).
 */
function isBadControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f)
  );
}

export function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isBadControl(text.charCodeAt(i))) n++;
  return n;
}

/** At least this many control characters, and more than this share of the text, make it binary. */
const CONTROL_MIN = 3;
const CONTROL_SHARE = 0.01;

/**
 * Problems visible only in the decoded text: empty / whitespace-only, or full of control characters.
 * `bytes` is for the message.
 */
export function textProblem(text: string, source: string, bytes: number): InputRejection | undefined {
  if (text.trim() === '') {
    return bytes === 0
      ? rejection(source, 'empty', `${source} is empty (0 bytes)`, 'check that the file was saved or downloaded completely')
      : rejection(
          source,
          'empty',
          `${source} holds only whitespace (${bytes} bytes)`,
          'check that the file was saved or downloaded completely',
        );
  }
  const controls = countControls(text);
  if (controls >= CONTROL_MIN && controls > text.length * CONTROL_SHARE) {
    return rejection(
      source,
      'binary',
      `${source} looks like binary data: ${controls} control characters in ${text.length} characters`,
      'Dateline reads plain text, HTML and JSONL; export the article as text first',
    );
  }
  return undefined;
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

/** Strips leading whitespace, BOM, `<?xml …?>` and `<!-- … -->` comments. */
function skipPreamble(text: string): string {
  let rest = text;
  for (;;) {
    const before = rest;
    rest = rest.replace(/^[\s\ufeff]+/, '');
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      rest = end === -1 ? '' : rest.slice(end + 3);
    } else if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>');
      rest = end === -1 ? '' : rest.slice(end + 2);
    }
    if (rest === before) return rest;
  }
}

const BLOCK_TAGS = 'p|div|body|head|article|section|main|header|footer|nav|h[1-6]|br|ul|ol|li|table|meta|title|link|script|style';
const BLOCK_TAG = new RegExp(`<(?:${BLOCK_TAGS})[\\s/>]`, 'gi');
const STARTS_WITH_BLOCK_TAG = new RegExp(`^<(?:${BLOCK_TAGS})[\\s/>]`, 'i');

/**
 * Does the text look like HTML source? It does when, after whitespace/BOM/comments, it starts with
 * `<!doctype html` or `<html`; or it starts with a known block tag or has a `<body` tag, and holds at
 * least two block tags; or it holds three or more `<p>` tags (a fragment). A plain-text article quoting one
 * tag does not.
 */
export function looksLikeHtml(text: string): boolean {
  const head = skipPreamble(text.slice(0, 64 * 1024));
  if (/^<!doctype\s+html/i.test(head) || /^<html[\s>]/i.test(head)) return true;
  const sample = text.length > 256 * 1024 ? text.slice(0, 256 * 1024) : text;
  const blocks = sample.match(BLOCK_TAG)?.length ?? 0;
  if (blocks >= 2 && (STARTS_WITH_BLOCK_TAG.test(head) || /<body[\s>]/i.test(sample))) return true;
  const paragraphs = sample.match(/<p[\s>]/gi)?.length ?? 0;
  return paragraphs >= 3;
}

/**
 * The file name without a trailing `.gz` (the type of what is inside).
 */
export function innerName(fileName: string): string {
  return /\.gz$/i.test(fileName) ? fileName.slice(0, -3) : fileName;
}

/** Lower-case extension of the inner name (`x.HTML.gz` → `.html`), '' when none. */
export function innerExtension(fileName: string): string {
  return path.extname(innerName(path.basename(fileName))).toLowerCase();
}

/**
 * text/html for `.html`/`.htm`/`.xhtml` files or text that sniffs as HTML; text/plain otherwise.
 * `fileName` is undefined for stdin.
 */
export function mediaTypeFor(fileName: string | undefined, text: string): 'text/plain' | 'text/html' {
  if (fileName !== undefined && HTML_EXTENSIONS.has(innerExtension(fileName))) return 'text/html';
  return looksLikeHtml(text) ? 'text/html' : 'text/plain';
}

/**
 * The charset an HTML/XML file declares in its first 2 KiB (`<meta charset=…>`,
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml … encoding="…"?>`), as written.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head);
  if (meta) return meta[1];
  const xml = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([a-z0-9_:.-]+)/i.exec(head);
  return xml?.[1];
}
