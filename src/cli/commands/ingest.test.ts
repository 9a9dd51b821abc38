import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../core/document.js';
import { DatelineError } from '../../core/errors.js';
import { SqliteStore } from '../../store/sqlite/store.js';
import type { Store } from '../../store/store.js';
import { formatEta, progress } from '../progress.js';
import { ingestInto, parseWorkers } from './ingest.js';

const ROOT = new URL('../../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => {
  const d = join(dir, `c${++n}`);
  mkdirSync(d);
  return d;
};

const text = (i: number) =>
  `Port strike day ${i}\n\nDock workers in Rotterdam stopped work on Monday, March ${i + 1}, 2022, the union said.\n\n` +
  `"We want a ${i + 3}% raise," union leader Eva Maas told reporters. Talks resume on Friday.`;

const flags = { maxBytes: 1 << 20, quiet: true };

describe('ingestInto', () => {
  it('stores on 2 workers, then skips what is stored (a resumed run), reporting each id', async () => {
    const corpus = fresh();
    for (let i = 0; i < 5; i++) writeFileSync(join(corpus, `a${i}.txt`), text(i));
    writeFileSync(join(corpus, 'bad.txt'), Buffer.from([0, 0, 1, 2, 3, 0]));
    const store = SqliteStore.open(join(dir, 'resume.db'));
    try {
      const ids: string[] = [];
      const first = await ingestInto(store, [corpus], { ...flags, workers: 2 }, (id) => ids.push(id));
      expect(first).toEqual({ processed: 5, rejected: 1, created: 5, existing: 0, skipped: 0 });
      const want = Array.from({ length: 5 }, (_, i) => contentHash(text(i))).sort();
      expect(ids.sort()).toEqual(want);

      for (let i = 5; i < 7; i++) writeFileSync(join(corpus, `a${i}.txt`), text(i));
      const again: string[] = [];
      const second = await ingestInto(store, [corpus], { ...flags, workers: 2 }, (id) => again.push(id));
      expect(second).toEqual({ processed: 2, rejected: 1, created: 2, existing: 5, skipped: 5 });
      expect(again.sort()).toEqual(Array.from({ length: 7 }, (_, i) => contentHash(text(i))).sort());
      expect(await store.count()).toBe(7);
    } finally {
      await store.close();
    }
  });

  it('in one thread: keeps the input order; a duplicate text in a fresh store is "already there", not skipped', async () => {
    const corpus = fresh();
    writeFileSync(join(corpus, 'a.txt'), text(1));
    writeFileSync(join(corpus, 'b.txt'), text(2));
    writeFileSync(join(corpus, 'c-copy.txt'), text(1));
    const store = SqliteStore.open(':memory:');
    const ids: string[] = [];
    const r = await ingestInto(store, [corpus], flags, (id) => ids.push(id));
    expect(r).toEqual({ processed: 3, rejected: 0, created: 2, existing: 1, skipped: 0 });
    expect(ids).toEqual([contentHash(text(1)), contentHash(text(2)), contentHash(text(1))]);
    expect((await store.list()).map((s) => s.source)).toEqual([join(corpus, 'b.txt'), join(corpus, 'a.txt')]);
    await store.close();
  });

  it('stops at the first store error and throws it (the workers are stopped, nothing hangs)', async () => {
    const corpus = fresh();
    for (let i = 0; i < 8; i++) writeFileSync(join(corpus, `a${i}.txt`), text(i));
    const real = SqliteStore.open(':memory:');
    let puts = 0;
    const failing: Store = Object.assign(Object.create(real) as Store, {
      put: async (...args: Parameters<Store['put']>) => {
        if (++puts === 2) throw new DatelineError('E_STORE', 'disk full');
        return real.put(...args);
      },
    });
    await expect(ingestInto(failing, [corpus], { ...flags, workers: 2 })).rejects.toMatchObject({ code: 'E_STORE', message: 'disk full' });
    expect(puts).toBe(2);
    expect(await real.count()).toBe(1);
    await real.close();
  });
});

describe('--workers', () => {
  it('takes a whole number ≥ 0 (0: in the main thread)', () => {
    expect(parseWorkers('4')).toBe(4);
    expect(parseWorkers(' 1 ')).toBe(1);
    expect(parseWorkers('0')).toBe(0);
    for (const bad of ['-2', '1.5', 'x', '']) expect(() => parseWorkers(bad), bad).toThrow(/--workers/);
  });

  it('refuses a bad value as a usage error (exit 2)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'ingest', '--workers', 'x', '--db', join(dir, 'x.db'), 'examples'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--workers "x" is not a whole number');
  });
});

describe('progress', () => {
  const fake = (tty: boolean, total: number | undefined, quiet = false) => {
    let t = 1_000_000;
    const out: string[] = [];
    const bar = progress(total, quiet, { tty, now: () => t, write: (s) => out.push(s) });
    return { bar, out, advance: (ms: number) => (t += ms) };
  };

  it('on a terminal: at most 4 updates a second, count/total, rate, ETA; a message clears the line first', () => {
    const { bar, out, advance } = fake(true, 100);
    bar.tick(1);
    expect(out).toEqual([]); // nothing before the first interval
    advance(1000);
    bar.tick(10);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^\r\[###\.+\]  10% 10\/100 articles, 10\.0\/s, ETA 9s\x1b\[K$/);
    advance(100);
    bar.tick(11);
    expect(out).toHaveLength(1);
    advance(200);
    bar.tick(12);
    expect(out).toHaveLength(2);
    bar.interrupt(() => out.push('MESSAGE\n'));
    expect(out.slice(2, 4)).toEqual(['\r\x1b[K', 'MESSAGE\n']);
    expect(out[4]).toMatch(/^\r.*12\/100 articles/);
    advance(500);
    bar.finish(100);
    expect(out.at(-1)).toMatch(/^\r.*100\/100 articles, [\d.]+\/s\x1b\[K\n$/);
  });

  it('counts skipped inputs apart: they do not make the rate or the ETA', () => {
    const { bar, out, advance } = fake(false, 1000);
    advance(10_000);
    bar.tick(600, 500); // 100 analysed in 10 s
    expect(out).toEqual(['dateline: 600/1000 articles (500 skipped, already stored), 10.0/s, ETA 40s\n']);
  });

  it('in logs: a line every 10 s; quiet: nothing at all', () => {
    const { bar, out, advance } = fake(false, undefined);
    for (let i = 1; i <= 50; i++) {
      advance(1000);
      bar.tick(i);
    }
    expect(out).toHaveLength(5);
    expect(out[0]).toBe('dateline: 10 articles, 1.0/s\n');
    const q = fake(true, 10, true);
    q.advance(5000);
    q.bar.tick(5);
    q.bar.interrupt(() => q.out.push('MESSAGE\n'));
    q.bar.finish(10);
    expect(q.out).toEqual(['MESSAGE\n']);
  });

  it('formats the ETA', () => {
    expect([formatEta(5), formatEta(75), formatEta(7300)]).toEqual(['5s', '1m15s', '2h01m']);
  });
});
