import type { Queryable } from '../../db/db';
import type { CaseKind } from './cases.machine';

export interface CaseRow {
  id: number;
  subject_id: number;
  case_no: string;
  kind: CaseKind;
  status: string;
  record_id: number | null;
  list_entry_id: number | null;
  target: Record<string, unknown>;
  department_id: number | null;
  department_name: string | null;
  department_code: string | null;
  applicant: Record<string, string>;
  lookup_hash: string;
  grounds: string | null;
  description: string;
  request: Record<string, unknown>;
  received_on: string;
  deadline: string | null;
  outcome: string | null;
  outcome_note: string | null;
  decided_on: string | null;
  created_at: Date;
  updated_at: Date;
  subject_name: string | null;
  subject_code: string | null;
  subject_kind: string | null;
}

const COLUMNS = `c.id, c.subject_id, c.case_no, c.kind, c.status, c.record_id, c.list_entry_id, c.target, c.department_id,
  d.name AS department_name, d.code AS department_code, c.applicant, c.lookup_hash, c.grounds, c.description, c.request, c.received_on,
  c.deadline, c.outcome, c.outcome_note, c.decided_on, c.created_at, c.updated_at, s.name AS subject_name, s.code AS subject_code,
  s.kind AS subject_kind`;
const FROM = 'credit_cases c LEFT JOIN departments d ON d.id = c.department_id LEFT JOIN subjects s ON s.id = c.subject_id';

/** Takes the next serial of the day for a kind of case. */
export async function takeCaseSerial(tx: Queryable, kind: CaseKind, day: string): Promise<number> {
  const { rows } = await tx.query<{ last_serial: number }>(
    `INSERT INTO case_counters (kind, day, last_serial) VALUES ($1, $2, 1)
     ON CONFLICT (kind, day) DO UPDATE SET last_serial = case_counters.last_serial + 1 RETURNING last_serial`,
    [kind, day],
  );
  return rows[0]!.last_serial;
}

export async function findCaseByNo(q: Queryable, caseNo: string, lock = false): Promise<CaseRow | undefined> {
  const { rows } = await q.query<CaseRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE c.case_no = $1${lock ? ' FOR UPDATE OF c' : ''}`, [caseNo]);
  return rows[0];
}

/** An open case of this kind about the same record or entry (one at a time). */
export async function findOpenCaseFor(
  q: Queryable,
  kind: CaseKind,
  subjectId: number,
  target: { recordId: number | null; listEntryId: number | null },
  terminal: readonly string[],
): Promise<CaseRow | undefined> {
  const { rows } = await q.query<CaseRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE c.kind = $1 AND c.subject_id = $2
       AND (c.record_id = $3 OR c.list_entry_id = $4) AND NOT (c.status = ANY($5::text[]))`,
    [kind, subjectId, target.recordId, target.listEntryId, terminal],
  );
  return rows[0];
}

export interface NewCase {
  subjectId: number;
  caseNo: string;
  kind: CaseKind;
  status: string;
  recordId: number | null;
  listEntryId: number | null;
  target: Record<string, unknown>;
  departmentId: number | null;
  applicant: Record<string, string>;
  lookupHash: string;
  grounds: string | null;
  description: string;
  request: Record<string, unknown>;
  receivedOn: string;
  deadline: string | null;
}

export async function insertCase(q: Queryable, c: NewCase, at: Date): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO credit_cases (subject_id, case_no, kind, status, record_id, list_entry_id, target, department_id, applicant, lookup_hash,
       grounds, description, request, received_on, deadline, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id`,
    [
      c.subjectId,
      c.caseNo,
      c.kind,
      c.status,
      c.recordId,
      c.listEntryId,
      JSON.stringify(c.target),
      c.departmentId,
      JSON.stringify(c.applicant),
      c.lookupHash,
      c.grounds,
      c.description,
      JSON.stringify(c.request),
      c.receivedOn,
      c.deadline,
      at,
    ],
  );
  return rows[0]!.id;
}

export interface CaseChange {
  status?: string;
  recordId?: number;
  departmentId?: number | null;
  deadline?: string | null;
  outcome?: string | null;
  outcomeNote?: string | null;
  decidedOn?: string | null;
  description?: string;
  request?: Record<string, unknown>;
}

const CHANGE_COLUMNS: Record<keyof CaseChange, string> = {
  status: 'status',
  recordId: 'record_id',
  departmentId: 'department_id',
  deadline: 'deadline',
  outcome: 'outcome',
  outcomeNote: 'outcome_note',
  decidedOn: 'decided_on',
  description: 'description',
  request: 'request',
};

export async function updateCase(q: Queryable, subjectId: number, id: number, change: CaseChange, at: Date): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [subjectId, id, at];
  for (const [k, v] of Object.entries(change) as [keyof CaseChange, unknown][]) {
    if (v === undefined) continue;
    params.push(k === 'request' ? JSON.stringify(v) : v);
    sets.push(`${CHANGE_COLUMNS[k]} = $${params.length}`);
  }
  await q.query(`UPDATE credit_cases SET ${[...sets, 'updated_at = $3'].join(', ')} WHERE subject_id = $1 AND id = $2`, params);
}

export interface CaseEventRow {
  action: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
  details: Record<string, unknown>;
  actor: string;
  at: Date;
}

export async function insertCaseEvent(
  q: Queryable,
  e: {
    subjectId: number;
    caseId: number;
    action: string;
    from: string | null;
    to: string;
    note: string | null;
    details: Record<string, unknown>;
    actor: string;
  },
  at: Date,
): Promise<void> {
  await q.query(
    `INSERT INTO case_events (subject_id, case_id, action, from_status, to_status, note, details, actor, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [e.subjectId, e.caseId, e.action, e.from, e.to, e.note, JSON.stringify(e.details), e.actor, at],
  );
}

export async function findCaseEvents(q: Queryable, subjectId: number, caseId: number): Promise<CaseEventRow[]> {
  const { rows } = await q.query<CaseEventRow>(
    `SELECT action, from_status, to_status, note, details, actor, at FROM case_events WHERE subject_id = $1 AND case_id = $2 ORDER BY id`,
    [subjectId, caseId],
  );
  return rows;
}

export interface NewCaseFile {
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
}

export async function insertCaseFiles(
  q: Queryable,
  subjectId: number,
  caseId: number,
  files: readonly NewCaseFile[],
  at: Date,
): Promise<void> {
  for (const f of files) {
    await q.query(
      `INSERT INTO case_files (subject_id, case_id, file_name, mime, size, sha256, content, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [subjectId, caseId, f.fileName, f.mime, f.size, f.sha256, f.content, at],
    );
  }
}

export interface CaseFileMeta {
  id: number;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  created_at: Date;
}

export async function findCaseFiles(q: Queryable, subjectId: number, caseId: number): Promise<CaseFileMeta[]> {
  const { rows } = await q.query<CaseFileMeta>(
    'SELECT id, file_name, mime, size, sha256, created_at FROM case_files WHERE subject_id = $1 AND case_id = $2 ORDER BY id',
    [subjectId, caseId],
  );
  return rows;
}

export async function findCaseFileContent(
  q: Queryable,
  subjectId: number,
  caseId: number,
  fileId: number,
): Promise<(CaseFileMeta & { content: Uint8Array }) | undefined> {
  const { rows } = await q.query<CaseFileMeta & { content: Uint8Array }>(
    'SELECT id, file_name, mime, size, sha256, created_at, content FROM case_files WHERE subject_id = $1 AND case_id = $2 AND id = $3',
    [subjectId, caseId, fileId],
  );
  return rows[0];
}

export interface CaseFilter {
  kind?: CaseKind | undefined;
  status?: string | undefined;
  departmentId?: number | undefined;
  /** Only cases the platform has routed to a department. */
  routedOnly?: boolean | undefined;
  open?: boolean | undefined;
  overdueOn?: string | undefined;
  terminal: readonly string[];
  limit: number;
  offset: number;
}

/** Cases for the console, nearest deadline first, with the total. */
export async function findCases(q: Queryable, f: CaseFilter): Promise<{ rows: CaseRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (f.kind) add('c.kind = ?', f.kind);
  if (f.status) add('c.status = ?', f.status);
  if (f.departmentId !== undefined) add('c.department_id = ?', f.departmentId);
  if (f.routedOnly) where.push(`(c.request->>'routed') = 'true'`);
  if (f.open || f.overdueOn) add('NOT (c.status = ANY(?::text[]))', f.terminal);
  if (f.overdueOn) add('c.deadline < ?::date', f.overdueOn);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const count = await q.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM credit_cases c ${clause}`, params);
  const { rows } = await q.query<CaseRow>(
    `SELECT ${COLUMNS} FROM ${FROM} ${clause} ORDER BY c.deadline NULLS LAST, c.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.limit, f.offset],
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}

/** Open and overdue cases per department and kind (the operator's overview). */
export async function countOpenCases(
  q: Queryable,
  today: string,
  terminal: readonly string[],
): Promise<{ department_code: string | null; department_name: string | null; kind: CaseKind; open: number; overdue: number }[]> {
  const { rows } = await q.query<{
    department_code: string | null;
    department_name: string | null;
    kind: CaseKind;
    open: number;
    overdue: number;
  }>(
    `SELECT d.code AS department_code, d.name AS department_name, c.kind, count(*)::bigint AS open,
       count(*) FILTER (WHERE c.deadline < $1::date)::bigint AS overdue
     FROM credit_cases c LEFT JOIN departments d ON d.id = c.department_id
     WHERE NOT (c.status = ANY($2::text[]))
     GROUP BY d.code, d.name, d.sort_order, c.kind ORDER BY d.sort_order NULLS FIRST, c.kind`,
    [today, terminal],
  );
  return rows;
}
