import type { Timex } from '../../core/schema.js';

export type TimexType = Timex['type'];
export type TimexMod = NonNullable<Timex['mod']>;

/** Calendar units a relative expression can move by; also the granularity of its value. */
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/**
 * What an expression means before it is resolved: rules say what they read, the resolver decides the
 * value against the publication date (DCT) or an earlier date in the text.
 */
export type Meaning =
  /** Complete as stated: "Nov. 19, 2020", "P3M", "PRESENT_REF". */
  | { kind: 'value'; value: string; calendar?: boolean }
  /** A calendar date missing its year: "Aug. 9" (day set) or "in March" (month only); `dir` for "last/this/next March"; `week`: "the week of March 6" (its ISO week). */
  | { kind: 'yearless'; month: number; day?: number; dir?: -1 | 0 | 1; week?: boolean }
  /** A weekday: "Friday", "last Friday" (rel -1), "next Friday" (rel +1); with a part of the day; `offset` days from it ("the day before Friday": -1). */
  | { kind: 'weekday'; weekday: number; rel?: -1 | 0 | 1; part?: string; narrative?: boolean; offset?: number }
  /** n units from the base: "yesterday" (day -1), "next month" (+1), "the next month" (narrative +1), "two weeks ago"; `season`: a code put after the shifted year ("last summer" → YYYY-SU, "June last year" → YYYY-06, "this year's third quarter" → YYYY-Q3). */
  | { kind: 'shift'; unit: Unit; n: number; base: 'dct' | 'narrative'; part?: string; season?: string }
  /** A quarter or half without a year ("the third quarter"); q = 0: "the quarter" under discussion. */
  | { kind: 'quarter'; q: number; half?: boolean; current?: boolean; year?: number }
  /** "the weekend": the last one before the DCT, or the next one when the tense is future. */
  | { kind: 'weekend' }
  /** A clock time: the day comes from a neighbouring date, or the DCT. */
  | { kind: 'clock'; hour: number; minute: number }
  /** A clock time with its day stated right after it: "10 p.m. Wednesday", "noon on Nov. 24". */
  | { kind: 'at'; hour: number; minute: number; day: Meaning }
  /** A holiday ("Thanksgiving Day", "Christmas", "Easter week"): its day (or week) in a year; the year is stated, or by tense against the DCT. */
  | { kind: 'holiday'; name: string; year?: number; dir?: -1 | 0 | 1; week?: boolean }
  /** A season without a year after a preposition ("over the summer"): the latest one by tense against the DCT. */
  | { kind: 'season'; code: string; past?: boolean }
  /** An anaphoric date ("the date of its signing"): never guessed. */
  | { kind: 'unresolved' };

/** A candidate found by a rule, with offsets into the tagged text. */
export interface Found {
  start: number;
  end: number;
  type: TimexType;
  meaning: Meaning;
  mod?: TimexMod;
  rule: string;
}

/** What a rule makes of a match; `start`/`end` (absolute offsets) narrow the span when given. */
export interface Made {
  type: TimexType;
  meaning: Meaning;
  mod?: TimexMod;
  start?: number;
  end?: number;
}

/** One rule: a pattern (flags `gi`, or `g` when case matters) and what a match means (null: not a time expression). */
export interface Rule {
  name: string;
  /** A cheap test the text must pass before `pattern` runs (speed only: it never changes what is found). */
  needs?: RegExp;
  pattern: RegExp;
  make(m: RegExpExecArray, text: string): Made | null;
}
