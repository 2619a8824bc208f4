import { chinaDate } from '../../shared/clock';
import { AppError, forbidden, invalidInput, notFound } from '../../shared/errors';
import { recordAudit } from '../audit';
import { actorOf, findDepartment, requirePermission, type Ctx, type DepartmentRow } from '../auth';
import { addWorkingDays, calendarCovers } from '../calendar';
import { findInForce, listListTypes, type InForceRow, type ListType } from '../lists';
import { presentSubjectRef, resolveSubject, searchKey, searchSubjects } from '../subjects';
import { applicableMeasures, checkSummary, scoreName, type ApplicableMeasure } from './checks.rules';
import {
  checkStatsByDepartment,
  findCheck,
  findCheckByRequest,
  findChecks,
  findFeedback,
  insertChecks,
  insertFeedback,
  takeCheckSerials,
  type CheckRow,
} from './checks.repository';
import { activeSigningKey, sha256Hex, signReceipt, type SignedReceipt } from './checks.signing';
import { SCENARIOS, type Scenario } from './data/scenarios';
import { findCurrentMeasures, findCurrentMemoranda } from './measures.repository';

/** Working days a department has to report what it did after a check with measures ([U] practice; configurable). */
export const FEEDBACK_DUE_WORKING_DAYS = 10;

export interface CheckInput {
  /** Identifier (USCC, 组织机构代码, 注册号, ID number) or platform id. */
  subject?: string | undefined;
  /** A name instead of an identifier: the answer lists scored candidates, not a verdict. */
  name?: string | undefined;
  scenario: Scenario;
  caseNo: string;
  /** The day the check applies to; today when absent. */
  checkDate?: string | undefined;
}

export interface CheckHit {
  entryId: number;
  listType: { code: string; name: string; flag: string };
  department: string | null;
  docNo: string | null;
  reason: string | null;
  legalBasis: string | null;
  startDate: string;
  endDate: string | null;
}

export interface CheckAnswer {
  checkDate: string;
  scenario: { code: string; name: string };
  caseNo: string;
  department: { code: string; name: string };
  outcome: CheckRow['outcome'];
  summary: string;
  subject: ReturnType<typeof presentSubjectRef> | null;
  hits: CheckHit[];
  measures: ApplicableMeasure[];
  candidates: { subject: ReturnType<typeof presentSubjectRef>; score: number; explanation: string }[];
}

export interface CheckResult extends CheckAnswer {
  id: number;
  receiptNo: string;
  receipt: SignedReceipt | null;
  feedbackGiven: boolean;
  /** True when this is the stored answer to an earlier identical request. */
  replayed: boolean;
}

/** The department the caller acts for; checks are always made by a department. */
async function callerDepartment(ctx: Ctx): Promise<DepartmentRow> {
  const code = ctx.principal.departmentCode;
  const dept = code ? await findDepartment(ctx.db, code) : undefined;
  if (!dept) throw forbidden('信用核查须以部门身份（部门用户或部门接口客户端）进行');
  return dept;
}

/**
 * Runs a credit check for the caller's department (触发): the entries in force on the check date, the
 * measures this department applies in this scenario, and a receipt signed by the platform over the hashes
 * of the request and the answer. A retried request (same department, case, subject or name, scenario,
 * date) returns the first answer and receipt. By name: scored candidates with reasons, no verdict.
 * Audited in the same transaction.
 */
export async function runCheck(ctx: Ctx, input: CheckInput): Promise<CheckResult> {
  requirePermission(ctx.principal, 'checks.run');
  const dept = await callerDepartment(ctx);
  const today = chinaDate(ctx.clock.now());
  const checkDate = input.checkDate ?? today;
  if (checkDate > today) throw invalidInput('核查日期不能晚于今天', { field: 'checkDate' });
  if (!input.subject === !input.name) throw invalidInput('请提供主体代码（subject）或主体名称（name）之一', { field: 'subject' });
  const caseNo = input.caseNo.trim();
  const query = input.subject ? { subject: input.subject.trim() } : { name: input.name!.trim() };
  const requestHash = sha256Hex({ department: dept.code, ...query, scenario: input.scenario, caseNo, checkDate });

  const answer = input.subject
    ? await answerByCode(ctx, dept, input.subject.trim(), input.scenario, caseNo, checkDate)
    : await answerByName(ctx, dept, input.name!.trim(), input.scenario, caseNo, checkDate);
  const subjectId = answer.subject?.id ?? 0;
  const key = await activeSigningKey(ctx.db, ctx.clock.now());
  const at = ctx.clock.now();

  return ctx.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`check:${requestHash}`]);
    const earlier = await findCheckByRequest(tx, subjectId, requestHash);
    if (earlier) return { ...presentCheck(earlier), replayed: true };
    const serial = await takeCheckSerials(tx, today);
    const receiptNo = `HC${today.replaceAll('-', '')}${String(serial).padStart(6, '0')}`;
    const answerHash = sha256Hex(answer);
    const receipt = signReceipt(key, { receiptNo, issuedAt: at.toISOString(), requestHash, answerHash });
    const [id] = await insertChecks(
      tx,
      [
        {
          subjectId,
          receiptNo,
          departmentId: dept.id,
          actor: ctx.principal.name,
          caseNo,
          scenario: input.scenario,
          checkDate,
          query,
          outcome: answer.outcome,
          answer: answer as unknown as Record<string, unknown>,
          requestHash,
          answerHash,
          keyId: key.keyId,
          signature: receipt.signature,
          batchId: null,
          measureCount: answer.measures.length,
        },
      ],
      at,
    );
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'check.run',
        targetKind: 'credit_check',
        targetId: receiptNo,
        ...(subjectId ? { subjectId } : {}),
        details: { caseNo, scenario: input.scenario, outcome: answer.outcome, hits: answer.hits.length, measures: answer.measures.length },
      },
      at,
    );
    return { id: id!, receiptNo, receipt, feedbackGiven: false, replayed: false, ...answer };
  });
}

/** A list entry in force as a check answer shows it. */
export function hitOf(e: InForceRow, types: ReadonlyMap<string, Pick<ListType, 'name' | 'flag'>>): CheckHit {
  const t = types.get(e.list_type);
  return {
    entryId: e.id,
    listType: { code: e.list_type, name: t?.name ?? e.list_type, flag: t?.flag ?? 'black' },
    department: e.department_name,
    docNo: e.doc_no,
    reason: e.reason,
    legalBasis: e.legal_basis,
    startDate: e.start_date,
    endDate: e.end_date,
  };
}

async function listTypesByCode(ctx: Ctx): Promise<Map<string, ListType>> {
  return new Map((await listListTypes(ctx.db)).map((t) => [t.code, t]));
}

async function answerByCode(
  ctx: Ctx,
  dept: DepartmentRow,
  code: string,
  scenario: Scenario,
  caseNo: string,
  checkDate: string,
): Promise<CheckAnswer> {
  const base = {
    checkDate,
    scenario: { code: scenario, name: SCENARIOS[scenario] },
    caseNo,
    department: { code: dept.code, name: dept.name },
    candidates: [],
  };
  const subject = await resolveSubject(ctx.db, code);
  if (!subject)
    return { ...base, outcome: 'not_found', summary: checkSummary('not_found', [], [], scenario), subject: null, hits: [], measures: [] };
  const types = await listTypesByCode(ctx);
  const hits = (await findInForce(ctx.db, [subject.id], checkDate)).map((e) => hitOf(e, types));
  const [memoranda, measures] = await Promise.all([findCurrentMemoranda(ctx.db), findCurrentMeasures(ctx.db)]);
  const applicable = applicableMeasures(
    hits.map((h) => h.listType.code),
    scenario,
    dept.functions,
    memoranda,
    measures,
  );
  const outcome = hits.length > 0 ? 'hit' : 'clear';
  return {
    ...base,
    outcome,
    summary: checkSummary(outcome, hits, applicable, scenario),
    subject: presentSubjectRef(subject),
    hits,
    measures: applicable,
  };
}

async function answerByName(
  ctx: Ctx,
  dept: DepartmentRow,
  name: string,
  scenario: Scenario,
  caseNo: string,
  checkDate: string,
): Promise<CheckAnswer> {
  if (Array.from(name).length < 2) throw invalidInput('按名称核查时名称至少 2 个字', { field: 'name' });
  const found = await searchSubjects({ ...ctx }, { q: name, page: 1, pageSize: 5 });
  const asked = searchKey(name);
  const candidates = found.items
    .map((h) => ({ subject: presentSubjectRef(h), ...scoreName(asked, searchKey(h.name), name, h.name) }))
    .sort((a, b) => b.score - a.score);
  return {
    checkDate,
    scenario: { code: scenario, name: SCENARIOS[scenario] },
    caseNo,
    department: { code: dept.code, name: dept.name },
    outcome: 'candidates',
    summary: checkSummary('candidates', [], [], scenario),
    subject: null,
    hits: [],
    measures: [],
    candidates,
  };
}

function presentCheck(row: CheckRow): Omit<CheckResult, 'replayed'> {
  // Batch rows store the answer without the fields their columns already hold.
  const answer: CheckAnswer = {
    checkDate: row.check_date,
    scenario: { code: row.scenario, name: SCENARIOS[row.scenario as Scenario] ?? row.scenario },
    caseNo: row.case_no,
    department: { code: row.department_code, name: row.department_name },
    ...(row.answer as unknown as Partial<CheckAnswer>),
  } as CheckAnswer;
  const receipt: SignedReceipt | null =
    row.signature && row.key_id
      ? {
          v: 1,
          receiptNo: row.receipt_no,
          issuedAt: row.created_at.toISOString(),
          keyId: row.key_id,
          requestHash: row.request_hash,
          answerHash: row.answer_hash,
          algorithm: 'Ed25519',
          signature: row.signature,
        }
      : null;
  return { id: row.id, receiptNo: row.receipt_no, receipt, feedbackGiven: row.feedback_at !== null, ...answer };
}

/**
 * One check with its feedback, for the department that made it (others: not found) or the platform operator.
 * The stored answer can concern a natural person: the read is audited in the same transaction.
 */
export async function getCheck(ctx: Ctx, id: number) {
  requirePermission(ctx.principal, 'checks.stats');
  const operator = ctx.principal.roles.includes('platform_operator');
  return ctx.db.transaction(async (tx) => {
    const row = await findCheck(tx, id);
    if (!row || (!operator && row.department_id !== ctx.principal.departmentId)) throw notFound(`核查记录不存在：${id}`);
    const feedback = await findFeedback(tx, row.subject_id, row.id);
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'check.read',
        targetKind: 'credit_check',
        targetId: row.receipt_no,
        ...(row.subject_id ? { subjectId: row.subject_id } : {}),
      },
      ctx.clock.now(),
    );
    return {
      ...presentCheck(row),
      feedback: feedback
        ? {
            decision: feedback.decision,
            note: feedback.note,
            measures: feedback.measures,
            appliedCount: feedback.applied_count,
            actor: feedback.actor,
            at: feedback.created_at.toISOString(),
          }
        : null,
    };
  });
}

/** The caller department's checks, newest first; `awaitingFeedback` keeps those with measures and no feedback. */
export async function listChecks(
  ctx: Ctx,
  f: { awaitingFeedback?: boolean | undefined; overdue?: boolean | undefined; page: number; pageSize: number },
) {
  requirePermission(ctx.principal, 'checks.stats');
  const operator = ctx.principal.roles.includes('platform_operator');
  if (!operator && ctx.principal.departmentId === undefined) throw forbidden();
  const today = chinaDate(ctx.clock.now());
  const { rows, total } = await findChecks(ctx.db, {
    departmentId: operator ? undefined : ctx.principal.departmentId,
    awaitingFeedback: f.awaitingFeedback || f.overdue,
    createdBefore: f.overdue ? overdueBefore(today) : undefined,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      receiptNo: r.receipt_no,
      caseNo: r.case_no,
      scenario: { code: r.scenario, name: SCENARIOS[r.scenario as Scenario] ?? r.scenario },
      checkDate: r.check_date,
      department: r.department_name,
      subject: (r.answer as unknown as CheckAnswer).subject,
      query: r.query,
      outcome: r.outcome,
      measureCount: r.measure_count,
      feedbackGiven: r.feedback_at !== null,
      feedbackDue: r.measure_count > 0 ? dueDateOf(r.check_date) : null,
      overdue: r.measure_count > 0 && r.feedback_at === null && r.check_date < overdueBefore(today),
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

function dueDateOf(checkDate: string): string | null {
  return calendarCovers(checkDate) ? addWorkingDays(checkDate, FEEDBACK_DUE_WORKING_DAYS) : null;
}

/** Checks made before this day and still without feedback are overdue (the due date has passed). */
function overdueBefore(today: string): string {
  // Walk back: the latest check date whose due date is before today.
  let d = today;
  for (let i = 0; i < 40; i++) {
    const prev = new Date(`${d}T00:00:00Z`);
    prev.setUTCDate(prev.getUTCDate() - 1);
    d = prev.toISOString().slice(0, 10);
    const due = dueDateOf(d);
    if (due !== null && due < today) return new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  }
  return d;
}

export const DECISIONS = {
  approved: '准予（通过）',
  approved_with_conditions: '附条件准予或从严审查后准予',
  rejected: '不予准许（不通过）',
  withdrawn: '申请人撤回或事项终止',
} as const;
export type Decision = keyof typeof DECISIONS;

export interface FeedbackInput {
  decision: Decision;
  note?: string | undefined;
  measures: { code: string; applied: boolean; reason?: string | undefined }[];
}

/**
 * Records what the department did after a check (反馈): every measure returned, applied or not (a reason
 * when not), and the decision. Only the department that made the check may answer; the same feedback sent
 * again is accepted unchanged, different feedback afterwards is refused (FEEDBACK_EXISTS).
 */
export async function giveFeedback(ctx: Ctx, checkId: number, input: FeedbackInput) {
  requirePermission(ctx.principal, 'checks.run');
  const dept = await callerDepartment(ctx);
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const check = await findCheck(tx, checkId);
    if (!check || check.department_id !== dept.id) throw notFound(`核查记录不存在：${checkId}`);
    const returned = ((check.answer as unknown as CheckAnswer).measures ?? []).map((m) => m.code);
    const given = new Map<string, FeedbackInput['measures'][number]>();
    for (const [i, m] of input.measures.entries()) {
      if (!returned.includes(m.code)) {
        throw invalidInput(`第 ${i + 1} 项措施 ${m.code} 不在本次核查返回的措施中`, { field: `measures[${i}].code` });
      }
      if (given.has(m.code)) throw invalidInput(`措施 ${m.code} 重复反馈`, { field: `measures[${i}].code` });
      if (!m.applied && !m.reason?.trim()) {
        throw invalidInput(`措施 ${m.code} 未实施，请说明原因`, { field: `measures[${i}].reason` });
      }
      given.set(m.code, m);
    }
    const missing = returned.filter((c) => !given.has(c));
    if (missing.length > 0) throw invalidInput(`请对每项返回的措施反馈是否实施，缺少：${missing.join('、')}`, { field: 'measures' });
    const measures = returned.map((c) => {
      const m = given.get(c)!;
      return m.applied ? { code: c, applied: true } : { code: c, applied: false, reason: m.reason!.trim() };
    });
    const content = { decision: input.decision, note: input.note?.trim() || null, measures };
    const contentHash = sha256Hex(content);
    const existing = await findFeedback(tx, check.subject_id, check.id);
    if (existing) {
      if (existing.content_hash === contentHash)
        return { checkId: check.id, receiptNo: check.receipt_no, ...content, at: existing.created_at.toISOString() };
      throw new AppError('FEEDBACK_EXISTS', '该核查已反馈，反馈内容不能更改', 409);
    }
    const appliedCount = measures.filter((m) => m.applied).length;
    await insertFeedback(
      tx,
      {
        subjectId: check.subject_id,
        checkId: check.id,
        departmentId: dept.id,
        decision: input.decision,
        note: content.note,
        measures,
        appliedCount,
        actor: ctx.principal.name,
        contentHash,
      },
      at,
    );
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'check.feedback',
        targetKind: 'credit_check',
        targetId: check.receipt_no,
        ...(check.subject_id ? { subjectId: check.subject_id } : {}),
        details: { decision: input.decision, applied: appliedCount, returned: returned.length },
      },
      at,
    );
    return { checkId: check.id, receiptNo: check.receipt_no, ...content, at: at.toISOString() };
  });
}

/**
 * Per-department check figures for a period, and the plan's indicators 6 (member departments using credit
 * information: at least one check) and 7 (member departments applying joint rewards and punishments:
 * feedback with at least one measure applied). A department user sees its own row and the indicators.
 */
export async function checkStatistics(ctx: Ctx, f: { from?: string | undefined; to?: string | undefined }) {
  requirePermission(ctx.principal, 'checks.stats');
  const today = chinaDate(ctx.clock.now());
  const from = f.from ?? `${today.slice(0, 4)}-01-01`;
  const to = f.to ?? today;
  if (from > to) throw invalidInput('起始日期不能晚于截止日期', { field: 'from' });
  const rows = await checkStatsByDepartment(ctx.db, { from, to, overdueBefore: overdueBefore(today) });
  const members = rows.filter((r) => r.is_member);
  const using = members.filter((r) => r.checks > 0).length;
  const applying = members.filter((r) => r.measures_applied > 0).length;
  const operator = ctx.principal.roles.includes('platform_operator');
  const visible = operator
    ? rows.filter((r) => r.checks > 0 || r.is_member)
    : rows.filter((r) => r.department_id === ctx.principal.departmentId);
  return {
    from,
    to,
    feedbackDueWorkingDays: FEEDBACK_DUE_WORKING_DAYS,
    indicators: {
      usingCreditInformation: { numerator: using, denominator: members.length, ratio: members.length ? using / members.length : 0 },
      applyingMeasures: { numerator: applying, denominator: members.length, ratio: members.length ? applying / members.length : 0 },
    },
    departments: visible.map((r) => ({
      code: r.department_code,
      name: r.department_name,
      isMember: r.is_member,
      checks: r.checks,
      hitChecks: r.hit_checks,
      measuresReturned: r.measures_returned,
      feedbackGiven: r.feedback_given,
      measuresApplied: r.measures_applied,
      awaitingFeedback: r.awaiting_feedback,
      overdueFeedback: r.overdue_feedback,
    })),
  };
}
