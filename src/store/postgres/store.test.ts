/**
 * Runs against a real server: postgres://postgres@127.0.0.1:5432/test (trust auth), or $DATELINE_TEST_PG.
 * Fails, saying how to start the server, when none answers. Every store lives in its own schema,
 * dropped at the end.
 */
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { expectCode, runContract, TEXTS } from '../contract.js';
import { openStore } from '../open.js';
import type { Store } from '../store.js';
import { makeTestDocument } from '../testing.js';
import { redactUrl } from './connect.js';
import { LATEST_VERSION, MIGRATIONS, migrate } from './migrations.js';
import { searchQuery } from './rows.js';
import { PostgresStore } from './store.js';

const URL_ = process.env.DATELINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const START = 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start';

const admin = new pg.Pool({ connectionString: URL_, max: 2, connectionTimeoutMillis: 5000 });
admin.on('error', () => undefined);
const schemas: string[] = [];
let n = 0;
const newSchema = (): string => {
  const s = `dateline_test_${process.pid}_${Date.now().toString(36)}_${++n}`;
  schemas.push(s);
  return s;
};
const withSchema = (schema: string): string => {
  const u = new URL(URL_);
  u.searchParams.set('schema', schema);
  return u.toString();
};

/** Why the server cannot be used (with how to start it), or null once it answered. */
const unreachable: Promise<Error | null> = admin.query('SELECT 1').then(
  () => null,
  (e: Error) =>
    new Error(
      `the PostgreSQL tests need a server at ${redactUrl(URL_)} (${e.message}); start it with: ${START}` +
        ' (or point DATELINE_TEST_PG at another server)',
    ),
);
const needServer = async (): Promise<void> => {
  const e = await unreachable;
  if (e) throw e;
};
// Without a server every test here fails (none is skipped), each with the message above.
beforeEach(needServer);

afterAll(async () => {
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => undefined);
  await admin.end();
});

runContract({
  name: 'postgres',
  newStore: () => openStore(withSchema(newSchema())),
  // A trigger, created through another connection, that aborts every insert of annotations.
  breakWrites: async (store) => {
    const schema = (store as PostgresStore).schema!;
    await admin.query(`CREATE FUNCTION ${schema}.break_writes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await admin.query(`CREATE TRIGGER break_writes BEFORE INSERT ON ${schema}.annotations EXECUTE FUNCTION ${schema}.break_writes()`);
    return async () => {
      await admin.query(`DROP TRIGGER break_writes ON ${schema}.annotations`);
      await admin.query(`DROP FUNCTION ${schema}.break_writes()`);
    };
  },
});

async function versions(schema: string): Promise<number[]> {
  const r = await admin.query<{ version: number }>(`SELECT version FROM ${schema}.dateline_migrations ORDER BY version`);
  return r.rows.map((x) => x.version);
}

describe('PostgreSQL store: migrations', () => {
  it('creates the tables in a new schema, records the version, and a second run changes nothing', async () => {
    const schema = newSchema();
    const store = await PostgresStore.open(URL_, { schema });
    await store.put(makeTestDocument(TEXTS[0]!));
    await store.close();
    expect(await versions(schema)).toEqual(MIGRATIONS.map((m) => m.version));
    const again = await openStore(withSchema(schema));
    expect(await again.count()).toBe(1);
    await again.close();
    const client = await admin.connect();
    try {
      await client.query(`SET search_path TO ${schema}`);
      expect(await migrate(client, schema, 'test')).toBe(LATEST_VERSION);
    } finally {
      client.release();
    }
    expect(await versions(schema)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuses a store written by a newer version', async () => {
    const schema = newSchema();
    await (await PostgresStore.open(URL_, { schema })).close();
    await admin.query(`INSERT INTO ${schema}.dateline_migrations (version, description) VALUES ($1, 'future')`, [LATEST_VERSION + 1]);
    await expectCode(PostgresStore.open(URL_, { schema }), 'E_STORE_VERSION');
  });

  it('upgrades step by step; a failing step changes nothing', async () => {
    const schema = newSchema();
    await (await PostgresStore.open(URL_, { schema })).close();
    const client = await admin.connect();
    try {
      await client.query(`SET search_path TO ${schema}`);
      const broken = [...MIGRATIONS, { version: LATEST_VERSION + 1, description: 'bad', sql: 'CREATE TABLE t (x int); SELECT nope FROM missing;' }];
      await expect(migrate(client, schema, 'test', broken)).rejects.toThrow();
      expect(await versions(schema)).toEqual(MIGRATIONS.map((m) => m.version));
      expect((await client.query(`SELECT to_regclass('t') AS t`)).rows[0].t).toBeNull();
      const next = [...MIGRATIONS, { version: LATEST_VERSION + 1, description: 'ok', sql: 'CREATE TABLE t (x int)' }];
      expect(await migrate(client, schema, 'test', next)).toBe(LATEST_VERSION + 1);
    } finally {
      client.release();
    }
    expect(await versions(schema)).toContain(LATEST_VERSION + 1);
  });

  it('refuses a schema that holds another application\'s documents table', async () => {
    const schema = newSchema();
    await admin.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.documents (x int)`);
    const e = PostgresStore.open(URL_, { schema });
    await expectCode(e, 'E_STORE');
    await expect(e).rejects.toThrow(/not a Dateline store/);
  });
});

describe('PostgreSQL store: several processes', () => {
  it('opens the same new schema from several stores at once, and all of them work', async () => {
    const url = withSchema(newSchema());
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    const doc = makeTestDocument(TEXTS[1]!);
    expect((await stores[0]!.put(doc)).created).toBe(true);
    for (const s of stores) expect(await s.get(doc.id)).toEqual(doc);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('stores a document put concurrently by several stores exactly once', async () => {
    const url = withSchema(newSchema());
    const stores: Store[] = [];
    for (let i = 0; i < 4; i++) stores.push(await openStore(url));
    const doc = makeTestDocument(TEXTS[2]!);
    const results = await Promise.all(stores.flatMap((s) => [s.put(doc), s.put(doc)]));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.every((r) => r.id === doc.id)).toBe(true);
    expect(await stores[0]!.count()).toBe(1);
    expect(await stores[3]!.get(doc.id)).toEqual(doc);
    await Promise.all(stores.map((s) => s.close()));
  });
});

describe('PostgreSQL store: opening', () => {
  it('explains a server that does not answer, naming host, port and database but not the password', async () => {
    const e = openStore('postgres://someone:secret-pw@127.0.0.1:1/nowhere');
    await expectCode(e, 'E_STORE');
    const err = (await e.then(
      () => new Error('opened'),
      (x: Error) => x,
    ));
    expect(err.message).toMatch(/127\.0\.0\.1:1, database "nowhere"/);
    expect(err.message).toMatch(/is PostgreSQL running\? start it with/);
    expect(JSON.stringify(err)).not.toContain('secret-pw');
    expect(err.message).not.toContain('secret-pw');
  });

  it('explains a database that does not exist', async () => {
    const u = new URL(URL_);
    u.pathname = '/dateline_no_such_database';
    await expect(openStore(u.toString())).rejects.toThrow(/does not exist: create it with `createdb/);
  });

  it('refuses a bad schema name or URL with E_CONFIG', async () => {
    await expectCode(openStore(withSchema('Bad-Name')), 'E_CONFIG');
    await expectCode(PostgresStore.open(URL_, { schema: 'x; DROP TABLE y' }), 'E_CONFIG');
    await expectCode(openStore('postgresql://[bad'), 'E_CONFIG');
  });

  it('names the store without its password', async () => {
    const store = await openStore(withSchema(newSchema()));
    expect(await store.count()).toBe(0);
    await store.close();
    expect(redactUrl('postgres://u:pw@h:5432/db')).toBe('postgres://u:***@h:5432/db');
    expect(redactUrl('postgresql://u@h/db')).toBe('postgresql://u@h/db');
  });
});

describe('PostgreSQL store: text the columns cannot hold, and search strings', () => {
  it('keeps NUL and lone surrogates in any column exactly, in documents and in summaries', async () => {
    const store = await openStore(withSchema(newSchema()));
    const doc = makeTestDocument('Nul \u0000 title\n\nA body with a \u0000 and a lone \uD800 here.', 'we\u0000ird\uDC00.txt');
    await store.put(doc);
    expect(await store.get(doc.id)).toEqual(doc);
    expect((await store.list())[0]).toMatchObject({ source: 'we\u0000ird\uDC00.txt', title: 'Nul \u0000 title' });
    expect((await store.list({ search: 'nul title body' })).map((x) => x.id)).toEqual([doc.id]);
    await store.close();
  });

  it('makes search strings into quoted words only', () => {
    expect(searchQuery('"; DROP TABLE documents; --')).toBe("'drop' & 'table' & 'documents'");
    expect(searchQuery("Café O'Brien & !x | (y) <-> z:*")).toBe("'cafe' & 'o' & 'brien' & 'x' & 'y' & 'z'");
    expect(searchQuery('-- ; * "')).toBeNull();
    expect(searchQuery('x'.repeat(3000))).toBeNull();
  });
});
