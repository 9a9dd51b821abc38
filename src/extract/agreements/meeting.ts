/**
 * An agreement reached at a meeting ("During the presidents’ Sept. 14 meeting in Sochi, an agreement was
 * reached …"): an oral arrangement, its parties the meeting's participants when the text makes them clear —
 * the people named as the meeting's possessor or after "between"/"with", or a plural role ("the presidents’")
 * that the document's entities answer (each entity with that role).
 */
import type { Entity } from '../../core/schema.js';
import type { SentenceText } from './text.js';
import { REACHED_VERBS } from './verbs.js';
import { alternation } from './words.js';

export const MEETING_NOUNS: readonly string[] = ['meeting', 'summit', 'talks', 'phone call', 'video call', 'call', 'visit', 'session'];

/** Plural roles and the entity roles they stand for. */
export const ROLE_PLURALS: readonly { words: string; role: RegExp }[] = [
  { words: 'presidents', role: /^president\b/i },
  { words: 'prime ministers', role: /^prime minister\b/i },
  { words: 'premiers', role: /^(?:premier|prime minister)\b/i },
  { words: 'foreign ministers', role: /^foreign minister\b/i },
  { words: 'defence ministers', role: /^defen[cs]e minister\b/i },
  { words: 'defense ministers', role: /^defen[cs]e minister\b/i },
  { words: 'leaders', role: /^(?:president|prime minister|chancellor|king|queen|emperor|supreme leader|leader)\b/i },
];

/** Verbs by which a generic "agreement" at a meeting is an arrangement reached there. */
const REACHED = new RegExp(`\\b(?:${alternation(REACHED_VERBS)})\\b`, 'i');
const MEETING = new RegExp(`\\b(?:${alternation(MEETING_NOUNS)})\\b`, 'i');
const ROLE_POSSESSOR = new RegExp(`\\b(?:the\\s+)?(?:two\\s+)?(${alternation(ROLE_PLURALS.map((r) => r.words))})[’']`, 'i');

export interface MeetingParty {
  entity: string;
  /** View range of the words naming them in the sentence, or null when named elsewhere. */
  start: number | null;
  end: number | null;
}

/** Whether the sentence reports an agreement reached at a meeting. */
export function reachedAtMeeting(text: string): boolean {
  return MEETING.test(text) && REACHED.test(text);
}

/** The participants of the meeting the sentence names, or [] when unclear (fewer than two). */
export function meetingParties(st: SentenceText, entities: readonly Entity[]): MeetingParty[] {
  const meeting = MEETING.exec(st.text);
  if (!meeting) return [];
  const before = st.text.slice(0, meeting.index);
  const role = ROLE_POSSESSOR.exec(before);
  if (role) {
    const table = ROLE_PLURALS.find((r) => r.words === role[1]!.toLowerCase().replace(/\s+/g, ' '))!;
    const who = entities.filter((e) => e.type === 'PER' && e.roles.some((r) => table.role.test(r)));
    return who.length >= 2 ? who.map((e) => ({ entity: e.id, start: null, end: null })) : [];
  }
  // "Putin’s meeting with Lukashenko", "the meeting between Putin and Lukashenko"
  const near = st.mentions.filter(
    (m) => m.item.entityType === 'PER' && ((m.end <= meeting.index && meeting.index - m.end < 4) || (m.start >= meeting.index && m.start - meeting.index < 60)),
  );
  const first = new Map<string, MeetingParty>();
  for (const m of near) if (!first.has(m.item.entity)) first.set(m.item.entity, { entity: m.item.entity, start: m.start, end: m.end });
  return first.size >= 2 ? [...first.values()] : [];
}
