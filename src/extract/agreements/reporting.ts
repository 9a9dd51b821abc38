/**
 * Who reported the agreement and what the report cites: "Interfax reported", "according to Reuters",
 * "…, citing the agreement on Belarus’ legal portal" (the cited words, and a named source after
 * "on"/"in"/"by" as a second reporter).
 */
import type { Placed, SentenceText, TypedMention } from './text.js';
import { alternation } from './words.js';

export const REPORTING_VERBS: readonly string[] = [
  'reported', 'reports', 'said', 'says', 'announced', 'announces', 'told', 'wrote', 'writes', 'confirmed', 'added', 'stated',
];
export const REPORTING = alternation(REPORTING_VERBS);

/** Nouns that make a cited place a source: "Belarus’ legal portal", "the ministry's website". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'portal', 'website', 'site', 'newspaper', 'gazette', 'journal', 'channel', 'agency', 'bulletin', 'register', 'database', 'statement',
]);

const REPORTER_TYPES = new Set(['ORG', 'PER']);
const VERB_AFTER = new RegExp(`^\\s+(?:(?:has|have|had)\\s+)?(?:${REPORTING})\\b`, 'i');
const ACCORDING = /\baccording\s+to\s+$/i;
const CITING = /\bciting\s+/gi;
const CITED_END = /[,;]|\.\s*$|\s+(?:and|as|which|that)\s/;
const SOURCE_PREP = /\s(?:on|in|by|from)\s+/g;

export interface Reporter {
  start: number;
  end: number;
  mention: TypedMention | null;
}

export interface ReportingFinding {
  reporters: Reporter[];
  /** View ranges of the cited words. */
  citing: { start: number; end: number }[];
}

export function findReporting(st: SentenceText): ReportingFinding {
  const reporters: Reporter[] = [];
  for (const m of st.mentions) {
    if (!REPORTER_TYPES.has(m.item.entityType)) continue;
    if (st.mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) continue;
    if (VERB_AFTER.test(st.text.slice(m.end)) || ACCORDING.test(st.text.slice(0, m.start))) reporters.push({ start: m.start, end: m.end, mention: m.item });
  }
  const citing: ReportingFinding['citing'] = [];
  for (const c of st.text.matchAll(CITING)) {
    const from = c.index + c[0].length;
    const rest = st.text.slice(from);
    const stop = CITED_END.exec(rest);
    const end = from + (stop ? stop.index : rest.length);
    if (end <= from) continue;
    citing.push({ start: from, end });
    for (const p of st.text.slice(from, end).matchAll(SOURCE_PREP)) {
      const s = from + p.index + p[0].length;
      const words = st.text.slice(s, end).trim().toLowerCase().split(/\s+/);
      if (!words.some((w) => SOURCE_NOUNS.has(w))) continue;
      const exact = st.mentions.find((m: Placed<TypedMention>) => m.start === s && m.end === end);
      reporters.push({ start: s, end, mention: exact?.item ?? null });
      break;
    }
  }
  return { reporters, citing };
}

/** View offsets of reporting verbs: a date right after one dates the report, not the agreement. */
export const REPORTED_BEFORE = new RegExp(`\\b(?:${REPORTING})\\s+(?:on\\s+)?$`, 'i');
