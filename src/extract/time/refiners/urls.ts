/** Drops expressions inside URLs, e-mail addresses and file paths ("/2025/10/24/russias-…"). */
import type { Found } from '../types.js';

export function dropInUrls(text: string, found: Found[]): Found[] {
  return found.filter((f) => {
    let s = f.start;
    let e = f.end;
    while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
    while (e < text.length && !/\s/.test(text[e]!)) e++;
    const token = text.slice(s, e);
    if (/:\/\/|www\.|@|\.(?:com|org|net|ru|html?)\b/i.test(token)) return false;
    // a slash outside the expression itself ("2020/11/19/story")
    const outside = text.slice(s, f.start) + text.slice(f.end, e);
    return !/[\/\\=&?]/.test(outside);
  });
}
