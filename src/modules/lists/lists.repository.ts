import type { Queryable } from '../../db/db';
import type { EndReason, EntryStatus } from './lists.machine';

export interface EntryRow {
  id: number;
  subject_id: number;
  list_type: string;
  department_id: number | null;
  department_code: string | null;
  department_name: string | null;
  doc_no: string | null;
  reason: string | null;
  legal_basis: string | null;
  start_date: string;
  end_date: string | null;
  status: EntryStatus;
  end_reason: EndReason | null;
  ended_on: string | null;
  notice: Record<string, unknown> | null;
  announce_from: string | null;
  announce_to: string | null;
  source_key: string | null;
  details: Record<string, unknown>;
  subject_name: string;
  subject_code: string;
  subject_kind: string;
}

const ENTRY_COLUMNS = `e.id, e.subject_id, e.list_type, e.department_id, d.code AS department_code, d.name AS department_name, e.doc_no,
  e.reason, e.legal_basis, e.start_date, e.end_date, e.status, e.end_reason, e.ended_on, e.notice, e.announce_from, e.announce_to,
  e.source_key, e.details, s.name AS subject_name, s.code AS subject_code, s.kind AS subject_kind`;
const ENTRY_FROM = 'list_entries e JOIN subjects s ON s.id = e.subject_id LEFT JOIN departments d ON d.id = e.department_id';

/** One entry by id, optionally locked for a transition. */
export async function findEntry(q: Queryable, id: number, lock = false): Promise<EntryRow | undefined> {
  const { rows } = await q.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE e.id = $1${lock ? ' FOR UPDATE OF e' : ''}`, [
    id,
  ]);
  return rows[0];
}

/** Entries carried by the given source keys (record keys of list items, or manual keys). */
export async function findEntriesBySourceKeys(q: Queryable, keys: readonly string[]): Promise<EntryRow[]> {
  if (keys.length === 0) return [];
  const { rows } = await q.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE e.source_key = ANY($1::text[])`, [keys]);
  return rows;
}

export interface EntryFilter {
  listType?: string | undefined;
  status?: EntryStatus | undefined;
  departmentId?: number | undefined;
  subjectId?: number | undefined;
  limit: number;
  offset: number;
}

/** Entries for the console, newest first, with the total. */
export async function findEntries(q: Queryable, f: EntryFilter): Promise<{ rows: EntryRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (f.listType) add('e.list_type = ?', f.listType);
  if (f.status) add('e.status = ?', f.status);
  if (f.departmentId !== undefined) add('e.department_id = ?', f.departmentId);
  if (f.subjectId !== undefined) add('e.subject_id = ?', f.subjectId);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const count = await q.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM list_entries e ${clause}`, params);
  const { rows } = await q.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} ${clause} ORDER BY e.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.limit, f.offset],
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}

export interface NewEntry {
  subjectId: number;
  listType: string;
  departmentId: number | null;
  docNo: string | null;
  reason: string | null;
  legalBasis: string | null;
  startDate: string;
  endDate: string | null;
  status: EntryStatus;
  endReason: EndReason | null;
  endedOn: string | null;
  sourceKey: string | null;
  recordId: number | null;
  publishedOn: string | null;
  details: Record<string, unknown>;
}

/** Inserts entries in one statement; returns their ids in input order. */
export async function insertEntries(q: Queryable, entries: readonly NewEntry[], at: Date): Promise<number[]> {
  if (entries.length === 0) return [];
  const col = <T>(f: (e: NewEntry) => T) => entries.map(f);
  const { rows } = await q.query<{ id: number; ord: number }>(
    `WITH input AS (
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::text[],
         $10::text[], $11::date[], $12::text[], $13::bigint[], $14::jsonb[], $16::date[]) WITH ORDINALITY
         AS t(subject_id, list_type, department_id, doc_no, reason, legal_basis, start_date, end_date, status, end_reason, ended_on,
              source_key, record_id, details, published_on, ord))
     INSERT INTO list_entries (subject_id, list_type, department_id, doc_no, reason, legal_basis, start_date, end_date, status, end_reason,
       ended_on, source_key, record_id, details, published_on, created_at, updated_at)
     SELECT subject_id, list_type, department_id, doc_no, reason, legal_basis, start_date, end_date, status, end_reason, ended_on,
       source_key, record_id, details, published_on, $15, $15 FROM input ORDER BY ord
     RETURNING id`,
    [
      col((e) => e.subjectId),
      col((e) => e.listType),
      col((e) => e.departmentId),
      col((e) => e.docNo),
      col((e) => e.reason),
      col((e) => e.legalBasis),
      col((e) => e.startDate),
      col((e) => e.endDate),
      col((e) => e.status),
      col((e) => e.endReason),
      col((e) => e.endedOn),
      col((e) => e.sourceKey),
      col((e) => e.recordId),
      col((e) => JSON.stringify(e.details)),
      at,
      col((e) => e.publishedOn),
    ],
  );
  return rows.map((r) => r.id);
}

export interface EntryChange {
  status?: EntryStatus;
  endReason?: EndReason | null;
  endedOn?: string | null;
  notice?: Record<string, unknown>;
  announceFrom?: string;
  announceTo?: string;
  reason?: string | null;
  legalBasis?: string | null;
  docNo?: string | null;
  startDate?: string;
  endDate?: string | null;
  recordId?: number | null;
  publishedOn?: string | null;
  details?: Record<string, unknown>;
}

const CHANGE_COLUMNS: Record<keyof EntryChange, string> = {
  status: 'status',
  endReason: 'end_reason',
  endedOn: 'ended_on',
  notice: 'notice',
  announceFrom: 'announce_from',
  announceTo: 'announce_to',
  reason: 'reason',
  legalBasis: 'legal_basis',
  docNo: 'doc_no',
  startDate: 'start_date',
  endDate: 'end_date',
  recordId: 'record_id',
  publishedOn: 'published_on',
  details: 'details',
};

/** Writes the given columns of one entry. */
export async function updateEntry(q: Queryable, subjectId: number, id: number, change: EntryChange, at: Date): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [subjectId, id, at];
  for (const [k, v] of Object.entries(change) as [keyof EntryChange, unknown][]) {
    if (v === undefined) continue;
    params.push(k === 'notice' || k === 'details' ? JSON.stringify(v) : v);
    sets.push(`${CHANGE_COLUMNS[k]} = $${params.length}`);
  }
  await q.query(`UPDATE list_entries SET ${[...sets, 'updated_at = $3'].join(', ')} WHERE subject_id = $1 AND id = $2`, params);
}

export interface NewEntryEvent {
  subjectId: number;
  entryId: number;
  action: string;
  fromStatus: EntryStatus | null;
  toStatus: EntryStatus;
  note: string | null;
  details: Record<string, unknown>;
  actor: string;
}

export async function insertEntryEvents(q: Queryable, events: readonly NewEntryEvent[], at: Date): Promise<void> {
  if (events.length === 0) return;
  const col = <T>(f: (e: NewEntryEvent) => T) => events.map(f);
  await q.query(
    `INSERT INTO list_entry_events (subject_id, entry_id, action, from_status, to_status, note, details, actor, at)
     SELECT *, $9::timestamptz FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::text[])`,
    [
      col((e) => e.subjectId),
      col((e) => e.entryId),
      col((e) => e.action),
      col((e) => e.fromStatus),
      col((e) => e.toStatus),
      col((e) => e.note),
      col((e) => JSON.stringify(e.details)),
      col((e) => e.actor),
      at,
    ],
  );
}

export interface EntryEventRow {
  id: number;
  action: string;
  from_status: EntryStatus | null;
  to_status: EntryStatus;
  note: string | null;
  details: Record<string, unknown>;
  actor: string;
  at: Date;
}

export async function findEntryEvents(q: Queryable, subjectId: number, entryId: number): Promise<EntryEventRow[]> {
  const { rows } = await q.query<EntryEventRow>(
    `SELECT id, action, from_status, to_status, note, details, actor, at FROM list_entry_events
     WHERE subject_id = $1 AND entry_id = $2 ORDER BY id`,
    [subjectId, entryId],
  );
  return rows;
}

/** Published entries whose validity ended on or before `today` (the expiry job), locked. */
export async function findExpiredEntries(q: Queryable, today: string, limit: number): Promise<{ id: number; subject_id: number }[]> {
  const { rows } = await q.query<{ id: number; subject_id: number }>(
    `SELECT id, subject_id FROM list_entries WHERE status = 'published' AND end_date IS NOT NULL AND end_date <= $1
     ORDER BY end_date, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [today, limit],
  );
  return rows;
}

/** Ends the given entries as expired on their end date. */
export async function endExpired(q: Queryable, ids: readonly { id: number; subject_id: number }[], at: Date): Promise<void> {
  await q.query(
    `UPDATE list_entries e SET status = 'ended', end_reason = 'expired', ended_on = e.end_date, updated_at = $3
     FROM unnest($1::bigint[], $2::bigint[]) AS t(subject_id, id) WHERE e.subject_id = t.subject_id AND e.id = t.id`,
    [ids.map((i) => i.subject_id), ids.map((i) => i.id), at],
  );
}

export interface InForceRow {
  id: number;
  subject_id: number;
  list_type: string;
  department_name: string | null;
  doc_no: string | null;
  reason: string | null;
  legal_basis: string | null;
  start_date: string;
  end_date: string | null;
}

/**
 * Entries of the given subjects in force on `date`: published by then, started on or before it, not yet at
 * their end date (the first day the entry no longer applies) and not ended by then. A past date sees the
 * entries as they stood that day.
 */
export async function findInForce(q: Queryable, subjectIds: readonly number[], date: string): Promise<InForceRow[]> {
  if (subjectIds.length === 0) return [];
  const { rows } = await q.query<InForceRow>(
    `SELECT e.id, e.subject_id, e.list_type, d.name AS department_name, e.doc_no, e.reason, e.legal_basis, e.start_date, e.end_date
     FROM list_entries e LEFT JOIN departments d ON d.id = e.department_id
     WHERE e.subject_id = ANY($1::bigint[]) AND e.published_on <= $2 AND e.start_date <= $2 AND (e.end_date IS NULL OR e.end_date > $2)
       AND (e.status = 'published' OR (e.status = 'ended' AND e.ended_on > $2))
     ORDER BY e.subject_id, e.start_date DESC, e.id DESC`,
    [subjectIds, date],
  );
  return rows;
}

/** The record keys that carry list entries of a subject (those records are shown through their entries). */
export async function findEntrySourceKeys(q: Queryable, subjectId: number): Promise<Set<string>> {
  const { rows } = await q.query<{ source_key: string }>(
    'SELECT source_key FROM list_entries WHERE subject_id = $1 AND source_key IS NOT NULL',
    [subjectId],
  );
  return new Set(rows.map((r) => r.source_key));
}
