/**
 * Countries and their forms (rule 5), hand-written for this project (no third-party data): about 130
 * countries and territories that appear in international news.
 *
 * One line per country, columns separated by "|":
 *   short English name (the canonical) | other names and abbreviations | adjectives (demonyms, first = the one
 *   used in canonicals such as "Belarusian opposition") | plural people-demonyms | flags
 * Flags: `p` — the country's police is not part of its interior ministry (see institutions.ts).
 * A form listed twice (e.g. "New Zealand" as name and adjective) keeps its first role in the order
 * name > alias > adjective > people.
 */

const TABLE = `
Afghanistan||Afghan|Afghans|
Albania||Albanian|Albanians|
Algeria||Algerian|Algerians|
Angola||Angolan|Angolans|
Argentina||Argentine, Argentinian|Argentines, Argentinians|
Armenia||Armenian|Armenians|
Australia||Australian|Australians|p
Austria||Austrian|Austrians|
Azerbaijan||Azerbaijani, Azeri|Azerbaijanis, Azeris|
Bahrain||Bahraini|Bahrainis|
Bangladesh||Bangladeshi|Bangladeshis|
Belarus||Belarusian, Belarussian|Belarusians, Belarussians|
Belgium||Belgian|Belgians|
Bolivia||Bolivian|Bolivians|
Bosnia and Herzegovina|Bosnia|Bosnian|Bosnians|
Brazil||Brazilian|Brazilians|
Bulgaria||Bulgarian|Bulgarians|
Burkina Faso||Burkinabe||
Cambodia||Cambodian|Cambodians|
Cameroon||Cameroonian|Cameroonians|
Canada||Canadian|Canadians|p
Chad||Chadian|Chadians|
Chile||Chilean|Chileans|
China|People's Republic of China, PRC|Chinese||
Colombia||Colombian|Colombians|
Croatia||Croatian|Croatians, Croats|
Cuba||Cuban|Cubans|
Cyprus||Cypriot|Cypriots|
Czech Republic|Czechia|Czech|Czechs|
Democratic Republic of the Congo|DR Congo, DRC|Congolese||
Denmark||Danish|Danes|
Ecuador||Ecuadorian|Ecuadorians|
Egypt||Egyptian|Egyptians|
El Salvador||Salvadoran|Salvadorans|
Eritrea||Eritrean|Eritreans|
Estonia||Estonian|Estonians|
Ethiopia||Ethiopian|Ethiopians|
Finland||Finnish|Finns|
France||French||
Georgia||Georgian|Georgians|
Germany||German|Germans|
Ghana||Ghanaian|Ghanaians|
Greece||Greek|Greeks|
Guatemala||Guatemalan|Guatemalans|
Haiti||Haitian|Haitians|
Honduras||Honduran|Hondurans|
Hungary||Hungarian|Hungarians|
Iceland||Icelandic|Icelanders|
India||Indian|Indians|
Indonesia||Indonesian|Indonesians|
Iran||Iranian|Iranians|
Iraq||Iraqi|Iraqis|
Ireland||Irish||p
Israel||Israeli|Israelis|
Italy||Italian|Italians|
Ivory Coast|Côte d'Ivoire, Côte d’Ivoire|Ivorian|Ivorians|
Japan||Japanese||
Jordan||Jordanian|Jordanians|
Kazakhstan||Kazakh, Kazakhstani|Kazakhs, Kazakhstanis|
Kenya||Kenyan|Kenyans|
Kosovo||Kosovar|Kosovars|
Kuwait||Kuwaiti|Kuwaitis|
Kyrgyzstan||Kyrgyz||
Laos||Laotian|Laotians|
Latvia||Latvian|Latvians|
Lebanon||Lebanese||
Libya||Libyan|Libyans|
Lithuania||Lithuanian|Lithuanians|
Luxembourg||Luxembourgish|Luxembourgers|
Malaysia||Malaysian|Malaysians|
Mali||Malian|Malians|
Mexico||Mexican|Mexicans|
Moldova||Moldovan|Moldovans|
Mongolia||Mongolian|Mongolians|
Montenegro||Montenegrin|Montenegrins|
Morocco||Moroccan|Moroccans|
Mozambique||Mozambican|Mozambicans|
Myanmar|Burma|Burmese||
Nepal||Nepali, Nepalese|Nepalis|
Netherlands|Holland|Dutch||
New Zealand||New Zealand|New Zealanders|p
Nicaragua||Nicaraguan|Nicaraguans|
Niger||Nigerien|Nigeriens|
Nigeria||Nigerian|Nigerians|
North Korea|DPRK|North Korean|North Koreans|
North Macedonia|Macedonia|Macedonian|Macedonians|
Norway||Norwegian|Norwegians|
Oman||Omani|Omanis|
Pakistan||Pakistani|Pakistanis|
Palestine|Palestinian territories|Palestinian|Palestinians|
Panama||Panamanian|Panamanians|
Paraguay||Paraguayan|Paraguayans|
Peru||Peruvian|Peruvians|
Philippines||Philippine, Filipino|Filipinos|
Poland||Polish|Poles|
Portugal||Portuguese||
Qatar||Qatari|Qataris|
Romania||Romanian|Romanians|
Russia|Russian Federation|Russian|Russians|
Rwanda||Rwandan|Rwandans|
Saudi Arabia||Saudi|Saudis|
Senegal||Senegalese||
Serbia||Serbian|Serbs, Serbians|
Singapore||Singaporean|Singaporeans|
Slovakia||Slovak|Slovaks|
Slovenia||Slovenian, Slovene|Slovenians, Slovenes|
Somalia||Somali|Somalis|
South Africa||South African|South Africans|
South Korea|Republic of Korea|South Korean|South Koreans|
South Sudan||South Sudanese||
Spain||Spanish|Spaniards|
Sri Lanka||Sri Lankan|Sri Lankans|
Sudan||Sudanese||
Sweden||Swedish|Swedes|
Switzerland||Swiss||
Syria||Syrian|Syrians|
Taiwan||Taiwanese||
Tajikistan||Tajik|Tajiks|
Tanzania||Tanzanian|Tanzanians|
Thailand||Thai|Thais|
Tunisia||Tunisian|Tunisians|
Turkey|Türkiye|Turkish|Turks|
Turkmenistan||Turkmen||
Uganda||Ugandan|Ugandans|
Ukraine||Ukrainian|Ukrainians|
United Arab Emirates|UAE, U.A.E., Emirates|Emirati|Emiratis|
United Kingdom|UK, U.K., Britain, Great Britain|British|Britons|p
United States|US, U.S., USA, U.S.A., America, United States of America|American|Americans|p
Uruguay||Uruguayan|Uruguayans|
Uzbekistan||Uzbek|Uzbeks|
Venezuela||Venezuelan|Venezuelans|
Vietnam|Viet Nam|Vietnamese||
Yemen||Yemeni|Yemenis|
Zambia||Zambian|Zambians|
Zimbabwe||Zimbabwean|Zimbabweans|
`;

export interface Country {
  /** Short English name: the canonical of the LOC entity. */
  name: string;
  /** The adjective used in built canonicals ("Belarusian opposition"). */
  adjective: string;
  /** The plural people-demonym, when the language has a distinct one ("Belarusians"). */
  people: string | null;
  /** The police is not part of the interior ministry. */
  ownPolice: boolean;
}

export type CountryFormKind = 'name' | 'alias' | 'adjective' | 'people';
export interface CountryForm { country: Country; kind: CountryFormKind }

const list = (cell: string | undefined): string[] =>
  (cell ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);

function build(): { countries: Country[]; forms: Map<string, CountryForm> } {
  const countries: Country[] = [];
  const forms = new Map<string, CountryForm>();
  const rows = TABLE.trim().split('\n').map((line) => line.split('|'));
  const add = (form: string, f: CountryForm) => { if (!forms.has(form)) forms.set(form, f); };
  for (const [name, aliases, adjectives, people, flags] of rows) {
    const adj = list(adjectives);
    const ppl = list(people);
    const country: Country = { name: name!, adjective: adj[0] ?? name!, people: ppl[0] ?? null, ownPolice: (flags ?? '').includes('p') };
    countries.push(country);
    add(name!, { country, kind: 'name' });
    for (const a of list(aliases)) add(a, { country, kind: 'alias' });
    for (const a of adj) add(a, { country, kind: 'adjective' });
    for (const p of ppl) add(p, { country, kind: 'people' });
  }
  return { countries, forms };
}

const BUILT = build();
export const COUNTRIES: readonly Country[] = BUILT.countries;
const FORMS: ReadonlyMap<string, CountryForm> = BUILT.forms;
/** Most words in a form ("Democratic Republic of the Congo"). */
const MAX_WORDS = Math.max(...[...FORMS.keys()].map((f) => f.split(' ').length));

/** The country a surface names (exactly, whitespace collapsed), with how it names it. */
export const countryForm = (surface: string): CountryForm | undefined => FORMS.get(surface);

import { possessiveLength } from './hygiene.js';

export interface CountryMatch extends CountryForm {
  /** The span of the form, possessive included. */
  start: number;
  end: number;
  possessive: boolean;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
const WORD_CHAR = /[\p{L}\p{N}.'’&-]/u;

/**
 * The country form that ends right before `pos` (only whitespace between), not reaching before `floor`:
 * "Kenyan " / "Kenya's " / "Belarus’ " / "the United States' ". Longest form wins; a form joined to a word
 * before it by a hyphen ("pro-Kenyan") is none.
 */
export function countryBefore(text: string, pos: number, floor: number): CountryMatch | null {
  let from = pos;
  while (from > floor && isSpace(text[from - 1])) from--;
  if (from === pos || from === floor) return null;
  let best: CountryMatch | null = null;
  let wordEnd = from;
  for (let k = 1; k <= MAX_WORDS; k++) {
    let ws = wordEnd;
    while (ws > floor && WORD_CHAR.test(text[ws - 1]!)) ws--;
    if (ws === wordEnd) break;
    const raw = text.slice(ws, from).replace(/\s+/g, ' ');
    const poss = possessiveLength(raw, 0, raw.length);
    const form = FORMS.get(poss ? raw.slice(0, raw.length - poss) : raw);
    if (form) best = { ...form, start: ws, end: from, possessive: poss > 0 };
    // the next word to the left must be separated by whitespace only
    let prev = ws;
    while (prev > floor && isSpace(text[prev - 1])) prev--;
    if (prev === ws || prev === floor) break;
    wordEnd = prev;
  }
  return best;
}
