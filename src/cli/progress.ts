/**
 * Progress on stderr for long runs. On a terminal: one line redrawn in place at most 4 times a second, with
 * a bar, count/total, rate (articles analysed per second) and ETA. Otherwise (logs, CI): a plain line every
 * 10 seconds. Silent with --quiet. Messages printed during the run go through `interrupt`, which clears the
 * line first so that a message and the bar never share a line.
 */
export interface Progress {
  /** `done`: inputs finished (stored, found stored, rejected); `skipped`: of them, skipped without analysis. */
  tick(done: number, skipped?: number): void;
  /** Prints what `write` prints (e.g. a rejection) on lines of its own, then redraws the bar. */
  interrupt(write: () => void): void;
  finish(done: number, skipped?: number): void;
}

export interface ProgressOptions {
  /** Whether stderr is a terminal (default: process.stderr.isTTY). */
  tty?: boolean;
  /** Where the text goes (default: process.stderr). */
  write?: (s: string) => void;
  /** The clock, in milliseconds (default Date.now; tests). */
  now?: () => number;
}

/** Least time between two updates: on a terminal, and in logs. */
export const TTY_INTERVAL_MS = 250;
export const LOG_INTERVAL_MS = 10_000;

export function progress(total: number | undefined, quiet: boolean, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const write = options.write ?? ((s: string) => void process.stderr.write(s));
  const tty = options.tty ?? process.stderr.isTTY === true;
  const t0 = now();
  let last = t0;
  let shown = false; // a bar line is on screen (terminal only)
  let latest = { done: 0, skipped: 0 };

  const text = (done: number, skipped: number, final: boolean): string => {
    const secs = (now() - t0) / 1000;
    // the rate and ETA count analysed inputs only: skipped ones take no time and would make the ETA lie
    const rate = secs > 0 ? (done - skipped) / secs : 0;
    const eta = total !== undefined && rate > 0 ? Math.max(0, (total - done) / rate) : undefined;
    const pct = total ? Math.min(100, Math.floor((done / total) * 100)) : undefined;
    const bar = tty && pct !== undefined ? `[${'#'.repeat(Math.floor((pct / 100) * 30)).padEnd(30, '.')}] ${String(pct).padStart(3)}% ` : '';
    const skip = skipped > 0 ? ` (${skipped} skipped, already stored)` : '';
    return `${bar}${done}${total !== undefined ? `/${total}` : ''} articles${skip}, ${rate.toFixed(1)}/s${eta !== undefined && !final ? `, ETA ${formatEta(eta)}` : ''}`;
  };
  const render = (final: boolean) => {
    const line = text(latest.done, latest.skipped, final);
    if (tty) {
      write(`\r${line}\x1b[K${final ? '\n' : ''}`);
      shown = !final;
    } else {
      write(`dateline: ${line}\n`);
    }
  };
  return {
    tick(done, skipped = 0) {
      latest = { done, skipped };
      if (quiet) return;
      const t = now();
      if (t - last < (tty ? TTY_INTERVAL_MS : LOG_INTERVAL_MS)) return;
      last = t;
      render(false);
    },
    interrupt(fn) {
      if (quiet || !shown) return fn();
      write('\r\x1b[K');
      shown = false;
      fn();
      render(false);
    },
    finish(done, skipped = 0) {
      latest = { done, skipped };
      if (quiet) return;
      if (shown || done > 0) render(true);
    },
  };
}

export function formatEta(secs: number): string {
  const s = Math.round(secs);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
