/**
 * A small word tokenizer for the rules of this stage: words (letters and digits, with inner apostrophes,
 * periods and hyphens: "Clinton’s", "U.S.", "law-enforcement") and single punctuation marks, each with its
 * offsets in the text it was cut from. Pure; offsets are those of `text`.
 */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly w: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
/** A trailing period belongs to the word only for abbreviations: "Mr.", "Sen.", "U.S." (not "said."). */
const ABBREVIATION = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Pres|Amb|Adm|Maj|Cmdr|Supt|Insp|Det|No|Co|Corp|Inc|Ltd|(?:[A-Za-z]\.)+[A-Za-z])\.$/;

/** Words and punctuation of text[from, to). */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    let w = m[0];
    const start = from + m.index;
    if (w.length > 1 && w.endsWith('.') && !ABBREVIATION.test(w)) {
      w = w.slice(0, -1);
      out.push({ start, end: start + w.length, w });
      out.push({ start: start + w.length, end: start + w.length + 1, w: '.' });
      continue;
    }
    out.push({ start, end: start + w.length, w });
  }
  return out;
}

export const isWord = (t: Word | undefined): boolean => t !== undefined && /^[\p{L}\p{N}]/u.test(t.w);
export const isCapitalised = (t: Word | undefined): boolean => t !== undefined && /^[\p{Lu}\p{N}]/u.test(t.w);
export const lower = (t: Word | undefined): string => (t ? t.w.toLowerCase() : '');

/** Number of words (not punctuation) in text[from, to). */
export function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  for (const t of words(text, from, to)) if (isWord(t)) n++;
  return n;
}
