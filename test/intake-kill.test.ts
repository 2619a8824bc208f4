import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb, type Db } from '../src/db/db';
import { makeUscc, seededRandom } from '../src/modules/codes';
import { createTestDatabase } from './harness';

const ROWS = 6000;
const BIN = path.resolve('bin/xinyong.js');

function licenceCsv(file: string): void {
  const rand = seededRandom(7);
  const codes = Array.from({ length: 1500 }, () => makeUscc({ authority: '9', category: '1', region: '370902', rand }));
  const lines = [
    '行政相对人名称,行政相对人代码_1（统一社会信用代码）,行政许可决定文书名称,行政许可决定文书号,许可类别,许可编号,许可内容,许可决定日期,有效期自,有效期至,许可机关',
  ];
  for (let i = 0; i < ROWS; i++) {
    const s = i % codes.length;
    lines.push(
      `泰安市测试${s}商贸有限公司,${codes[s]},食品经营许可证,泰市监食经〔2026〕${i}号,普通,JY${String(i).padStart(10, '0')},预包装食品销售,2026/10/${String((i % 28) + 1).padStart(2, '0')},2026/10/01,2099/12/31,泰安市市场监督管理局`,
    );
  }
  fs.writeFileSync(file, lines.join('\n'));
}

describe('import killed with SIGKILL and run again', () => {
  it('loses nothing and duplicates nothing', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xinyong-kill-import-'));
    const file = path.join(tmp, 'licences.csv');
    licenceCsv(file);
    const { DATABASE_URL: _ignored, ...base } = process.env;
    const created = await createTestDatabase();
    let env: NodeJS.ProcessEnv;
    if (created.url) {
      env = { ...base, DATABASE_URL: created.url };
    } else {
      env = { ...base, DATA_DIR: path.join(tmp, 'data') };
    }
    const args = [BIN, 'import', file, '--dept', 'scjgj', '--chunk', '200'];

    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let killedAt = 0;
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        const m = /已处理 (\d+) 行/g;
        for (const hit of chunk.toString().matchAll(m)) {
          const n = Number(hit[1]);
          if (n >= 1000 && killedAt === 0) {
            killedAt = n;
            child.kill('SIGKILL');
          }
        }
      });
      child.on('exit', () => (killedAt > 0 ? resolve() : reject(new Error('the import finished before it could be killed'))));
    });
    expect(killedAt).toBeLessThan(ROWS);

    const rerun = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 240_000 });
    expect(rerun.status).toBe(0);
    const m = /^accepted (\d+), rejected (\d+), unchanged (\d+), updated (\d+)/m.exec(rerun.stdout);
    expect(m).not.toBeNull();
    const [accepted, rejected, unchanged, updated] = m!.slice(1).map(Number) as [number, number, number, number];
    expect(rejected).toBe(0);
    expect(updated).toBe(0);
    expect(accepted + unchanged).toBe(ROWS);
    expect(unchanged).toBeGreaterThanOrEqual(killedAt);

    const db: Db = created.url ? created.db : await openDb({ dataDir: path.join(tmp, 'data') });
    const { rows } = await db.query<{ total: number; current: number; keys: number }>(
      `SELECT count(*)::bigint AS total, count(*) FILTER (WHERE is_current)::bigint AS current, count(DISTINCT record_key)::bigint AS keys
       FROM credit_records WHERE item_code = 'XZXK' AND department_code = 'scjgj'`,
    );
    expect(rows[0]).toEqual({ total: ROWS, current: ROWS, keys: ROWS });
    const batches = await db.query<{ status: string; code: string | null }>(
      `SELECT status, error->>'code' AS code FROM intake_batches ORDER BY id`,
    );
    // The killed batch: on the embedded engine the next start marks it interrupted; on PostgreSQL it stays
    // "processing" (another instance might still be working on it).
    expect(batches.rows.at(-1)).toEqual({ status: 'completed', code: null });
    if (!created.url) expect(batches.rows[0]).toEqual({ status: 'failed', code: 'INTERRUPTED' });
    const subjects = await db.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM subjects WHERE name LIKE '泰安市测试%'`);
    expect(subjects.rows[0]!.n).toBe(1500);
    if (!created.url) await db.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 300_000);
});
