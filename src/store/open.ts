import { DatelineError } from '../core/errors.js';
import { isPostgresUrl } from './postgres/connect.js';
import { PostgresStore } from './postgres/store.js';
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

/**
 * Opens the store named by `location`: a file path or ':memory:' is an embedded SQLite store (created if
 * missing); a `postgres://` / `postgresql://` URL is a PostgreSQL store (its tables created if missing;
 * `?schema=name` keeps them in that schema).
 */
export async function openStore(location: string): Promise<Store> {
  const where = location.trim();
  if (where === '') throw new DatelineError('E_CONFIG', 'no store location given: pass a file path, e.g. dateline.db');
  if (isPostgresUrl(where)) return PostgresStore.open(where);
  return SqliteStore.open(location);
}
