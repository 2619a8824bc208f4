/**
 * `node --import tsx bench/search.ts [--scale 2] [--pg URL]`: name search recall@10 and latency on the
 * demo data, against the floor of the same number of primary-key lookups in the same run. Seeds the
 * demo into a fresh PGlite (and a scratch PostgreSQL database with --pg or BENCH_DATABASE_URL), builds
 * name variants of a deterministic sample of enterprises (short name, dropped suffix, 有限公司 ↔
 * 有限责任公司, half-width brackets, spaces, one typo) and runs each through the search service.
 */
import { performance } from 'node:perf_hooks';
import { prepareDatabase } from '../src/app/bootstrap';
import { withScratchPostgres } from './scratch-db';
import { openDb, type Db } from '../src/db/db';
import { ANONYMOUS } from '../src/modules/auth';
import { DEMO_DEFAULTS } from '../src/modules/demo';
import { seedDemo } from '../src/modules/demo/demo.load';
import { searchSubjects } from '../src/modules/subjects';
import { fixedClock } from '../src/shared/clock';

const args = process.argv.slice(2);
const scale = args.includes('--scale') ? Number(args[args.indexOf('--scale') + 1]) : 2;
const pgUrl = args.includes('--pg') ? args[args.indexOf('--pg') + 1] : process.env.BENCH_DATABASE_URL;
const skipPglite = args.includes('--skip-pglite');
const keep = args.includes('--keep');
const SAMPLE = args.includes('--sample') ? Number(args[args.indexOf('--sample') + 1]) : 400;
const clock = fixedClock(`${DEMO_DEFAULTS.today}T04:00:00Z`);

// Written independently of subjects.search.ts on purpose: the variants are what people type, not what
// the search normalises.
const PREFIX = /^(山东省|山东|泰安市|泰安|新泰市|肥城市|宁阳县|东平县|新泰|肥城|宁阳|东平|泰山区|岱岳区)/;
const FORM = /(集团有限公司|股份有限公司|有限责任公司|有限公司|商行|厂)$/;
const TYPO_CHARS = '甲乙丙丁戊';

interface Variant {
  kind: string;
  query: string;
  id: number;
}

/** Variants of one enterprise name; kinds that do not apply to the name are left out. */
function variants(id: number, name: string): Variant[] {
  const out: Variant[] = [];
  const add = (kind: string, query: string) => {
    if (query !== name && Array.from(query.trim()).length >= 2) out.push({ kind, query, id });
  };
  const branch = name.includes('分公司');
  const bare = name.replace(FORM, '');
  if (!branch && !name.includes('（')) add('short', bare.replace(PREFIX, ''));
  if (!branch) add('no_suffix', bare);
  if (name.endsWith('有限责任公司')) add('form_swap', name.replace(/有限责任公司$/, '有限公司'));
  else if (name.endsWith('有限公司') && !name.endsWith('股份有限公司') && !branch)
    add('form_swap', name.replace(/有限公司$/, '有限责任公司'));
  if (name.includes('（')) add('brackets', name.replace(/（/g, '(').replace(/）/g, ')'));
  else add('width', name.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) + '　');
  add(
    'spaces',
    Array.from(name).reduce((s, ch, i) => s + (i > 0 && i % 3 === 0 ? ' ' : '') + ch, ''),
  );
  // One wrong character in the middle of the 字号 or 行业 word (never in the suffix).
  const chars = Array.from(name);
  const at = Math.min(Math.max(2, Math.floor(chars.length / 2) - 1), chars.length - 3);
  chars[at] = TYPO_CHARS[id % TYPO_CHARS.length]!;
  add('typo', chars.join(''));
  return out;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function run(engine: string, db: Db): Promise<void> {
  const seeded = performance.now();
  await seedDemo(db, { scale, today: DEMO_DEFAULTS.today, onlyIfEmpty: true });
  // What autovacuum does on a live server after a bulk load: planner statistics, and the GIN pending
  // lists merged into the indexes (until then every search scans them: up to gin_pending_list_limit).
  await db.exec('VACUUM ANALYZE');
  const { rows: counts } = await db.query<{ names: number; subjects: number }>(
    'SELECT (SELECT count(*) FROM subject_names)::bigint AS names, (SELECT count(*) FROM subjects)::bigint AS subjects',
  );
  const { rows: all } = await db.query<{ id: number; name: string }>(
    `SELECT id, name FROM subjects WHERE kind = 'legal_person' ORDER BY id`,
  );
  const step = Math.max(1, Math.floor(all.length / SAMPLE));
  const set = all
    .filter((_, i) => i % step === 0)
    .slice(0, SAMPLE)
    .flatMap((s) => variants(s.id, s.name));
  console.log(
    `${engine}: ${counts[0]!.subjects} subjects, ${counts[0]!.names} names (seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s); ${set.length} queries`,
  );
  if (set.length === 0) return;
  const ctx = { db, clock, principal: ANONYMOUS };
  // Warm-up: plans, caches, the JIT.
  for (const v of set.slice(0, 50)) await searchSubjects(ctx, { q: v.query, page: 1, pageSize: 10 });
  const times: number[] = [];
  const byKind = new Map<string, { n: number; hit: number }>();
  const misses: string[] = [];
  for (const v of set) {
    const t = performance.now();
    const res = await searchSubjects(ctx, { q: v.query, page: 1, pageSize: 10 });
    times.push(performance.now() - t);
    const k = byKind.get(v.kind) ?? { n: 0, hit: 0 };
    k.n++;
    if (res.items.some((i) => i.id === v.id)) k.hit++;
    else if (misses.length < 8) misses.push(`${v.kind} ${v.query}`);
    byKind.set(v.kind, k);
  }
  const floor: number[] = [];
  for (const v of set) {
    const t = performance.now();
    await db.query('SELECT id, name, code FROM subjects WHERE id = $1', [v.id]);
    floor.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  floor.sort((a, b) => a - b);
  const hits = [...byKind.values()].reduce((s, k) => s + k.hit, 0);
  const fmt = (ms: number) => ms.toFixed(2).padStart(7);
  console.log(`  recall@10 ${(hits / set.length).toFixed(3)} (${hits}/${set.length})`);
  for (const [kind, k] of byKind) console.log(`    ${kind.padEnd(10)} ${(k.hit / k.n).toFixed(3)} (${k.hit}/${k.n})`);
  console.log(
    `  search  p50 ${fmt(quantile(times, 0.5))} ms  p95 ${fmt(quantile(times, 0.95))} ms  max ${fmt(times[times.length - 1]!)} ms`,
  );
  console.log(`  floor   p50 ${fmt(quantile(floor, 0.5))} ms  p95 ${fmt(quantile(floor, 0.95))} ms  (primary-key lookup)`);
  console.log(
    `  ratio   p50 ${(quantile(times, 0.5) / quantile(floor, 0.5)).toFixed(1)}×  p95 ${(quantile(times, 0.95) / quantile(floor, 0.95)).toFixed(1)}×`,
  );
  if (misses.length > 0) console.log(`  misses (first ${misses.length}): ${misses.join(' | ')}`);
}

console.log(`xinyong search bench — demo scale ${scale}; node ${process.version}`);
if (skipPglite) console.log('pglite    skipped (--skip-pglite)');
else {
  const lite = await openDb();
  await prepareDatabase(lite, 'taian');
  await run('pglite', lite);
  await lite.close();
}

if (pgUrl) {
  await withScratchPostgres(
    pgUrl,
    keep ? `xinyong_bench_search_s${scale}` : 'xinyong_bench_search',
    async (db) => {
      await run('postgres', db);
    },
    { keep },
  );
} else {
  console.log('postgres  skipped (pass --pg URL or set BENCH_DATABASE_URL)');
}
