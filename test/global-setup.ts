import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDb } from '../src/db/db';
import { prepareDatabase } from '../src/app/bootstrap';
import { TEMPLATE_DB_NAME, templateTarballPath } from './template';

/**
 * Builds the template database once per run (migrated, profile and catalogue loaded); every test file
 * then gets its own copy in milliseconds instead of running initdb and the migrations again.
 */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const db = await openDb();
    await prepareDatabase(db, 'taian');
    const blob = await db.dumpDataDir!();
    await db.close();
    fs.mkdirSync(path.dirname(templateTarballPath()), { recursive: true });
    fs.writeFileSync(templateTarballPath(), Buffer.from(await blob.arrayBuffer()));
    return;
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // Leftovers of an interrupted earlier run.
  const stale = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'xy_test_%'`);
  for (const r of stale.rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB_NAME} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${TEMPLATE_DB_NAME}`;
  const db = await openDb({ url: target.toString(), poolSize: 1 });
  await prepareDatabase(db, 'taian');
  await db.close();
}
