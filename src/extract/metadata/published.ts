/**
 * Publication date: stated when the input, the page or a dateline gives it; otherwise inferred from the
 * body text with the evidence kept. Only the body counts: a date inside a related-article link or teaser
 * belongs to another article. All dates are found by the time stage's tagger (`tagTimex`) without a
 * reference date, on the clean body view paragraph by paragraph (see `statedDays`).
 *
 * Inference: the latest day the body states in full (year, month and day written: "Nov. 19, 2020") is a
 * lower bound (an article reports what has happened). A report cue, a plain weekday expression next to a
 * reporting verb in the same sentence ("Interfax reported Friday", "the ministry said late on Tuesday",
 * "On Monday, officials said", "Monday's statement, officials said"), then fixes the day: the first such
 * weekday on or after that date. Without a cue, the latest date is given as the estimate, and said so.
 */
import type { DatelineDocument, Published, Timex } from '../../core/schema.js';
import { textSpan, type TextSpan } from '../../core/span.js';
import type { BodyView } from '../../clean/view.js';
import { REPORT_VERBS } from '../../clean/text/patterns.js';
import { tagTimex } from '../time/index.js';
import { addDays, compareDays, isoDay, normaliseGivenDate, statedDays, weekday, WEEKDAYS, type DayDate } from './dates.js';

const VERBS = REPORT_VERBS.filter((v) => !v.includes(' ')).join('|');
const WORD = "[\\p{L}’']+";
/** Verb, then at most three words and an optional "on", right before the weekday: "reported Friday", "said late on Tuesday". */
const VERB_BEFORE = new RegExp(`^[\\s\\S]*\\b((?:${VERBS})(?:\\s+${WORD}){0,3}?\\s+(?:on\\s+)?)$`, 'iu');
/** After the weekday, at most three words, then the verb: "Monday, the ministry said", "Monday's statement, officials said". */
const VERB_AFTER = new RegExp(`^(?:['’]s)?,?\\s+(?:${WORD},?\\s+){0,3}?(?:${VERBS})\\b`, 'iu');
/** A plain weekday expression (not "last Friday" or "Friday, Nov. 20"), possibly late or early in the day. */
const PLAIN_WEEKDAY = /^(?:(?:late|early)\s+(?:on\s+)?)?(sun|mon|tues|wednes|thurs|fri|satur)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
const WEEKDAY_WORD = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function given(value: string | undefined, source: Published['source'], reasoning: string): Published | null {
  if (!value) return null;
  const v = normaliseGivenDate(value);
  return v ? { value: v, explicit: true, source, reasoning, evidence: [] } : null;
}

/** A dateline, date line or byline that states a full date ("Associated Press November 19, 2019, 9:02 AM"). */
function fromDateline(doc: DatelineDocument): Published | null {
  for (const z of doc.layers.zones) {
    if (z.kind !== 'dateline' && z.kind !== 'byline') continue;
    const d = statedDays(z.text)[0];
    if (!d) continue;
    return {
      value: isoDay(d),
      explicit: true,
      source: 'dateline',
      reasoning: `The ${z.kind} states the date.`,
      evidence: [textSpan(doc.text, z.start + d.start, z.start + d.end)],
    };
  }
  return null;
}

function viewSpan(doc: DatelineDocument, body: BodyView, start: number, end: number): TextSpan | null {
  const spans = body.view.toOriginalSpans(start, end);
  if (spans.length !== 1) return null;
  return textSpan(doc.text, spans[0]!.start, spans[0]!.end);
}

/** 0 = Sunday … 6 = Saturday, for a plain weekday expression; null for any other. */
function plainWeekday(t: Timex): number | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const m = PLAIN_WEEKDAY.exec(t.text);
  return m ? WEEKDAY_STEMS.indexOf(m[1]!.toLowerCase()) : null;
}

/** The first report cue in the body: a verb before a weekday anywhere wins over a weekday before a verb. */
function reportCue(doc: DatelineDocument, body: BodyView): { day: number; span: TextSpan } | null {
  const text = body.view.text;
  const days: { start: number; end: number; day: number; paragraph: number }[] = [];
  for (const p of body.paragraphs) {
    const para = text.slice(p.start, p.end);
    if (!WEEKDAY_WORD.test(para)) continue;
    for (const t of tagTimex(para, '')) {
      const day = plainWeekday(t);
      if (day !== null) days.push({ start: p.start + t.start, end: p.start + t.end, day, paragraph: p.start });
    }
  }
  for (const w of days) {
    let from = Math.max(w.paragraph, w.start - 80);
    while (from > w.paragraph && from < w.start && /\p{L}/u.test(text[from - 1]!)) from++;
    const m = VERB_BEFORE.exec(text.slice(from, w.start));
    const span = m && viewSpan(doc, body, w.start - m[1]!.length, w.end);
    if (span) return { day: w.day, span };
  }
  for (const w of days) {
    const m = VERB_AFTER.exec(text.slice(w.end, w.end + 80));
    const on = /\bon\s+$/i.exec(text.slice(Math.max(0, w.start - 8), w.start))?.[0].length ?? 0;
    const span = m && viewSpan(doc, body, w.start - on, w.end + m[0].length);
    if (span) return { day: w.day, span };
  }
  return null;
}

function infer(doc: DatelineDocument, body: BodyView): Published | null {
  let anchor: (DayDate & { span: TextSpan }) | null = null;
  for (const d of statedDays(body.view.text, body.paragraphs)) {
    const span = viewSpan(doc, body, d.start, d.end);
    if (span && (!anchor || compareDays(d, anchor) > 0)) anchor = { ...d, span };
  }
  if (!anchor) return null;
  const cue = reportCue(doc, body);
  if (cue) {
    let d: DayDate = anchor;
    while (weekday(d) !== cue.day) d = addDays(d, 1);
    const value = isoDay(d);
    return {
      value,
      explicit: false,
      source: 'inferred',
      reasoning: `No date is stated for the article. The latest date in the body is ${isoDay(anchor)} ("${anchor.span.text}"); "${cue.span.text}" dates the report to the first ${cap(WEEKDAYS[cue.day]!)} on or after it: ${value}.`,
      evidence: [cue.span, anchor.span],
    };
  }
  return {
    value: isoDay(anchor),
    explicit: false,
    source: 'inferred',
    reasoning: `No date is stated for the article and no report day is named; the latest date in the body, ${isoDay(anchor)} ("${anchor.span.text}"), is the earliest it can have been published.`,
    evidence: [anchor.span],
  };
}

export function findPublished(doc: DatelineDocument, body: BodyView): Published | null {
  return (
    given(doc.input.publishedOverride, 'override', 'Given with --published.') ??
    given(doc.input.published, 'input', 'Given with the input (published field).') ??
    given(doc.input.htmlMeta?.published, 'html-meta', 'Declared by the HTML page (meta tags or JSON-LD).') ??
    fromDateline(doc) ??
    infer(doc, body)
  );
}
