import crypto from 'node:crypto';
import { SingleBar, Presets } from 'cli-progress';
import type { Db, Queryable } from '../../db/db';
import { chinaDate } from '../../shared/clock';
import { recordAudit, SYSTEM_ACTOR } from '../audit';
import { listDepartments } from '../auth';
import {
  computePublicityWindow,
  disclosureFor,
  getCatalogItem,
  natureFor,
  getPublicityRules,
  hardLimitFor,
  isOpenEnded,
  mapCodeValue,
  mapCodeValues,
  ruleVersionFor,
  stableJson,
  type CodeTable,
  type PublicityRule,
  type StoredCatalogItem,
} from '../catalog';
import { getMeta, setMeta } from '../profile';
import { insertEntries, publishedEntry, type NewEntry } from '../lists';
import { insertRecords, recordKey, type NewRecord } from '../records';
import { insertSubjects, type NewSubject, type SubjectKind } from '../subjects';
import { createDemoAccounts } from './demo.accounts';
import { generateDemoChunks } from './demo.generate';
import type { DemoData, DemoListType, DemoPenalty, DemoSubject } from './demo.types';

/** Demo list types → catalogue items with a list flag. */
const LIST_ITEMS: Record<DemoListType, string> = {
  court_dishonest_debtor: 'SXBZXR',
  major_tax_violation: 'ZDSSWF',
  serious_illegal_dishonest: 'YZWFSX',
  business_abnormal: 'JYYC',
  wage_arrears: 'TQNMGGZ',
  gov_procurement_dishonest: 'ZFCGSX',
  a_grade_taxpayer: 'AJNSR',
  contract_honoring: 'SHTXY',
};

export interface SeedOptions {
  scale?: number;
  seed?: number;
  /** The demo's "today": nothing is dated after it. Default: today in China. */
  today?: string;
  /** Do nothing when the database already holds subjects (what `start` wants). */
  onlyIfEmpty?: boolean;
  progress?: boolean;
  chunkSize?: number;
  /** One transaction for everything: an interrupted seed leaves nothing behind. */
  atomic?: boolean;
}

export interface SeedResult {
  subjects: number;
  records: number;
  listEntries: number;
  accounts: number;
  ms: number;
}

interface Context {
  today: string;
  departments: Map<string, number>;
  license: StoredCatalogItem;
  penalty: StoredCatalogItem;
  listVersions: Map<string, number>;
  rules: PublicityRule[];
  tables: Map<string, CodeTable>;
}

function contentHash(fields: unknown): string {
  return crypto.createHash('sha256').update(stableJson(fields)).digest('hex');
}

function penaltyRecord(p: DemoPenalty, subject: { id: number; kind: SubjectKind }, ctx: Context): NewRecord {
  const sectorTable = ctx.tables.get('HYLY')!;
  const typeTable = ctx.tables.get('CFLB')!;
  const sectors = p.sectors.map((s) => mapCodeValue(sectorTable, s)).filter((s): s is string => s !== undefined);
  const penaltyTypes = mapCodeValues(typeTable, p.fields.CF_CFLB).values;
  const fields: Record<string, unknown> = {
    ...p.fields,
    CF_CXLX: p.procedure === 'simplified' ? '简易程序' : '普通程序',
    CF_SXCD: p.severity,
    ...(sectors.length ? { CF_SSLY: sectors.join(';') } : {}),
    ...(p.status === 'revoked' ? { CF_ZT: '撤销' } : {}),
  };
  const rule = ruleVersionFor(p.decisionDate, ctx.rules, { beforeEarliest: 'earliest' });
  const limit = hardLimitFor(ctx.rules, p.decisionDate, '370900');
  const window = rule
    ? computePublicityWindow({
        decisionDate: p.decisionDate,
        rule,
        severity: p.severity,
        sectors,
        penaltyTypes,
        ...(limit ? { hardLimit: { rule: limit, actEndDate: p.decisionDate } } : {}),
      })
    : undefined;
  const status = p.status === 'revoked' ? 'revoked' : window && window.end <= ctx.today ? 'expired' : 'normal';
  return {
    subjectId: subject.id,
    itemCode: ctx.penalty.code,
    itemVersion: ctx.penalty.version,
    providerId: ctx.departments.get(p.departmentCode)!,
    departmentCode: p.departmentCode,
    isPublic: disclosureFor(ctx.penalty, subject.kind) === 'public',
    nature: natureFor(ctx.penalty, fields),
    recordKey: recordKey(p.departmentCode, ctx.penalty.code, [p.fields.CF_WSH]),
    docNo: p.fields.CF_WSH,
    decisionDate: p.decisionDate,
    fields,
    status,
    publicityStart: window?.start ?? p.decisionDate,
    repairFrom: window?.repairFrom ?? null,
    publicityEnd: window?.end ?? null,
    ruleVersion: window?.ruleVersion ?? null,
    contentHash: contentHash(fields),
  };
}

function toRows(
  chunk: DemoData,
  ids: Map<string, { id: number; kind: SubjectKind }>,
  ctx: Context,
): { records: NewRecord[]; entries: NewEntry[] } {
  const records: NewRecord[] = [];
  for (const l of chunk.licenses) {
    const f = l.fields;
    const end = isOpenEnded(f.XK_YXQZI) ? null : f.XK_YXQZI;
    const subject = ids.get(l.subjectRef)!;
    records.push({
      subjectId: subject.id,
      itemCode: ctx.license.code,
      itemVersion: ctx.license.version,
      providerId: ctx.departments.get(l.departmentCode)!,
      departmentCode: l.departmentCode,
      isPublic: disclosureFor(ctx.license, subject.kind) === 'public',
      nature: natureFor(ctx.license, f),
      recordKey: recordKey(l.departmentCode, ctx.license.code, [f.XK_WSH, f.XK_XKBH]),
      docNo: f.XK_WSH,
      decisionDate: l.decisionDate,
      fields: f,
      status: end !== null && end <= ctx.today ? 'expired' : 'normal',
      publicityStart: l.decisionDate,
      repairFrom: null,
      publicityEnd: end,
      ruleVersion: null,
      contentHash: contentHash(f),
    });
  }
  for (const p of chunk.penalties) records.push(penaltyRecord(p, ids.get(p.subjectRef)!, ctx));
  const entries = chunk.listEntries.map((e) =>
    publishedEntry(
      {
        subjectId: ids.get(e.subjectRef)!.id,
        listType: LIST_ITEMS[e.listType],
        departmentId: ctx.departments.get(e.departmentCode) ?? null,
        docNo: e.docNo,
        reason: e.reason,
        legalBasis: e.legalBasis,
        startDate: e.startDate,
        endDate: e.endDate ?? null,
        details: { ...e.details, catalogVersion: ctx.listVersions.get(LIST_ITEMS[e.listType]) },
      },
      ctx.today,
    ),
  );
  return { records, entries };
}

async function loadContext(q: Queryable, today: string): Promise<Context> {
  const departments = new Map((await listDepartments(q)).map((d) => [d.code, d.id]));
  const license = await getCatalogItem(q, 'XZXK');
  const penalty = await getCatalogItem(q, 'XZCF');
  const listVersions = new Map<string, number>();
  for (const code of Object.values(LIST_ITEMS)) listVersions.set(code, (await getCatalogItem(q, code)).version);
  const tables = new Map([...license.codeTables, ...penalty.codeTables].map((t) => [t.code, t]));
  return { today, departments, license, penalty, listVersions, rules: await getPublicityRules(q), tables };
}

/**
 * Generates the deterministic demo (subjects of the three databases, 双公示 records, list entries and
 * the demo accounts) and writes it chunk by chunk, one transaction per chunk, so memory stays bounded at
 * any scale. Returns undefined when `onlyIfEmpty` is set and the database already holds subjects, or
 * when this database was seeded before.
 */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedResult | undefined> {
  const started = Date.now();
  const marker = await getMeta<{ state?: string }>(db, 'demo');
  if (marker?.state === 'seeding') {
    throw new Error('上次生成演示数据未完成（进程中断）：请清空数据库（或删除数据目录）后重新生成');
  }
  if (options.onlyIfEmpty) {
    const { rows } = await db.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM subjects) AS any');
    if (rows[0]?.any || marker) return undefined;
  }
  const scale = options.scale ?? 1;
  const today = options.today ?? chinaDate(new Date());
  const ctx = await loadContext(db, today);
  const departments = (await listDepartments(db)).map((d) => ({
    code: d.code,
    name: d.name,
    functions: d.functions,
    region: d.region_code,
  }));
  const totals: SeedResult = { subjects: 0, records: 0, listEntries: 0, accounts: 0, ms: 0 };
  const expected = Math.round(5400 * scale);
  const bar = options.progress
    ? new SingleBar({ format: '生成演示数据 [{bar}] {percentage}% {value}/{total} 个主体' }, Presets.shades_classic)
    : undefined;
  const generation = { scale, today, departments, ...(options.seed ? { seed: options.seed } : {}) };
  const meta = { scale, seed: options.seed ?? null, today };

  // Atomic: everything in one transaction (the small demo of `start`: all or nothing). Otherwise one
  // transaction per chunk, with a marker that tells a later run the previous one was interrupted.
  const work = async (inTx: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>) => {
    await inTx((tx) => setMeta(tx, 'demo', { ...meta, state: 'seeding' }));
    bar?.start(expected, 0);
    for (const chunk of generateDemoChunks(generation, options.chunkSize ?? 5000)) {
      await inTx(async (tx) => {
        const ids = await insertSubjects(tx, chunk.subjects.map(toNewSubject));
        const byRef = new Map(chunk.subjects.map((s, i) => [s.ref, { id: ids[i]!, kind: s.kind }]));
        const { records, entries } = toRows(chunk, byRef, ctx);
        const written = {
          subjects: ids.length,
          records: (await insertRecords(tx, records)).length,
          listEntries: (await insertEntries(tx, entries, new Date())).length,
        };
        await recordAudit(tx, SYSTEM_ACTOR, { action: 'demo.seed', details: { scale, ...written } });
        totals.subjects += written.subjects;
        totals.records += written.records;
        totals.listEntries += written.listEntries;
      });
      bar?.update(Math.min(totals.subjects, expected));
    }
    bar?.stop();
    await inTx(async (tx) => {
      totals.accounts = await createDemoAccounts(tx);
      await setMeta(tx, 'demo', { ...meta, state: 'done', seededAt: new Date().toISOString() });
    });
  };
  if (options.atomic) await db.transaction((tx) => work((fn) => fn(tx)));
  else await work((fn) => db.transaction(fn));
  totals.ms = Date.now() - started;
  return totals;
}

function toNewSubject(s: DemoSubject): NewSubject {
  return {
    kind: s.kind,
    name: s.name,
    code: s.code,
    codeKind: s.codeKind,
    category: s.category,
    region: s.region,
    status: s.status,
    info: { ...s.info },
    ...(s.legacyCodes ? { legacyCodes: s.legacyCodes } : {}),
    ...(s.formerNames ? { formerNames: s.formerNames } : {}),
    source: 'demo',
  };
}
