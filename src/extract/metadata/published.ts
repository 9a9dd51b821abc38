/**
 * Publication date: stated when the input, the page or a dateline gives it; otherwise inferred from the
 * body text with the evidence kept. Only the body counts: a date inside a related-article link or teaser
 * belongs to another article.
 *
 * Inference: the latest fully dated reference in the body is a lower bound (an article reports what has
 * happened). A report cue with a weekday ("Interfax reported Friday") then fixes the day: the first such
 * weekday on or after that date. Without a cue, the latest date is given as the estimate, and said so.
 */
import type { DatelineDocument, Published } from '../../core/schema.js';
import { textSpan, type TextSpan } from '../../core/span.js';
import type { BodyView } from '../../clean/view.js';
import { REPORT_VERBS } from '../../clean/text/patterns.js';
import { addDays, compareDays, fullDates, isoDay, normaliseGivenDate, weekday, WEEKDAYS, type DayDate } from './dates.js';

const VERBS = REPORT_VERBS.filter((v) => !v.includes(' ')).join('|');
const REPORT_WEEKDAY = new RegExp(`\\b(?:${VERBS})\\b(?:\\s+[\\p{L}’']+){0,3}?\\s+(?:on\\s+|late\\s+|early\\s+)?(${WEEKDAYS.join('|')})\\b`, 'giu');
const WEEKDAY_REPORT = new RegExp(`\\b(?:on\\s+)?(${WEEKDAYS.join('|')}),?\\s+(?:[\\p{L}’']+\\s+){0,3}?(?:${VERBS})\\b`, 'giu');

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
    const d = fullDates(z.text)[0];
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

function infer(doc: DatelineDocument, body: BodyView): Published | null {
  const text = body.view.text;
  let anchor: (DayDate & { span: TextSpan }) | null = null;
  for (const d of fullDates(text)) {
    const span = viewSpan(doc, body, d.start, d.end);
    if (span && (!anchor || compareDays(d, anchor) > 0)) anchor = { ...d, span };
  }
  if (!anchor) return null;
  let cue: { day: number; span: TextSpan } | null = null;
  for (const re of [REPORT_WEEKDAY, WEEKDAY_REPORT]) {
    for (const m of text.matchAll(re)) {
      const span = viewSpan(doc, body, m.index, m.index + m[0].length);
      if (span && !cue) cue = { day: WEEKDAYS.indexOf(m[1]!.toLowerCase()), span };
    }
  }
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
