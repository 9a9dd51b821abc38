/** Internal types of the events stage. */
import type { EVENT_TYPES } from '../../core/schema.js';

export type EventType = (typeof EVENT_TYPES)[number];

/** A token of a sentence, with its lower-cased text. `i` is its index in the sentence. */
export interface Word {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lw: string;
}

/** A mention of the `mentions` layer placed on the words of its sentence: words [from, to). */
export interface PlacedMention {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entity: string;
  readonly kind: string;
  readonly type: string;
  readonly from: number;
  readonly to: number;
}

/** A timex of the `timex` layer placed on the words of its sentence. */
export interface PlacedTimex {
  readonly id: string;
  readonly value: string;
  readonly type: string;
  readonly from: number;
  readonly to: number;
}

/** A clause: words [from, to) of a sentence. */
export interface Clause {
  readonly from: number;
  readonly to: number;
}

/** A trigger found in a sentence: words [from, to), the word `head` carries the event. */
export interface Trigger {
  readonly type: EventType;
  readonly from: number;
  readonly to: number;
  readonly pos: 'verb' | 'noun';
  /** A past participle form (for the passive test). */
  readonly participle: boolean;
  readonly symmetric: boolean;
  readonly ofRole: 'agent' | 'patient';
  /** role of the object of a verb trigger */
  readonly objectRole: 'agent' | 'patient' | 'other';
  readonly rule: string;
  /** Light-verb events: the words of the noun that made the verb an event. */
  readonly noun?: { readonly from: number; readonly to: number };
}

/** Everything the rules need to know about one sentence. */
export interface SentenceView {
  readonly id: string;
  readonly index: number;
  readonly words: readonly Word[];
  readonly clauses: readonly Clause[];
  readonly mentions: readonly PlacedMention[];
  readonly timexes: readonly PlacedTimex[];
  /** Pieces of the sentence in the original text (one unless debris split it). */
  readonly parts: readonly { readonly start: number; readonly end: number }[];
}
