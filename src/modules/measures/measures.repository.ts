import type { Queryable } from '../../db/db';

export interface MemorandumRow {
  code: string;
  version: number;
  doc_no: string | null;
  title: string;
  kind: 'reward' | 'punishment';
  list_types: string[];
  issued_on: string | null;
  note: string | null;
  checksum: string;
  changed_by: string;
  changed_at: Date;
}

export interface MeasureRow {
  code: string;
  version: number;
  memorandum_code: string;
  kind: 'reward' | 'punishment';
  text: string;
  legal_basis: string;
  implementers: string[];
  scenarios: string[];
  status: 'active' | 'retired';
  checksum: string;
  changed_by: string;
  changed_at: Date;
}

const MEMO_COLUMNS = 'code, version, doc_no, title, kind, list_types, issued_on, note, checksum, changed_by, changed_at';
const MEASURE_COLUMNS =
  'code, version, memorandum_code, kind, text, legal_basis, implementers, scenarios, status, checksum, changed_by, changed_at';

export async function findCurrentMemoranda(q: Queryable): Promise<MemorandumRow[]> {
  const { rows } = await q.query<MemorandumRow>(`SELECT ${MEMO_COLUMNS} FROM memoranda WHERE is_current ORDER BY code`);
  return rows;
}

export async function findCurrentMeasures(q: Queryable): Promise<MeasureRow[]> {
  const { rows } = await q.query<MeasureRow>(`SELECT ${MEASURE_COLUMNS} FROM measures WHERE is_current ORDER BY memorandum_code, code`);
  return rows;
}

export async function findMemorandum(q: Queryable, code: string, lock = false): Promise<MemorandumRow | undefined> {
  const { rows } = await q.query<MemorandumRow>(
    `SELECT ${MEMO_COLUMNS} FROM memoranda WHERE code = $1 AND is_current${lock ? ' FOR UPDATE' : ''}`,
    [code],
  );
  return rows[0];
}

export async function findMeasure(q: Queryable, code: string, lock = false): Promise<MeasureRow | undefined> {
  const { rows } = await q.query<MeasureRow>(
    `SELECT ${MEASURE_COLUMNS} FROM measures WHERE code = $1 AND is_current${lock ? ' FOR UPDATE' : ''}`,
    [code],
  );
  return rows[0];
}

export async function findMeasureVersions(q: Queryable, code: string): Promise<MeasureRow[]> {
  const { rows } = await q.query<MeasureRow>(`SELECT ${MEASURE_COLUMNS} FROM measures WHERE code = $1 ORDER BY version`, [code]);
  return rows;
}

export async function findMemorandumVersions(q: Queryable, code: string): Promise<MemorandumRow[]> {
  const { rows } = await q.query<MemorandumRow>(`SELECT ${MEMO_COLUMNS} FROM memoranda WHERE code = $1 ORDER BY version`, [code]);
  return rows;
}

export type NewMemorandum = Omit<MemorandumRow, 'version' | 'changed_at'>;
export type NewMeasure = Omit<MeasureRow, 'version' | 'changed_at'>;

/** Adds a version of a memorandum and makes it current; returns the version number. */
export async function insertMemorandumVersion(q: Queryable, m: NewMemorandum, at: Date): Promise<number> {
  await q.query('UPDATE memoranda SET is_current = false WHERE code = $1 AND is_current', [m.code]);
  const { rows } = await q.query<{ version: number }>(
    `INSERT INTO memoranda (code, version, is_current, doc_no, title, kind, list_types, issued_on, note, checksum, changed_by, changed_at)
     SELECT $1, coalesce(max(version), 0) + 1, true, $2, $3, $4, $5, $6, $7, $8, $9, $10 FROM memoranda WHERE code = $1
     RETURNING version`,
    [m.code, m.doc_no, m.title, m.kind, m.list_types, m.issued_on, m.note, m.checksum, m.changed_by, at],
  );
  return rows[0]!.version;
}

/** Adds a version of a measure and makes it current; returns the version number. */
export async function insertMeasureVersion(q: Queryable, m: NewMeasure, at: Date): Promise<number> {
  await q.query('UPDATE measures SET is_current = false WHERE code = $1 AND is_current', [m.code]);
  const { rows } = await q.query<{ version: number }>(
    `INSERT INTO measures (code, version, is_current, memorandum_code, kind, text, legal_basis, implementers, scenarios, status, checksum,
       changed_by, changed_at)
     SELECT $1, coalesce(max(version), 0) + 1, true, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM measures WHERE code = $1
     RETURNING version`,
    [m.code, m.memorandum_code, m.kind, m.text, m.legal_basis, m.implementers, m.scenarios, m.status, m.checksum, m.changed_by, at],
  );
  return rows[0]!.version;
}

/** The highest measure number used under a memorandum (codes are MEMO-n). */
export async function maxMeasureNumber(q: Queryable, memorandumCode: string): Promise<number> {
  const { rows } = await q.query<{ n: number | null }>(
    `SELECT max(substring(code FROM '-([0-9]+)$')::int) AS n FROM measures WHERE memorandum_code = $1`,
    [memorandumCode],
  );
  return rows[0]?.n ?? 0;
}
