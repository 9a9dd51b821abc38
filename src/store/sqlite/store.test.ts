import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DatelineError } from '../../core/errors.js';
import { DocumentSchema } from '../../core/schema.js';
import { expectCode, runContract, TEXTS } from '../contract.js';
import { openStore } from '../open.js';
import type { Store } from '../store.js';
import { longText, makeTestDocument } from '../testing.js';
import { APPLICATION_ID, LATEST_VERSION, MIGRATIONS, migrate } from './migrations.js';
import { ftsQuery, SqliteStore } from './store.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempFile = () => join(dir, `s${++n}.db`);
const files = new WeakMap<Store, string>();

runContract({
  name: 'SQLite file',
  newStore: async () => {
    const file = tempFile();
    const store = SqliteStore.open(file);
    files.set(store, file);
    return store;
  },
  // A trigger, created through a second connection, that aborts every insert of annotations.
  breakWrites: async (store) => {
    const db = new Database(files.get(store)!);
    db.exec(`CREATE TRIGGER break_writes BEFORE INSERT ON annotations BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    return async () => {
      db.exec('DROP TRIGGER break_writes');
      db.close();
    };
  },
});

runContract({ name: 'SQLite :memory:', newStore: async () => SqliteStore.open(':memory:') });

function thrown(fn: () => unknown): DatelineError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DatelineError);
    return e as DatelineError;
  }
  throw new Error('expected a DatelineError');
}

describe('SQLite store: migrations', () => {
  it('creates the schema in an empty file and records the version', async () => {
    const file = tempFile();
    writeFileSync(file, '');
    await (await openStore(file)).close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['annotations', 'documents', 'documents_fts', 'raw_inputs']));
    db.close();
  });

  it('refuses a store written by a newer version, naming the file', () => {
    const file = tempFile();
    SqliteStore.open(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const e = thrown(() => SqliteStore.open(file));
    expect(e.code).toBe('E_STORE_VERSION');
    expect(e.message).toContain(file);
    expect(e.message).toMatch(/upgrade Dateline/);
  });

  it('upgrades an older store step by step, keeping its data; a failing step changes nothing', async () => {
    const file = tempFile();
    const store = SqliteStore.open(file);
    const doc = makeTestDocument(TEXTS[0]!);
    await store.put(doc);
    await store.close();
    const db = new Database(file);
    const broken = [...MIGRATIONS, { version: LATEST_VERSION + 1, description: 'bad', sql: 'CREATE TABLE t (x); SELECT nope FROM missing;' }];
    expect(() => migrate(db, file, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 't'").pluck().get()).toBe(0);
    const next = [...MIGRATIONS, { version: LATEST_VERSION + 1, description: 'ok', sql: 'CREATE TABLE t (x)' }];
    expect(migrate(db, file, next)).toBe(LATEST_VERSION + 1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    db.close();
  });
});

describe('SQLite store: opening', () => {
  it('turns unusable paths into E_STORE naming the path and what to do', () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello, I am not a database\n'.repeat(50));
    const foreign = join(dir, 'foreign.db');
    const f = new Database(foreign);
    f.exec('CREATE TABLE documents (x)');
    f.close();
    const cases: [string, RegExp][] = [
      [dir, /is a directory/],
      [join(dir, 'missing', 'x.db'), /does not exist; create it/],
      [text, /not an SQLite database/],
      [foreign, /not a Dateline store/],
      ['/proc/dateline.db', /check that the path/],
    ];
    for (const [path, why] of cases) {
      const e = thrown(() => SqliteStore.open(path));
      expect(e.code, path).toBe('E_STORE');
      expect(e.message).toContain(path);
      expect(e.message).toMatch(why);
    }
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it may not write in', () => {
    const ro = join(dir, 'readonly');
    mkdirSync(ro);
    chmodSync(ro, 0o500);
    expect(thrown(() => SqliteStore.open(join(ro, 'x.db'))).code).toBe('E_STORE');
  });

  it('openStore: files and :memory: are SQLite (postgres URLs: src/store/postgres), an empty location is refused', async () => {
    const mem = await openStore(':memory:');
    expect(await mem.count()).toBe(0);
    await mem.close();
    await expectCode(openStore(''), 'E_CONFIG');
  });

  it('keeps documents across reopening, and shares them between connections', async () => {
    const file = tempFile();
    const a = SqliteStore.open(file);
    const b = SqliteStore.open(file);
    const doc = makeTestDocument(TEXTS[1]!);
    expect((await a.put(doc)).created).toBe(true);
    expect((await b.put(doc)).created).toBe(false);
    await a.close();
    await b.close();
    const c = SqliteStore.open(file);
    expect(await c.get(doc.id)).toEqual(doc);
    await c.close();
  });
});

describe('SQLite store: layout and speed', () => {
  it('returns the same JSON (key order too), stores zones without their text and tokens in one row', async () => {
    const file = tempFile();
    const store = SqliteStore.open(file);
    const odd = makeTestDocument(TEXTS[0]!); // annotations with their span keys last
    const doc = DocumentSchema.parse(makeTestDocument(TEXTS[2]!)); // the schema's key order
    for (const d of [odd, doc]) {
      await store.put(d);
      expect(JSON.stringify(await store.get(d.id))).toBe(JSON.stringify(d));
    }
    await store.close();
    const db = new Database(file);
    const rows = db.prepare('SELECT layer, count(*) AS n FROM annotations WHERE doc_key = 2 GROUP BY layer ORDER BY layer').all();
    expect(rows).toEqual([
      { layer: 'links', n: 1 },
      { layer: 'sentences', n: doc.layers.sentences.length },
      { layer: 'tokens', n: 1 },
      { layer: 'zones', n: doc.layers.zones.length },
    ]);
    const zone = db.prepare("SELECT start, \"end\", data FROM annotations WHERE doc_key = 2 AND layer = 'zones' AND seq = 1").get() as { data: string };
    expect(JSON.parse(zone.data)).toEqual({ id: 'z2', kind: 'body', rule: 'test' });
    db.close();
  });

  it('quotes search strings as words', () => {
    expect(ftsQuery('"; DROP TABLE documents; --')).toBe('"DROP" "TABLE" "documents;"');
    expect(ftsQuery('AND OR NEAR(')).toBe('"AND" "OR" "NEAR("');
    expect(ftsQuery('say "hi"')).toBe('"say" """hi"""');
    expect(ftsQuery('-- ; *')).toBeNull();
  });

});
