/**
 * `npm run bench:checks [-- --scale 1] [-- --rows 20000] [-- --runs 3] [-- --pg URL]`: batch credit checks (SPEC §6:
 * ≥ 10,000 subjects/s by identifier, ≥ 1,000/s by name) against a raw floor measured in the same run. Seeds the demo at
 * the given scale into a fresh PGlite (and a scratch PostgreSQL database with --pg or BENCH_DATABASE_URL),
 * writes one CSV of N identifiers (listed, unlisted and unknown subjects, each with its name) and one of N
 * names (organisations' names as people write them: with or without 泰安市, 有限责任公司 for 有限公司, half-width
 * brackets), runs each through runBatchCheck (read, validate, look up, entries in force, measures, store one
 * check per row, results CSV, signed receipt, audit), and times the floor: the same identifiers (or name keys)
 * looked up with one indexed query per chunk of plain SQL (median of five). Each file is checked three times
 * (--runs) and the median run is reported. Names without an exact match (the fuzzy slow path) are timed on
 * their own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { prepareDatabase } from '../src/app/bootstrap';
import { withScratchPostgres } from './scratch-db';
import { openDb, type Db } from '../src/db/db';
import { findDepartment, type Ctx, type Principal } from '../src/modules/auth';
import { makeUscc, seededRandom } from '../src/modules/codes';
import { DEMO_DEFAULTS } from '../src/modules/demo';
import { seedDemo } from '../src/modules/demo/demo.load';
import { toCsvLine } from '../src/modules/intake';
import { BATCH_CHUNK_ROWS, runBatchCheck, type BatchCheckSummary } from '../src/modules/measures/checks.batch';
import { searchKey } from '../src/modules/subjects';
import { fixedClock } from '../src/shared/clock';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const scale = Number(arg('--scale') ?? 1);
const N = Number(arg('--rows') ?? 20_000);
const FUZZY = Number(arg('--fuzzy') ?? 100);
const RUNS = Number(arg('--runs') ?? 3);
const pgUrl = arg('--pg') ?? process.env.BENCH_DATABASE_URL;
const skipPglite = args.includes('--skip-pglite');
const today = DEMO_DEFAULTS.today;
const clock = fixedClock(`${today}T04:00:00Z`);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Subject {
  id: number;
  kind: string;
  name: string;
  code: string;
}

interface Files {
  codes: { path: string; codes: string[] };
  names: { path: string; keys: string[] };
  fuzzy: { path: string };
  listed: number;
}

/** A name as a department may type it: the same search key, written another way. */
function variant(name: string, i: number): string {
  switch (i % 4) {
    case 1:
      return name.replace(/^泰安市/, '');
    case 2:
      return name.replace(/有限公司$/, '有限责任公司');
    case 3:
      return name.replace(/（/g, '(').replace(/）/g, ')');
    default:
      return name;
  }
}

async function buildFiles(db: Db, dir: string): Promise<Files> {
  const { rows: subjects } = await db.query<Subject>('SELECT id, kind, name, code FROM subjects ORDER BY id');
  const { rows: listedRows } = await db.query<{ subject_id: number }>(
    `SELECT DISTINCT subject_id FROM list_entries WHERE status = 'published' AND start_date <= $1 AND (end_date IS NULL OR end_date > $1)`,
    [today],
  );
  const listedIds = new Set(listedRows.map((r) => r.subject_id));
  const listed = subjects.filter((s) => listedIds.has(s.id));
  const unlisted = subjects.filter((s) => !listedIds.has(s.id));
  const orgs = subjects.filter((s) => s.kind !== 'natural_person');
  const rand = seededRandom(7);

  // Identifiers: 30% listed, 60% unlisted (every kind), 10% unknown to the platform; each with its name.
  const codeRows: string[][] = [];
  for (let i = 0; i < N; i++) {
    const r = i % 10;
    if (r < 3 && listed.length > 0) {
      const s = listed[(i * 7) % listed.length]!;
      codeRows.push([s.code, s.name]);
    } else if (r < 9) {
      const s = unlisted[(i * 13) % unlisted.length]!;
      codeRows.push([s.code, s.name]);
    } else codeRows.push([makeUscc({ authority: '9', category: '1', region: '370902', rand }), '']);
  }
  // Names: organisations' names in the ways people write them, in file order.
  const nameRows: string[][] = [];
  for (let i = 0; i < N; i++) nameRows.push([variant(orgs[(i * 17) % orgs.length]!.name, i)]);
  // The slow path: a wrong character in the middle of the name, so no name matches exactly.
  const fuzzyRows: string[][] = [];
  for (let i = 0; i < FUZZY; i++) {
    const chars = Array.from(orgs[(i * 31) % orgs.length]!.name);
    chars[Math.floor(chars.length / 2)] = '乙';
    fuzzyRows.push([chars.join('')]);
  }
  const write = (file: string, header: string[], rows: string[][]) => {
    const p = path.join(dir, file);
    fs.writeFileSync(p, [header, ...rows].map((r) => toCsvLine(r)).join('\r\n') + '\r\n');
    return p;
  };
  return {
    codes: { path: write('codes.csv', ['统一社会信用代码', '主体名称'], codeRows), codes: codeRows.map((r) => r[0]!) },
    names: { path: write('names.csv', ['主体名称'], nameRows), keys: nameRows.map((r) => searchKey(r[0]!)) },
    fuzzy: { path: write('fuzzy.csv', ['主体名称'], fuzzyRows) },
    listed: listed.length,
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** Our run, three times (each a new case number, so a new batch): the median. */
async function median<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const runs: { ms: number; value: T }[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await timed(fn));
  return runs.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!;
}

/**
 * The floor: the same lookups, one indexed query per chunk, nothing else. It takes a few tens of milliseconds,
 * so it is timed five times and the median is kept (one run is at the mercy of the machine's other work).
 */
async function floor(db: Db, values: string[], sql: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const { ms } = await timed(async () => {
      for (let i = 0; i < values.length; i += BATCH_CHUNK_ROWS) await db.query(sql, [values.slice(i, i + BATCH_CHUNK_ROWS)]);
    });
    times.push(ms);
  }
  return times.sort((a, b) => a - b)[2]!;
}

function line(label: string, what: string, n: number, ms: number, floorMs: number, s: BatchCheckSummary): void {
  const rate = (n / ms) * 1000;
  const floorRate = (n / floorMs) * 1000;
  const c = s.counts;
  console.log(
    `${label}  ${what}: ${fmt(rate)} subjects/s (median of ${RUNS}: ${(ms / 1000).toFixed(2)} s); floor ${fmt(floorRate)}/s; ratio ${(rate / floorRate).toFixed(3)}` +
      `  [hit ${c.hit}, clear ${c.clear}, not found ${c.notFound}, candidates ${c.candidates}, error ${c.error}]`,
  );
}

async function run(label: string, db: Db): Promise<void> {
  const seeded = await timed(() => seedDemo(db, { scale, today }));
  // What autovacuum does on a live server after a bulk load: planner statistics, GIN pending lists merged.
  await db.exec('VACUUM ANALYZE');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinyong-bench-checks-'));
  try {
    const files = await buildFiles(db, dir);
    console.log(
      `${label}: demo scale ${scale}, ${fmt(seeded.value?.subjects ?? 0)} subjects, ${fmt(files.listed)} on a list in force (seeded in ${(seeded.ms / 1000).toFixed(1)} s)`,
    );
    const dept = (await findDepartment(db, 'czj'))!;
    const principal: Principal = {
      kind: 'api_client',
      id: 0,
      name: '财政局接口（bench）',
      roles: ['dept_operator'],
      departmentCode: dept.code,
      departmentId: dept.id,
    };
    const ctx: Ctx = { db, principal, clock };
    let n = 0;
    const check = (file: string) =>
      runBatchCheck(ctx, { source: { path: file }, scenario: 'gov_procurement', caseNo: `BENCH-${label}-${++n}` });

    // Warm-up: plans, caches, the JIT (a small file of each kind).
    const warm = path.join(dir, 'warm.csv');
    fs.writeFileSync(warm, fs.readFileSync(files.codes.path, 'utf8').split('\r\n').slice(0, 2001).join('\r\n'));
    await check(warm);
    fs.writeFileSync(warm, fs.readFileSync(files.names.path, 'utf8').split('\r\n').slice(0, 2001).join('\r\n'));
    await check(warm);

    const codeFloor = await floor(
      db,
      files.codes.codes,
      'SELECT k.code, i.subject_id FROM unnest($1::text[]) AS k(code) JOIN subject_identifiers i ON i.code = k.code',
    );
    const byCode = await median(() => check(files.codes.path));
    line(label, 'by identifier', N, byCode.ms, codeFloor, byCode.value);

    const nameFloor = await floor(db, files.names.keys, 'SELECT n.subject_id FROM subject_names n WHERE n.name_core = ANY($1::text[])');
    const byName = await median(() => check(files.names.path));
    line(label, 'by name      ', N, byName.ms, nameFloor, byName.value);

    const fuzzy = await timed(() => check(files.fuzzy.path));
    console.log(
      `${label}  by name, no exact match (fuzzy candidates through name search): ${fmt((FUZZY / fuzzy.ms) * 1000)} subjects/s, ` +
        `${(fuzzy.ms / FUZZY).toFixed(1)} ms a row (${FUZZY} rows; candidates ${fuzzy.value.counts.candidates}, not found ${fuzzy.value.counts.notFound})`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `xinyong batch check bench — ${fmt(N)} rows by identifier and ${fmt(N)} by name, chunks of ${BATCH_CHUNK_ROWS}; node ${process.version}`,
);
if (skipPglite) console.log('pglite    skipped (--skip-pglite)');
else {
  const lite = await openDb();
  await prepareDatabase(lite, 'taian');
  await run('pglite', lite);
  await lite.close();
}
if (pgUrl) {
  await withScratchPostgres(pgUrl, 'xinyong_bench_checks', async (db) => {
    await run('postgres', db);
  });
} else {
  console.log('postgres  skipped (pass --pg URL or set BENCH_DATABASE_URL)');
}
