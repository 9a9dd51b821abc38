/**
 * News agencies (rule 8): a tagged ORG (or MISC) name found here becomes an ORG entity with the role
 * "news agency"; every listed form of one agency is the same entity (canonical first, then aliases).
 */

const TABLE: readonly (readonly string[])[] = [
  ['Interfax', 'Interfax news agency'],
  ['TASS', 'ITAR-TASS', 'Tass'],
  ['RIA Novosti', 'RIA'],
  ['Reuters', 'Thomson Reuters'],
  ['Associated Press', 'AP', 'The Associated Press'],
  ['Agence France-Presse', 'AFP', 'Agence France Presse'],
  ['Xinhua', 'Xinhua News Agency'],
  ['Bloomberg', 'Bloomberg News'],
  ['Kyodo', 'Kyodo News'],
  ['Yonhap', 'Yonhap News Agency'],
  ['Athens News Agency', 'ANA', 'ANA-MPA'],
  ['Press Trust of India', 'PTI'],
  ['Deutsche Presse-Agentur', 'dpa', 'DPA'],
  ['EFE', 'Agencia EFE'],
  ['ANSA'],
  ['Anadolu', 'Anadolu Agency', 'Anadolu Ajansı'],
  ['BelTA'],
  ['Ukrinform'],
  ['UNIAN'],
  ['IRNA', 'Islamic Republic News Agency'],
  ['United Press International', 'UPI'],
  ['Jiji Press', 'Jiji'],
  ['Sputnik'],
  ['Belga'],
  ['PAP', 'Polish Press Agency'],
  ['Antara'],
  ['Bernama'],
  ['KCNA', 'Korean Central News Agency'],
];

export const NEWS_AGENCY_ROLE = 'news agency';

interface AgencyForm { canonical: string; alias: boolean }
const FORMS: ReadonlyMap<string, AgencyForm> = new Map(
  TABLE.flatMap(([canonical, ...aliases]): [string, AgencyForm][] => [
    [canonical!, { canonical: canonical!, alias: false }],
    ...aliases.map((a): [string, AgencyForm] => [a, { canonical: canonical!, alias: true }]),
  ]),
);

/** The agency a surface names, or undefined. */
export const agencyOf = (surface: string): AgencyForm | undefined => FORMS.get(surface);
