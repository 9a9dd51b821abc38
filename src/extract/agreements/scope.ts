/**
 * What an agreement covers, from the cues of the table below: "will cooperate on X", "covers X", "provides
 * for X", "an agreement on X", a purpose ("an agreement … to combat X" → "combating X"), and an arrangement
 * "for X to be withdrawn" → "withdrawal of X". The words after a list cue are split into items (./split.ts);
 * they end at the clause's end (", Interfax reported", ", which …", a finite verb, a semicolon, a time
 * expression, the sentence's end).
 */
import { REPORTING } from './reporting.js';
import { splitItems, type ScopeItem } from './split.js';
import type { Range } from './types.js';

/** Purpose verbs and their gerunds: "to combat X" → "combating X". */
export const PURPOSE_VERBS: Readonly<Record<string, string>> = {
  combat: 'combating', fight: 'fighting', tackle: 'tackling', counter: 'countering', curb: 'curbing', boost: 'boosting',
  promote: 'promoting', expand: 'expanding', strengthen: 'strengthening', increase: 'increasing', improve: 'improving',
  develop: 'developing', end: 'ending', resolve: 'resolving', reduce: 'reducing', protect: 'protecting', ensure: 'ensuring',
  prevent: 'preventing', stop: 'stopping', supply: 'supplying', build: 'building', buy: 'buying', sell: 'selling',
  provide: 'providing', share: 'sharing', exchange: 'exchanging', cut: 'cutting', halt: 'halting', facilitate: 'facilitating',
  deepen: 'deepening', enhance: 'enhancing', restore: 'restoring', secure: 'securing', support: 'supporting',
};

/** Participles after "for X to be": the noun of the action ("withdrawn" → "withdrawal of X"). */
export const PASSIVE_NOMINALS: Readonly<Record<string, string>> = {
  withdrawn: 'withdrawal', deployed: 'deployment', released: 'release', exchanged: 'exchange', lifted: 'lifting',
  reopened: 'reopening', returned: 'return', extended: 'extension', resumed: 'resumption', reduced: 'reduction',
  removed: 'removal', built: 'construction', restored: 'restoration', evacuated: 'evacuation', delivered: 'delivery',
  transferred: 'transfer', dismantled: 'dismantling', suspended: 'suspension', halted: 'halt', opened: 'opening',
};

/** Cues before a list of items. */
export const LIST_CUES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'cooperate-on', pattern: /\bco-?operat(?:e|es|ed|ing)\s+(?:(?:closely|more|further|also)\s+)?(?:on|in)\s+/gi },
  { name: 'covers', pattern: /\b(?:covers|covering|covered|will\s+cover)\s+/gi },
  { name: 'provides-for', pattern: /\b(?:provides|providing|provided|will\s+provide)\s+for\s+/gi },
  { name: 'envisages', pattern: /\b(?:envisages|envisaged|envisions|stipulates|stipulated)\s+/gi },
  { name: 'focuses-on', pattern: /\bfocus(?:es|ed|ing)?\s+on\s+/gi },
  { name: 'aimed-at', pattern: /\baim(?:s|ed)?\s+at\s+/gi },
];

const PURPOSE = new RegExp(`\\bto\\s+(${Object.keys(PURPOSE_VERBS).join('|')})\\s+`, 'gi');
const PASSIVE = new RegExp(`\\bfor\\s+([^,;]{3,100}?)\\s+to\\s+be\\s+(${Object.keys(PASSIVE_NOMINALS).join('|')})\\b`, 'gi');
/** After an agreement noun: "an agreement on trade and investment" (not "on the date of …", not "on Monday"). */
const TOPIC_AFTER = /^\s+(?:on|over|concerning|regarding)\s+(?!the\s+(?:date|day)\b)(?=[a-z“"])/;
const CLAUSE_END = new RegExp(
  `,[”"’]?\\s*(?:[\\p{L}’'.-]+\\s+){0,6}?(?:${REPORTING})\\b|,[”"’]?\\s*(?:according\\s+to|citing|which|who|while|but|although|though|after|before|when|as\\s+(?!well))\\b|[;:!?]|\\.[”"’]?\\s*$|\\s[—–-]\\s|\\s+(?:until|amid|during|that|which|who)\\b|\\s+(?:is|are|was|were|will|would|has|have|had|could|should|may|might|must|can)\\s`,
  'iu',
);

export interface ScopeFinding extends Range {
  rule: string;
  items: ScopeItem[];
}

/** Words that lead into a time expression: "on Tuesday", "by next year" end an item before them. */
const TIME_LEAD = /\s+(?:on|in|at|by|from|since|until|last|this|next|over|for|within)\s*$/i;

function clauseEnd(text: string, from: number, stops: readonly number[]): number {
  const m = CLAUSE_END.exec(text.slice(from));
  let end = m ? from + m.index : text.length;
  const stop = stops.find((x) => x > from && x < end);
  if (stop !== undefined) end = stop - (TIME_LEAD.exec(text.slice(from, stop))?.[0].length ?? 0);
  while (end > from && /[\s,.]/.test(text[end - 1]!)) end--;
  return end;
}

const inside = (at: number, ex: readonly Range[]) => ex.some((e) => at >= e.start && at < e.end);

/**
 * Scope phrases of a sentence view. `nouns`: the agreement phrases in it (for "an agreement on X" and to
 * anchor purposes after one); `from`: where a purpose may start; `excluded`: ranges to pass over (cited words);
 * `stops`: view offsets where items end (the starts of time expressions, in text order).
 */
export function findScope(text: string, nouns: readonly Range[], from: number, excluded: readonly Range[], stops: readonly number[] = []): ScopeFinding[] {
  const out: ScopeFinding[] = [];
  const list = (rule: string, start: number) => {
    if (inside(start, excluded) || out.some((o) => start >= o.start && start < o.end)) return;
    const end = clauseEnd(text, start, stops);
    if (end > start) out.push({ rule, start, end, items: splitItems(text, start, end) });
  };
  for (const c of LIST_CUES) for (const m of text.matchAll(c.pattern)) list(c.name, m.index + m[0].length);
  for (const n of nouns) {
    const m = TOPIC_AFTER.exec(text.slice(n.end));
    if (m && !inside(n.start, excluded)) list('agreement-on', n.end + m[0].length);
  }
  for (const m of text.matchAll(PURPOSE)) {
    if (m.index < from || inside(m.index, excluded)) continue;
    const verbStart = m.index + m[0].indexOf(m[1]!);
    const objStart = m.index + m[0].length;
    let end = clauseEnd(text, objStart, stops);
    // a quotation opened in the object closes after the comma the clause ended at: combat “terrorism,”
    const close = text.slice(end, end + 3).search(/[”"]/);
    if (/[“"]/.test(text.slice(objStart, end)) && !/[”]/.test(text.slice(objStart, end)) && close >= 0) end += close + 1;
    if (end <= objStart) continue;
    const object = text.slice(objStart, end).replace(/[“”"]/g, '').replace(/[\s,.]+$/, '').replace(/\s+/g, ' ');
    out.push({ rule: 'purpose', start: verbStart, end, items: [{ start: verbStart, end, item: `${PURPOSE_VERBS[m[1]!.toLowerCase()]} ${object}` }] });
  }
  for (const m of text.matchAll(PASSIVE)) {
    if (inside(m.index, excluded)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const end = m.index + m[0].length;
    const what = m[1]!.replace(/^(?:this|that|these|those)\b/i, 'the').replace(/\s+/g, ' ');
    out.push({ rule: 'for-to-be', start, end, items: [{ start, end, item: `${PASSIVE_NOMINALS[m[2]!.toLowerCase()]} of ${what}` }] });
  }
  return out.sort((a, b) => a.start - b.start);
}
