import pg from 'pg';
import { prepareDatabase } from '../src/app/bootstrap';
import { openDb, type Db } from '../src/db/db';

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface ScratchOptions {
  /**
   * Keep the database: reuse it when it already exists (migrations still run) and do not drop it
   * afterwards. For expensive fixtures (search at 1 M names) that are measured more than once.
   */
  keep?: boolean;
}

async function exists(serverUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rows.length > 0;
  } finally {
    await client.end();
  }
}

/**
 * Runs `fn` on a fresh, prepared PostgreSQL database `name` on the server of `serverUrl` (UTF-8 with a UTF-8
 * LC_CTYPE, as name search needs), and drops the database afterwards (unless `keep`).
 */
export async function withScratchPostgres(
  serverUrl: string,
  name: string,
  fn: (db: Db, url: string) => Promise<void>,
  options: ScratchOptions = {},
): Promise<void> {
  if (!options.keep || !(await exists(serverUrl, name))) {
    await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(serverUrl, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDb({ url: url.toString() });
  try {
    await prepareDatabase(db, 'taian');
    await fn(db, url.toString());
  } finally {
    await db.close();
    if (!options.keep) await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
