import { describe, expect, it } from 'vitest';
import { DatelineError } from '../core/errors.js';
import {
  cyrillicRunShare,
  decodeBytes,
  decodeWindows1252,
  guessLegacyEncoding,
  looksLikeCorruptedUtf8,
  normalizeEncoding,
  scanUtf8,
  sniffUtf16,
} from './decode.js';

/** A single-byte encoder built by inverting the decoder (TextEncoder only does UTF-8). */
function singleByte(encoding: 'windows-1251' | 'windows-1252'): (s: string) => Uint8Array {
  const decode = (b: Uint8Array): string => (encoding === 'windows-1252' ? decodeWindows1252(b) : new TextDecoder(encoding).decode(b));
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const c = decode(Uint8Array.of(b));
    if (!map.has(c)) map.set(c, b);
  }
  return (s) =>
    Uint8Array.from([...s], (c) => {
      const b = map.get(c);
      if (b === undefined) throw new Error(`${JSON.stringify(c)} is not in ${encoding}`);
      return b;
    });
}
const cp1251 = singleByte('windows-1251');
const cp1252 = singleByte('windows-1252');

function ok(result: ReturnType<typeof decodeBytes>): { text: string; encoding: string } {
  if (!result.ok) throw new Error(`expected ok, got ${result.rejection.reason}: ${result.rejection.message}`);
  return { text: result.text, encoding: result.encoding };
}

describe('decodeBytes: Unicode', () => {
  it('decodes UTF-8 without a BOM', () => {
    const s = 'Breaking: «Привет», café — 東京 🎉\r\n  two  spaces\n';
    expect(ok(decodeBytes(Buffer.from(s, 'utf8'), 'a.txt'))).toEqual({ text: s, encoding: 'utf-8' });
  });

  it('decodes UTF-8 with a BOM and removes only the BOM', () => {
    const s = 'Hello, wörld\r\n\tindented';
    const r = ok(decodeBytes(Buffer.from('\ufeff' + s, 'utf8'), 'a.txt'));
    expect(r).toEqual({ text: s, encoding: 'utf-8' });
  });

  it('decodes UTF-16LE with a BOM', () => {
    const s = 'Kyiv — Київ, 24 Feb 2022\n';
    expect(ok(decodeBytes(Buffer.from('\ufeff' + s, 'utf16le'), 'a.txt'))).toEqual({ text: s, encoding: 'utf-16le' });
  });

  it('decodes UTF-16BE with a BOM', () => {
    const s = 'Kyiv — Київ, 24 Feb 2022\n';
    const be = Buffer.from('\ufeff' + s, 'utf16le').swap16();
    expect(be[0]).toBe(0xfe);
    expect(ok(decodeBytes(be, 'a.txt'))).toEqual({ text: s, encoding: 'utf-16be' });
  });

  it('decodes UTF-16 without a BOM when the NUL pattern is unmistakable', () => {
    const s = 'The minister said on Monday that talks would resume.';
    expect(ok(decodeBytes(Buffer.from(s, 'utf16le'), 'a.txt'))).toEqual({ text: s, encoding: 'utf-16le' });
    expect(ok(decodeBytes(Buffer.from(s, 'utf16le').swap16(), 'a.txt'))).toEqual({ text: s, encoding: 'utf-16be' });
    expect(sniffUtf16(Buffer.from(s, 'utf8'))).toBeUndefined();
  });

  it('rejects UTF-16 with an unpaired surrogate', () => {
    const bytes = Buffer.concat([Buffer.from('\ufeffab', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('cd', 'utf16le')]);
    const r = decodeBytes(bytes, 'u.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.reason).toBe('encoding');
      expect(r.rejection.message).toContain('byte offset 6');
    }
  });
});

describe('decodeBytes: legacy single-byte encodings', () => {
  it('decodes hand-written windows-1251 bytes for "Привет"', () => {
    const bytes = Uint8Array.of(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2);
    expect(ok(decodeBytes(bytes, 'ru.txt'))).toEqual({ text: 'Привет', encoding: 'windows-1251' });
  });

  it('decodes a Russian sentence in windows-1251', () => {
    const s = 'Москва, 12 марта. Президент провёл совещание с членами правительства — «экономика» в центре внимания.\n';
    expect(ok(decodeBytes(cp1251(s), 'ru.txt'))).toEqual({ text: s, encoding: 'windows-1251' });
  });

  it('decodes latin-1 "café" (E9) as windows-1252', () => {
    const bytes = Uint8Array.of(0x63, 0x61, 0x66, 0xe9); // c a f é
    expect(ok(decodeBytes(bytes, 'fr.txt'))).toEqual({ text: 'café', encoding: 'windows-1252' });
  });

  it('decodes a German sentence with cp1252 smart quotes (0x84, 0x93, 0x92) correctly', () => {
    const s = '„Das ist ein großer Schritt“, sagte der Minister über die Größe des Budgets – it’s €5 Mio.';
    const r = ok(decodeBytes(cp1252(s), 'de.txt'));
    expect(r).toEqual({ text: s, encoding: 'windows-1252' });
    // Node 20.18.3+ TextDecoder('windows-1252') gives U+0092 here; our decoder gives ’.
    expect(decodeWindows1252(Uint8Array.of(0x92, 0x80, 0x81))).toBe('’€\u0081');
  });

  it('honours an explicit encoding, and a BOM still wins', () => {
    const koi8 = Uint8Array.of(0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4); // "Привет" in KOI8-R
    expect(ok(decodeBytes(koi8, 'k.txt', { encoding: 'koi8-r' }))).toEqual({ text: 'Привет', encoding: 'koi8-r' });
    expect(ok(decodeBytes(Uint8Array.of(0x63, 0x61, 0x66, 0xe9), 'x', { encoding: 'latin1' })).encoding).toBe('windows-1252');
    expect(ok(decodeBytes(Buffer.from('\ufeffé', 'utf8'), 'x', { encoding: 'windows-1251' }))).toEqual({ text: 'é', encoding: 'utf-8' });
    expect(() => decodeBytes(Uint8Array.of(0x61), 'x', { encoding: 'no-such-encoding' })).toThrow(DatelineError);
    expect(normalizeEncoding('CP1251')).toBe('windows-1251');
  });

  it('uses the charset an HTML file declares when the bytes are not UTF-8', () => {
    const head = Buffer.from('<html><head><meta charset="koi8-r"></head><body><p>', 'latin1');
    const bytes = Buffer.concat([head, Uint8Array.of(0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4), Buffer.from('</p>', 'latin1')]);
    const r = ok(decodeBytes(bytes, 'k.html'));
    expect(r.encoding).toBe('koi8-r');
    expect(r.text).toContain('<p>Привет</p>');
  });
});

describe('decodeBytes: rejections', () => {
  it('rejects corrupted UTF-8 with the byte offset of the first invalid sequence', () => {
    const good = Buffer.from('Заявление министра — «важно».', 'utf8');
    const bytes = Buffer.concat([good.subarray(0, 10), Buffer.from([0xff]), good.subarray(10)]);
    const r = decodeBytes(bytes, 'bad.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection).toMatchObject({ source: 'bad.txt', reason: 'encoding' });
      expect(r.rejection.message).toContain('bad.txt');
      expect(r.rejection.message).toContain('byte offset 10');
      expect(r.rejection.message).toContain('0xFF');
      expect(r.rejection.hint).toContain('re-save the file as UTF-8 or pass the right encoding');
    }
  });

  it('rejects an explicit utf-8 encoding on invalid bytes, with the offset', () => {
    const r = decodeBytes(Uint8Array.of(0x61, 0x62, 0xe9), 'x.txt', { encoding: 'utf-8' });
    expect(!r.ok && r.rejection.reason).toBe('encoding');
    expect(!r.ok && r.rejection.message).toContain('byte offset 2');
  });

  it('rejects empty and whitespace-only input as empty', () => {
    for (const bytes of [new Uint8Array(0), Buffer.from(' \n\t\r\n  '), Buffer.from('\ufeff  \n', 'utf8'), Buffer.from('\ufeff \n', 'utf16le')]) {
      const r = decodeBytes(bytes, 'e.txt');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.rejection.reason).toBe('empty');
    }
  });

  it('rejects random bytes holding NULs as binary', () => {
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    random[100] = 0;
    const r = decodeBytes(random, 'r.bin');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.reason).toBe('binary');
      expect(r.rejection.message).toContain('r.bin');
    }
  });

  it('rejects text full of control characters as binary, but allows \\t \\n \\r \\f', () => {
    const controls = 'abc\x01\x02\x03\x04\x05\x1b\x7fdef'.repeat(10);
    const r = decodeBytes(Buffer.from(controls), 'c.txt');
    expect(!r.ok && r.rejection.reason).toBe('binary');
    expect(ok(decodeBytes(Buffer.from('a\tb\nc\r\nd\fe'), 'ok.txt')).text).toBe('a\tb\nc\r\nd\fe');
  });

  it('rejects known binary formats by their magic bytes', () => {
    const cases: Array<[number[], string]> = [
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], 'PNG'],
      [[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JPEG'],
      [[...Buffer.from('GIF89a')], 'GIF'],
      [[...Buffer.from('%PDF-1.7\n%âãÏÓ\n')], 'PDF'],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'ZIP'],
      [[0x1f, 0x8b, 0x08, 0x00], 'gzip'],
      [[0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01], 'ELF'],
    ];
    for (const [bytes, what] of cases) {
      const r = decodeBytes(Uint8Array.from(bytes), 'f');
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.rejection.reason).toBe('binary');
        expect(r.rejection.message).toContain(what);
      }
    }
  });
});

/**
 * The numbers behind the detection thresholds (decode.ts): cyrillicRunShare ≥ 0.5 → windows-1251; a
 * non-UTF-8 input with ≥ 2 well-formed multibyte sequences and ≥ 0.5 of them per invalid byte → corrupted
 * UTF-8. Measured here: cp1251 samples 0.91–1.00 run share, cp1252 samples 0.00; legacy samples have at
 * most 0.013 well-formed UTF-8 sequences per invalid byte; these samples as UTF-8 with one stray byte have
 * 6–215 well-formed sequences (per invalid byte).
 */
describe('detection statistics', () => {
  const samples: Record<string, ['windows-1251' | 'windows-1252', string]> = {
    ru: ['windows-1251', 'Президент России провёл в среду совещание с членами правительства. По словам пресс-секретаря, обсуждались вопросы экономики и «социальной политики» — в том числе рост цен. В Москве прошёл митинг; полиция задержала 12 человек.'],
    ruShort: ['windows-1251', 'Привет, мир! Как дела?'],
    ruInEnglish: ['windows-1251', 'MOSCOW (Reuters) - The Kremlin said on Tuesday that talks were "stalled". Песков заявил: «Переговоры зашли в тупик». The statement came after a week of fighting, officials said.'],
    uk: ['windows-1251', 'Київ, 12 березня. Президент України заявив, що ґрунтовні реформи в енергетиці є пріоритетом; її підтримали депутати. Єдиний шлях — співпраця з партнерами.'],
    ruCaps: ['windows-1251', 'СРОЧНО: В МОСКВЕ ЗАДЕРЖАН ЭКС-МИНИСТР. «ЭТО ПРОВОКАЦИЯ», — ЗАЯВИЛ АДВОКАТ. Подробности — №1 в ленте.'],
    fr: ['windows-1252', 'Le président français a annoncé mercredi une série de mesures destinées à réduire la dépendance énergétique du pays. « C’est une décision historique », a déclaré le ministre de l’Économie. Où va-t-on ? Ça dépend.'],
    de: ['windows-1252', 'Die Bundesregierung hat am Mittwoch beschlossen, die Förderung für Wärmepumpen zu erhöhen. „Das ist ein großer Schritt“, sagte der Minister. Kritiker äußerten Zweifel an der Größe des Budgets; Süddeutschland profitiert.'],
    es: ['windows-1252', 'El Gobierno español aprobó el martes una reforma que, según el ministro, «garantizará la sostenibilidad de las pensiones». ¿Qué pasará ahora? Nadie lo sabe aún.'],
    pt: ['windows-1252', 'O presidente brasileiro afirmou que a reforma tributária é prioritária. “Não há alternativa”, disse ele em São Paulo, acrescentando que a inflação está sob controle.'],
    is: ['windows-1252', 'Forsætisráðherra Íslands sagði á þriðjudag að ríkisstjórnin myndi bregðast við eldgosinu. Íbúar í Grindavík þurftu að yfirgefa heimili sín.'],
    fi: ['windows-1252', 'Hääyö jäätelö – Pääministeri sanoi tiistaina, että hallitus käsittelee esityksen pian.'],
    enQuotes: ['windows-1252', 'The company’s chief executive said it was “a difficult quarter” – but that sales would recover. “We’re confident,” he added… Shares fell 3%.'],
  };

  for (const [name, [encoding, text]] of Object.entries(samples)) {
    it(`${name}: detected as ${encoding} and decoded exactly`, () => {
      const bytes = encoding === 'windows-1251' ? cp1251(text) : cp1252(text);
      const share = cyrillicRunShare(bytes);
      if (encoding === 'windows-1251') expect(share).toBeGreaterThan(0.85);
      else expect(share).toBeLessThan(0.15);
      expect(guessLegacyEncoding(bytes)).toBe(encoding);
      const scan = scanUtf8(bytes);
      expect(scan.multibyte).toBeLessThanOrEqual(scan.invalid * 0.05);
      expect(looksLikeCorruptedUtf8(scan)).toBe(false);
      expect(ok(decodeBytes(bytes, name))).toEqual({ text, encoding });
    });

    it(`${name}: as UTF-8 with one stray byte, rejected as corrupted`, () => {
      const utf8 = Buffer.from(text, 'utf8');
      const at = utf8.indexOf(0x20, Math.min(30, utf8.length >> 1)); // before an ASCII space, so no sequence is split
      const bytes = Buffer.concat([utf8.subarray(0, at), Buffer.from([0xe9]), utf8.subarray(at)]);
      const scan = scanUtf8(bytes);
      expect(scan).toMatchObject({ invalid: 1, firstInvalid: at });
      expect(scan.multibyte).toBeGreaterThanOrEqual(6);
      expect(looksLikeCorruptedUtf8(scan)).toBe(true);
      const r = decodeBytes(bytes, name);
      expect(!r.ok && r.rejection.message).toContain(`byte offset ${at}`);
    });
  }
});
