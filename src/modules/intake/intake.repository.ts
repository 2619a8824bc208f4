import type { Queryable } from '../../db/db';

/** What became of a batch's rows. */
export interface BatchCounts {
  total: number;
  accepted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  revoked: number;
  flagged: number;
}

export interface BatchRow extends BatchCounts {
  id: number;
  department_id: number;
  department_code: string;
  department_name: string;
  item_code: string | null;
  item_version: number | null;
  origin: string;
  filename: string | null;
  format: string | null;
  encoding: string | null;
  file_sha256: string | null;
  status: 'processing' | 'completed' | 'failed';
  last_row: number;
  headers: string[];
  warnings: { code: string; message: string }[];
  error: { code: string; message: string } | null;
  submitted_by: string | null;
  created_at: Date;
  finished_at: Date | null;
}

export interface ResultRow {
  row_no: number;
  status: 'accepted' | 'updated' | 'unchanged' | 'rejected';
  subject_id: number | null;
  record_id: number | null;
  errors: { field: string | null; fieldName: string | null; code: string; message: string }[];
  warnings: { field: string | null; fieldName: string | null; code: string; message: string }[];
  raw: Record<string, string> | null;
}

export async function insertBatch(
  q: Queryable,
  b: { departmentId: number; origin: string; filename: string | null; submittedBy: string | null },
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO intake_batches (department_id, origin, filename, submitted_by) VALUES ($1, $2, $3, $4) RETURNING id`,
    [b.departmentId, b.origin, b.filename, b.submittedBy],
  );
  return rows[0]!.id;
}

export async function describeBatch(
  q: Queryable,
  id: number,
  d: { itemCode: string; itemVersion: number; format: string | null; encoding: string | null; headers: string[]; warnings: unknown[] },
): Promise<void> {
  await q.query(
    `UPDATE intake_batches SET item_code = $2, item_version = $3, format = $4, encoding = $5, headers = $6::jsonb, warnings = $7::jsonb
     WHERE id = $1`,
    [id, d.itemCode, d.itemVersion, d.format, d.encoding, JSON.stringify(d.headers), JSON.stringify(d.warnings)],
  );
}

export async function addBatchCounts(q: Queryable, id: number, c: BatchCounts & { lastRow: number }): Promise<void> {
  await q.query(
    `UPDATE intake_batches SET total = total + $2, accepted = accepted + $3, updated = updated + $4, unchanged = unchanged + $5,
       rejected = rejected + $6, revoked = revoked + $7, flagged = flagged + $8, last_row = greatest(last_row, $9) WHERE id = $1`,
    [id, c.total, c.accepted, c.updated, c.unchanged, c.rejected, c.revoked, c.flagged, c.lastRow],
  );
}

export async function finishBatch(
  q: Queryable,
  id: number,
  status: 'completed' | 'failed',
  error: { code: string; message: string } | null,
  fileSha256: string | null,
): Promise<void> {
  await q.query(`UPDATE intake_batches SET status = $2, error = $3::jsonb, file_sha256 = $4, finished_at = now() WHERE id = $1`, [
    id,
    status,
    error ? JSON.stringify(error) : null,
    fileSha256,
  ]);
}

export async function findBatch(q: Queryable, id: number): Promise<BatchRow | undefined> {
  const { rows } = await q.query<BatchRow>(
    `SELECT b.*, d.code AS department_code, d.name AS department_name FROM intake_batches b
     JOIN departments d ON d.id = b.department_id WHERE b.id = $1`,
    [id],
  );
  return rows[0];
}

export async function insertResults(
  q: Queryable,
  batchId: number,
  results: readonly {
    rowNo: number;
    status: string;
    subjectId: number | null;
    recordId: number | null;
    errors: unknown[];
    warnings: unknown[];
    raw: unknown;
  }[],
): Promise<void> {
  if (results.length === 0) return;
  await q.query(
    `INSERT INTO intake_results (batch_id, row_no, status, subject_id, record_id, errors, warnings, raw)
     SELECT $1, * FROM unnest($2::int[], $3::text[], $4::bigint[], $5::bigint[], $6::jsonb[], $7::jsonb[], $8::jsonb[])`,
    [
      batchId,
      results.map((r) => r.rowNo),
      results.map((r) => r.status),
      results.map((r) => r.subjectId),
      results.map((r) => r.recordId),
      results.map((r) => JSON.stringify(r.errors)),
      results.map((r) => JSON.stringify(r.warnings)),
      results.map((r) => (r.raw === null ? null : JSON.stringify(r.raw))),
    ],
  );
}

export async function listResults(
  q: Queryable,
  batchId: number,
  opts: { status?: string | undefined; limit: number; offset: number },
): Promise<{ rows: ResultRow[]; total: number }> {
  const params: unknown[] = [batchId];
  let where = 'batch_id = $1';
  if (opts.status) {
    params.push(opts.status);
    where += ` AND status = $2`;
  }
  const count = await q.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM intake_results WHERE ${where}`, params);
  const { rows } = await q.query<ResultRow>(
    `SELECT row_no, status, subject_id, record_id, errors, warnings, raw FROM intake_results WHERE ${where}
     ORDER BY row_no LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, opts.limit, opts.offset],
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}

export async function insertReviewItems(
  q: Queryable,
  items: readonly {
    subjectId: number;
    kind: 'checksum' | 'name_conflict';
    recordId: number | null;
    batchId: number;
    rowNo: number;
    departmentId: number;
    details: unknown;
  }[],
): Promise<void> {
  if (items.length === 0) return;
  await q.query(
    `INSERT INTO review_items (subject_id, kind, record_id, batch_id, row_no, department_id, details)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[], $5::int[], $6::int[], $7::jsonb[])`,
    [
      items.map((i) => i.subjectId),
      items.map((i) => i.kind),
      items.map((i) => i.recordId),
      items.map((i) => i.batchId),
      items.map((i) => i.rowNo),
      items.map((i) => i.departmentId),
      items.map((i) => JSON.stringify(i.details)),
    ],
  );
}

/** Subjects by (code, kind) pairs, with every name they are known by (normalised). */
export async function findSubjectsByCodes(
  q: Queryable,
  pairs: readonly { code: string; kind: string }[],
): Promise<{ code: string; kind: string; subject_id: number; subject_kind: string; name: string; names: string[] }[]> {
  if (pairs.length === 0) return [];
  const { rows } = await q.query<{ code: string; kind: string; subject_id: number; subject_kind: string; name: string; names: string[] }>(
    `SELECT i.code, i.kind, s.id AS subject_id, s.kind AS subject_kind, s.name,
       ARRAY(SELECT n.name_norm FROM subject_names n WHERE n.subject_id = s.id) AS names
     FROM unnest($1::text[], $2::text[]) AS p(code, kind)
     JOIN subject_identifiers i ON i.code = p.code AND i.kind = p.kind
     JOIN subjects s ON s.id = i.subject_id`,
    [pairs.map((p) => p.code), pairs.map((p) => p.kind)],
  );
  return rows;
}

/** For records this batch already handled (any status but rejected): record id → the first row that did. */
export async function findHandledRows(q: Queryable, batchId: number, recordIds: readonly number[]): Promise<Map<number, number>> {
  if (recordIds.length === 0) return new Map();
  const { rows } = await q.query<{ record_id: number; row_no: number }>(
    `SELECT record_id, min(row_no) AS row_no FROM intake_results
     WHERE batch_id = $1 AND record_id = ANY($2::bigint[]) AND status <> 'rejected' GROUP BY record_id`,
    [batchId, recordIds],
  );
  return new Map(rows.map((r) => [r.record_id, r.row_no]));
}
