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

/**
 * Runs `fn` on a fresh, prepared PostgreSQL database `name` on the server of `serverUrl` (UTF-8 with a UTF-8
 * LC_CTYPE, as name search needs), and drops the database afterwards.
 */
export async function withScratchPostgres(serverUrl: string, name: string, fn: (db: Db, url: string) => Promise<void>): Promise<void> {
  await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(serverUrl, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDb({ url: url.toString() });
  try {
    await prepareDatabase(db, 'taian');
    await fn(db, url.toString());
  } finally {
    await db.close();
    await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
