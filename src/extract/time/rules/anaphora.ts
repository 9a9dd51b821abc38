/**
 * Anaphoric dates: "the date of its signing", "the day of the vote". Their value depends on an event: the
 * resolver takes it only from the one full date stated earlier in the same sentence, and otherwise leaves
 * it unresolved (value ""), never guessed.
 */
import type { Rule } from '../types.js';

export const anaphoraRules: Rule[] = [
  {
    name: 'anaphora-date-of',
    needs: /\b(?:date|day) of\b/i,
    pattern: /\bthe\s+(?:date|day)\s+of\s+(?:its|his|her|their|the|this|that)\s+[\p{L}-]+(?:ing|ion|ment|al)\b/giu,
    make: () => ({ type: 'DATE', meaning: { kind: 'unresolved' } }),
  },
];
