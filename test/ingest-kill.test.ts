/**
 * A real kill: `dateline ingest --workers 2` is SIGKILLed part-way (once a few articles are stored), then the
 * same command is run again. Nothing may be half-written, nothing stored twice, and the second run must
 * skip what the first stored. The assertions do not depend on when the kill lands, only that it lands
 * after the first stored articles and before the last (checked, not assumed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash } from '../src/core/document.js';
import { readInputs } from '../src/input/index.js';
import { processInput } from '../src/pipeline/process.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/main.ts');
const N = 60;
const dir = mkdtempSync(join(tmpdir(), 'dateline-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLACES = ['Lyon', 'Graz', 'Turin', 'Ghent', 'Cork', 'Brno', 'Porto', 'Malmö', 'Split', 'Tartu'];
const PEOPLE = ['Anna Weber', 'Luis Ortega', 'Mira Novak', 'Tom Berg', 'Sara Lind', 'Jan Kowal'];

function article(i: number): string {
  const place = PLACES[i % PLACES.length]!;
  const who = PEOPLE[i % PEOPLE.length]!;
  const day = (i % 28) + 1;
  return [
    `${place} workers strike over pay, day ${i}`,
    `Transport workers in ${place} walked out on Monday, March ${day}, 2023, after talks on a ${3 + (i % 7)}% pay rise collapsed, the union said.`,
    `"We have waited ${i + 2} months for a fair offer," union leader ${who} told reporters outside the depot. The city said it would meet the union again on Friday.`,
    `Buses and trams stopped across ${place}, and the regional government warned that the strike could cost ${i + 10} million euros a week.`,
    `Mayor ${PEOPLE[(i + 2) % PEOPLE.length]} signed an agreement with the union in 2021, which ends in December.`,
  ].join('\n\n');
}

function countStored(db: string): number {
  if (!existsSync(db)) return 0;
  let conn: Database.Database | undefined;
  try {
    conn = new Database(db, { readonly: true, fileMustExist: true });
    return conn.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  } catch {
    return 0; // not created yet, or the schema is being written
  } finally {
    conn?.close();
  }
}

describe('dateline ingest: killed, then run again', () => {
  it('resumes after SIGKILL: every article stored exactly once, whole, and the stored ones skipped', { timeout: 120_000 }, async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (let i = 0; i < N; i++) writeFileSync(join(corpus, `article-${String(i).padStart(3, '0')}.txt`), `${article(i)}\n`);
    const db = join(dir, 'kill.db');
    const args = ['--import', 'tsx', CLI, 'ingest', corpus, '--db', db, '--workers', '2'];

    // 1. run, and SIGKILL it once at least 3 articles are stored
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    let running = true;
    void exited.then(() => (running = false));
    let seen = 0;
    while (running) {
      seen = countStored(db);
      if (seen >= 3) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 15));
    }
    const first = await exited;
    expect(first.signal, `the first run ended by itself (exit ${first.code}) before 3 articles were seen stored: ${stderr}`).toBe('SIGKILL');

    // 2. what the kill left: only whole articles, the database intact
    const raw = new Database(db);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const killedAt = raw.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    expect(killedAt).toBeGreaterThanOrEqual(3);
    expect(killedAt, 'the kill came after the last article: nothing was left to resume').toBeLessThan(N);
    const orphans = raw.prepare('SELECT count(*) FROM annotations WHERE doc_key NOT IN (SELECT doc_key FROM documents)').pluck().get();
    expect(orphans).toBe(0);
    expect(raw.prepare('SELECT count(*) FROM documents_fts').pluck().get()).toBe(killedAt);
    const bare = raw.prepare(`SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM annotations a WHERE a.doc_key = d.doc_key AND a.layer = 'tokens')`).pluck().get();
    expect(bare, 'a stored article without its tokens').toBe(0);
    raw.close();

    // the expected documents: a fresh analysis of every file
    const expected = new Map<string, ReturnType<typeof processInput>>();
    for await (const r of readInputs([corpus])) {
      expect(r.ok).toBe(true);
      if (r.ok) expected.set(r.input.name, processInput(r.input));
    }
    expect(expected.size).toBe(N);
    const check = async (store: SqliteStore, count: number) => {
      const summaries = await store.list();
      expect(summaries).toHaveLength(count);
      for (const s of summaries) {
        const want = expected.get(s.source);
        expect(want?.ok, s.source).toBe(true);
        const doc = await store.get(s.id);
        if (want?.ok) {
          expect(doc!.id).toBe(want.doc.id);
          expect(doc!.layers.events.length).toBe(want.doc.layers.events.length);
          expect(doc!.layers.entities.length).toBe(want.doc.layers.entities.length);
          expect(doc).toEqual(want.doc);
        }
      }
    };
    const afterKill = SqliteStore.open(db);
    await check(afterKill, killedAt);
    await afterKill.close();

    // 3. the same command again, to completion
    const second = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toContain(`dateline: ${N - killedAt} stored, ${killedAt} already in ${db}, 0 rejected, ${killedAt} skipped (already stored)`);

    const store = SqliteStore.open(db);
    expect(await store.count()).toBe(N);
    await check(store, N);
    for (const doc of expected.values()) if (doc.ok) expect(await store.has(contentHash(doc.doc.text))).toBe(true);
    await store.close();
    const conn = new Database(db, { readonly: true });
    expect(conn.prepare('SELECT count(DISTINCT id) FROM documents').pluck().get()).toBe(N);
    expect(conn.prepare('SELECT count(*) FROM (SELECT id FROM documents GROUP BY id HAVING count(*) > 1)').pluck().get()).toBe(0);
    conn.close();
  });
});
