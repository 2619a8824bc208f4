import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Queryable } from '../../db/db';
import { AppError, forbidden, notFound, unauthenticated } from '../../shared/errors';
import { chinaDate } from '../../shared/clock';
import { recordAudit } from '../audit';
import { actorOf, findDepartment, listDepartments, requirePermission, type Ctx } from '../auth';
import { workingDaysBetween } from '../calendar';
import {
  computePublicityWindow,
  detectItem,
  disclosureFor,
  getCatalogItem,
  getPublicityRules,
  hardLimitFor,
  isOpenEnded,
  listCatalogItems,
  natureFor,
  ruleVersionFor,
  type PublicityRule,
  type StoredCatalogItem,
} from '../catalog';
import { syncEntriesFromRecords } from '../lists';
import {
  findCurrentByKeys,
  insertRecords,
  recordContentHash,
  recordKey,
  retireVersions,
  type NewRecord,
  type RecordStatus,
} from '../records';
import { addIdentifiers, insertSubjects, normalizeName, type SubjectKind } from '../subjects';
import { openSource, type OpenedSource, type SourceRow } from './intake.readers';
import {
  addBatchCounts,
  describeBatch,
  findBatch,
  findSubjectsByCodes,
  finishBatch,
  insertBatch,
  findHandledRows,
  insertResults,
  type BatchCounts,
  insertReviewItems,
} from './intake.repository';
import { planColumns, validateRow, type InvalidRow, type RowIssue, type ValidationContext, type ValidRow } from './intake.validate';

export type IntakeSource = { path: string } | { buffer: Buffer; filename?: string } | { records: readonly unknown[] };

export interface IntakeInput {
  /** The submitting department: its code or full name. */
  department: string;
  /** The catalogue item; detected from the headers when absent. */
  item?: string | undefined;
  source: IntakeSource;
  origin: 'cli' | 'api_file' | 'api_json';
  onProgress?: (rowsDone: number) => void;
  chunkSize?: number;
}

export interface BatchSummary extends BatchCounts {
  id: number;
  status: 'completed' | 'failed';
  item: string | null;
  warnings: { code: string; message: string }[];
  error?: { code: string; message: string };
}

// Any constants: one lock serialises batches of the same department and item (a record key is
// decided once); one serialises the creation of new subjects across all batches.
const SUBJECT_CREATE_LOCK = 7_241_985_303;

type Counts = BatchCounts & { lastRow: number };

interface Pipeline {
  batchId: number;
  department: { id: number; code: string; name: string };
  item: StoredCatalogItem;
  vctx: ValidationContext;
  rules: PublicityRule[];
  today: string;
}

function recordsAsSource(records: readonly unknown[]): OpenedSource {
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const r of records.slice(0, 100)) {
    if (!r || typeof r !== 'object') continue;
    for (const k of Object.keys(r)) {
      if (seen.has(k)) continue;
      seen.add(k);
      headers.push(k);
    }
  }
  return {
    info: { format: 'json', headers, duplicateHeaders: [] },
    rows: (async function* () {
      let rowNo = 0;
      for (const r of records) {
        rowNo++;
        if (!r || typeof r !== 'object' || Array.isArray(r)) {
          yield { rowNo, values: {}, error: { code: 'JSON_INVALID', message: `第 ${rowNo} 条记录不是对象` } };
          continue;
        }
        const values: Record<string, string> = {};
        for (const [k, v] of Object.entries(r))
          values[k] = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
        yield { rowNo, values };
      }
    })(),
  };
}

function contentHash(item: StoredCatalogItem, fields: Record<string, string>): string {
  return recordContentHash(item.code, fields);
}

function fileSha256(source: IntakeSource): string | null {
  if ('buffer' in source) return crypto.createHash('sha256').update(source.buffer).digest('hex');
  if ('path' in source) {
    const hash = crypto.createHash('sha256');
    const fd = fs.openSync(source.path, 'r');
    const buf = Buffer.alloc(1 << 20);
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) hash.update(buf.subarray(0, n));
    fs.closeSync(fd);
    return hash.digest('hex');
  }
  return null;
}

/**
 * Receives one batch from a department — a file (CSV in UTF-8 or GBK, XLSX, JSON, JSONL) or JSON
 * records — validates every row against the catalogue, links each to its subject, and stores new
 * records, new versions of changed ones and revocations. Rows are committed in chunks, each with its
 * results and its audit event, so a crash loses no committed row and a re-run finds them unchanged.
 * Returns the batch summary; a file that cannot be read at all gives a failed batch (status `failed`
 * with the reason), never a half-written one.
 */
export async function submitBatch(ctx: Ctx, input: IntakeInput): Promise<BatchSummary> {
  const dept = await findDepartment(ctx.db, input.department);
  if (ctx.principal.kind !== 'system') {
    requirePermission(ctx.principal, 'intake.submit');
    if (!dept || dept.code !== ctx.principal.departmentCode) throw forbidden('只能报送本部门的数据');
  }
  if (!dept) throw new AppError('UNKNOWN_DEPARTMENT', `部门不存在：${input.department}（请使用部门代码或全称）`, 400);
  const filename =
    'path' in input.source ? input.source.path.split(/[\\/]/).pop()! : 'filename' in input.source ? (input.source.filename ?? null) : null;
  const batchId = await ctx.db.transaction(async (tx) => {
    const id = await insertBatch(tx, { departmentId: dept.id, origin: input.origin, filename, submittedBy: ctx.principal.name });
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'intake.submit', targetKind: 'intake_batch', targetId: String(id), details: { department: dept.code, filename } },
      ctx.clock.now(),
    );
    return id;
  });
  const counts: Counts = { total: 0, accepted: 0, updated: 0, unchanged: 0, rejected: 0, revoked: 0, flagged: 0, lastRow: 0 };
  const warnings: { code: string; message: string }[] = [];
  let inFlight: Promise<void> | undefined;
  try {
    const source = 'records' in input.source ? recordsAsSource(input.source.records) : await openSource(input.source);
    const items = await listCatalogItems(ctx.db);
    let item: StoredCatalogItem;
    let generation: 'v1' | 'v2' | undefined;
    if (input.item) {
      item = await getCatalogItem(ctx.db, input.item).catch(() => {
        throw new AppError('UNKNOWN_ITEM', `目录条目不存在：${input.item}`, 400);
      });
      generation = asGeneration(detectItem([item], source.info.headers)?.generation);
    } else {
      const detected = detectItem(items, source.info.headers);
      if (!detected || detected.score <= 0)
        throw new AppError('ITEM_NOT_DETECTED', '无法根据表头识别信息类别（目录条目），请指定目录条目（--item）', 400);
      if (detected.ambiguous) throw new AppError('ITEM_AMBIGUOUS', `表头同时符合多个目录条目，请指定目录条目（--item）`, 400);
      item = items.find((i) => i.code === detected.item.code)!;
      generation = asGeneration(detected.generation);
    }
    if (!item.providers.includes('any') && !item.providers.some((p) => dept.functions.includes(p))) {
      throw new AppError('ITEM_NOT_ALLOWED', `${dept.name}不是「${item.name}」的信息提供单位`, 403);
    }
    const plan = planColumns(item, source.info.headers, generation);
    if (plan.missingRequired.length > 0) {
      throw new AppError('MISSING_COLUMNS', `缺少必填列：${plan.missingRequired.map((f) => f.name).join('、')}`, 400, {
        fields: plan.missingRequired.map((f) => f.code),
      });
    }
    for (const h of source.info.duplicateHeaders) warnings.push({ code: 'DUPLICATE_HEADER', message: `列「${h}」重复，只读取第一列` });
    for (const h of plan.unknown) warnings.push({ code: 'UNKNOWN_COLUMN', message: `未识别的列「${h}」已忽略` });
    for (const h of plan.prohibited)
      warnings.push({ code: 'PROHIBITED_COLUMN', message: `列「${h}」属于禁止采集的信息，该列有内容的行已拒收` });
    const departments = await listDepartments(ctx.db);
    const today = chinaDate(ctx.clock.now());
    const pipeline: Pipeline = {
      batchId,
      department: { id: dept.id, code: dept.code, name: dept.name },
      item,
      today,
      rules: await getPublicityRules(ctx.db),
      vctx: {
        item,
        tables: new Map(item.codeTables.map((t) => [t.code, t])),
        plan,
        today,
        generation,
        department: { code: dept.code, name: dept.name, isOperator: dept.is_operator },
        departmentNames: new Map(departments.map((d) => [d.name, d.code])),
      },
    };
    await ctx.db.transaction((tx) =>
      describeBatch(tx, batchId, {
        itemCode: item.code,
        itemVersion: item.version,
        format: source.info.format,
        encoding: source.info.encoding ?? null,
        headers: source.info.headers,
        warnings,
      }),
    );
    const size = input.chunkSize ?? 1000;
    let chunk: Checked[] = [];
    // While one chunk is written (the database works), the next is read and validated (JavaScript works).
    // Chunks still commit one after another, in file order.
    const flush = async (rows: Checked[]) => {
      if (inFlight) await inFlight;
      inFlight = processChunk(ctx, pipeline, rows, counts).then(() => input.onProgress?.(counts.total));
      inFlight.catch(() => undefined); // observed by the next flush or the final await
    };
    for await (const row of source.rows) {
      chunk.push(checkRow(pipeline, row));
      if (chunk.length >= size) {
        await flush(chunk);
        chunk = [];
      }
    }
    if (chunk.length > 0) await flush(chunk);
    if (inFlight) await inFlight;
    input.onProgress?.(counts.total);
    await ctx.db.transaction(async (tx) => {
      await finishBatch(tx, batchId, 'completed', null, 'records' in input.source ? null : fileSha256(input.source));
      await recordAudit(
        tx,
        actorOf(ctx),
        { action: 'intake.complete', targetKind: 'intake_batch', targetId: String(batchId), details: { item: item.code, ...counts } },
        ctx.clock.now(),
      );
    });
    return { id: batchId, status: 'completed', item: item.code, ...omitLastRow(counts), warnings };
  } catch (err) {
    // A chunk still being written finishes (or fails) before the batch is closed.
    await inFlight?.catch(() => undefined);
    const error =
      err instanceof AppError ? { code: err.code, message: err.message } : { code: 'INTERNAL', message: '处理失败，请稍后重试' };
    await ctx.db.transaction(async (tx) => {
      await finishBatch(tx, batchId, 'failed', error, null);
      await recordAudit(
        tx,
        actorOf(ctx),
        { action: 'intake.failed', targetKind: 'intake_batch', targetId: String(batchId), details: { error, ...counts } },
        ctx.clock.now(),
      );
    });
    if (!(err instanceof AppError)) throw err;
    return { id: batchId, status: 'failed', item: input.item ?? null, ...omitLastRow(counts), warnings, error };
  }
}

function asGeneration(g: string | undefined): 'v1' | 'v2' | undefined {
  return g === 'v1' || g === 'v2' ? g : undefined;
}

function omitLastRow(c: Counts): Omit<Counts, 'lastRow'> {
  const { lastRow: _ignored, ...rest } = c;
  return rest;
}

interface Outcome {
  rowNo: number;
  status: 'accepted' | 'updated' | 'unchanged' | 'rejected';
  subjectId: number | null;
  recordId: number | null;
  key?: string;
  errors: RowIssue[];
  warnings: RowIssue[];
  raw: Record<string, string> | null;
}

type Checked = { row: SourceRow; result: ValidRow | InvalidRow };

/** Validates one row (pure); a reader error that knows its column names the field it maps to. */
function checkRow(p: Pipeline, row: SourceRow): Checked {
  if (!row.error) return { row, result: validateRow(p.vctx, row.values) };
  const field = row.error.column ? p.vctx.plan.map.get(row.error.column) : undefined;
  const error = {
    field: field?.code ?? null,
    fieldName: field?.name ?? row.error.column ?? null,
    code: row.error.code,
    message: row.error.message,
  };
  return { row, result: { ok: false, errors: [error], warnings: [] } };
}

/** Links and stores one chunk of validated rows in one transaction. */
async function processChunk(ctx: Ctx, p: Pipeline, checked: readonly Checked[], counts: Counts): Promise<void> {
  const rows = checked.map((c) => c.row);
  await ctx.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`intake:${p.department.code}:${p.item.code}`]);
    const valid = checked.filter((c): c is { row: SourceRow; result: ValidRow } => c.result.ok);
    const subjects = await linkSubjects(
      tx,
      valid.map((v) => v.result),
    );
    const outcomes: Outcome[] = [];
    const reviews: Parameters<typeof insertReviewItems>[1][number][] = [];
    const keys = valid.map((v) => recordKey(p.department.code, p.item.code, v.result.keyValues));
    const current = new Map((await findCurrentByKeys(tx, keys)).map((c) => [c.record_key, c]));
    // A decision this batch already handled in an earlier chunk (accepted, updated or found unchanged).
    const handled = await findHandledRows(
      tx,
      p.batchId,
      [...current.values()].map((c) => c.id),
    );
    const firstRowOfKey = new Map<string, number>();
    const inserts: NewRecord[] = [];
    const retire: { subjectId: number; id: number }[] = [];
    let flagged = 0;
    let revoked = 0;

    for (const { row, result } of checked) {
      if (!result.ok) {
        outcomes.push({
          rowNo: row.rowNo,
          status: 'rejected',
          subjectId: null,
          recordId: null,
          errors: result.errors,
          warnings: result.warnings,
          raw: row.values,
        });
        continue;
      }
      const key = recordKey(p.department.code, p.item.code, result.keyValues);
      const subject = subjects.get(`${result.subject.codeKind}:${result.subject.code}`)!;
      const existingId = current.get(key)?.id;
      const earlier = firstRowOfKey.get(key) ?? (existingId !== undefined ? handled.get(existingId) : undefined);
      if (earlier !== undefined && earlier !== null) {
        outcomes.push({
          rowNo: row.rowNo,
          status: 'rejected',
          subjectId: null,
          recordId: null,
          errors: [
            { field: null, fieldName: null, code: 'DUPLICATE_ROW', message: `与第 ${earlier} 行是同一决定（决定文书号相同），本行未处理` },
          ],
          warnings: result.warnings,
          raw: row.values,
        });
        continue;
      }
      firstRowOfKey.set(key, row.rowNo);
      const hash = contentHash(p.item, result.fields);
      const existing = current.get(key);
      if (existing && existing.content_hash === hash) {
        outcomes.push({
          rowNo: row.rowNo,
          status: 'unchanged',
          subjectId: existing.subject_id,
          recordId: existing.id,
          errors: [],
          warnings: result.warnings,
          raw: null,
        });
        continue;
      }
      if (existing) retire.push({ subjectId: existing.subject_id, id: existing.id });
      const record = buildRecord(p, result, subject, key, hash, row.rowNo, (existing?.version ?? 0) + 1);
      if (record.status === 'revoked') revoked++;
      inserts.push(record);
      outcomes.push({
        rowNo: row.rowNo,
        status: existing ? 'updated' : 'accepted',
        subjectId: subject.id,
        recordId: null,
        key,
        errors: [],
        warnings: result.warnings,
        raw: null,
      });
      if (!result.subject.checksumOk) {
        reviews.push({
          subjectId: subject.id,
          kind: 'checksum',
          recordId: null,
          batchId: p.batchId,
          rowNo: row.rowNo,
          departmentId: p.department.id,
          details: { code: result.subject.code },
        });
      }
      if (subject.nameConflict) {
        reviews.push({
          subjectId: subject.id,
          kind: 'name_conflict',
          recordId: null,
          batchId: p.batchId,
          rowNo: row.rowNo,
          departmentId: p.department.id,
          details: { known: subject.knownName, submitted: result.subject.name },
        });
        subject.nameConflict = false; // one review item per subject and chunk
      }
    }

    await retireVersions(tx, retire);
    const newIds = await insertRecords(tx, inserts);
    const ids = new Map(inserts.map((r, i) => [r.recordKey, newIds[i]!]));
    // List items also keep their list entries (名单) in step, in the same transaction.
    await syncEntriesFromRecords(
      tx,
      p.item,
      inserts.map((r, i) => ({ ...r, id: newIds[i]!, departmentId: r.providerId })),
      { today: p.today, at: ctx.clock.now(), actor: ctx.principal.name },
    );
    for (const o of outcomes) if (o.key) o.recordId = ids.get(o.key) ?? null;
    const byRow = new Map(outcomes.map((o) => [o.rowNo, o]));
    for (const r of reviews) r.recordId = byRow.get(r.rowNo)?.recordId ?? null;
    flagged = reviews.length;
    await insertReviewItems(tx, reviews);
    await insertResults(tx, p.batchId, outcomes);
    const delta = {
      total: outcomes.length,
      accepted: outcomes.filter((o) => o.status === 'accepted').length,
      updated: outcomes.filter((o) => o.status === 'updated').length,
      unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
      rejected: outcomes.filter((o) => o.status === 'rejected').length,
      revoked,
      flagged,
      lastRow: rows[rows.length - 1]?.rowNo ?? 0,
    };
    await addBatchCounts(tx, p.batchId, delta);
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'intake.chunk', targetKind: 'intake_batch', targetId: String(p.batchId), details: delta },
      ctx.clock.now(),
    );
    for (const k of Object.keys(delta) as (keyof Counts)[]) counts[k] = k === 'lastRow' ? delta.lastRow : counts[k] + delta[k];
  });
}

interface LinkedSubject {
  id: number;
  kind: SubjectKind;
  knownName: string;
  /** Every name the subject is known by, normalised. */
  names: string[];
  nameConflict: boolean;
}

/**
 * Finds or creates the subject of every valid row (by identifier and its kind), adds legacy identifiers,
 * and notes names that differ from every name the subject is known by.
 */
async function linkSubjects(tx: Queryable, rows: readonly ValidRow[]): Promise<Map<string, LinkedSubject>> {
  const keyOf = (r: { codeKind: string; code: string }) => `${r.codeKind}:${r.code}`;
  const pairs = [...new Map(rows.map((r) => [keyOf(r.subject), { code: r.subject.code, kind: r.subject.codeKind }])).values()];
  const linked = new Map<string, LinkedSubject>();
  const load = async (list: typeof pairs) => {
    for (const f of await findSubjectsByCodes(tx, list)) {
      linked.set(`${f.kind}:${f.code}`, {
        id: f.subject_id,
        kind: f.subject_kind as SubjectKind,
        knownName: f.name,
        names: f.names,
        nameConflict: false,
      });
    }
  };
  await load(pairs);
  let missing = pairs.filter((p) => !linked.has(`${p.kind}:${p.code}`));
  if (missing.length > 0) {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SUBJECT_CREATE_LOCK]);
    await load(missing); // created meanwhile by another batch?
    missing = pairs.filter((p) => !linked.has(`${p.kind}:${p.code}`));
    const firstRow = new Map(rows.map((r) => [keyOf(r.subject), r] as const).reverse());
    const toCreate = missing.map((m) => firstRow.get(`${m.kind}:${m.code}`)!);
    const ids = await insertSubjects(
      tx,
      toCreate.map((r) => ({
        kind: r.subject.kind,
        name: r.subject.name,
        code: r.subject.code,
        codeKind: r.subject.codeKind,
        checksumOk: r.subject.checksumOk,
        category: r.subject.codeKind === 'uscc' ? r.subject.code.slice(0, 2) : r.subject.codeKind === 'resident_id' ? 'resident' : null,
        region: null,
        source: 'intake',
      })),
    );
    toCreate.forEach((r, i) =>
      linked.set(keyOf(r.subject), {
        id: ids[i]!,
        kind: r.subject.kind,
        knownName: r.subject.name,
        names: [normalizeName(r.subject.name)],
        nameConflict: false,
      }),
    );
  }
  const extra: { subjectId: number; code: string; kind: string }[] = [];
  for (const r of rows) {
    const s = linked.get(keyOf(r.subject));
    if (!s) continue;
    if (r.subject.name && !s.names.includes(normalizeName(r.subject.name))) s.nameConflict = true;
    for (const other of r.otherCodes) extra.push({ subjectId: s.id, code: other.code, kind: other.kind });
  }
  await addIdentifiers(tx, extra, 'intake');
  return linked;
}

function buildRecord(
  p: Pipeline,
  r: ValidRow,
  subject: LinkedSubject,
  key: string,
  hash: string,
  rowNo: number,
  version: number,
): NewRecord {
  let window: { start: string; repairFrom: string | null; end: string | null; ruleVersion: string | null } | undefined;
  if (r.decisionDate && p.item.doublePublicity === 'penalty') {
    // Records keep the rule in force on their decision date; decisions before the first rule take the earliest.
    const rule = ruleVersionFor(r.decisionDate, p.rules, { beforeEarliest: 'earliest' });
    const limit = hardLimitFor(p.rules, r.decisionDate, '370900');
    if (rule) {
      const w = computePublicityWindow({
        decisionDate: r.decisionDate,
        rule,
        ...(r.severity ? { severity: r.severity } : {}),
        sectors: r.sectors,
        penaltyTypes: r.penaltyTypes,
        ...(limit ? { hardLimit: { rule: limit, actEndDate: r.actEndDate ?? r.decisionDate } } : {}),
      });
      window = { start: w.start, repairFrom: w.repairFrom, end: w.end, ruleVersion: w.ruleVersion };
    }
  } else if (r.decisionDate) {
    const to = Object.entries(r.fields).find(([code]) => p.item.fields.find((f) => f.code === code)?.role === 'valid_to')?.[1];
    window = { start: r.decisionDate, repairFrom: null, end: to && !isOpenEnded(to) ? to : null, ruleVersion: null };
  }
  const status: RecordStatus = r.status === 'revoked' ? 'revoked' : window?.end && window.end <= p.today ? 'expired' : 'normal';
  return {
    subjectId: subject.id,
    itemCode: p.item.code,
    itemVersion: p.item.version,
    providerId: p.department.id,
    departmentCode: p.department.code,
    recordKey: key,
    version,
    docNo: p.item.keyFields[0] ? (r.fields[p.item.keyFields[0]] ?? null) : null,
    decisionDate: r.decisionDate,
    fields: r.fields,
    status,
    publicityStart: window?.start ?? null,
    repairFrom: window?.repairFrom ?? null,
    publicityEnd: window?.end ?? null,
    ruleVersion: window?.ruleVersion ?? null,
    contentHash: hash,
    batchId: p.batchId,
    rowNo,
    isPublic: disclosureFor(p.item, subject.kind) === 'public',
    nature: natureFor(p.item, r.fields),
    receiptWorkingDays: r.decisionDate && r.decisionDate <= p.today ? workingDaysBetween(r.decisionDate, p.today) : null,
  };
}

/** A batch with its counts, for the department that sent it or the platform operator. */
export async function getBatch(ctx: Ctx, id: number) {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  const batch = await findBatch(ctx.db, id);
  const operator = ctx.principal.roles.includes('platform_operator');
  if (!batch || (!operator && batch.department_code !== ctx.principal.departmentCode)) throw notFound('归集批次不存在');
  return batch;
}
