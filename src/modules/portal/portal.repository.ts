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
 * What the 双公示 listings show: current records in publicity of legal persons and organisations (natural
 * persons' decisions are never listed), with the optional filters. One clause for the listing and for the
 * headline counts, so both always agree.
 */
function publicityClause(f: Omit<PublicityFilter, 'limit' | 'offset'>): { clause: string; params: unknown[] } {
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
  return { clause: where.join(' AND '), params };
}

/** Number of records the 双公示 listing shows for these filters. */
export async function countPublicity(q: Queryable, f: Omit<PublicityFilter, 'limit' | 'offset'>): Promise<number> {
  const { clause, params } = publicityClause(f);
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::bigint AS n FROM credit_records r JOIN subjects s ON s.id = r.subject_id WHERE ${clause}`,
    params,
  );
  return rows[0]?.n ?? 0;
}

/** 双公示 listings: the records of `publicityClause`, newest decisions first. */
export async function findPublicity(q: Queryable, f: PublicityFilter): Promise<{ rows: PublicityRow[]; total: number }> {
  const { clause, params } = publicityClause(f);
  const total = await countPublicity(q, f);
  const { rows } = await q.query<PublicityRow>(
    `SELECT r.id, r.subject_id, s.name AS subject_name, s.code AS subject_code, r.department_code, d.name AS department_name, r.doc_no,
       r.decision_date, r.fields, r.status, r.publicity_end
     FROM credit_records r JOIN subjects s ON s.id = r.subject_id JOIN departments d ON d.id = r.provider_id
     WHERE ${clause} ORDER BY r.decision_date DESC NULLS LAST, r.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.limit, f.offset],
  );
  return { rows, total };
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

// A list entry is shown while published and in force on the day in $2 (the end day itself no longer counts).
const IN_FORCE = `e.status = 'published' AND e.start_date <= $2 AND (e.end_date IS NULL OR e.end_date > $2)`;

/** Published entries of one list in force on `today`, newest first. */
export async function findListEntries(
  q: Queryable,
  f: { listType: string; today: string; kinds: readonly string[]; limit: number; offset: number },
): Promise<{ rows: ListEntryRow[]; total: number }> {
  const clause = `e.list_type = $1 AND ${IN_FORCE} AND s.kind = ANY($3::text[])`;
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

/**
 * Published entries in force on `today` of the given lists, counted per list and subject kind (the caller
 * decides which kinds each list may show).
 */
export async function countListEntriesInForce(
  q: Queryable,
  f: { listTypes: readonly string[]; today: string },
): Promise<{ list_type: string; kind: string; n: number }[]> {
  const { rows } = await q.query<{ list_type: string; kind: string; n: number }>(
    `SELECT e.list_type, s.kind, count(*)::bigint AS n FROM list_entries e JOIN subjects s ON s.id = e.subject_id
     WHERE e.list_type = ANY($1::text[]) AND ${IN_FORCE} GROUP BY e.list_type, s.kind`,
    [f.listTypes, f.today],
  );
  return rows;
}

/** Subjects in each of the three databases (企业法人库, 非企业法人库, 自然人库). */
export async function countSubjectsPerKind(q: Queryable): Promise<Record<string, number>> {
  const { rows } = await q.query<{ kind: string; n: number }>('SELECT kind, count(*)::bigint AS n FROM subjects GROUP BY kind');
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

/** Credit reports issued since the platform started (superseded ones included: they were issued). */
export async function countReportsIssued(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*)::bigint AS n FROM credit_reports');
  return rows[0]?.n ?? 0;
}

/** Departments that have provided at least one credit record or list entry. */
export async function countProvidingDepartments(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::bigint AS n FROM departments d
     WHERE d.id IN (SELECT provider_id FROM credit_records UNION SELECT department_id FROM list_entries WHERE department_id IS NOT NULL)`,
  );
  return rows[0]?.n ?? 0;
}

export interface RegionRow {
  code: string;
  name: string;
  level: string;
}

/** The profile's region (the city) and its sub-units (counties, functional zones) in profile order. */
export async function findRegionTree(q: Queryable, rootCode: string): Promise<{ root: RegionRow | undefined; children: RegionRow[] }> {
  const { rows } = await q.query<RegionRow & { parent_code: string | null }>(
    `SELECT code, name, level, parent_code FROM regions WHERE code = $1 OR parent_code = $1 ORDER BY sort_order, code`,
    [rootCode],
  );
  return {
    root: rows.find((r) => r.code === rootCode),
    children: rows.filter((r) => r.code !== rootCode).map(({ code, name, level }) => ({ code, name, level })),
  };
}
