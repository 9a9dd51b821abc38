/**
 * An agreement while the document is read: what its phrases and the sentences about it have given so far.
 * `mergeFacts` returns a new draft with a sentence's findings added (first value wins for single facts; parties,
 * scope items and reporters are added once each).
 */
import type { Agreement } from '../../core/schema.js';
import type { TextSpan } from '../../core/span.js';
import { inForceValue, type InForceFinding } from './inforce.js';

type Argument = Agreement['parties'][number];

export interface Draft {
  kind: string;
  /** The noun's own kind ("agreement" for "cooperation agreement"). */
  noun: string;
  family: string;
  generic: boolean;
  naming: TextSpan;
  mentions: TextSpan[];
  /** Sentence index and view-independent original span of each phrase, for linking events. */
  phrases: { sentence: number; span: TextSpan }[];
  parties: Argument[];
  signedOn: NonNullable<Agreement['signedOn']> | null;
  signedAt: Argument | null;
  inForce: { finding: InForceFinding; evidence: TextSpan } | null;
  duration: Agreement['duration'];
  scope: Agreement['scope'];
  reportedBy: Agreement['reportedBy'];
  citing: Agreement['citing'];
  event: string | null;
  lastSentence: number;
}

export interface Facts {
  parties?: Argument[];
  signedOn?: Draft['signedOn'];
  signedAt?: Argument | null;
  inForce?: Draft['inForce'];
  duration?: Agreement['duration'];
  scope?: Agreement['scope'];
  reportedBy?: Agreement['reportedBy'];
  citing?: Agreement['citing'];
}

const sameArg = (a: Argument, b: Argument) => (a.entity !== null && a.entity === b.entity) || (a.start === b.start && a.end === b.end);
const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

export function mergeFacts(d: Draft, f: Facts): Draft {
  const addArgs = (have: Argument[], more: readonly Argument[] = []) => more.reduce((acc, a) => (acc.some((x) => sameArg(x, a)) ? acc : [...acc, a]), have);
  return {
    ...d,
    parties: addArgs(d.parties, f.parties),
    signedOn: d.signedOn ?? f.signedOn ?? null,
    signedAt: d.signedAt ?? f.signedAt ?? null,
    inForce: d.inForce ?? f.inForce ?? null,
    duration: d.duration ?? f.duration ?? null,
    scope: (f.scope ?? []).reduce((acc, s) => (acc.some((x) => key(x.item) === key(s.item)) ? acc : [...acc, s]), d.scope),
    reportedBy: addArgs(d.reportedBy, f.reportedBy),
    citing: (f.citing ?? []).reduce((acc, c) => (acc.some((x) => x.start === c.start) ? acc : [...acc, c]), d.citing),
  };
}

/** Facts that say this is another agreement: a different signing date or place. */
export function conflicts(d: Draft, f: Facts): boolean {
  if (d.signedOn && f.signedOn && d.signedOn.value !== f.signedOn.value) return true;
  if (d.signedAt && f.signedAt) {
    const a = d.signedAt;
    const b = f.signedAt;
    return a.entity !== null && b.entity !== null ? a.entity !== b.entity : key(a.text) !== key(b.text);
  }
  return false;
}

export function toAgreement(d: Draft, id: string): Agreement {
  const { naming } = d;
  return {
    id,
    start: naming.start,
    end: naming.end,
    text: naming.text,
    kind: d.kind,
    event: d.event,
    mentions: d.mentions,
    parties: d.parties,
    signedOn: d.signedOn,
    signedAt: d.signedAt,
    inForce: d.inForce ? { value: inForceValue(d.inForce.finding, d.signedOn?.value ?? null), rule: d.inForce.finding.rule, evidence: d.inForce.evidence } : null,
    duration: d.duration,
    scope: d.scope,
    reportedBy: d.reportedBy,
    citing: d.citing,
  };
}
