/**
 * Reading a `postgres://` / `postgresql://` URL into pool settings, and explaining a failed connection.
 * The URL's own `?schema=name` parameter (not a libpq one) picks a schema to create and use: it is taken
 * out of the URL and becomes the connection's search_path.
 */
import type { PoolConfig } from 'pg';
import { DatelineError } from '../../core/errors.js';

export interface PostgresTarget {
  /** The URL without its password, for messages. */
  where: string;
  host: string;
  port: string;
  database: string;
  /** The schema to create and use, or null for the server's search_path. */
  schema: string | null;
  config: PoolConfig;
}

/** What `schema` may be: a plain lowercase SQL identifier, so it never needs quoting. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location.trim());

/** `location` with any password replaced by ***. */
export function redactUrl(location: string): string {
  return location.replace(/^([a-z]+:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');
}

/** Settings for `location`; `schema` (an option) overrides the URL's `?schema=`. */
export function parseTarget(location: string, schema?: string): PostgresTarget {
  let url: URL;
  try {
    url = new URL(location.trim());
  } catch {
    throw new DatelineError('E_CONFIG', `"${redactUrl(location)}" is not a valid PostgreSQL URL; write it as postgres://user@host:5432/database`);
  }
  const name = schema ?? url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (name !== null && !SCHEMA_NAME.test(name)) {
    throw new DatelineError('E_CONFIG', `schema "${name}" is not allowed: use lowercase letters, digits and _ (e.g. ?schema=dateline)`);
  }
  const config: PoolConfig = { connectionString: url.toString(), connectionTimeoutMillis: 10_000, max: 4, application_name: 'dateline' };
  if (name !== null) config.options = `-c search_path=${name}`;
  return {
    where: redactUrl(location.trim()),
    host: decodeURIComponent(url.hostname) || process.env.PGHOST || 'localhost',
    port: url.port || process.env.PGPORT || '5432',
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || process.env.PGDATABASE || '(the user name)',
    schema: name,
    config,
  };
}

const START_HINT =
  'is PostgreSQL running? start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` ' +
  '(or `sudo systemctl start postgresql`), then check the host and port in the URL';

/** Says what to do about the connection error `e` (a Node socket error or a PostgreSQL error). */
function advice(e: { code?: string; message?: string }, t: PostgresTarget): string {
  switch (e.code) {
    case '3D000':
      return `the database does not exist: create it with \`createdb -h ${t.host} -p ${t.port} ${t.database}\``;
    case '28P01':
    case '28000':
      return 'the server refused the user or password: check them in the URL (or in ~/.pgpass)';
    case '42501':
      return 'the user may not create the tables: grant it CREATE on the database or schema, or use another schema with ?schema=name';
    default:
      return START_HINT;
  }
}

/** E_STORE for a failed connection to `t`: names the host, port and database (never the password), and what to do. */
export function connectionError(e: unknown, t: PostgresTarget): DatelineError {
  const err = (e ?? {}) as { code?: string; message?: string };
  const why = err.message || err.code || String(e);
  return new DatelineError(
    'E_STORE',
    `cannot open the PostgreSQL store at ${t.host}:${t.port}, database "${t.database}" (${why}): ${advice(err, t)}`,
    { host: t.host, port: t.port, database: t.database, schema: t.schema, code: err.code },
  );
}
