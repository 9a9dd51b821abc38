/** Runs of whitespace (line breaks included) as single spaces, trimmed: how text is shown and compared on one line. */
export function oneLine(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
