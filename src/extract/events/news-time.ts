/**
 * Rule 8 of the event times (after rules 1–7 of `time.ts` and the OCCUR rules): **inherited-news-time**.
 * A news article reports one happening, and its lead says when: "Apple Computer today launched …",
 * "Yesterday, … Jobs unveiled iPhone 4", "On Friday, Jobs held a press conference". The events the article
 * then tells without a time of their own ("Jobs demoed the device", "He showed videos") are that
 * happening's. So:
 *  - the **news time** is the first time expression of the text (the `timex` layer, text order) that is a
 *    DATE or TIME with a day value (`YYYY-MM-DD…`) from the publication date back to NEWS_WINDOW_DAYS days
 *    before it: "today", "Yesterday", "on Friday", "June 7" in a paper of June 8. The publication date only
 *    picks it; the date itself is the time expression's (an article without such an expression has no news
 *    time, and nothing is inherited: the publication date is never given to an event by itself);
 *  - an **asserted** event (not negated, hypothetical or future) whose time is still unknown takes it, with
 *    the timex id, rule `inherited-news-time` and a reason that quotes the words — when it is told as part
 *    of the narrative (`mayInherit`): a finite verb ("demoed", "showed", "was introduced"; a speech event's
 *    "said"), not
 *      - a noun ("the country's disputed election", "months of protests", "at Lukashenko's request": a noun
 *        names a happening the article refers to, often from before the news),
 *      - a verb in a perfect tense ("has accused the opposition", "had undergone surgery": a state up to
 *        now, or before the news — `isPerfect` in factuality.ts),
 *      - a gerund or participle without "be" ("with thousands calling for his resignation", "providing
 *        support": background or manner, not a step of the story),
 *      - words inside a direct quotation ("we also agreed", said at another time by the speaker);
 *    which stay unknown. Each exclusion was checked on the bundled example (whose background events had
 *    taken the report's date without them) and measured on SemEval TimeLine trial: F1 0.322 (all events)
 *    → 0.313 (with the exclusions), MEANTIME anchor accuracy 0.569 → 0.534; kept for the example's sake:
 *    a wrong date is worse than none.
 * Measured on SemEval-2015 TimeLine trial (Apple), `npm run eval -- timeline`: see src/extract/events/README.md.
 * Pure: the events are not changed, new ones are returned.
 */
import type { DatelineDocument, DatelineEvent, Timex } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { isPerfect } from './factuality.js';
import { BE_FORMS } from './rules/cues.js';
import { precisionOf, type Draft } from './time.js';

/** How many days before the publication date a time expression may be and still date the news. */
export const NEWS_WINDOW_DAYS = 7;

const DAY = /^(\d{4}-\d{2}-\d{2})/;

/** Days from `a` to `b` (both `YYYY-MM-DD`), or NaN. */
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

/** The news time of a document (see the top of the file), or null. */
export function newsTime(timexes: readonly Timex[], published: string | null | undefined): Timex | null {
  const pub = published ? DAY.exec(published)?.[1] : undefined;
  if (!pub) return null;
  for (const t of timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const day = DAY.exec(t.value)?.[1];
    if (!day) continue;
    const d = daysBetween(day, pub);
    if (d >= 0 && d <= NEWS_WINDOW_DAYS) return t;
  }
  return null;
}

/** Quotation spans in marks (direct and partial quotes, by their pieces): events inside them do not inherit. */
export function quotedSpans(doc: Pick<DatelineDocument, 'layers'>): Span[] {
  return (doc.layers.quotes ?? []).flatMap((q) => (q.kind === 'indirect' ? [] : q.parts?.length ? q.parts : [{ start: q.start, end: q.end }]));
}

/** Whether an event of the trigger table or OCCUR may take the news time (see the top of the file). */
export function mayInherit({ view, trigger, clause }: Pick<Draft, 'view' | 'trigger' | 'clause'>, quoted: readonly Span[]): boolean {
  if (trigger.pos !== 'verb' || isPerfect(view, trigger, clause)) return false;
  const w = view.words[trigger.from]!;
  if (/ing$/.test(w.lw) && !BE_FORMS.has(view.words[trigger.from - 1]?.lw ?? '')) return false;
  return !quoted.some((q) => q.start <= w.start && w.end <= q.end);
}

/** The events with the news time given to the asserted ones whose time is unknown. */
export function inheritNewsTime<E extends Pick<DatelineEvent, 'time' | 'factuality'>>(events: readonly E[], doc: Pick<DatelineDocument, 'layers' | 'metadata'>, eligible: (index: number) => boolean = () => true): E[] {
  const timexes = [...(doc.layers.timex ?? [])].sort((a, b) => a.start - b.start);
  const news = newsTime(timexes, doc.metadata?.published?.value);
  if (!news) return [...events];
  const value = DAY.exec(news.value)![1]!;
  const time: DatelineEvent['time'] = {
    value,
    precision: precisionOf(value),
    timex: news.id,
    rule: 'inherited-news-time',
    reason: `no time of its own: the article's news is dated by "${news.text}" (${value}), the first time expression near the publication date`,
  };
  return events.map((e, k) => (e.time.value === '' && e.factuality === 'asserted' && eligible(k) ? { ...e, time } : e));
}
