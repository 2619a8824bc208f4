import type { Queryable } from '../../db/db';
import type { Profile } from './profile.schemas';

export async function upsertRegion(
  q: Queryable,
  r: { code: string; name: string; level: string; parentCode: string | null; isGb2260: boolean; sortOrder: number },
): Promise<void> {
  await q.query(
    `INSERT INTO regions (code, name, level, parent_code, is_gb2260, sort_order) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code,
       is_gb2260 = EXCLUDED.is_gb2260, sort_order = EXCLUDED.sort_order`,
    [r.code, r.name, r.level, r.parentCode, r.isGb2260, r.sortOrder],
  );
}

export async function upsertDepartment(q: Queryable, d: Profile['departments'][number], sortOrder: number): Promise<void> {
  await q.query(
    `INSERT INTO departments (code, name, short_name, kind, functions, region_code, is_member, is_operator, sort_order)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, short_name = EXCLUDED.short_name, kind = EXCLUDED.kind,
       functions = EXCLUDED.functions, region_code = EXCLUDED.region_code, is_member = EXCLUDED.is_member,
       is_operator = EXCLUDED.is_operator, sort_order = EXCLUDED.sort_order`,
    [d.code, d.name, d.shortName, d.kind, d.functions, d.region, d.member, d.operator, sortOrder],
  );
}

export async function setMeta(q: Queryable, key: string, value: unknown): Promise<void> {
  await q.query(
    `INSERT INTO platform_meta (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [key, JSON.stringify(value)],
  );
}

export async function getMeta<T>(q: Queryable, key: string): Promise<T | undefined> {
  const { rows } = await q.query<{ value: T }>('SELECT value FROM platform_meta WHERE key = $1', [key]);
  return rows[0]?.value;
}
