import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Anything that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Runs one or more statements without parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
}

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

export type Engine = 'pglite' | 'postgres';

export interface Db extends Queryable {
  readonly engine: Engine;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (test templates, backups). */
  dumpDataDir?(): Promise<Blob>;
}

export interface OpenDbOptions {
  /** A PostgreSQL URL; when absent the embedded PGlite engine is used. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` (or undefined) keeps it in memory. */
  dataDir?: string | undefined;
  /** PGlite only: start from this data directory image (a tarball from `dumpDataDir`). */
  loadDataDir?: Blob | undefined;
  /** PostgreSQL only: pool size. */
  poolSize?: number;
}

// Both engines return the same JavaScript types: dates stay 'YYYY-MM-DD' strings (a decision date is a
// calendar date, not an instant), bigint counts and ids become numbers (ids stay far below 2^53),
// numeric stays a string so money keeps its exact decimal digits.
const DATE = 1082;
const INT8 = 20;
const NUMERIC = 1700;
const asNumber = (v: string) => Number(v);
const asString = (v: string) => v;

/** Opens the configured database engine. */
export async function openDb(options: OpenDbOptions = {}): Promise<Db> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.dataDir, options.loadDataDir);
}

async function openPglite(dataDir: string | undefined, loadDataDir: Blob | undefined): Promise<Db> {
  const inMemory = !dataDir || dataDir.startsWith('memory://');
  if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => undefined : lockDataDir(dataDir);
  const pglite = await PGlite.create({
    dataDir: inMemory ? undefined : dataDir,
    extensions: { pg_trgm },
    parsers: { [DATE]: asString, [INT8]: asNumber, [NUMERIC]: asString },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  await pglite.exec(`SET TIME ZONE 'Asia/Shanghai'`);
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<R>(sql: string, params?: readonly unknown[]) {
      const res = await q.query<R>(sql, params ? [...params] : undefined);
      return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const base = wrap(pglite);
  return {
    engine: 'pglite',
    ...base,
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    close: async () => {
      await pglite.close();
      unlock();
    },
    dumpDataDir: () => pglite.dumpDataDir('none'),
  };
}

/**
 * One process at a time may open a PGlite data directory: two would each run their own PostgreSQL on the
 * same files and corrupt them. A lock file holds the owner's pid; a stale one (its process is gone) is
 * taken over.
 */
function lockDataDir(dir: string): () => void {
  const file = path.join(dir, 'xinyong.lock');
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(file, 'utf8'));
      if (owner && isAlive(owner)) {
        throw new Error(`数据目录 ${dir} 正被进程 ${owner} 使用（例如正在运行的 xinyong start）；请先停止该进程`);
      }
      fs.rmSync(file, { force: true });
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openPostgres(url: string, max: number): Promise<Db> {
  const typeParsers = (oid: number, format?: string): ((v: string) => unknown) => {
    if (oid === DATE) return asString;
    if (oid === INT8) return asNumber;
    if (oid === NUMERIC) return asString;
    return pg.types.getTypeParser(oid, format as 'text');
  };
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: { getTypeParser: typeParsers } as pg.CustomTypesConfig,
    options: '-c timezone=Asia/Shanghai',
  });
  // An idle client that loses its connection must not crash the server; the next query reconnects.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL idle connection error: ${err.message}`));
  await pool.query('SELECT 1');
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R>(sql: string, params?: readonly unknown[]) {
      const res = await c.query(sql, params ? [...params] : undefined);
      return { rows: res.rows as R[], rowCount: res.rowCount ?? res.rows.length };
    },
    async exec(sql: string) {
      await c.query(sql);
    },
  });
  return {
    engine: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        // A connection that cannot even roll back is discarded, not returned to the pool.
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        throw err;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
