import { franc } from 'franc';
import type { Metadata } from '../../core/schema.js';

/** ISO 639-3 → 639-1 for the languages news in this project comes in; others keep their 639-3 code. */
const ISO1: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl',
  pol: 'pl', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl',
  lit: 'lt', lav: 'lv', est: 'et', fin: 'fi', swe: 'sv', nob: 'nb', dan: 'da', ell: 'el', tur: 'tr', kat: 'ka',
  hye: 'hy', azj: 'az', kaz: 'kk', uzn: 'uz', arb: 'ar', pes: 'fa', heb: 'he', hin: 'hi', cmn: 'zh', jpn: 'ja',
  kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms', tha: 'th', cat: 'ca', glg: 'gl', eus: 'eu',
};

/** Language of the clean body (franc; it tells English, Russian, Ukrainian and Belarusian apart on news). */
export function detectLanguage(cleanText: string): Metadata['language'] {
  const iso6393 = franc(cleanText.slice(0, 4000), { minLength: 20 });
  return { code: ISO1[iso6393] ?? iso6393, iso6393 };
}
