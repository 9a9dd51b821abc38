/**
 * TimeML modifiers stated before an expression, taken into its span: "early December" (START),
 * "the late 1970s" (END), "mid-1996" (MID), "about two weeks" (APPROX), "more than a year" (MORE_THAN), …
 */
import type { Found, TimexMod } from '../types.js';

const DATE_MODS: [RegExp, TimexMod][] = [
  // ("late-November": a hyphen as well as a space; TimeBank: 1 found)
  [/\b(?:the\s+)?early-$/i, 'START'],
  [/\b(?:the\s+)?late-$/i, 'END'],
  [/\b(?:the\s+)?(?:early|earlier|the\s+beginning\s+of|the\s+start\s+of)\s+$/i, 'START'],
  [/\b(?:the\s+)?(?:late|the\s+end\s+of|the\s+close\s+of)\s+$/i, 'END'],
  [/\b(?:the\s+)?(?:mid-?\s*|the\s+middle\s+of\s+)$/i, 'MID'],
];
const AMOUNT_MODS: [RegExp, TimexMod][] = [
  [/\b(?:about|around|approximately|roughly|some|an estimated)\s+$/i, 'APPROX'],
  [/\b(?:nearly|almost|up\s+to|at\s+most|no\s+more\s+than)\s+$/i, 'EQUAL_OR_LESS'],
  [/\b(?:more\s+than|over|longer\s+than)\s+$/i, 'MORE_THAN'],
  [/\b(?:less\s+than|under|fewer\s+than|shorter\s+than|within)\s+$/i, 'LESS_THAN'],
  [/\b(?:at\s+least|no\s+less\s+than)\s+$/i, 'EQUAL_OR_MORE'],
];

export function attachMods(text: string, found: Found[]): Found[] {
  return found.map((f) => {
    if (f.mod) return f;
    const before = text.slice(Math.max(0, f.start - 24), f.start);
    const coarse = f.type === 'DATE' && (f.meaning.kind === 'yearless' ? f.meaning.day === undefined : f.meaning.kind === 'value' ? /^\d{3,4}(?:-\d\d|-Q\d|-[A-Z]{2})?$/.test(f.meaning.value) : f.meaning.kind === 'shift' && f.meaning.unit !== 'day');
    const amount = f.type === 'DURATION' || (f.meaning.kind === 'shift' && f.rule === 'relative-ago') || f.meaning.kind === 'clock';
    // "early Tuesday", "late Friday", "earlier Sunday": the start or end of a day
    const dayStart = f.meaning.kind === 'weekday' && !f.meaning.part && !f.meaning.rel;
    const table = amount ? AMOUNT_MODS : coarse || dayStart ? DATE_MODS : null;
    if (!table) return f;
    for (const [re, mod] of table) {
      const m = re.exec(before);
      if (m && !(mod === 'START' && /earlier/i.test(m[0]) && f.meaning.kind === 'shift') && !(dayStart && /mid|the|of/i.test(m[0]))) {
        // "over the past year" is not MORE_THAN; "over" only before a number
        if (mod === 'MORE_THAN' && /over\s+$/i.test(m[0]) && !/^(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)/i.test(text.slice(f.start))) return f;
        if (mod === 'LESS_THAN' && /within\s+$/i.test(m[0])) return f;
        return { ...f, start: f.start - m[0].length + (m[0].length - m[0].trimStart().length), mod };
      }
    }
    return f;
  });
}
