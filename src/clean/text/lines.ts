import { trimSpan, type Span } from '../../core/span.js';

/** One line of the original: its span without the line terminator and without surrounding spaces. */
export interface Line extends Span {
  readonly text: string;
  readonly index: number;
}

/** Lines of non-blank text separated from other blocks by at least one blank line. */
export interface Block extends Span {
  readonly lines: readonly Line[];
  /** Number of blank lines before the block (0 for the first). */
  readonly blankBefore: number;
}

/** Splits on \n, \r\n and \r; every returned line is trimmed, blank lines are dropped from `lines`. */
export function splitLines(text: string): { lines: Line[]; blankBefore: number[] } {
  const lines: Line[] = [];
  const blankBefore: number[] = [];
  let blanks = 0;
  const re = /\r\n|\r|\n|\u2028|\u2029/g;
  let start = 0;
  const push = (s: number, e: number) => {
    const t = trimSpan(text, { start: s, end: e });
    if (t.end === t.start) {
      blanks++;
      return;
    }
    lines.push({ ...t, text: text.slice(t.start, t.end), index: lines.length });
    blankBefore.push(blanks);
    blanks = 0;
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return { lines, blankBefore };
}

export function splitBlocks(text: string): Block[] {
  const { lines, blankBefore } = splitLines(text);
  const blocks: Block[] = [];
  let current: Line[] = [];
  let before = 0;
  const flush = () => {
    if (current.length) blocks.push({ start: current[0]!.start, end: current[current.length - 1]!.end, lines: current, blankBefore: before });
    current = [];
  };
  lines.forEach((line, i) => {
    if (i > 0 && blankBefore[i]! > 0) flush();
    if (current.length === 0) before = blankBefore[i]!;
    current.push(line);
  });
  flush();
  return blocks;
}
