import crypto from 'node:crypto';
import type { Queryable } from '../../db/db';
import { stableJson } from '../catalog';

export type RecordStatus = 'normal' | 'objection' | 'repaired' | 'revoked' | 'expired';

export interface NewRecord {
  subjectId: number;
  itemCode: string;
  itemVersion: number;
  providerId: number;
  recordKey: string;
  docNo: string | null;
  decisionDate: string | null;
  fields: Record<string, unknown>;
  status: RecordStatus;
  publicityStart: string | null;
  repairFrom: string | null;
  publicityEnd: string | null;
  ruleVersion: string | null;
  contentHash: string;
  batchId?: number | null;
  rowNo?: number | null;
  version?: number;
  departmentCode?: string | null;
  /** Shown on public pages while in publicity (disclosure mode public, not a natural person's record, status normal). */
  isPublic?: boolean;
  nature?: string | null;
  receiptWorkingDays?: number | null;
}

/**
 * Inserts records (current versions) in one set-based statement. Returns the new ids in input order
 * (taken from the sequence first, so no read-back is needed).
 */
export async function insertRecords(q: Queryable, records: readonly NewRecord[]): Promise<number[]> {
  if (records.length === 0) return [];
  const { rows: idRows } = await q.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('credit_records', 'id')) AS id FROM generate_series(1, $1)`,
    [records.length],
  );
  const ids = idRows.map((r) => r.id);
  const col = <T>(f: (r: NewRecord) => T) => records.map(f);
  await q.query(
    `INSERT INTO credit_records (id, subject_id, item_code, item_version, provider_id, record_key, doc_no, decision_date, fields,
       status, publicity_start, repair_from, publicity_end, rule_version, content_hash, batch_id, row_no, version,
       department_code, is_public, nature, receipt_working_days)
     SELECT * FROM unnest($22::bigint[], $1::bigint[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::date[], $8::jsonb[],
       $9::text[], $10::date[], $11::date[], $12::date[], $13::text[], $14::text[], $15::bigint[], $16::int[], $17::int[],
       $18::text[], $19::boolean[], $20::text[], $21::int[])`,
    [
      col((r) => r.subjectId),
      col((r) => r.itemCode),
      col((r) => r.itemVersion),
      col((r) => r.providerId),
      col((r) => r.recordKey),
      col((r) => r.docNo),
      col((r) => r.decisionDate),
      col((r) => JSON.stringify(r.fields)),
      col((r) => r.status),
      col((r) => r.publicityStart),
      col((r) => r.repairFrom),
      col((r) => r.publicityEnd),
      col((r) => r.ruleVersion),
      col((r) => r.contentHash),
      col((r) => r.batchId ?? null),
      col((r) => r.rowNo ?? null),
      col((r) => r.version ?? 1),
      col((r) => r.departmentCode ?? null),
      col((r) => r.isPublic ?? false),
      col((r) => r.nature ?? null),
      col((r) => r.receiptWorkingDays ?? null),
      ids,
    ],
  );
  return ids;
}

/** The idempotency key of a record: provider, catalogue item and the item's key fields (document number, licence number). */
/** The content hash of a record: item code and its canonical fields (the same decision always hashes the same). */
export function recordContentHash(itemCode: string, fields: Readonly<Record<string, unknown>>): string {
  return crypto.createHash('sha256').update(itemCode).update('\n').update(stableJson(fields)).digest('hex');
}

export function recordKey(departmentCode: string, itemCode: string, keyValues: readonly (string | undefined)[]): string {
  return [departmentCode, itemCode, ...keyValues.map((v) => (v ?? '').trim())].join('|');
}

export interface CurrentVersion {
  id: number;
  subject_id: number;
  record_key: string;
  version: number;
  content_hash: string;
  status: RecordStatus;
  batch_id: number | null;
  row_no: number | null;
}

/** The current versions of these record keys. */
export async function findCurrentByKeys(q: Queryable, keys: readonly string[]): Promise<CurrentVersion[]> {
  if (keys.length === 0) return [];
  const { rows } = await q.query<CurrentVersion>(
    `SELECT id, subject_id, record_key, version, content_hash, status, batch_id, row_no FROM credit_records
     WHERE record_key = ANY($1::text[]) AND is_current`,
    [keys],
  );
  return rows;
}

/** Marks these versions as superseded (a correction arrived): they stay for history, never shown again. */
export async function retireVersions(q: Queryable, versions: readonly { subjectId: number; id: number }[]): Promise<void> {
  if (versions.length === 0) return;
  await q.query(
    `UPDATE credit_records SET is_current = false
     WHERE (subject_id, id) IN (SELECT * FROM unnest($1::bigint[], $2::bigint[]))`,
    [versions.map((v) => v.subjectId), versions.map((v) => v.id)],
  );
}

/** Ids of the records just inserted, by record key and version. */
export async function findIdsByKeys(q: Queryable, keys: readonly string[]): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const { rows } = await q.query<{ record_key: string; id: number }>(
    'SELECT record_key, id FROM credit_records WHERE record_key = ANY($1::text[]) AND is_current',
    [keys],
  );
  return new Map(rows.map((r) => [r.record_key, r.id]));
}

/** Current records per catalogue item (headline figures). */
export async function countCurrentRecordsByItem(q: Queryable): Promise<Record<string, number>> {
  const { rows } = await q.query<{ item_code: string; n: number }>(
    'SELECT item_code, count(*)::bigint AS n FROM credit_records WHERE is_current GROUP BY item_code',
  );
  return Object.fromEntries(rows.map((r) => [r.item_code, r.n]));
}

export interface SubjectRecordRow {
  id: number;
  record_key: string;
  item_code: string;
  item_version: number;
  provider_name: string;
  doc_no: string | null;
  decision_date: string | null;
  fields: Record<string, unknown>;
  status: RecordStatus;
  is_current: boolean;
  publicity_start: string | null;
  repair_from: string | null;
  publicity_end: string | null;
  rule_version: string | null;
}

/** The current records of a subject, newest decisions first. */
export async function findCurrentRecordsOfSubject(q: Queryable, subjectId: number, limit = 500): Promise<SubjectRecordRow[]> {
  const { rows } = await q.query<SubjectRecordRow>(
    `SELECT r.id, r.record_key, r.item_code, r.item_version, d.name AS provider_name, r.doc_no, r.decision_date, r.fields, r.status, r.is_current,
       r.publicity_start, r.repair_from, r.publicity_end, r.rule_version
     FROM credit_records r JOIN departments d ON d.id = r.provider_id
     WHERE r.subject_id = $1 AND r.is_current ORDER BY r.decision_date DESC NULLS LAST, r.id DESC LIMIT $2`,
    [subjectId, limit],
  );
  return rows;
}

export interface SubjectListEntryRow {
  id: number;
  list_type: string;
  department_name: string | null;
  doc_no: string | null;
  reason: string | null;
  legal_basis: string | null;
  start_date: string;
  end_date: string | null;
  status: string;
}

/** A subject's list entries that are published and in force on `today`. */
export async function findListEntriesInForce(q: Queryable, subjectId: number, today: string): Promise<SubjectListEntryRow[]> {
  const { rows } = await q.query<SubjectListEntryRow>(
    `SELECT e.id, e.list_type, d.name AS department_name, e.doc_no, e.reason, e.legal_basis, e.start_date, e.end_date, e.status
     FROM list_entries e LEFT JOIN departments d ON d.id = e.department_id
     WHERE e.subject_id = $1 AND e.status = 'published' AND e.start_date <= $2 AND (e.end_date IS NULL OR e.end_date > $2)
     ORDER BY e.start_date DESC, e.id DESC`,
    [subjectId, today],
  );
  return rows;
}

export interface RecordRow extends SubjectRecordRow {
  subject_id: number;
  provider_id: number;
  content_hash: string;
  version: number;
}

/** One record (any version) of a subject, locked when asked. */
export async function findRecord(q: Queryable, subjectId: number, id: number, lock = false): Promise<RecordRow | undefined> {
  const { rows } = await q.query<RecordRow>(
    `SELECT r.id, r.subject_id, r.record_key, r.item_code, r.item_version, r.provider_id, d.name AS provider_name, r.doc_no, r.decision_date,
       r.fields, r.status, r.is_current, r.publicity_start, r.repair_from, r.publicity_end, r.rule_version, r.content_hash, r.version
     FROM credit_records r JOIN departments d ON d.id = r.provider_id WHERE r.subject_id = $1 AND r.id = $2${lock ? ' FOR UPDATE OF r' : ''}`,
    [subjectId, id],
  );
  return rows[0];
}

/** Sets the lifecycle status of one record version (objection mark, repaired, publicity stopped). */
export async function setRecordStatus(q: Queryable, subjectId: number, id: number, status: RecordStatus): Promise<void> {
  await q.query('UPDATE credit_records SET status = $3 WHERE subject_id = $1 AND id = $2', [subjectId, id, status]);
}
