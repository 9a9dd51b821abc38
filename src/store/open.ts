import { DatelineError } from '../core/errors.js';
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

/**
 * Opens the store named by `location`: a file path or ':memory:' is an embedded SQLite store (created if
 * missing); a `postgres://` / `postgresql://` URL will be a PostgreSQL store.
 */
export async function openStore(location: string): Promise<Store> {
  const where = location.trim();
  if (where === '') throw new DatelineError('E_CONFIG', 'no store location given: pass a file path, e.g. dateline.db');
  if (/^postgres(ql)?:\/\//i.test(where)) {
    throw new DatelineError(
      'E_CONFIG',
      'PostgreSQL support is not built yet: use a SQLite file path (e.g. dateline.db) as the store for now',
      { location: where.replace(/\/\/[^@/]*@/, '//***@') },
    );
  }
  return SqliteStore.open(location);
}
