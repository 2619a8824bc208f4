/**
 * `npm run bench [-- --full] [-- --pg URL]`: measures what the foundation does in bulk and prints each
 * figure next to the raw floor measured in the same run (these machines are shared and noisy, so only
 * ratios are comparable between runs). Record the output in docs/BENCHMARKS.md.
 */
import { performance } from 'node:perf_hooks';
import { openDb, type Db } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { makeUscc, seededRandom, validateCode } from '../src/modules/codes';
import { insertSubjects, type NewSubject } from '../src/modules/subjects';

const args = process.argv.slice(2);
const full = args.includes('--full');
const pgUrl = args.includes('--pg') ? args[args.indexOf('--pg') + 1] : process.env.BENCH_DATABASE_URL;
const N = full ? 200_000 : 20_000;
const BATCH = 2_000;

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function makeSubjects(n: number): NewSubject[] {
  const rand = seededRandom(42);
  const out: NewSubject[] = [];
  const trade = ['泰山', '岱宗', '汶河', '鲁泰', '瑞丰', '宏达', '金桥', '华信', '中岳', '天颐'];
  const industry = ['建材', '食品', '机械制造', '商贸', '物流', '建筑工程', '餐饮管理', '医药'];
  for (let i = 0; i < n; i++) {
    const code = makeUscc({ authority: '9', category: '1', region: '370902', rand });
    out.push({
      kind: 'legal_person',
      name: `泰安${trade[i % trade.length]}${industry[(i >> 3) % industry.length]}${i}有限公司`,
      code,
      codeKind: 'uscc',
      category: '91',
      region: '370902',
      info: { legalRepresentative: '王建国', establishedOn: '2018-01-01' },
    });
  }
  return out;
}

async function timeIt(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function benchSubjects(db: Db, label: string, subjects: NewSubject[]): Promise<void> {
  // Floor: the same rows into an unindexed table with the same multi-row unnest statement.
  await db.exec('DROP TABLE IF EXISTS bench_floor; CREATE UNLOGGED TABLE bench_floor (kind text, name text, code text, info jsonb)');
  const floorMs = await timeIt(async () => {
    for (let i = 0; i < subjects.length; i += BATCH) {
      const b = subjects.slice(i, i + BATCH);
      await db.transaction((tx) =>
        tx.query('INSERT INTO bench_floor SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])', [
          b.map((s) => s.kind),
          b.map((s) => s.name),
          b.map((s) => s.code),
          b.map((s) => JSON.stringify(s.info)),
        ]),
      );
    }
  });
  const oursMs = await timeIt(async () => {
    for (let i = 0; i < subjects.length; i += BATCH) {
      const b = subjects.slice(i, i + BATCH);
      await db.transaction((tx) => insertSubjects(tx, b));
    }
  });
  const floorRate = (subjects.length / floorMs) * 1000;
  const oursRate = (subjects.length / oursMs) * 1000;
  console.log(
    `${label}  subjects insert (identifiers, name history, trigram + bigram indexes): ${fmt(oursRate)}/s; ` +
      `floor (unindexed table): ${fmt(floorRate)}/s; ratio ${(oursRate / floorRate).toFixed(2)}`,
  );
  await db.exec('DROP TABLE bench_floor');
}

function benchCodes(subjects: NewSubject[]): void {
  const codes = subjects.map((s) => s.code);
  const floorT = performance.now();
  let sink = 0;
  for (const c of codes) sink += /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(c) ? 1 : 0;
  const floorMs = performance.now() - floorT;
  const t = performance.now();
  for (const c of codes) sink += validateCode(c).ok ? 1 : 0;
  const ms = performance.now() - t;
  console.log(
    `codes  validateCode (normalise, detect, full check): ${fmt((codes.length / ms) * 1000)}/s; floor (format regex only): ${fmt((codes.length / floorMs) * 1000)}/s; ratio ${(floorMs / ms).toFixed(2)} (checked ${sink})`,
  );
}

const subjects = makeSubjects(N);
console.log(`xinyong bench — ${N} subjects${full ? ' (full size)' : ' (default size; --full for 200,000)'}; node ${process.version}`);
benchCodes(subjects);

const lite = await openDb();
await migrate(lite);
await benchSubjects(lite, 'pglite', subjects);
await lite.close();

if (pgUrl) {
  const pg = await openDb({ url: pgUrl });
  await pg.exec('DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench');
  await pg.close();
  const url = new URL(pgUrl);
  url.searchParams.set('options', '-c search_path=bench,public');
  const db = await openDb({ url: url.toString() });
  await migrate(db);
  await benchSubjects(db, 'postgres', subjects);
  await db.exec('DROP SCHEMA bench CASCADE');
  await db.close();
} else {
  console.log('postgres  skipped (pass --pg URL or set BENCH_DATABASE_URL)');
}
