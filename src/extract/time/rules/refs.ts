/** Vague references to the present, past and future: "now", "currently", "recently", "the past", "the future", "soon", "the near term". */
import type { Rule } from '../types.js';

const REFS: Record<string, string> = {
  now: 'PRESENT_REF', current: 'PRESENT_REF', currently: 'PRESENT_REF', 'right now': 'PRESENT_REF', 'at present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  'these days': 'PRESENT_REF', nowadays: 'PRESENT_REF', 'the present': 'PRESENT_REF',
  recently: 'PAST_REF', 'the past': 'PAST_REF', formerly: 'PAST_REF', lately: 'PAST_REF', 'recent years': 'PAST_REF',
  'the future': 'FUTURE_REF', soon: 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF',
  'the long term': 'FUTURE_REF', 'a later date': 'FUTURE_REF', 'as soon as possible': 'FUTURE_REF', 'then current': 'PAST_REF',
};

export const refRules: Rule[] = [
  {
    name: 'ref',
    // (TimeBank: "the near term", "the short term", "a later date", "as soon as possible", "then current", "future quarters"
    // tagged 6 times of 7)
    pattern: /\b(right now|now|then current|current|currently|at present|at the moment|these days|nowadays|the present|recently|the past|formerly|lately|recent years|the near future|the future|the (?:near|short|long) term|a later date|as soon as possible|soon|(?:the\s+)?(?:coming|future)\s+(?:days|weeks|months|quarters|years|decades))\b(?![-’'])/gi,
    make: (m, text) => {
      const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      if (/(?:coming|future) /.test(w)) return { type: 'DATE', meaning: { kind: 'value', value: 'FUTURE_REF' } };
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "now" as a discourse marker before a comma at the start of a sentence still refers to the present: keep
      if ((w === 'the past' || w === 'the present' || w === 'the future') && /^\s+(?:\d|few|several|two|three|four|five|decade|year|month|week|day)/i.test(after)) return null;
      if (w === 'the present' && !/^\s*[,.;)]/.test(after)) return null;
      // "current" as a time adjective ("current market conditions"); not a unit of its own ("the current quarter" is
      // the quarter rule's), nor "current account/assets" (accounting), nor "then current"
      if (w === 'current' && (/^\s+(?:(?:fiscal|calendar)\s+)?(?:day|week|month|quarter|half|year|decade|century|period|season|session|account|accounts|assets|liabilities|affairs|events|prices?\b)/i.test(after) || /\bthen\s+$/i.test(text.slice(m.index - 6, m.index)))) return null;
      if (w === 'soon' && /^\s+(?:after|as|before)\b/i.test(after)) return null;
      return { type: 'DATE', meaning: { kind: 'value', value: REFS[w]! } };
    },
  },
];
