import type { Queryable } from '../../db/db';
import type { CheckOutcome } from './checks.rules';

/** Takes `n` serials of the day's check counter; returns the first. */
export async function takeCheckSerials(tx: Queryable, date: string, n = 1): Promise<number> {
  const { rows } = await tx.query<{ last_serial: number }>(
    `INSERT INTO check_counters (check_date, last_serial) VALUES ($1, $2)
     ON CONFLICT (check_date) DO UPDATE SET last_serial = check_counters.last_serial + $2
     RETURNING last_serial`,
    [date, n],
  );
  return rows[0]!.last_serial - n + 1;
}

export interface CheckRow {
  id: number;
  subject_id: number;
  receipt_no: string;
  department_id: number;
  department_code: string;
  department_name: string;
  actor: string;
  case_no: string;
  scenario: string;
  check_date: string;
  query: Record<string, unknown>;
  outcome: CheckOutcome;
  answer: Record<string, unknown>;
  request_hash: string;
  answer_hash: string;
  key_id: string | null;
  signature: string | null;
  batch_id: number | null;
  measure_count: number;
  created_at: Date;
  feedback_at: Date | null;
}

const CHECK_COLUMNS = `c.id, c.subject_id, c.receipt_no, c.department_id, d.code AS department_code, d.name AS department_name, c.actor,
  c.case_no, c.scenario, c.check_date, c.query, c.outcome, c.answer, c.request_hash, c.answer_hash, c.key_id, c.signature, c.batch_id,
  c.measure_count, c.created_at, f.created_at AS feedback_at`;
const CHECK_FROM = `credit_checks c JOIN departments d ON d.id = c.department_id
  LEFT JOIN check_feedback f ON f.subject_id = c.subject_id AND f.check_id = c.id`;

export async function findCheckByRequest(q: Queryable, subjectId: number, requestHash: string): Promise<CheckRow | undefined> {
  const { rows } = await q.query<CheckRow>(
    `SELECT ${CHECK_COLUMNS} FROM ${CHECK_FROM} WHERE c.subject_id = $1 AND c.request_hash = $2 AND c.batch_id IS NULL`,
    [subjectId, requestHash],
  );
  return rows[0];
}

export async function findCheck(q: Queryable, id: number): Promise<CheckRow | undefined> {
  const { rows } = await q.query<CheckRow>(`SELECT ${CHECK_COLUMNS} FROM ${CHECK_FROM} WHERE c.id = $1`, [id]);
  return rows[0];
}

export interface NewCheck {
  subjectId: number;
  receiptNo: string;
  departmentId: number;
  actor: string;
  caseNo: string;
  scenario: string;
  checkDate: string;
  query: Record<string, unknown>;
  outcome: CheckRow['outcome'];
  answer: Record<string, unknown>;
  requestHash: string;
  answerHash: string;
  keyId: string | null;
  signature: string | null;
  batchId: number | null;
  measureCount: number;
}

/** Inserts checks in one statement; returns their ids in input order. */
export async function insertChecks(q: Queryable, checks: readonly NewCheck[], at: Date): Promise<number[]> {
  if (checks.length === 0) return [];
  const col = <T>(f: (c: NewCheck) => T) => checks.map(f);
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO credit_checks (subject_id, receipt_no, department_id, actor, case_no, scenario, check_date, query, outcome, answer,
       request_hash, answer_hash, key_id, signature, batch_id, measure_count, created_at)
     SELECT subject_id, receipt_no, department_id, actor, case_no, scenario, check_date, query, outcome, answer, request_hash, answer_hash,
       key_id, signature, batch_id, measure_count, $17::timestamptz FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::date[],
       $8::jsonb[], $9::text[], $10::jsonb[], $11::text[], $12::text[], $13::text[], $14::text[], $15::bigint[], $16::int[])
       WITH ORDINALITY AS t(subject_id, receipt_no, department_id, actor, case_no, scenario, check_date, query, outcome, answer,
         request_hash, answer_hash, key_id, signature, batch_id, measure_count, ord)
     ORDER BY ord
     RETURNING id`,
    [
      col((c) => c.subjectId),
      col((c) => c.receiptNo),
      col((c) => c.departmentId),
      col((c) => c.actor),
      col((c) => c.caseNo),
      col((c) => c.scenario),
      col((c) => c.checkDate),
      col((c) => JSON.stringify(c.query)),
      col((c) => c.outcome),
      col((c) => JSON.stringify(c.answer)),
      col((c) => c.requestHash),
      col((c) => c.answerHash),
      col((c) => c.keyId),
      col((c) => c.signature),
      col((c) => c.batchId),
      col((c) => c.measureCount),
      at,
    ],
  );
  return rows.map((r) => r.id);
}

export interface CheckFilter {
  departmentId?: number | undefined;
  /** Only checks with measures and no feedback. */
  awaitingFeedback?: boolean | undefined;
  createdBefore?: string | undefined;
  limit: number;
  offset: number;
}

/** Checks, newest first, with the total. */
export async function findChecks(q: Queryable, f: CheckFilter): Promise<{ rows: CheckRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (f.departmentId !== undefined) add('c.department_id = ?', f.departmentId);
  if (f.awaitingFeedback) where.push('c.measure_count > 0 AND f.check_id IS NULL');
  if (f.createdBefore) add('c.check_date < ?::date', f.createdBefore);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const count = await q.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM ${CHECK_FROM} ${clause}`, params);
  const { rows } = await q.query<CheckRow>(
    `SELECT ${CHECK_COLUMNS} FROM ${CHECK_FROM} ${clause} ORDER BY c.created_at DESC, c.id DESC
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.limit, f.offset],
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}

export interface FeedbackRow {
  check_id: number;
  decision: string;
  note: string | null;
  measures: { code: string; applied: boolean; reason?: string }[];
  applied_count: number;
  actor: string;
  content_hash: string;
  created_at: Date;
}

export async function findFeedback(q: Queryable, subjectId: number, checkId: number): Promise<FeedbackRow | undefined> {
  const { rows } = await q.query<FeedbackRow>(
    `SELECT check_id, decision, note, measures, applied_count, actor, content_hash, created_at FROM check_feedback
     WHERE subject_id = $1 AND check_id = $2`,
    [subjectId, checkId],
  );
  return rows[0];
}

export async function insertFeedback(
  q: Queryable,
  f: {
    subjectId: number;
    checkId: number;
    departmentId: number;
    decision: string;
    note: string | null;
    measures: unknown[];
    appliedCount: number;
    actor: string;
    contentHash: string;
  },
  at: Date,
): Promise<void> {
  await q.query(
    `INSERT INTO check_feedback (subject_id, check_id, department_id, decision, note, measures, applied_count, actor, content_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [f.subjectId, f.checkId, f.departmentId, f.decision, f.note, JSON.stringify(f.measures), f.appliedCount, f.actor, f.contentHash, at],
  );
}

export interface DepartmentCheckStats {
  department_id: number;
  department_code: string;
  department_name: string;
  is_member: boolean;
  checks: number;
  hit_checks: number;
  measures_returned: number;
  awaiting_feedback: number;
  overdue_feedback: number;
  feedback_given: number;
  measures_applied: number;
}

/**
 * Per department in the period [from, to]: checks made, checks with hits, measures returned, feedback
 * given, measures applied; checks awaiting feedback, and those of them checked before `overdueBefore`.
 */
export async function checkStatsByDepartment(
  q: Queryable,
  o: { from: string; to: string; overdueBefore: string },
): Promise<DepartmentCheckStats[]> {
  const { rows } = await q.query<DepartmentCheckStats>(
    `SELECT d.id AS department_id, d.code AS department_code, d.name AS department_name, d.is_member,
       count(c.id) FILTER (WHERE c.outcome <> 'error')::bigint AS checks,
       count(c.id) FILTER (WHERE c.outcome = 'hit')::bigint AS hit_checks,
       coalesce(sum(c.measure_count), 0)::bigint AS measures_returned,
       count(c.id) FILTER (WHERE c.measure_count > 0 AND f.check_id IS NULL)::bigint AS awaiting_feedback,
       count(c.id) FILTER (WHERE c.measure_count > 0 AND f.check_id IS NULL AND c.check_date < $3::date)::bigint AS overdue_feedback,
       count(f.check_id)::bigint AS feedback_given,
       coalesce(sum(f.applied_count), 0)::bigint AS measures_applied
     FROM departments d
     LEFT JOIN credit_checks c ON c.department_id = d.id AND c.check_date BETWEEN $1::date AND $2::date
     LEFT JOIN check_feedback f ON f.subject_id = c.subject_id AND f.check_id = c.id
     GROUP BY d.id, d.code, d.name, d.is_member, d.sort_order
     ORDER BY d.sort_order, d.id`,
    [o.from, o.to, o.overdueBefore],
  );
  return rows;
}
