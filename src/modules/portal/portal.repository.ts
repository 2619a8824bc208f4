import type { Queryable } from '../../db/db';

export interface PublicityRow {
  id: number;
  subject_id: number;
  subject_name: string;
  subject_code: string;
  department_code: string | null;
  department_name: string;
  doc_no: string | null;
  decision_date: string | null;
  fields: Record<string, string>;
  status: string;
  publicity_end: string | null;
}

export interface PublicityFilter {
  item: 'XZXK' | 'XZCF';
  today: string;
  department?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  category?: string | undefined;
  region?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * 双公示 listings: current records in publicity of legal persons and organisations (natural persons'
 * decisions are never listed), newest decisions first.
 */
export async function findPublicity(q: Queryable, f: PublicityFilter): Promise<{ rows: PublicityRow[]; total: number }> {
  const where = [
    `r.item_code = $1`,
    `r.is_current`,
    `r.is_public`,
    `r.status IN ('normal', 'objection')`,
    `(r.publicity_start IS NULL OR r.publicity_start <= $2)`,
    `(r.publicity_end IS NULL OR r.publicity_end > $2)`,
    `s.kind <> 'natural_person'`,
  ];
  const params: unknown[] = [f.item, f.today];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (f.department) add(`r.department_code = ?`, f.department);
  if (f.from) add(`r.decision_date >= ?`, f.from);
  if (f.to) add(`r.decision_date <= ?`, f.to);
  if (f.category) add(`(r.fields->>'XK_XKLB' = ? OR position(? in coalesce(r.fields->>'CF_CFLB', '')) > 0)`, f.category);
  if (f.region) add(`s.region_code = ?`, f.region);
  const clause = where.join(' AND ');
  const count = await q.query<{ n: number }>(
    `SELECT count(*)::bigint AS n FROM credit_records r JOIN subjects s ON s.id = r.subject_id WHERE ${clause}`,
    params,
  );
  const { rows } = await q.query<PublicityRow>(
    `SELECT r.id, r.subject_id, s.name AS subject_name, s.code AS subject_code, r.department_code, d.name AS department_name, r.doc_no,
       r.decision_date, r.fields, r.status, r.publicity_end
     FROM credit_records r JOIN subjects s ON s.id = r.subject_id JOIN departments d ON d.id = r.provider_id
     WHERE ${clause} ORDER BY r.decision_date DESC NULLS LAST, r.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.limit, f.offset],
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}

export interface ListEntryRow {
  id: number;
  subject_id: number;
  subject_kind: string;
  subject_name: string;
  subject_code: string;
  department_name: string | null;
  doc_no: string | null;
  reason: string | null;
  start_date: string;
  end_date: string | null;
}

/** Published entries of one list in force on `today`, newest first. */
export async function findListEntries(
  q: Queryable,
  f: { listType: string; today: string; kinds: readonly string[]; limit: number; offset: number },
): Promise<{ rows: ListEntryRow[]; total: number }> {
  const clause = `e.list_type = $1 AND e.status = 'published' AND e.start_date <= $2 AND (e.end_date IS NULL OR e.end_date > $2)
    AND s.kind = ANY($3::text[])`;
  const params = [f.listType, f.today, f.kinds];
  const count = await q.query<{ n: number }>(
    `SELECT count(*)::bigint AS n FROM list_entries e JOIN subjects s ON s.id = e.subject_id WHERE ${clause}`,
    params,
  );
  const { rows } = await q.query<ListEntryRow>(
    `SELECT e.id, e.subject_id, s.kind AS subject_kind, s.name AS subject_name, s.code AS subject_code, d.name AS department_name, e.doc_no,
       e.reason, e.start_date, e.end_date
     FROM list_entries e JOIN subjects s ON s.id = e.subject_id LEFT JOIN departments d ON d.id = e.department_id
     WHERE ${clause} ORDER BY e.start_date DESC, e.id DESC LIMIT $4 OFFSET $5`,
    [...params, f.limit, f.offset],
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}
