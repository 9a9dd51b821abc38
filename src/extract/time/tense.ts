/**
 * The tense around an expression, from cheap cues in its sentence: future ("will", "is to", "next"),
 * past ("said", "-ed" verbs, "ago"), or none. The cue nearest to the expression decides. Used to pick the
 * year of "Aug. 9", the week of "Friday" and the year of "the fourth quarter".
 */
export type Tense = 'future' | 'past' | 'none';

// "next to the embassy" is no future cue (TimeBank: 2 weekdays fixed); common irregular past verbs ("brought",
// "fell") and "would be" + participle count (value F1 +0.0005)
const CUES = /\b(?:(will|would|won['’]t|shall|going\s+to|plans?\s+to|planning\s+to|scheduled|is\s+to|are\s+to|is\s+due|are\s+due|set\s+to|upcoming|intends?\s+to|(?:postpone|delay|defer|extend|adjourn|suspend)\w*\s+(?:[\w'’]+\s+){0,4}?until|next(?!\s+to\b)|as\s+(?:soon|early)\s+as|effective|payable|expires?|expected|scheduled|planned|proposed|begins|starts|opens|deadline|(?<!\bto\s)(?:meets?|visits|arrives|leaves|travels|returns|resumes|convenes|closes))|(said|says|was|were|had|did|told|ago|earlier|last|announced|reported|began|came|went|took|met|held|made|won|lost|signed|left|got|gave|saw|found|became|since|brought|bought|sold|fell|rose|grew|paid|kept|ran|led|fled|struck|sent|spent|built|wrote|chose|drew|threw|knew|thought|caught|fought|sought|stood|spoke|broke|wore|won|\w{3,}ed))\b|['’](ll)\b/gi;

const NOT_VERBS = /^(?:need|needed|speed|feed|seed|indeed|hundred|kindred|sacred|naked|wicked|beloved|aged|based|related|detailed|limited|expected|scheduled|proposed|planned|required|supposed)$/i;
/** A full stop that ends a sentence: not after an initial ("P."), a title ("Mr.") or a month ("Feb."). */
function sentenceEnd(text: string, i: number): boolean {
  if (text[i] !== '.') return true;
  const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 6), i))?.[1] ?? '';
  if (word.length === 1 || /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Co|Inc|Corp|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|vs|etc)$/.test(word)) return false;
  return true;
}

const REPORTING = /^(?:said|says|told|reported|announced)$/i;

export function tenseAround(text: string, start: number, end: number): Tense {
  let s = start;
  const lo = Math.max(0, start - 200);
  while (s > lo && !(text[s - 1] === '\n' || (/[.!?]/.test(text[s - 1]!) && sentenceEnd(text, s - 1)))) s--;
  let e = end;
  const hi = Math.min(text.length, end + 160);
  while (e < hi && !(text[e] === '\n' || (/[.!?]/.test(text[e]!) && sentenceEnd(text, e)))) e++;
  let best: Tense = 'none';
  let bestDist = Infinity;
  const scan = (from: number, to: number) => {
    CUES.lastIndex = 0;
    const part = text.slice(from, to);
    for (const m of part.matchAll(CUES)) {
      const at = from + m.index;
      // "-ed" words that are not past verbs: names ("United"), "need", "indeed", "hundred"
      // "unspecified", "untouched": un- participles are adjectives, not past verbs (TimeBank: 2 month years fixed)
      if (m[2] && /ed$/i.test(m[2]) && (/^[A-Z]/.test(m[2]) || NOT_VERBS.test(m[2]) || /^un\w{4,}ed$/i.test(m[2]))) continue;
      const dist = at < start ? start - (at + m[0].length) : at - end;
      // a cue after the expression counts a little less than one before it ("said Friday" vs "Friday, he said")
      let d = at < start ? dist : dist * 1.5;
      // reporting verbs are often parenthetical ("would leave as soon as Tuesday, Castro said"): they win only close by
      // …except right before it: "said Tuesday", "said on Tuesday that it would…" is the day of the saying
      if (REPORTING.test(m[0]) && !(at < start && /^\s*(?:on\s+|late\s+|early\s+)?$/i.test(text.slice(at + m[0].length, start)))) d = d * 3 + 6;
      // "…, Castro said": a reporting clause after a comma speaks of the report, not of the event
      if (REPORTING.test(m[0]) && at > end && /,/.test(text.slice(end, at))) d += 200;
      if (d < bestDist) {
        bestDist = d;
        // "will be held", "is to be signed": a participle after a future auxiliary is future
        const aux = !m[1] && !m[3] && /\b(?:will|would|shall|to|['’]ll)\s+(?:not\s+|still\s+|also\s+|\w+ly\s+)?(?:be|have\s+been|get)?\s*$/i.test(text.slice(Math.max(0, at - 20), at));
        best = m[1] || m[3] || aux ? 'future' : 'past';
      }
    }
  };
  scan(s, start);
  scan(end, e);
  return best;
}
