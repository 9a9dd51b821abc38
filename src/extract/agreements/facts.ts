/**
 * The facts one sentence gives about the agreement(s) it speaks of: signing date and place, entry into force,
 * duration, scope, reporters and citations, each with the view offset it was found at (to give it to the
 * nearest agreement phrase when a sentence names two agreements). Spans are made here, through the view map.
 */
import { textSpan, type TextSpan } from '../../core/span.js';
import type { Facts } from './draft.js';
import { findDuration } from './duration.js';
import { findInForce } from './inforce.js';
import type { AgreementPhrase } from './nouns.js';
import { findReporting } from './reporting.js';
import { findScope } from './scope.js';
import { findSigning, precisionOf } from './signing.js';
import type { SentenceText } from './text.js';

export interface PlacedFacts {
  at: number;
  facts: Facts;
}

export function sentenceFacts(st: SentenceText, nps: readonly AgreementPhrase[], original: string): PlacedFacts[] {
  const span = (start: number, end: number): TextSpan | null => st.span(start, end);
  const out: PlacedFacts[] = [];
  const excluded: { start: number; end: number }[] = [];

  const inForce = findInForce(st.text, st.timex);
  if (inForce) {
    excluded.push({ start: inForce.ruleStart, end: inForce.end });
    const evidence = span(inForce.start, inForce.end);
    if (evidence) out.push({ at: inForce.start, facts: { inForce: { finding: inForce, evidence } } });
  }

  const duration = findDuration(st.text, st.timex) ?? nps.find((n) => n.duration)?.duration ?? null;
  if (duration) {
    excluded.push({ start: duration.start, end: duration.end });
    const evidence = span(duration.start, duration.end);
    if (evidence) out.push({ at: duration.start, facts: { duration: { value: duration.value, evidence } } });
  }

  const reporting = findReporting(st);
  excluded.push(...reporting.citing);
  // a reporter or a citation may run across link residue ("Belarus’ <links> legal portal"): its pieces too
  const withParts = <T extends TextSpan>(s: T, start: number, end: number): T & { parts?: TextSpan[] } => {
    const parts = st.parts(start, end);
    return parts.length > 1 ? { ...s, parts } : s;
  };
  const reportedBy = reporting.reporters.flatMap((r) => {
    const s = span(r.start, r.end);
    return s ? [withParts({ ...s, entity: r.mention?.entity ?? null }, r.start, r.end)] : [];
  });
  const citing = reporting.citing.flatMap((c) => {
    const s = span(c.start, c.end);
    return s ? [withParts(s, c.start, c.end)] : [];
  });
  if (reportedBy.length || citing.length) out.push({ at: reporting.citing[0]?.start ?? st.text.length, facts: { reportedBy, citing } });

  const signing = findSigning(st, excluded);
  if (signing && (signing.on || signing.at)) {
    const facts: Facts = {};
    if (signing.on) {
      const a = Math.min(signing.cue.start, signing.on.start);
      const b = Math.max(signing.cue.end, signing.on.end);
      const evidence = span(a, b);
      const cue = st.text.slice(signing.cue.start, signing.cue.end);
      if (evidence) {
        facts.signedOn = {
          value: signing.on.timex.value,
          precision: precisionOf(signing.on.timex.value),
          timex: signing.on.timex.id,
          rule: 'timex-nearest-conclusion-cue',
          reason: `the date nearest to "${cue}" in the sentence`,
          evidence,
        };
      }
    }
    if (signing.at) {
      const m = signing.at.mention;
      const at = m ? textSpan(original, m.start, m.end) : span(signing.at.start, signing.at.end);
      if (at) facts.signedAt = { ...at, entity: m?.entity ?? null };
    }
    out.push({ at: signing.cue.start, facts });
  }

  const from = nps[0]?.end ?? 0;
  for (const sc of findScope(st.text, nps, from, reporting.citing, st.timex.map((t) => t.start).sort((a, b) => a - b))) {
    const scope = sc.items.flatMap((i) => {
      const s = span(i.start, i.end);
      return s ? [{ ...s, item: i.item }] : [];
    });
    if (scope.length) out.push({ at: sc.start, facts: { scope } });
  }
  return out;
}
