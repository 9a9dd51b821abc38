/**
 * Progress on stderr for long runs: a bar with rate and ETA on a terminal, a line every few seconds
 * otherwise (logs, CI). Silent with --quiet.
 */
export interface Progress {
  tick(done: number): void;
  finish(done: number): void;
}

export function progress(total: number | undefined, quiet: boolean): Progress {
  const t0 = Date.now();
  const tty = process.stderr.isTTY === true;
  let last = 0;
  const render = (done: number, final: boolean) => {
    const secs = (Date.now() - t0) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = total && rate > 0 ? Math.max(0, (total - done) / rate) : undefined;
    const pct = total ? Math.min(100, Math.floor((done / total) * 100)) : undefined;
    const bar = total ? `[${'#'.repeat(Math.floor((pct! / 100) * 30)).padEnd(30, '.')}] ${String(pct).padStart(3)}% ` : '';
    const text = `${bar}${done}${total ? `/${total}` : ''} articles, ${rate.toFixed(1)}/s${eta !== undefined && !final ? `, ETA ${eta.toFixed(0)}s` : ''}`;
    process.stderr.write(tty ? `\r${text}${final ? '\n' : ''}` : `${text}\n`);
  };
  return {
    tick(done) {
      if (quiet) return;
      const now = Date.now();
      if (now - last < (tty ? 100 : 5000)) return;
      last = now;
      render(done, false);
    },
    finish(done) {
      if (!quiet && (tty || done > 0)) render(done, true);
    },
  };
}
