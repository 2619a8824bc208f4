import type { CheckOutcome } from './checks.rules';
import type { Queryable } from '../../db/db';

// SQL of batch credit checks. The two subject lookups read the subjects module's tables directly: they are
// the set-based twins of findSubjectByCode and the exact-name rank of name search, one statement per chunk.

export interface CheckBatchRow {
  id: number;
  department_id: number;
  department_code: string;
  department_name: string;
  actor: string;
  case_no: string;
  scenario: string;
  file_name: string | null;
  total: number;
  hits: number;
  not_found: number;
  rejected: number;
  receipt_no: string | null;
  results_hash: string | null;
  key_id: string | null;
  signature: string | null;
  created_at: Date;
}

const BATCH_COLUMNS = `b.id, b.department_id, d.code AS department_code, d.name AS department_name, b.actor, b.case_no, b.scenario,
  b.file_name, b.total, b.hits, b.not_found, b.rejected, b.receipt_no, b.results_hash, b.key_id, b.signature, b.created_at`;

export async function findCheckBatch(q: Queryable, id: number, lock = false): Promise<CheckBatchRow | undefined> {
  const { rows } = await q.query<CheckBatchRow>(
    `SELECT ${BATCH_COLUMNS} FROM check_batches b JOIN departments d ON d.id = b.department_id WHERE b.id = $1${lock ? ' FOR UPDATE OF b' : ''}`,
    [id],
  );
  return rows[0];
}

/**
 * The batch of this department, case and scenario whose rows carry `requestHash` (every row of a batch
 * carries the batch's request hash), oldest first.
 */
export async function findCheckBatchByRequest(
  q: Queryable,
  r: { departmentId: number; caseNo: string; scenario: string; requestHash: string },
): Promise<CheckBatchRow | undefined> {
  const { rows } = await q.query<CheckBatchRow>(
    `SELECT ${BATCH_COLUMNS} FROM check_batches b JOIN departments d ON d.id = b.department_id
     WHERE b.department_id = $1 AND b.case_no = $2 AND b.scenario = $3
       AND EXISTS (SELECT 1 FROM credit_checks c WHERE c.batch_id = b.id AND c.request_hash = $4)
     ORDER BY b.id LIMIT 1`,
    [r.departmentId, r.caseNo, r.scenario, r.requestHash],
  );
  return rows[0];
}

export async function insertCheckBatch(
  q: Queryable,
  b: { departmentId: number; actor: string; caseNo: string; scenario: string; fileName: string | null; receiptNo: string },
  at: Date,
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO check_batches (department_id, actor, case_no, scenario, file_name, receipt_no, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [b.departmentId, b.actor, b.caseNo, b.scenario, b.fileName, b.receiptNo, at],
  );
  return rows[0]!.id;
}

/** Adds a chunk's rows to the batch's running counts (rows stored so far). */
export async function addCheckBatchCounts(
  q: Queryable,
  id: number,
  c: { total: number; hits: number; notFound: number; rejected: number },
): Promise<void> {
  await q.query(
    `UPDATE check_batches SET total = total + $2, hits = hits + $3, not_found = not_found + $4, rejected = rejected + $5 WHERE id = $1`,
    [id, c.total, c.hits, c.notFound, c.rejected],
  );
}

export async function signCheckBatch(
  q: Queryable,
  id: number,
  s: { resultsHash: string; keyId: string; signature: string },
): Promise<void> {
  await q.query('UPDATE check_batches SET results_hash = $2, key_id = $3, signature = $4 WHERE id = $1', [
    id,
    s.resultsHash,
    s.keyId,
    s.signature,
  ]);
}

/** What every row of a batch repeats: the request hash, the check date and the file's SHA-256. */
export async function findCheckBatchRequest(
  q: Queryable,
  batchId: number,
): Promise<{ request_hash: string; check_date: string; file_sha256: string | null } | undefined> {
  const { rows } = await q.query<{ request_hash: string; check_date: string; file_sha256: string | null }>(
    `SELECT request_hash, check_date, query->>'file' AS file_sha256 FROM credit_checks WHERE batch_id = $1 LIMIT 1`,
    [batchId],
  );
  return rows[0];
}

/** Rows of the batch by outcome (clear and candidates are not kept on the batch row). */
export async function countCheckBatchOutcomes(q: Queryable, batchId: number): Promise<Record<string, number>> {
  const { rows } = await q.query<{ outcome: string; n: number }>(
    'SELECT outcome, count(*)::bigint AS n FROM credit_checks WHERE batch_id = $1 GROUP BY outcome',
    [batchId],
  );
  return Object.fromEntries(rows.map((r) => [r.outcome, r.n]));
}

/**
 * One page of a batch's results lines in row order: rows whose receipt number lies after `after` and at or
 * before `last`. Row receipt numbers are the batch's receipt number, a hyphen and the row number padded to a
 * fixed width, so they sort by row in any collation and the receipt index walks them in order.
 */
export async function findCheckBatchLines(
  q: Queryable,
  batchId: number,
  range: { after: string; last: string },
  limit: number,
): Promise<{ receipt_no: string; line: string }[]> {
  const { rows } = await q.query<{ receipt_no: string; line: string }>(
    `SELECT receipt_no, answer->'batch'->>'line' AS line FROM credit_checks
     WHERE receipt_no > $2 AND receipt_no <= $3 AND batch_id = $1 ORDER BY receipt_no LIMIT $4`,
    [batchId, range.after, range.last, limit],
  );
  return rows;
}

export interface SubjectMatchRow {
  id: number;
  kind: 'legal_person' | 'non_enterprise' | 'natural_person';
  name: string;
  name_norm: string;
  code: string;
}

/**
 * The subjects known by these identifiers (code and kind; primary or legacy), one statement: for each
 * pair the subject of its identifier, the primary identifier first when a code is both.
 */
export async function findSubjectsByCodes(
  q: Queryable,
  pairs: readonly { code: string; kind: string }[],
): Promise<(SubjectMatchRow & { key_code: string; key_kind: string })[]> {
  if (pairs.length === 0) return [];
  const { rows } = await q.query<SubjectMatchRow & { key_code: string; key_kind: string }>(
    `SELECT DISTINCT ON (i.code, i.kind) i.code AS key_code, i.kind AS key_kind, s.id, s.kind, s.name, s.name_norm, s.code
     FROM unnest($1::text[], $2::text[]) AS k(code, kind)
     JOIN subject_identifiers i ON i.code = k.code AND i.kind = k.kind
     JOIN subjects s ON s.id = i.subject_id
     ORDER BY i.code, i.kind, i.is_primary DESC`,
    [pairs.map((p) => p.code), pairs.map((p) => p.kind)],
  );
  return rows;
}

/**
 * Organisations (not natural persons) with a current or former name whose search key (subject_names.name_core)
 * is one of `keys`, one statement; a subject appears once per key.
 */
export async function findOrganisationsByNameKeys(
  q: Queryable,
  keys: readonly string[],
): Promise<(SubjectMatchRow & { key: string; is_current: boolean })[]> {
  if (keys.length === 0) return [];
  const { rows } = await q.query<SubjectMatchRow & { key: string; is_current: boolean }>(
    `SELECT DISTINCT ON (n.name_core, s.id) n.name_core AS key, s.id, s.kind, s.name, s.name_norm, s.code, n.name_norm = s.name_norm AS is_current
     FROM subject_names n JOIN subjects s ON s.id = n.subject_id
     WHERE n.name_core = ANY($1::text[]) AND s.kind <> 'natural_person'
     ORDER BY n.name_core, s.id, is_current DESC`,
    [keys],
  );
  return rows;
}

/** What every check row of a batch shares. */
export interface BatchCheckCommon {
  batchId: number;
  departmentId: number;
  actor: string;
  caseNo: string;
  scenario: string;
  checkDate: string;
  requestHash: string;
  at: Date;
}

/** One check row of a batch: unsigned (the batch is signed as a whole). */
export interface BatchCheckRow {
  subject_id: number;
  receipt_no: string;
  query: Record<string, unknown>;
  outcome: CheckOutcome;
  answer: Record<string, unknown>;
  answer_hash: string;
  measure_count: number;
}

/**
 * Inserts a chunk of a batch's check rows in one statement. The rows travel as one JSON document
 * (jsonb_to_recordset): measured at less than half the cost of text[] and jsonb[] parameter arrays, whose
 * array literals escape and parse every quote of the JSON values twice.
 */
export async function insertBatchChecks(q: Queryable, common: BatchCheckCommon, rows: readonly BatchCheckRow[]): Promise<void> {
  if (rows.length === 0) return;
  await q.query(
    `INSERT INTO credit_checks (subject_id, receipt_no, department_id, actor, case_no, scenario, check_date, query, outcome, answer,
       request_hash, answer_hash, key_id, signature, batch_id, measure_count, created_at)
     SELECT t.subject_id, t.receipt_no, $2, $3, $4, $5, $6, t.query, t.outcome, t.answer, $7, t.answer_hash, NULL, NULL, $8, t.measure_count, $9
     FROM jsonb_to_recordset($1::jsonb) AS t(subject_id bigint, receipt_no text, query jsonb, outcome text, answer jsonb, answer_hash text,
       measure_count integer)`,
    [
      JSON.stringify(rows),
      common.departmentId,
      common.actor,
      common.caseNo,
      common.scenario,
      common.checkDate,
      common.requestHash,
      common.batchId,
      common.at,
    ],
  );
}
