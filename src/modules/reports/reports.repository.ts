import type { Queryable } from '../../db/db';

/** The state of one record or list entry at issue (or now), as verification compares it. */
export interface ItemState {
  kind: 'record' | 'list_entry';
  id: number;
  status: string;
  /** Record: its content hash and current flag; list entry: its end date. Anything that changes when the item changes. */
  hash: string;
}

export interface ReportRow {
  subject_id: number;
  report_no: string;
  issue_date: string;
  issued_at: Date | string;
  purpose: string | null;
  content: Record<string, unknown>;
  content_hash: string;
  items: ItemState[];
}

/** Takes the next serial of an issue date; the row lock held until commit serialises concurrent issuers. */
export async function nextSerial(tx: Queryable, issueDate: string): Promise<number> {
  const { rows } = await tx.query<{ last_serial: number }>(
    `INSERT INTO report_counters (issue_date, last_serial) VALUES ($1, 1)
     ON CONFLICT (issue_date) DO UPDATE SET last_serial = report_counters.last_serial + 1
     RETURNING last_serial`,
    [issueDate],
  );
  return rows[0]!.last_serial;
}

export async function insertReport(
  tx: Queryable,
  r: {
    subjectId: number;
    reportNo: string;
    issueDate: string;
    issuedAt: string;
    purpose: string | null;
    content: unknown;
    contentHash: string;
    items: readonly ItemState[];
    issuedBy: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO credit_reports (subject_id, report_no, issue_date, issued_at, purpose, content, content_hash, items, issued_by)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb, $9)`,
    [
      r.subjectId,
      r.reportNo,
      r.issueDate,
      r.issuedAt,
      r.purpose,
      JSON.stringify(r.content),
      r.contentHash,
      JSON.stringify(r.items),
      r.issuedBy,
    ],
  );
}

export async function findReport(q: Queryable, reportNo: string): Promise<ReportRow | undefined> {
  const { rows } = await q.query<ReportRow>(
    `SELECT subject_id, report_no, issue_date, issued_at, purpose, content, content_hash, items
     FROM credit_reports WHERE report_no = $1`,
    [reportNo],
  );
  return rows[0];
}

/**
 * The live state of these records and list entries of one subject. A record's hash joins its content hash,
 * its current flag and its publicity end, so a new version, a withdrawal or a changed window all show.
 */
export async function findItemStates(
  q: Queryable,
  subjectId: number,
  recordIds: readonly number[],
  entryIds: readonly number[],
): Promise<(ItemState & { end: string | null })[]> {
  const out: (ItemState & { end: string | null })[] = [];
  if (recordIds.length > 0) {
    const { rows } = await q.query<{ id: number; status: string; content_hash: string; is_current: boolean; publicity_end: string | null }>(
      `SELECT id, status, content_hash, is_current, publicity_end FROM credit_records
       WHERE subject_id = $1 AND id = ANY($2::bigint[])`,
      [subjectId, recordIds],
    );
    for (const r of rows) {
      out.push({
        kind: 'record',
        id: r.id,
        status: r.status,
        hash: `${r.content_hash}|${r.is_current ? 'current' : 'retired'}|${r.publicity_end ?? ''}`,
        end: r.publicity_end,
      });
    }
  }
  if (entryIds.length > 0) {
    const { rows } = await q.query<{ id: number; status: string; end_date: string | null; doc_no: string | null }>(
      `SELECT id, status, end_date, doc_no FROM list_entries WHERE subject_id = $1 AND id = ANY($2::bigint[])`,
      [subjectId, entryIds],
    );
    for (const e of rows) {
      out.push({ kind: 'list_entry', id: e.id, status: e.status, hash: `${e.doc_no ?? ''}|${e.end_date ?? ''}`, end: e.end_date });
    }
  }
  return out;
}

/** Reports issued per issue date (the plan's indicator 8), oldest first. */
export async function countReportsByDate(q: Queryable, from?: string, to?: string): Promise<{ date: string; count: number }[]> {
  const { rows } = await q.query<{ date: string; count: number }>(
    `SELECT issue_date AS date, count(*)::bigint AS count FROM credit_reports
     WHERE ($1::date IS NULL OR issue_date >= $1::date) AND ($2::date IS NULL OR issue_date <= $2::date)
     GROUP BY issue_date ORDER BY issue_date`,
    [from ?? null, to ?? null],
  );
  return rows;
}
