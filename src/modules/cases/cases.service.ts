import crypto from 'node:crypto';
import type { Queryable } from '../../db/db';
import { chinaDate } from '../../shared/clock';
import { AppError, forbidden, invalidInput, notFound } from '../../shared/errors';
import { recordAudit } from '../audit';
import { actorOf, findDepartment, requirePermission, type Ctx } from '../auth';
import { addWorkingDays } from '../calendar';
import { getCatalogItem, type StoredCatalogItem } from '../catalog';
import { normalizeCode } from '../codes';
import { endEntryFor, findEntryWithType } from '../lists';
import { findRecord, insertRecords, isShownPublicly, recordContentHash, retireVersions, setRecordStatus, type RecordRow } from '../records';
import { presentSubjectRef, resolveSubject, type SubjectRow } from '../subjects';
import {
  CASE_RULES,
  COMPLAINT_OUTCOMES,
  EVIDENCE_LIMITS,
  OBJECTION_GROUNDS,
  OBJECTION_OUTCOMES,
  REPAIR_COMMITMENT,
  REPAIR_ELSEWHERE,
  type ComplaintOutcome,
  type ObjectionGround,
  type ObjectionOutcome,
} from './cases.data';
import {
  CASE_ACTION_LABELS,
  CASE_KIND_LABELS,
  CASE_STATUS_LABELS,
  TERMINAL_STATUSES,
  availableCaseActions,
  nextCaseStatus,
  type CaseActor,
  type CaseKind,
} from './cases.machine';
import {
  countOpenCases,
  findCaseByNo,
  findCaseEvents,
  findCaseFileContent,
  findCaseFiles,
  findCases,
  findOpenCaseFor,
  insertCase,
  insertCaseEvent,
  insertCaseFiles,
  takeCaseSerial,
  updateCase,
  type CaseRow,
  type NewCaseFile,
} from './cases.repository';

const TERMINAL = [...TERMINAL_STATUSES];
const PREFIX: Record<CaseKind, string> = { objection: 'YY', repair: 'XF', complaint: 'JB' };

export interface Applicant {
  name: string;
  phone: string;
  email?: string | undefined;
}

export interface EvidenceInput {
  fileName: string;
  /** Base64 of the file's bytes. */
  content: string;
}

function lookupHash(value: string): string {
  return crypto.createHash('sha256').update(`case-lookup\n${value}`).digest('hex');
}

/** Checks evidence files by their bytes (not their names): PDF, JPG or PNG, within the size limits. */
export function checkEvidence(files: readonly EvidenceInput[]): NewCaseFile[] {
  if (files.length > EVIDENCE_LIMITS.maxFiles) throw invalidInput(`证明材料最多 ${EVIDENCE_LIMITS.maxFiles} 个文件`, { field: 'evidence' });
  return files.map((f, i) => {
    const content = Buffer.from(f.content, 'base64');
    const field = `evidence[${i}]`;
    if (content.length === 0) throw invalidInput(`第 ${i + 1} 个文件“${f.fileName}”为空`, { field });
    if (content.length > EVIDENCE_LIMITS.maxBytes) {
      throw invalidInput(`第 ${i + 1} 个文件“${f.fileName}”超过 ${EVIDENCE_LIMITS.maxBytes / 1024 / 1024} MB`, { field });
    }
    const mime = sniffMime(content);
    if (!mime) throw invalidInput(`第 ${i + 1} 个文件“${f.fileName}”不是 PDF、JPG 或 PNG 文件`, { field });
    return {
      fileName: f.fileName.slice(0, 200),
      mime,
      size: content.length,
      sha256: crypto.createHash('sha256').update(content).digest('hex'),
      content,
    };
  });
}

function sniffMime(b: Buffer): string | undefined {
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return undefined;
}

interface Target {
  subject: SubjectRow;
  record: RecordRow | null;
  item: StoredCatalogItem | null;
  entry: Awaited<ReturnType<typeof findEntryWithType>> | null;
  snapshot: Record<string, unknown>;
  departmentId: number | null;
}

/** The public record or list entry the applicant points at; anything not public looks like a missing one. */
async function findTarget(
  ctx: Ctx,
  input: { subject: string; recordId?: number | undefined; listEntryId?: number | undefined },
  today: string,
): Promise<Target> {
  const subject = await resolveSubject(ctx.db, input.subject);
  if (!subject) throw notFound(`未找到信用主体：${input.subject}`);
  if (!input.recordId === !input.listEntryId)
    throw invalidInput('请选择一条信用记录（recordId）或一条名单信息（listEntryId）', { field: 'recordId' });
  if (input.recordId) {
    const record = await findRecord(ctx.db, subject.id, input.recordId);
    const item = record ? await getCatalogItem(ctx.db, record.item_code, record.item_version) : null;
    const facts = record && {
      isCurrent: record.is_current,
      status: record.status,
      publicityStart: record.publicity_start,
      publicityEnd: record.publicity_end,
    };
    if (!record || !item || !facts || !isShownPublicly(item, subject.kind, facts, today))
      throw notFound(`该主体没有编号为 ${input.recordId} 的公示信息`);
    return {
      subject,
      record,
      item,
      entry: null,
      snapshot: {
        itemCode: item.code,
        itemName: item.name,
        docNo: record.doc_no,
        decisionDate: record.decision_date,
        provider: record.provider_name,
      },
      departmentId: record.provider_id,
    };
  }
  const found = await findEntryWithType(ctx.db, input.listEntryId!);
  if (!found || found.entry.subject_id !== subject.id || found.entry.status !== 'published') {
    throw notFound(`该主体没有编号为 ${input.listEntryId} 的名单信息`);
  }
  return {
    subject,
    record: null,
    item: null,
    entry: found,
    snapshot: {
      itemCode: found.type.code,
      itemName: found.type.name,
      docNo: found.entry.doc_no,
      decisionDate: found.entry.start_date,
      provider: found.entry.department_name,
    },
    departmentId: found.entry.department_id,
  };
}

async function newCase(
  ctx: Ctx,
  kind: CaseKind,
  c: Omit<Parameters<typeof insertCase>[1], 'caseNo' | 'status' | 'receivedOn'>,
  files: NewCaseFile[],
  today: string,
): Promise<string> {
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const serial = await takeCaseSerial(tx, kind, today);
    const caseNo = `${PREFIX[kind]}${today.replaceAll('-', '')}${String(serial).padStart(4, '0')}`;
    const id = await insertCase(tx, { ...c, caseNo, status: 'submitted', receivedOn: today }, at);
    await insertCaseFiles(tx, c.subjectId, id, files, at);
    await insertCaseEvent(
      tx,
      {
        subjectId: c.subjectId,
        caseId: id,
        action: 'submit',
        from: null,
        to: 'submitted',
        note: null,
        details: { files: files.length },
        actor: '申请人',
      },
      at,
    );
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'case.file',
        targetKind: kind,
        targetId: caseNo,
        ...(c.subjectId ? { subjectId: c.subjectId } : {}),
        details: { files: files.length },
      },
      at,
    );
    return caseNo;
  });
}

export interface ObjectionInput {
  subject: string;
  recordId?: number | undefined;
  listEntryId?: number | undefined;
  grounds: ObjectionGround;
  description: string;
  applicant: Applicant;
  evidence?: EvidenceInput[] | undefined;
}

/**
 * Files an objection (异议) to a public record or list entry. The record is marked 异议处理中 when the
 * platform accepts it; the 3 working-day clock runs from receipt (7 when the provider must verify).
 * One open objection per record: a second one gets the first one's number (CASE_OPEN).
 */
export async function fileObjection(ctx: Ctx, input: ObjectionInput): Promise<{ caseNo: string; receivedOn: string; deadline: string }> {
  const today = chinaDate(ctx.clock.now());
  const target = await findTarget(ctx, input, today);
  const files = checkEvidence(input.evidence ?? []);
  await refuseDuplicate(ctx.db, 'objection', target);
  const deadline = addWorkingDays(today, CASE_RULES.objection.platformWorkingDays);
  return fileAboutTarget(ctx, 'objection', target, input, { grounds: input.grounds, request: {}, deadline, files, today });
}

export interface RepairInput {
  subject: string;
  recordId?: number | undefined;
  listEntryId?: number | undefined;
  description: string;
  applicant: Applicant;
  /** The applicant signs the credit commitment (信用承诺书). */
  commitment: boolean;
  evidence: EvidenceInput[];
}

/**
 * Files a credit repair application (信用修复). Penalty information can be chosen only once its minimum
 * publicity period has passed (PUBLICITY_MINIMUM_NOT_REACHED says from when); penalties some departments
 * repair elsewhere get REPAIR_ELSEWHERE with where to apply. Evidence and the signed commitment are required.
 */
export async function fileRepair(ctx: Ctx, input: RepairInput): Promise<{ caseNo: string; receivedOn: string; deadline: string }> {
  const today = chinaDate(ctx.clock.now());
  const target = await findTarget(ctx, input, today);
  if (target.record) {
    const item = target.item!;
    if (item.nature !== 'dishonest' && item.doublePublicity !== 'penalty') throw invalidInput('该信息不属于失信信息，无需信用修复');
    const eligible = repairEligibility(target.record, item, await providerFunctions(ctx.db, target.record.provider_id), today);
    if (!eligible.ok) throw new AppError(eligible.code, eligible.message, 422);
  } else if (target.entry!.type.flag === 'red') {
    throw invalidInput('红名单不属于失信信息，无需信用修复');
  }
  if (!input.commitment) throw invalidInput('请阅读并签署信用修复承诺书', { field: 'commitment' });
  if (input.evidence.length === 0) throw invalidInput('请上传已纠正失信行为、履行义务的证明材料', { field: 'evidence' });
  const files = checkEvidence(input.evidence);
  await refuseDuplicate(ctx.db, 'repair', target);
  const deadline = addWorkingDays(today, CASE_RULES.repair.decisionWorkingDays);
  return fileAboutTarget(ctx, 'repair', target, input, {
    grounds: null,
    request: { commitment: REPAIR_COMMITMENT, committedAt: ctx.clock.now().toISOString() },
    deadline,
    files,
    today,
  });
}

/** Stores an objection or repair about a record or list entry; the lookup code is the subject's identifier. */
async function fileAboutTarget(
  ctx: Ctx,
  kind: 'objection' | 'repair',
  target: Target,
  input: { description: string; applicant: Applicant },
  o: { grounds: string | null; request: Record<string, unknown>; deadline: string; files: NewCaseFile[]; today: string },
): Promise<{ caseNo: string; receivedOn: string; deadline: string }> {
  const caseNo = await newCase(
    ctx,
    kind,
    {
      subjectId: target.subject.id,
      kind,
      recordId: target.record?.id ?? null,
      listEntryId: target.entry?.entry.id ?? null,
      target: target.snapshot,
      departmentId: target.departmentId,
      applicant: cleanApplicant(input.applicant),
      lookupHash: lookupHash(normalizeCode(target.subject.code)),
      grounds: o.grounds,
      description: input.description,
      request: o.request,
      deadline: o.deadline,
    },
    o.files,
    o.today,
  );
  return { caseNo, receivedOn: o.today, deadline: o.deadline };
}

export type RepairEligibility = { ok: true } | { ok: false; code: 'PUBLICITY_MINIMUM_NOT_REACHED' | 'REPAIR_ELSEWHERE'; message: string };

/** Whether a penalty record may be repaired here today, and if not why (pure). */
export function repairEligibility(
  record: Pick<RecordRow, 'repair_from'>,
  item: Pick<StoredCatalogItem, 'doublePublicity'>,
  providerFunctions: readonly string[],
  today: string,
): RepairEligibility {
  const elsewhere = providerFunctions.map((f) => REPAIR_ELSEWHERE[f]).find(Boolean);
  if (elsewhere && item.doublePublicity === 'penalty') return { ok: false, code: 'REPAIR_ELSEWHERE', message: elsewhere };
  if (record.repair_from && today < record.repair_from) {
    return { ok: false, code: 'PUBLICITY_MINIMUM_NOT_REACHED', message: `最短公示期未满，${record.repair_from} 起可申请信用修复` };
  }
  return { ok: true };
}

async function providerFunctions(q: Queryable, departmentId: number): Promise<string[]> {
  const { rows } = await q.query<{ functions: string[] }>('SELECT functions FROM departments WHERE id = $1', [departmentId]);
  return rows[0]?.functions ?? [];
}

export interface ComplaintInput {
  subjectName: string;
  subjectCode?: string | undefined;
  description: string;
  applicant: Applicant;
  evidence?: EvidenceInput[] | undefined;
}

/**
 * Files a report of dishonest conduct (举报). Returns a 6-digit query code with the case number: the two
 * together look up progress (the complainant's identity is not asked for again).
 */
export async function fileComplaint(ctx: Ctx, input: ComplaintInput): Promise<{ caseNo: string; queryCode: string; receivedOn: string }> {
  const today = chinaDate(ctx.clock.now());
  const subject = input.subjectCode ? await resolveSubject(ctx.db, input.subjectCode) : undefined;
  const files = checkEvidence(input.evidence ?? []);
  const queryCode = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
  const caseNo = await newCase(
    ctx,
    'complaint',
    {
      subjectId: subject?.id ?? 0,
      kind: 'complaint',
      recordId: null,
      listEntryId: null,
      target: { subjectName: input.subjectName, subjectCode: input.subjectCode ?? null },
      departmentId: null,
      applicant: cleanApplicant(input.applicant),
      lookupHash: lookupHash(queryCode),
      grounds: null,
      description: input.description,
      request: {},
      deadline: null,
    },
    files,
    today,
  );
  return { caseNo, queryCode, receivedOn: today };
}

function cleanApplicant(a: Applicant): Record<string, string> {
  return { name: a.name.trim(), phone: a.phone.trim(), ...(a.email ? { email: a.email.trim() } : {}) };
}

async function refuseDuplicate(q: Queryable, kind: CaseKind, target: Target): Promise<void> {
  const open = await findOpenCaseFor(
    q,
    kind,
    target.subject.id,
    { recordId: target.record?.id ?? null, listEntryId: target.entry?.entry.id ?? null },
    TERMINAL,
  );
  if (open)
    throw new AppError('CASE_OPEN', `该信息已有正在办理的${CASE_KIND_LABELS[kind]}（编号 ${open.case_no}），请查询其办理进度`, 409, {
      caseNo: open.case_no,
    });
}

/** Whom the principal acts as on this case, or undefined when the case is none of theirs. */
function actorFor(ctx: Ctx, c: CaseRow): CaseActor | undefined {
  if (ctx.principal.roles.includes('platform_operator')) return 'platform';
  if (ctx.principal.departmentId !== undefined && c.department_id === ctx.principal.departmentId && c.status === 'with_department')
    return 'department';
  return undefined;
}

/** The department user sees a case once it is routed to them (open or decided); the operator sees every case. */
function canSee(ctx: Ctx, c: CaseRow): boolean {
  if (ctx.principal.roles.includes('platform_operator')) return true;
  return c.request['routed'] === true && ctx.principal.departmentId !== undefined && c.department_id === ctx.principal.departmentId;
}

export interface TransitionCaseInput {
  action: string;
  note?: string | undefined;
  /** route (complaints): the competent department's code. */
  department?: string | undefined;
  /** decide (objections) / conclude (complaints). */
  outcome?: string | undefined;
  /** decide with outcome corrected or supplemented: field code → corrected value. */
  corrections?: Record<string, string> | undefined;
  /** conclude (complaints): whether the complainant qualifies for a reward. */
  reward?: boolean | undefined;
}

/**
 * Moves a case through its machine (cases.machine.ts) and applies the decision to the record or list
 * entry in the same transaction: the objection mark, a corrected version, publicity stopped, removal from
 * the list, a repair. Audited. Throws INVALID_TRANSITION outside the table; NOT_FOUND for cases not the
 * caller's.
 */
export async function transitionCase(ctx: Ctx, caseNo: string, input: TransitionCaseInput) {
  requirePermission(ctx.principal, 'cases.handle');
  const at = ctx.clock.now();
  const today = chinaDate(at);
  return ctx.db.transaction(async (tx) => {
    const c = await findCaseByNo(tx, caseNo, true);
    if (!c || !canSee(ctx, c)) throw notFound(`案件不存在：${caseNo}`);
    const by = actorFor(ctx, c);
    if (!by) throw forbidden('案件已由其他环节办理，当前无需本部门处理');
    const next = nextCaseStatus(c.kind, c.status, input.action, by);
    if (!next.ok) throw new AppError('INVALID_TRANSITION', next.message, 409);
    const change = await applyEffects(ctx, tx, c, input, today, at);
    await updateCase(tx, c.subject_id, c.id, { ...change, status: next.to }, at);
    await insertCaseEvent(
      tx,
      {
        subjectId: c.subject_id,
        caseId: c.id,
        action: input.action,
        from: c.status,
        to: next.to,
        note: input.note?.trim() || null,
        details: { ...(input.outcome ? { outcome: input.outcome } : {}), ...(input.corrections ? { corrections: input.corrections } : {}) },
        actor: ctx.principal.name,
      },
      at,
    );
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'case.transition',
        targetKind: c.kind,
        targetId: c.case_no,
        ...(c.subject_id ? { subjectId: c.subject_id } : {}),
        details: { action: input.action, from: c.status, to: next.to, outcome: input.outcome ?? null },
      },
      at,
    );
    return presentCaseFull(
      (await findCaseByNo(tx, caseNo))!,
      await findCaseEvents(tx, c.subject_id, c.id),
      await findCaseFiles(tx, c.subject_id, c.id),
      ctx,
    );
  });
}

type Change = Parameters<typeof updateCase>[3];

async function applyEffects(ctx: Ctx, tx: Queryable, c: CaseRow, input: TransitionCaseInput, today: string, at: Date): Promise<Change> {
  const note = input.note?.trim();
  const needNote = (what: string) => {
    if (!note) throw invalidInput(`${what}须填写说明`, { field: 'note' });
  };
  const actor = { actor: ctx.principal.name, at, note: `${CASE_KIND_LABELS[c.kind]} ${c.case_no}` };
  switch (`${c.kind}:${input.action}`) {
    case 'objection:return':
    case 'repair:return':
      needNote('退回补正');
      return {};
    case 'objection:dismiss':
    case 'repair:reject':
    case 'complaint:dismiss':
      needNote(input.action === 'reject' ? '不予修复' : '不予受理');
      return { outcomeNote: note, decidedOn: today };
    case 'objection:accept': {
      const record = await currentRecordOf(tx, c);
      if (record && record.status === 'normal') await setRecordStatus(tx, record.subject_id, record.id, 'objection');
      return {};
    }
    case 'repair:accept':
      return {};
    case 'objection:route':
    case 'repair:route': {
      if (!c.department_id) throw invalidInput('该信息没有可转交的提供部门');
      const routed = { request: { ...c.request, routed: true } };
      return c.kind === 'objection'
        ? { ...routed, deadline: addWorkingDays(c.received_on, CASE_RULES.objection.providerWorkingDays) }
        : routed;
    }
    case 'complaint:route': {
      const dept = input.department ? await findDepartment(tx, input.department) : undefined;
      if (!dept) throw invalidInput('请选择承办部门', { field: 'department' });
      return {
        departmentId: dept.id,
        deadline: addWorkingDays(today, CASE_RULES.complaint.workingDays),
        request: { ...c.request, routed: true },
      };
    }
    case 'objection:decide':
      return decideObjection(tx, c, input, today, actor);
    case 'repair:approve': {
      const record = await currentRecordOf(tx, c);
      if (record) await setRecordStatus(tx, record.subject_id, record.id, 'repaired');
      if (c.list_entry_id) await endEntryFor(tx, { subjectId: c.subject_id, id: c.list_entry_id }, 'repaired', actor);
      // The province and the counties learn of the repair through the exchange outbox.
      await tx.query('INSERT INTO outbox (topic, subject_id, payload, created_at) VALUES ($1, $2, $3, $4)', [
        'credit.repair.approved',
        c.subject_id,
        JSON.stringify({ caseNo: c.case_no, recordId: record?.id ?? null, listEntryId: c.list_entry_id, decidedOn: today }),
        at,
      ]);
      return { outcome: 'approved', outcomeNote: note ?? null, decidedOn: today };
    }
    case 'complaint:conclude': {
      if (!input.outcome || !(input.outcome in COMPLAINT_OUTCOMES))
        throw invalidInput('请选择办理结果（属实或不属实）', { field: 'outcome' });
      needNote('办结');
      return {
        outcome: input.outcome as ComplaintOutcome,
        outcomeNote: note,
        decidedOn: today,
        request: { ...c.request, reward: input.reward === true && input.outcome === 'substantiated' },
      };
    }
    default:
      return {};
  }
}

async function currentRecordOf(tx: Queryable, c: CaseRow): Promise<RecordRow | undefined> {
  if (!c.record_id) return undefined;
  const record = await findRecord(tx, c.subject_id, c.record_id, true);
  return record?.is_current ? record : undefined;
}

async function decideObjection(
  tx: Queryable,
  c: CaseRow,
  input: TransitionCaseInput,
  today: string,
  actor: { actor: string; at: Date; note: string },
): Promise<Change> {
  const outcome = input.outcome as ObjectionOutcome | undefined;
  if (!outcome || !(outcome in OBJECTION_OUTCOMES)) {
    throw invalidInput(`请选择处理结果：${Object.values(OBJECTION_OUTCOMES).join('、')}`, { field: 'outcome' });
  }
  const note = input.note?.trim();
  if (outcome === 'upheld' && !note) throw invalidInput('维持原信息须说明理由', { field: 'note' });
  const record = await currentRecordOf(tx, c);
  const restore = async () => {
    if (record && record.status === 'objection') await setRecordStatus(tx, record.subject_id, record.id, 'normal');
  };
  switch (outcome) {
    case 'upheld':
      await restore();
      break;
    case 'corrected':
    case 'supplemented': {
      if (!record) throw invalidInput('该异议涉及名单信息，请选择“已移出名单”或“维持原信息”');
      // The case follows the record to its corrected version.
      return { outcome, outcomeNote: note ?? null, decidedOn: today, recordId: await correctRecord(tx, record, input.corrections ?? {}) };
    }
    case 'publicity_stopped':
      if (record) await setRecordStatus(tx, record.subject_id, record.id, 'expired');
      if (c.list_entry_id) await endEntryFor(tx, { subjectId: c.subject_id, id: c.list_entry_id }, 'removed', actor);
      break;
    case 'removed_from_list':
      if (!c.list_entry_id) throw invalidInput('该异议不涉及名单信息，不能选择“已移出名单”', { field: 'outcome' });
      await endEntryFor(tx, { subjectId: c.subject_id, id: c.list_entry_id }, 'revoked', actor);
      break;
  }
  return { outcome, outcomeNote: note ?? null, decidedOn: today };
}

/** A correction is a new version of the record (the old one stays for history), shown publicly as before. */
async function correctRecord(tx: Queryable, record: RecordRow, corrections: Record<string, string>): Promise<number> {
  const entries = Object.entries(corrections).filter(([, v]) => v.trim() !== '');
  if (entries.length === 0) throw invalidInput('请填写更正或补充后的字段内容', { field: 'corrections' });
  const item = await getCatalogItem(tx, record.item_code, record.item_version);
  for (const [code] of entries) {
    const field = item.fields.find((f) => f.code === code);
    if (!field) throw invalidInput(`字段 ${code} 不属于“${item.name}”`, { field: `corrections.${code}` });
    if (field.role === 'id_number' || field.role === 'subject_name' || field.type === 'subject_code') {
      throw invalidInput(`字段“${field.name}”涉及主体身份，不能在此更正，请由提供部门重新报送`, { field: `corrections.${code}` });
    }
  }
  const fields = { ...(record.fields as Record<string, unknown>), ...Object.fromEntries(entries.map(([k, v]) => [k, v.trim()])) };
  await retireVersions(tx, [{ subjectId: record.subject_id, id: record.id }]);
  const [id] = await insertRecords(tx, [
    {
      subjectId: record.subject_id,
      itemCode: record.item_code,
      itemVersion: record.item_version,
      providerId: record.provider_id,
      recordKey: record.record_key,
      version: record.version + 1,
      docNo: record.doc_no,
      decisionDate: record.decision_date,
      fields,
      status: 'normal',
      publicityStart: record.publicity_start,
      repairFrom: record.repair_from,
      publicityEnd: record.publicity_end,
      ruleVersion: record.rule_version,
      contentHash: recordContentHash(record.item_code, fields),
    },
  ]);
  return id!;
}

/**
 * Supplementing a returned case (the applicant): case number and the subject's code (or the complaint's
 * query code), a new description and more evidence. Back to `submitted`.
 */
export async function supplementCase(
  ctx: Ctx,
  caseNo: string,
  code: string,
  input: { description: string; evidence?: EvidenceInput[] | undefined },
) {
  const files = checkEvidence(input.evidence ?? []);
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const c = await findCaseByNo(tx, caseNo, true);
    if (!c || !lookupMatches(c, code)) throw notFound(`未找到办理编号为 ${caseNo} 的申请，请核对编号和代码`);
    const next = nextCaseStatus(c.kind, c.status, 'resubmit', 'applicant');
    if (!next.ok) throw new AppError('INVALID_TRANSITION', next.message, 409);
    await insertCaseFiles(tx, c.subject_id, c.id, files, at);
    await updateCase(tx, c.subject_id, c.id, { status: next.to, description: `${c.description}\n\n【补正】${input.description}` }, at);
    await insertCaseEvent(
      tx,
      {
        subjectId: c.subject_id,
        caseId: c.id,
        action: 'resubmit',
        from: c.status,
        to: next.to,
        note: input.description,
        details: { files: files.length },
        actor: '申请人',
      },
      at,
    );
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'case.supplement', targetKind: c.kind, targetId: c.case_no, ...(c.subject_id ? { subjectId: c.subject_id } : {}) },
      at,
    );
    return presentProgress((await findCaseByNo(tx, caseNo))!, await findCaseEvents(tx, c.subject_id, c.id));
  });
}

function lookupMatches(c: CaseRow, code: string): boolean {
  const candidates = c.kind === 'complaint' ? [code.trim()] : [normalizeCode(code)];
  const want = Buffer.from(c.lookup_hash, 'hex');
  return candidates.some((v) => {
    const got = Buffer.from(lookupHash(v), 'hex');
    return got.length === want.length && crypto.timingSafeEqual(got, want);
  });
}

/**
 * Progress of a case without signing in: its number and the subject's code (or the complaint's query code).
 * Shows status, deadline, the steps with their dates and public notes, and the outcome; never the applicant.
 */
export async function lookupCase(ctx: Ctx, kind: CaseKind, caseNo: string, code: string) {
  const c = await findCaseByNo(ctx.db, caseNo);
  if (!c || c.kind !== kind || !lookupMatches(c, code))
    throw notFound(`未找到办理编号为 ${caseNo} 的${CASE_KIND_LABELS[kind]}，请核对编号和代码`);
  return presentProgress(c, await findCaseEvents(ctx.db, c.subject_id, c.id));
}

function outcomeLabel(c: CaseRow): string | null {
  if (!c.outcome) return null;
  return (
    (OBJECTION_OUTCOMES as Record<string, string>)[c.outcome] ??
    (COMPLAINT_OUTCOMES as Record<string, string>)[c.outcome] ??
    (c.outcome === 'approved' ? '同意修复，已停止公示' : c.outcome)
  );
}

// Notes the applicant is told: why a case was returned or refused, and the decision's reasons.
const PUBLIC_NOTE_ACTIONS = new Set(['return', 'dismiss', 'reject', 'decide', 'approve', 'conclude', 'resubmit']);

function presentProgress(c: CaseRow, events: Awaited<ReturnType<typeof findCaseEvents>>) {
  return {
    caseNo: c.case_no,
    kind: c.kind,
    kindLabel: CASE_KIND_LABELS[c.kind],
    status: c.status,
    statusLabel: CASE_STATUS_LABELS[c.status] ?? c.status,
    target: c.target,
    grounds: c.grounds ? ((OBJECTION_GROUNDS as Record<string, string>)[c.grounds] ?? c.grounds) : null,
    receivedOn: c.received_on,
    deadline: c.deadline,
    department: c.department_name,
    outcome: c.outcome,
    outcomeLabel: outcomeLabel(c),
    outcomeNote: c.outcome_note,
    decidedOn: c.decided_on,
    steps: events.map((e) => ({
      action: e.action,
      label: e.action === 'submit' ? '提交申请' : (CASE_ACTION_LABELS[e.action] ?? e.action),
      status: e.to_status,
      at: e.at.toISOString(),
      note: PUBLIC_NOTE_ACTIONS.has(e.action) ? e.note : null,
    })),
  };
}

function presentCaseFull(
  c: CaseRow,
  events: Awaited<ReturnType<typeof findCaseEvents>>,
  files: Awaited<ReturnType<typeof findCaseFiles>>,
  ctx: Ctx,
) {
  const today = chinaDate(ctx.clock.now());
  const by = actorFor(ctx, c);
  return {
    ...presentProgress(c, events),
    subject:
      c.subject_id && c.subject_code
        ? presentSubjectRef({ id: c.subject_id, kind: c.subject_kind as never, name: c.subject_name!, code: c.subject_code })
        : null,
    recordId: c.record_id,
    listEntryId: c.list_entry_id,
    applicant: c.applicant,
    description: c.description,
    request: c.request,
    overdue: !TERMINAL_STATUSES.has(c.status) && c.deadline !== null && c.deadline < today,
    actions: by ? availableCaseActions(c.kind, c.status, by) : [],
    files: files.map((f) => ({ id: f.id, fileName: f.file_name, mime: f.mime, size: f.size, sha256: f.sha256 })),
    history: events.map((e) => ({
      action: e.action,
      from: e.from_status,
      to: e.to_status,
      note: e.note,
      details: e.details,
      actor: e.actor,
      at: e.at.toISOString(),
    })),
  };
}

/** One case in full (applicant, description, evidence) for its handlers; the read is audited. */
export async function getCase(ctx: Ctx, caseNo: string) {
  requirePermission(ctx.principal, 'cases.handle');
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const c = await findCaseByNo(tx, caseNo);
    if (!c || !canSee(ctx, c)) throw notFound(`案件不存在：${caseNo}`);
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'case.read', targetKind: c.kind, targetId: c.case_no, ...(c.subject_id ? { subjectId: c.subject_id } : {}) },
      at,
    );
    return presentCaseFull(c, await findCaseEvents(tx, c.subject_id, c.id), await findCaseFiles(tx, c.subject_id, c.id), ctx);
  });
}

/** An evidence file of a case, for its handlers (audited like the case). */
export async function getCaseFile(ctx: Ctx, caseNo: string, fileId: number) {
  const full = await getCase(ctx, caseNo);
  const c = (await findCaseByNo(ctx.db, caseNo))!;
  const file = await findCaseFileContent(ctx.db, c.subject_id, c.id, fileId);
  if (!file || !full) throw notFound(`文件不存在：${fileId}`);
  return file;
}

/**
 * The inbox: a department user sees the cases routed to their department, the platform operator every
 * case; filters by kind, status, open and overdue (deadline passed, not finished).
 */
export async function listCases(
  ctx: Ctx,
  f: {
    kind?: CaseKind | undefined;
    status?: string | undefined;
    open?: boolean | undefined;
    overdue?: boolean | undefined;
    page: number;
    pageSize: number;
  },
) {
  requirePermission(ctx.principal, 'cases.handle');
  const operator = ctx.principal.roles.includes('platform_operator');
  if (!operator && ctx.principal.departmentId === undefined) throw forbidden();
  const today = chinaDate(ctx.clock.now());
  const { rows, total } = await findCases(ctx.db, {
    kind: f.kind,
    status: f.status,
    departmentId: operator ? undefined : ctx.principal.departmentId,
    routedOnly: !operator,
    open: f.open,
    overdueOn: f.overdue ? today : undefined,
    terminal: TERMINAL,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  return {
    items: rows.map((c) => ({
      caseNo: c.case_no,
      kind: c.kind,
      kindLabel: CASE_KIND_LABELS[c.kind],
      status: c.status,
      statusLabel: CASE_STATUS_LABELS[c.status] ?? c.status,
      subject: c.subject_name,
      target: c.target,
      department: c.department_name,
      receivedOn: c.received_on,
      deadline: c.deadline,
      overdue: !TERMINAL_STATUSES.has(c.status) && c.deadline !== null && c.deadline < today,
      routed: c.request['routed'] === true,
      outcomeLabel: outcomeLabel(c),
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** Open and overdue cases per department (the operator's overview). */
export async function caseOverview(ctx: Ctx) {
  requirePermission(ctx.principal, 'cases.handle');
  if (!ctx.principal.roles.includes('platform_operator')) throw forbidden();
  const today = chinaDate(ctx.clock.now());
  const rows = await countOpenCases(ctx.db, today, TERMINAL);
  return {
    asOf: today,
    departments: rows.map((r) => ({
      department: r.department_name ?? '平台（未转交）',
      code: r.department_code,
      kind: r.kind,
      kindLabel: CASE_KIND_LABELS[r.kind],
      open: r.open,
      overdue: r.overdue,
    })),
    totals: { open: rows.reduce((s, r) => s + r.open, 0), overdue: rows.reduce((s, r) => s + r.overdue, 0) },
  };
}
