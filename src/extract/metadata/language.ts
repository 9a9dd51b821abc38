import { detectFranc } from './trigrams.js';
import type { Metadata } from '../../core/schema.js';

/** ISO 639-3 → 639-1 for the languages news in this project comes in; others keep their 639-3 code. */
const ISO1: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl',
  pol: 'pl', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl',
  lit: 'lt', lav: 'lv', est: 'et', fin: 'fi', swe: 'sv', nob: 'nb', dan: 'da', ell: 'el', tur: 'tr', kat: 'ka',
  hye: 'hy', azj: 'az', kaz: 'kk', uzn: 'uz', arb: 'ar', pes: 'fa', heb: 'he', hin: 'hi', cmn: 'zh', jpn: 'ja',
  kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms', tha: 'th', cat: 'ca', glg: 'gl', eus: 'eu',
};

/** Languages franc may answer beyond those above (news languages with their own ISO 639-1 code or none). */
const MORE = ['swh', 'amh', 'hau', 'yor', 'ben', 'urd', 'tam', 'tel', 'mar', 'pan', 'guj', 'tgl', 'khk', 'mkd', 'sqi', 'isl', 'gle', 'cym', 'afr', 'som'];
const ONLY = [...Object.keys(ISO1), ...MORE];

/**
 * Language of the clean body (franc; it tells English, Russian, Ukrainian and Belarusian apart on news).
 * Measured on 300 BBC articles: franc over all 187 languages on 4,000 characters took 4.3 ms per article,
 * the largest cost of the whole pipeline; limited to these ~70 news languages and 1,000 characters, 0.8 ms,
 * with the same answers on the BBC, the examples and the Russian test texts. `detectFranc` gives franc's
 * answer with inverted trigram profiles: 0.05 ms instead of 0.8.
 */
export function detectLanguage(cleanText: string): Metadata['language'] {
  const iso6393 = detectFranc(cleanText.slice(0, 1000), 20, ONLY);
  return { code: ISO1[iso6393] ?? iso6393, iso6393 };
}
