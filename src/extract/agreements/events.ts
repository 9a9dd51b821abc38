/**
 * Links AGREE events (layers.events) to the agreements read from the text: an event whose sentence holds
 * a phrase of an agreement belongs to that agreement (the phrase nearest its trigger). The event then fills
 * what the text rules left empty: parties (its participants, when fewer than two were found), the signing
 * date (its time) and place.
 */
import type { DatelineEvent } from '../../core/schema.js';
import { mergeFacts, type Draft } from './draft.js';

const PARTY_ROLES = new Set(['agent', 'patient', 'recipient']);

export function linkEvents(drafts: readonly Draft[], events: readonly DatelineEvent[], sentenceIndex: ReadonlyMap<string, number>): Draft[] {
  let out = [...drafts];
  for (const ev of events) {
    if (ev.type !== 'AGREE') continue;
    const si = sentenceIndex.get(ev.sentence);
    if (si === undefined) continue;
    let best = -1;
    let bestD = Infinity;
    out.forEach((d, i) => {
      if (d.event !== null) return;
      for (const p of d.phrases) {
        if (p.sentence !== si) continue;
        const dist = Math.abs(p.span.start - ev.start);
        if (dist < bestD) [best, bestD] = [i, dist];
      }
    });
    if (best < 0) continue;
    const d = out[best]!;
    const parties = d.parties.length >= 2 ? [] : ev.participants.filter((p) => p.entity !== null && PARTY_ROLES.has(p.role)).map(({ role: _r, ...arg }) => arg);
    const signedOn =
      ev.time.value && /^\d{3}/.test(ev.time.value) && ev.factuality === 'asserted'
        ? { value: ev.time.value, precision: ev.time.precision, timex: ev.time.timex, rule: `event-${ev.time.rule}`, reason: ev.time.reason, evidence: ev.evidence }
        : null;
    const linked = mergeFacts(d, { parties, signedOn, signedAt: ev.place });
    out = out.map((x, i) => (i === best ? { ...linked, event: ev.id } : x));
  }
  return out;
}
