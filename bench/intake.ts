/**
 * `npm run bench:intake [-- --rows 1000000] [-- --pg URL]`: intake throughput against the raw floor of
 * the same run. Generates current-standard licences and penalties as one GBK CSV each, imports them
 * with the real pipeline (parse, detect encoding, validate against the catalogue, link subjects, store
 * records with provenance and results), and loads the same rows into an unindexed table with plain
 * COPY (PostgreSQL) or multi-row INSERT (PGlite) as the floor.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';

import iconv from 'iconv-lite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { prepareDatabase } from '../src/app/bootstrap';
import { withScratchPostgres } from './scratch-db';
import { openDb, type Db } from '../src/db/db';
import { SYSTEM_PRINCIPAL } from '../src/modules/auth';
import { makeUscc, seededRandom } from '../src/modules/codes';
import { submitBatch } from '../src/modules/intake/intake.service';
import { toCsvLine } from '../src/modules/intake/intake.csv';
import { fixedClock } from '../src/shared/clock';

const args = process.argv.slice(2);
const rowsArg = args.includes('--rows') ? Number(args[args.indexOf('--rows') + 1]) : 20_000;
const pgUrl = args.includes('--pg') ? args[args.indexOf('--pg') + 1] : process.env.BENCH_DATABASE_URL;
const clock = fixedClock('2026-12-01T04:00:00Z');

const LICENCE_HEADERS = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1（统一社会信用代码）',
  '法定代表人',
  '行政许可决定文书名称',
  '行政许可决定文书号',
  '许可类别',
  '许可证书名称',
  '许可编号',
  '许可内容',
  '许可决定日期',
  '有效期自',
  '有效期至',
  '许可机关',
  '数据来源单位',
];
const PENALTY_HEADERS = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1（统一社会信用代码）',
  '法定代表人',
  '行政处罚决定书文号',
  '违法行为类型',
  '违法事实',
  '处罚依据',
  '处罚类别',
  '处罚内容',
  '罚款金额（万元）',
  '处罚决定日期',
  '处罚机关',
];

function generate(dir: string, total: number): { files: { path: string; rows: string[][]; headers: string[] }[] } {
  const rand = seededRandom(99);
  const subjects = Array.from({ length: Math.max(100, Math.floor(total / 4)) }, (_, i) => ({
    code: makeUscc({ authority: '9', category: '1', region: ['370902', '370911', '370982', '370983'][i % 4]!, rand }),
    name: `泰安市${['泰山', '岱宗', '汶河', '鲁泰', '瑞丰'][i % 5]}${['建材', '食品', '商贸', '物流'][(i >> 2) % 4]}${i}有限公司`,
  }));
  const licences: string[][] = [];
  const penalties: string[][] = [];
  const nLicences = Math.round(total * 0.8);
  for (let i = 0; i < total; i++) {
    const s = subjects[i % subjects.length]!;
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 11) + 1).padStart(2, '0');
    if (i < nLicences) {
      licences.push([
        s.name,
        '法人及非法人组织',
        s.code,
        '王建国',
        '食品经营许可证',
        `泰市监食经〔2026〕${i}号`,
        '普通',
        '食品经营许可证',
        `JY${String(i).padStart(12, '0')}`,
        '预包装食品销售',
        `2026/${month}/${day}`,
        `2026/${month}/${day}`,
        '2099/12/31',
        '泰安市市场监督管理局',
        '泰安市市场监督管理局',
      ]);
    } else {
      penalties.push([
        s.name,
        '法人及非法人组织',
        s.code,
        '王建国',
        `泰市监罚〔2026〕${i}号`,
        '违反食品安全管理规定',
        '经营超过保质期的食品',
        '《中华人民共和国食品安全法》第一百二十四条',
        '罚款',
        '罚款0.2万元',
        '0.2',
        `2026/${month}/${day}`,
        '泰安市市场监督管理局',
      ]);
    }
  }
  const files = [
    { path: path.join(dir, 'licences-gbk.csv'), rows: licences, headers: LICENCE_HEADERS },
    { path: path.join(dir, 'penalties-gbk.csv'), rows: penalties, headers: PENALTY_HEADERS },
  ];
  for (const f of files) fs.writeFileSync(f.path, iconv.encode([f.headers, ...f.rows].map((r) => toCsvLine(r)).join('\r\n'), 'gbk'));
  return { files };
}

async function floorPglite(db: Db, rows: string[][], width: number): Promise<void> {
  const cols = Array.from({ length: width }, (_, i) => `c${i} text`).join(', ');
  await db.exec(`DROP TABLE IF EXISTS bench_floor; CREATE TABLE bench_floor (${cols})`);
  const params = Array.from({ length: width }, (_, i) => `$${i + 1}::text[]`).join(', ');
  for (let i = 0; i < rows.length; i += 2000) {
    const b = rows.slice(i, i + 2000);
    await db.query(
      `INSERT INTO bench_floor SELECT * FROM unnest(${params})`,
      Array.from({ length: width }, (_, c) => b.map((r) => r[c] ?? '')),
    );
  }
}

async function floorPostgres(url: string, file: string, width: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const cols = Array.from({ length: width }, (_, i) => `c${i} text`).join(', ');
  await client.query(`DROP TABLE IF EXISTS bench_floor; CREATE TABLE bench_floor (${cols})`);
  // The floor reads the same GBK file: PostgreSQL converts the encoding itself.
  const stream = client.query(copyFrom(`COPY bench_floor FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING 'GBK')`));
  await pipeline(fs.createReadStream(file), stream);
  await client.end();
}

async function run(label: string, db: Db, files: ReturnType<typeof generate>['files'], url?: string): Promise<void> {
  let ours = 0;
  let floor = 0;
  let rows = 0;
  for (const f of files) {
    rows += f.rows.length;
    const t0 = performance.now();
    if (url) await floorPostgres(url, f.path, f.headers.length);
    else await floorPglite(db, f.rows, f.headers.length);
    floor += performance.now() - t0;
    const t1 = performance.now();
    const res = await submitBatch(
      { db, principal: SYSTEM_PRINCIPAL, clock },
      { department: 'scjgj', source: { path: f.path }, origin: 'cli' },
    );
    ours += performance.now() - t1;
    if (res.status !== 'completed' || res.rejected > 0 || res.accepted !== f.rows.length)
      throw new Error(`unexpected result: ${JSON.stringify(res)}`);
  }
  await db.exec('DROP TABLE IF EXISTS bench_floor');
  const oursRate = (rows / ours) * 1000;
  const floorRate = (rows / floor) * 1000;
  console.log(
    `${label}  intake: ${Math.round(oursRate).toLocaleString('en-US')} rows/s; floor (${url ? 'COPY' : 'multi-row INSERT'} into an unindexed table): ` +
      `${Math.round(floorRate).toLocaleString('en-US')} rows/s; ratio ${(oursRate / floorRate).toFixed(3)}`,
  );
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinyong-bench-intake-'));
const { files } = generate(dir, rowsArg);
console.log(
  `xinyong intake bench — ${rowsArg.toLocaleString('en-US')} rows (80% licences, 20% penalties), GBK CSV; node ${process.version}`,
);

const lite = await openDb();
await prepareDatabase(lite, 'taian');
await run('pglite', lite, files);
await lite.close();

if (pgUrl) {
  await withScratchPostgres(pgUrl, 'xinyong_bench', async (db, url) => {
    await run('postgres', db, files, url);
  });
} else {
  console.log('postgres  skipped (pass --pg URL or set BENCH_DATABASE_URL)');
}
fs.rmSync(dir, { recursive: true, force: true });
