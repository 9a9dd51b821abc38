import { tagTimex } from '../index.js';

/** `[text, type, value, mod?]` of every expression found in `text` (DCT as given). */
export function tags(text: string, dct = '2020-11-20'): string[][] {
  return tagTimex(text, dct).map((t) => [t.text, t.type, t.value, ...(t.mod ? [t.mod] : [])]);
}

/** The single expression found in `text`, as `[text, type, value, mod?]`. */
export function only(text: string, dct = '2020-11-20'): string[] {
  const all = tags(text, dct);
  if (all.length !== 1) throw new Error(`expected one expression in ${JSON.stringify(text)}, got ${JSON.stringify(all)}`);
  return all[0]!;
}
