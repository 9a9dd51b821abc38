export type { ListQuery, PutResult, RawInput, Store, StoredSummary } from './store.js';
export { MIN_ID_PREFIX } from './store.js';
export { openStore } from './open.js';
export { SqliteStore, openSqliteStore, type SqliteStoreOptions } from './sqlite/store.js';
export { LATEST_VERSION as SQLITE_STORE_VERSION } from './sqlite/migrations.js';
export { PostgresStore, openPostgresStore } from './postgres/store.js';
