import crypto from 'node:crypto';
import type { Queryable } from '../../db/db';
import { invalidInput, notFound } from '../../shared/errors';
import { canonicalJson, recordAudit, SYSTEM_ACTOR } from '../audit';
import { actorOf, requirePermission, type Ctx } from '../auth';
import { MEMORANDA } from './data/memoranda';
import { SCENARIOS, type Scenario } from './data/scenarios';
import {
  findCurrentMeasures,
  findCurrentMemoranda,
  findMeasure,
  findMeasureVersions,
  findMemorandum,
  findMemorandumVersions,
  insertMeasureVersion,
  insertMemorandumVersion,
  maxMeasureNumber,
  type MeasureRow,
  type MemorandumRow,
} from './measures.repository';

const SEED_ACTOR = '系统（随版本发布）';

function checksum(value: unknown): string {
  return crypto.createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/**
 * Loads the shipped measures catalogue: memoranda and measures that are not in the database yet. Entries
 * already there are left as they are, so an operator's corrections survive restarts and upgrades.
 */
export async function loadMeasures(tx: Queryable, at: Date): Promise<{ memoranda: number; measures: number }> {
  const memos = new Set((await findCurrentMemoranda(tx)).map((m) => m.code));
  const measures = new Set((await findCurrentMeasures(tx)).map((m) => m.code));
  let addedMemos = 0;
  let addedMeasures = 0;
  for (const m of MEMORANDA) {
    if (!memos.has(m.code)) {
      const row = {
        doc_no: m.docNo,
        title: m.title,
        kind: m.kind,
        list_types: [...m.listTypes],
        issued_on: m.issuedOn,
        note: m.note ?? null,
      };
      await insertMemorandumVersion(tx, { code: m.code, ...row, checksum: checksum(row), changed_by: SEED_ACTOR }, at);
      addedMemos++;
    }
    for (const [i, s] of m.measures.entries()) {
      const code = `${m.code}-${i + 1}`;
      if (measures.has(code)) continue;
      const row = {
        memorandum_code: m.code,
        kind: m.kind,
        text: s.text,
        legal_basis: s.legalBasis,
        implementers: [...s.implementers],
        scenarios: [...s.scenarios],
        status: 'active' as const,
      };
      await insertMeasureVersion(tx, { code, ...row, checksum: checksum(row), changed_by: SEED_ACTOR }, at);
      addedMeasures++;
    }
  }
  if (addedMemos + addedMeasures > 0) {
    await recordAudit(tx, SYSTEM_ACTOR, { action: 'measures.load', details: { memoranda: addedMemos, measures: addedMeasures } }, at);
  }
  return { memoranda: addedMemos, measures: addedMeasures };
}

export interface PresentedMeasure {
  code: string;
  version: number;
  kind: 'reward' | 'punishment';
  text: string;
  legalBasis: string;
  implementers: string[];
  scenarios: { code: string; name: string }[];
  status: 'active' | 'retired';
  changedBy: string;
  changedAt: string;
}

export function presentMeasure(m: MeasureRow): PresentedMeasure {
  return {
    code: m.code,
    version: m.version,
    kind: m.kind,
    text: m.text,
    legalBasis: m.legal_basis,
    implementers: m.implementers,
    scenarios: m.scenarios.map((s) => ({ code: s, name: SCENARIOS[s as Scenario] ?? s })),
    status: m.status,
    changedBy: m.changed_by,
    changedAt: m.changed_at.toISOString(),
  };
}

function presentMemorandum(m: MemorandumRow, measures: MeasureRow[]) {
  return {
    code: m.code,
    version: m.version,
    docNo: m.doc_no,
    title: m.title,
    kind: m.kind,
    listTypes: m.list_types,
    issuedOn: m.issued_on,
    note: m.note,
    changedBy: m.changed_by,
    changedAt: m.changed_at.toISOString(),
    measures: measures.filter((x) => x.memorandum_code === m.code).map(presentMeasure),
  };
}

/** The published measures catalogue (山东省社会信用条例第二十五条: 信用奖惩措施清单 is public). */
export async function listMemoranda(ctx: Pick<Ctx, 'db'>) {
  const [memos, measures] = await Promise.all([findCurrentMemoranda(ctx.db), findCurrentMeasures(ctx.db)]);
  return memos.map((m) => presentMemorandum(m, measures));
}

export interface MemorandumInput {
  docNo?: string | null | undefined;
  title: string;
  kind: 'reward' | 'punishment';
  listTypes: string[];
  issuedOn?: string | null | undefined;
  note?: string | null | undefined;
}

/**
 * Creates a memorandum or adds a version of an existing one (platform operator; audited). An unchanged
 * submission adds nothing, so a retried request is harmless.
 */
export async function saveMemorandum(ctx: Ctx, code: string, input: MemorandumInput) {
  requirePermission(ctx.principal, 'measures.manage');
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`memorandum:${code}`]);
    const current = await findMemorandum(tx, code, true);
    const row = {
      doc_no: input.docNo ?? null,
      title: input.title,
      kind: input.kind,
      list_types: [...input.listTypes].sort(),
      issued_on: input.issuedOn ?? null,
      note: input.note ?? null,
    };
    const sum = checksum(row);
    if (current && current.checksum === sum) return getMemorandumOf(tx, code);
    if (current && current.kind !== input.kind) throw invalidInput('备忘录的奖惩类别不能修改；如需变更请新建备忘录', { field: 'kind' });
    const version = await insertMemorandumVersion(tx, { code, ...row, checksum: sum, changed_by: ctx.principal.name }, at);
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'measures.change', targetKind: 'memorandum', targetId: code, details: { version, ...row } },
      at,
    );
    return getMemorandumOf(tx, code);
  });
}

async function getMemorandumOf(q: Queryable, code: string) {
  const m = await findMemorandum(q, code);
  if (!m) throw notFound(`备忘录不存在：${code}`);
  return presentMemorandum(m, await findCurrentMeasures(q));
}

export interface MeasureInput {
  text: string;
  legalBasis: string;
  implementers: string[];
  scenarios: Scenario[];
  status?: 'active' | 'retired' | undefined;
}

/** Adds a measure to a memorandum (platform operator; audited). */
export async function addMeasure(ctx: Ctx, memorandumCode: string, input: MeasureInput): Promise<PresentedMeasure> {
  requirePermission(ctx.principal, 'measures.manage');
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`memorandum:${memorandumCode}`]);
    const memo = await findMemorandum(tx, memorandumCode);
    if (!memo) throw notFound(`备忘录不存在：${memorandumCode}`);
    const code = `${memorandumCode}-${(await maxMeasureNumber(tx, memorandumCode)) + 1}`;
    return writeMeasure(ctx, tx, code, memo, input, at);
  });
}

/** Changes a measure: a new version, the old one kept (platform operator; audited). Unchanged input adds nothing. */
export async function updateMeasure(ctx: Ctx, code: string, input: MeasureInput): Promise<PresentedMeasure> {
  requirePermission(ctx.principal, 'measures.manage');
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const current = await findMeasure(tx, code, true);
    if (!current) throw notFound(`措施不存在：${code}`);
    const memo = (await findMemorandum(tx, current.memorandum_code))!;
    return writeMeasure(ctx, tx, code, memo, input, at, current);
  });
}

async function writeMeasure(
  ctx: Ctx,
  tx: Queryable,
  code: string,
  memo: MemorandumRow,
  input: MeasureInput,
  at: Date,
  current?: MeasureRow,
): Promise<PresentedMeasure> {
  const row = {
    memorandum_code: memo.code,
    kind: memo.kind,
    text: input.text,
    legal_basis: input.legalBasis,
    implementers: [...new Set(input.implementers)].sort(),
    scenarios: [...new Set(input.scenarios)].sort(),
    status: input.status ?? 'active',
  };
  const sum = checksum(row);
  if (current && current.checksum === sum) return presentMeasure(current);
  const version = await insertMeasureVersion(tx, { code, ...row, checksum: sum, changed_by: ctx.principal.name }, at);
  await recordAudit(
    tx,
    actorOf(ctx),
    { action: 'measures.change', targetKind: 'measure', targetId: code, details: { version, ...row } },
    at,
  );
  return presentMeasure((await findMeasure(tx, code))!);
}

/** Every version of a measure or memorandum, oldest first. */
export async function measureHistory(ctx: Ctx, code: string) {
  requirePermission(ctx.principal, 'measures.manage');
  const measures = await findMeasureVersions(ctx.db, code);
  if (measures.length > 0) return { kind: 'measure' as const, versions: measures.map(presentMeasure) };
  const memos = await findMemorandumVersions(ctx.db, code);
  if (memos.length === 0) throw notFound(`措施或备忘录不存在：${code}`);
  return { kind: 'memorandum' as const, versions: memos.map((m) => presentMemorandum(m, [])) };
}
