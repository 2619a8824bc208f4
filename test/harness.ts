import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll } from 'vitest';
import pg from 'pg';
import { openDb, type Db } from '../src/db/db';
import { TEMPLATE_DB_NAME, templateTarballPath } from './template';

/**
 * A fresh, migrated database for one test file, on the engine the suite runs against: PGlite (a copy
 * of the template data directory built once in global setup) or, when TEST_DATABASE_URL is set,
 * PostgreSQL (a new database cloned from the template database). Closed and dropped after the file.
 */
export async function createTestDb(): Promise<Db> {
  return (await createTestDatabase()).db;
}

/** Like createTestDb, with the database's URL on PostgreSQL (for a child process to open the same database). */
export async function createTestDatabase(): Promise<{ db: Db; url?: string }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const blob = new Blob([fs.readFileSync(templateTarballPath())]);
    const db = await openDb({ loadDataDir: blob });
    afterAll(() => db.close());
    return { db };
  }
  const name = `xy_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB_NAME}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openDb({ url: target.toString(), poolSize: 4 });
  afterAll(async () => {
    await db.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  return { db, url: target.toString() };
}
