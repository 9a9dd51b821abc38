/**
 * Title words (rule 4): a title before a person's name ("Kenyan President William Ruto") gives the person a
 * role. One row per title:
 *   pattern — regex source, matched case-insensitively ("President", "president");
 *   title   — the title as it appears in roles;
 *   prep    — how the holder joins it: "President of Kenya", "spokesman for Kremlin", or 'before' for titles
 *             that already hold an "of": "United States Secretary of State";
 *   groups  — what descriptions it answers to ("the leader", "the president", "the minister"; descriptions.ts).
 * Longer titles first: "Deputy Prime Minister" before "Prime Minister" before "Minister".
 */

import { wholeMatcher } from './table-regex.js';

export interface Title {
  pattern: string;
  title: string;
  prep: 'of' | 'for' | 'before';
  groups: readonly string[];
}

const T = (pattern: string, title: string, groups: string[], prep: Title['prep'] = 'of'): Title => ({ pattern, title, prep, groups });

export const TITLES: readonly Title[] = [
  T('deputy prime minister', 'Deputy Prime Minister', ['minister']),
  T('prime minister', 'Prime Minister', ['leader', 'prime minister', 'minister']),
  T('premier', 'Premier', ['leader', 'prime minister']),
  T('vice(?:-| )president', 'Vice President', ['vice president']),
  T('president-elect', 'President-elect', ['president-elect']),
  T('president', 'President', ['leader', 'president']),
  T('chancellor', 'Chancellor', ['leader', 'chancellor']),
  T('supreme leader', 'Supreme Leader', ['leader']),
  T('opposition leader', 'opposition leader', ['opposition leader']),
  T('king', 'King', ['leader', 'king', 'monarch']),
  T('queen', 'Queen', ['leader', 'queen', 'monarch']),
  T('emir', 'Emir', ['leader', 'monarch']),
  T('crown prince', 'Crown Prince', ['crown prince']),
  T('foreign minister', 'Foreign Minister', ['minister', 'foreign minister']),
  T('defen[cs]e minister', 'Defence Minister', ['minister', 'defence minister']),
  T('interior minister', 'Interior Minister', ['minister', 'interior minister']),
  T('finance minister', 'Finance Minister', ['minister', 'finance minister']),
  T('economy minister', 'Economy Minister', ['minister']),
  T('justice minister', 'Justice Minister', ['minister']),
  T('health minister', 'Health Minister', ['minister']),
  T('energy minister', 'Energy Minister', ['minister']),
  T('trade minister', 'Trade Minister', ['minister']),
  T('minister', 'Minister', ['minister']),
  T('secretary of state', 'Secretary of State', ['secretary'], 'before'),
  T('foreign secretary', 'Foreign Secretary', ['secretary']),
  T('home secretary', 'Home Secretary', ['secretary']),
  T('defen[cs]e secretary', 'Defence Secretary', ['secretary']),
  T('treasury secretary', 'Treasury Secretary', ['secretary']),
  T('secretary(?:-| )general', 'Secretary-General', ['secretary-general']),
  T('foreign policy chief', 'foreign policy chief', ['foreign policy chief']),
  T('ambassador', 'Ambassador', ['ambassador']),
  T('envoy', 'envoy', ['envoy']),
  T('governor', 'Governor', ['governor']),
  T('mayor', 'Mayor', ['mayor']),
  T('(?:ceo|chief executive(?: officer)?)', 'CEO', ['executive', 'chief executive']),
  T('chairman', 'chairman', ['executive', 'chairman']),
  T('chairwoman', 'chairwoman', ['executive', 'chairwoman']),
  T('founder', 'founder', ['founder']),
  T('spokesman', 'spokesman', ['spokesman'], 'for'),
  T('spokeswoman', 'spokeswoman', ['spokeswoman'], 'for'),
  T('spokesperson', 'spokesperson', ['spokesperson'], 'for'),
  T('leader', 'leader', ['leader']),
];

/** Words between a holder and a title that do not change the role ("Moscow-backed", "longtime"); "former" does. */
export const TITLE_MODIFIERS: readonly string[] = [
  'former', 'longtime', 'long-time', 'long-serving', 'acting', 'interim', 'new', 'newly elected', 'incumbent',
  'outgoing', 'embattled', 'current', 'veteran', 'powerful', 'authoritarian', 'populist', 'hardline',
  'self-declared', 'self-proclaimed', 'de facto', 'elected', 'beleaguered', 'ousted', 'exiled', 'deposed',
];
/** Modifiers that make the role a past one. */
export const PAST_MODIFIERS: ReadonlySet<string> = new Set(['former', 'ousted', 'deposed', 'ex', 'then']);

/** The title whose pattern matches a whole phrase (already known to be a title), case-insensitively. */
const wholeRow = wholeMatcher(TITLES.map((t) => t.pattern));
export const titleOf = (phrase: string): Title | undefined => TITLES[wholeRow(phrase)];

/** Regex source matching any title (longest first). */
export const TITLE_SOURCE = `(?:${TITLES.map((t) => t.pattern).join('|').replace(/ /g, '\\s+')})`;

/** The role text: "President of Kenya", "former Prime Minister", "United States Secretary of State". */
export function roleText(title: Title, holder: string | null, former: boolean): string {
  const core = !holder ? title.title : title.prep === 'before' ? `${holder} ${title.title}` : `${title.title} ${title.prep} ${holder}`;
  return former ? `former ${core}` : core;
}
