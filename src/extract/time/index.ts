/**
 * Time expressions (TIMEX3): found by small regex rules (one file per family in `rules/`), refined
 * (`refiners/`: URLs dropped, overlaps resolved, modifiers attached, a clock time joined to the day after
 * it), then resolved in text order against the publication date (DCT) or the narrative (the last explicit
 * date before the expression). See README.md in this folder.
 */
import type { Timex } from '../../core/schema.js';
import { textSpan } from '../../core/span.js';
import { bodyView } from '../../clean/view.js';
import { withLayers } from '../../core/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseDay } from './calendar.js';
import { attachMods } from './refiners/mods.js';
import { joinClockAndDay } from './refiners/clock-day.js';
import { resolveOverlaps } from './refiners/overlaps.js';
import { dropInUrls } from './refiners/urls.js';
import { maybeAnchor, resolve, type Context } from './resolve.js';
import { RULES } from './rules/index.js';
import type { Found } from './types.js';

export type { Found, Meaning, Rule } from './types.js';

const PRIORITY = new Map(RULES.map((r, i) => [r.name, i]));

/** A cheap prefilter: texts without a digit or any time word skip the rules entirely. */
const ANY = /\d|\b(?:now|current|recent|past|future|soon|term|previous|formerly|lately|day|night|week|month|year|decade|centur|quarter|half|today|tomorrow|yesterday|tonight|morning|afternoon|evening|noon|midnight|hourly|daily|weekly|monthly|annually|yearly|ago|earlier|later|date|[A-Z][a-z]+day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|spring|summer|fall|autumn|winter|hour|minute|second|christmas|easter|thanksgiving|halloween|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)/i;

/**
 * Paragraph breaks become barriers of the same length that no rule can match across (a listing "Saturday,
 * 26 February" + blank line + "1600 GMT" was read as the day 1600-02-26). Offsets stay those of the text.
 */
const PARAGRAPH_BREAK = /\n[ \t\r]*\n\s*/g;
const BARRIER = '\u00b6';

/** Candidates of all rules, before resolution. */
export function findCandidates(input: string): Found[] {
  if (!ANY.test(input)) return [];
  const text = input.includes('\n') ? input.replace(PARAGRAPH_BREAK, (m) => BARRIER.repeat(m.length)) : input;
  const found: Found[] = [];
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const made = rule.make(m as RegExpExecArray, text);
      if (!made) continue;
      const start = made.start ?? m.index;
      const end = made.end ?? m.index + m[0].length;
      if (end <= start) continue;
      found.push({ start, end, type: made.type, meaning: made.meaning, ...(made.mod ? { mod: made.mod } : {}), rule: rule.name });
    }
  }
  return joinClockAndDay(text, attachMods(text, resolveOverlaps(dropInUrls(text, found), PRIORITY)));
}

/**
 * Tags the time expressions of `text`, resolved against `dct` (YYYY-MM-DD, or '' when unknown). Pure:
 * offsets are into `text`; ids are t0, t1, … in text order.
 */
export function tagTimex(text: string, dct: string): Timex[] {
  const ctx: Context = { text, dct: parseDay(dct), anchors: [] };
  const out: Timex[] = [];
  for (const f of findCandidates(text)) {
    const id = `t${out.length}`;
    const { value, anchor } = resolve(f, ctx);
    const span = textSpan(text, f.start, f.end);
    out.push({ id, ...span, type: f.type, value, ...(f.mod ? { mod: f.mod } : {}), anchor, rule: f.rule });
    maybeAnchor(ctx, f, id, value, span.text);
  }
  return out;
}

/**
 * The `time` stage: tags the clean body (captions, teasers and URLs left out) with the publication date as
 * DCT, and maps every expression back to the original text; one that debris split in two is dropped.
 */
export const timeStage: Stage = {
  name: 'time',
  requires: ['zones', 'links', 'metadata.published'],
  produces: ['timex'],
  run(doc) {
    const { view } = bodyView(doc);
    const dct = /^\d{4}-\d{2}-\d{2}/.exec(doc.metadata.published?.value ?? '')?.[0] ?? '';
    const timex: Timex[] = [];
    const ids = new Map<string, string>();
    for (const t of tagTimex(view.text, dct)) {
      const spans = view.toOriginalSpans(t.start, t.end);
      if (spans.length !== 1) continue;
      const id = `t${timex.length}`;
      ids.set(t.id, id);
      const ref = t.anchor.ref !== undefined ? ids.get(t.anchor.ref) : undefined;
      const anchor = { ...t.anchor, ...(ref !== undefined ? { ref } : {}) };
      if (t.anchor.ref !== undefined && ref === undefined) delete anchor.ref;
      timex.push({ ...t, id, ...textSpan(doc.text, spans[0]!.start, spans[0]!.end), anchor });
    }
    return withLayers(doc, { timex });
  },
};
