/**
 * Bytes → text. Order: empty → binary magic → byte-order mark → explicit encoding → UTF-16 without BOM
 * (NUL pattern) → NUL bytes (binary) → valid UTF-8 → corrupted UTF-8 (rejected) → charset declared by
 * an HTML/XML file → windows-1251 vs windows-1252 from byte statistics. Decoding uses Node's built-in
 * TextDecoder (full ICU). The text is never normalised: only the BOM is removed.
 */
import { isUtf8 } from 'node:buffer';
import { DatelineError, rejection, type InputRejection } from '../core/errors.js';
import { binaryMagic, declaredCharset, textProblem } from './sniff.js';

export interface DecodeOptions {
  /** A WHATWG encoding label (utf-8, windows-1251, cp1251, latin1, koi8-r, utf-16be, …): skips detection. */
  encoding?: string;
}

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; rejection: InputRejection };

const ENCODING_HINT = 're-save the file as UTF-8 or pass the right encoding (--encoding)';
const BINARY_HINT = 'Dateline reads plain text, HTML and JSONL; export the article as text first';

/** The canonical name of an encoding label (`latin1` → `windows-1252`, `cp1251` → `windows-1251`), or undefined if unknown. */
export function normalizeEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

export interface Utf8Scan {
  /** Well-formed sequences of 2–4 bytes. */
  multibyte: number;
  /** Bytes that do not start a well-formed sequence. */
  invalid: number;
  /** Byte offset of the first invalid sequence, -1 when the bytes are valid UTF-8. */
  firstInvalid: number;
}

/** Walks the bytes as UTF-8 (Unicode Table 3-7: no overlongs, no surrogates, ≤ U+10FFFF). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const n = bytes.length;
  const cont = (i: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = i < n ? (bytes[i] as number) : -1;
    return b >= lo && b <= hi;
  };
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    let len = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) len = cont(i + 1) ? 2 : 0;
    else if (b === 0xe0) len = cont(i + 1, 0xa0) && cont(i + 2) ? 3 : 0;
    else if (b === 0xed) len = cont(i + 1, 0x80, 0x9f) && cont(i + 2) ? 3 : 0;
    else if (b >= 0xe1 && b <= 0xef) len = cont(i + 1) && cont(i + 2) ? 3 : 0;
    else if (b === 0xf0) len = cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b >= 0xf1 && b <= 0xf3) len = cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b === 0xf4) len = cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (len === 0) {
      invalid++;
      if (firstInvalid === -1) firstInvalid = i;
      i++;
    } else {
      multibyte++;
      i += len;
    }
  }
  return { multibyte, invalid, firstInvalid };
}

/**
 * Corrupted UTF-8 rather than a legacy single-byte encoding: at least two well-formed multibyte sequences
 * and at least half as many of them as invalid bytes. Measured (see decode.test.ts, "detection
 * statistics"): legacy text has at most 0.013 well-formed sequences per invalid byte (accidental pairs
 * such as an upper-case cp1251 letter followed by »), while a UTF-8 file with a few stray bytes has
 * many more (6–215 per stray byte on the same samples); 0.5 sits far from both. Known miss: an English
 * file whose only non-ASCII character is itself cut in half decodes as windows-1252 mojibake.
 */
export function looksLikeCorruptedUtf8(scan: Utf8Scan): boolean {
  return scan.multibyte >= 2 && scan.multibyte >= scan.invalid * 0.5;
}

/** Cyrillic letters in windows-1251: А–я (C0–FF), Ёё, Єє, Її, Іі, Ґґ, Ўў. */
function isCp1251Letter(b: number): boolean {
  return (
    b >= 0xc0 ||
    b === 0xa8 || b === 0xb8 || b === 0xaa || b === 0xba || b === 0xaf || b === 0xbf ||
    b === 0xb2 || b === 0xb3 || b === 0xa5 || b === 0xb4 || b === 0xa1 || b === 0xa2
  );
}

/**
 * Share of high bytes (≥ 0x80) that sit in runs of three or more cp1251 letters. Cyrillic text written
 * in cp1251 is words of high bytes; Western text in cp1252 has sparse high bytes between ASCII letters
 * (é, ü, ß, and ’ “ ” – as 0x92–0x96), at most two in a row (Größe, jäätelö). Measured on the samples in
 * decode.test.ts ("detection statistics"): Russian, Ukrainian, all-caps Russian and Russian quoted in
 * English 0.91–1.00; French, German, Spanish, Portuguese, Icelandic, Finnish, English with smart quotes
 * 0.00. Threshold 0.5.
 */
export function cyrillicRunShare(bytes: Uint8Array): number {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? (bytes[i] as number) : 0;
    if (b >= 0x80) high++;
    if (isCp1251Letter(b)) run++;
    else {
      if (run >= 3) inRuns += run;
      run = 0;
    }
  }
  return high === 0 ? 0 : inRuns / high;
}

export function guessLegacyEncoding(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  return cyrillicRunShare(bytes) >= 0.5 ? 'windows-1251' : 'windows-1252';
}

function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a BOM, only when unmistakable: in the first 4 KiB, at least 30% of the code units have a
 * NUL in one lane (the high byte of ASCII characters) and almost none (≤ 2%) in the other.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  const units = n / 2;
  if (units < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul >= units * 0.3 && evenNul <= units * 0.02) return 'utf-16le';
  if (evenNul >= units * 0.3 && oddNul <= units * 0.02) return 'utf-16be';
  return undefined;
}

/** Byte offset of the first problem in UTF-16 bytes: a lone surrogate or a trailing odd byte. */
function utf16ProblemOffset(bytes: Uint8Array, littleEndian: boolean): number {
  const start = bomEncoding(bytes)?.startsWith('utf-16') ? 2 : 0;
  const end = bytes.length & ~1;
  const unit = (i: number): number =>
    littleEndian ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
  for (let i = start; i < end; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 2 < end && unit(i + 2) >= 0xdc00 && unit(i + 2) <= 0xdfff) i += 2;
      else return i;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return end;
}

function describeByte(b: number | undefined): string {
  return b === undefined ? 'end of data' : `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

function invalidUtf8(bytes: Uint8Array, name: string, offset: number): DecodeResult {
  return {
    ok: false,
    rejection: rejection(
      name,
      'encoding',
      `${name} is not valid UTF-8: invalid byte sequence at byte offset ${offset} (${describeByte(bytes[offset])})`,
      ENCODING_HINT,
    ),
  };
}

/** WHATWG index-windows-1252 for 0x80–0x9F (the only bytes where it differs from ISO-8859-1). */
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * windows-1252 by hand: Node 20.18.3+ / 22.13+ TextDecoder('windows-1252') decodes 0x80–0x9F as ISO-8859-1
 * C1 controls (nodejs/node#56542, #60888), so 0x92 came out as U+0092 instead of ’.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_C1[c.charCodeAt(0) - 0x80] as number));
}

function decodeAs(bytes: Uint8Array, name: string, encoding: string): DecodeResult {
  const fatal = encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be';
  let text: string;
  try {
    text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    if (encoding === 'utf-8') return invalidUtf8(bytes, name, scanUtf8(bytes).firstInvalid);
    const offset = utf16ProblemOffset(bytes, encoding === 'utf-16le');
    return {
      ok: false,
      rejection: rejection(
        name,
        'encoding',
        `${name} is not valid ${encoding.toUpperCase()}: ${offset >= (bytes.length & ~1) ? 'odd number of bytes' : `unpaired surrogate at byte offset ${offset}`}`,
        ENCODING_HINT,
      ),
    };
  }
  const problem = textProblem(text, name, bytes.length);
  return problem ? { ok: false, rejection: problem } : { ok: true, text, encoding };
}

/**
 * Decodes the bytes of one input. Never throws for bad input: empty, binary and undecodable bytes come
 * back as rejections. Throws a DatelineError (E_CONFIG) only for an unknown `options.encoding`.
 */
export function decodeBytes(bytes: Uint8Array, name: string, options: DecodeOptions = {}): DecodeResult {
  let override: string | undefined;
  if (options.encoding !== undefined) {
    override = normalizeEncoding(options.encoding);
    if (override === undefined || override === 'replacement') {
      throw new DatelineError('E_CONFIG', `unknown encoding "${options.encoding}"`, { encoding: options.encoding });
    }
  }
  if (bytes.length === 0) return { ok: false, rejection: textProblem('', name, 0) as InputRejection };

  const magic = binaryMagic(bytes);
  if (magic) {
    return { ok: false, rejection: rejection(name, 'binary', `${name} is ${magic}, not text`, BINARY_HINT) };
  }

  const encoding = bomEncoding(bytes) ?? override ?? sniffUtf16(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decodeAs(bytes, name, encoding);

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      rejection: rejection(name, 'binary', `${name} looks like binary data: it holds NUL bytes (the first at byte offset ${nul})`, BINARY_HINT),
    };
  }
  if (encoding !== undefined) return decodeAs(bytes, name, encoding);

  if (isUtf8(bytes)) return decodeAs(bytes, name, 'utf-8'); // simdutf: ~1 ms for 20 MiB
  const scan = scanUtf8(bytes);
  if (looksLikeCorruptedUtf8(scan)) return invalidUtf8(bytes, name, scan.firstInvalid);

  const declared = declaredCharset(bytes);
  const declaredEncoding = declared === undefined ? undefined : normalizeEncoding(declared);
  if (declaredEncoding !== undefined && !/^(utf-|replacement$)/.test(declaredEncoding)) {
    return decodeAs(bytes, name, declaredEncoding);
  }
  return decodeAs(bytes, name, guessLegacyEncoding(bytes));
}
