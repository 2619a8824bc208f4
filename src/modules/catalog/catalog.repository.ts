import type { Queryable } from '../../db/db';

// SQL for catalog_items and publicity_rules. Rows in, rows out; no business decisions here.

export interface CatalogItemRow {
  code: string;
  version: number;
  name: string;
  section: string;
  nature: string;
  disclosure: string;
  subject_kinds: string[];
  double_publicity: string | null;
  list_flag: string | null;
  providers: string[];
  definition: unknown;
  checksum: string;
  release: string;
  is_current: boolean;
  loaded_at: Date | string;
}

export interface PublicityRuleRow {
  version: string;
  name: string;
  effective_from: string;
  effective_to: string | null;
  definition: unknown;
  checksum: string;
}

export type NewCatalogItemRow = Omit<CatalogItemRow, 'is_current' | 'loaded_at'>;

/** Serialises concurrent catalogue loads (any constant shared by every process loading this database). */
const CATALOG_LOCK = 7_241_985_302;

export async function lockCatalog(q: Queryable): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock($1)', [CATALOG_LOCK]);
}

export async function findCurrentVersions(q: Queryable): Promise<{ code: string; version: number; checksum: string }[]> {
  const { rows } = await q.query<{ code: string; version: number; checksum: string }>(
    'SELECT code, version, checksum FROM catalog_items WHERE is_current',
  );
  return rows;
}

export async function findMaxVersion(q: Queryable, code: string): Promise<number> {
  const { rows } = await q.query<{ max: number | null }>('SELECT max(version) AS max FROM catalog_items WHERE code = $1', [code]);
  return rows[0]?.max ?? 0;
}

export async function retireCurrent(q: Queryable, code: string): Promise<void> {
  await q.query('UPDATE catalog_items SET is_current = false WHERE code = $1 AND is_current', [code]);
}

export async function insertItemVersion(q: Queryable, row: NewCatalogItemRow): Promise<void> {
  await q.query(
    `INSERT INTO catalog_items (code, version, name, section, nature, disclosure, subject_kinds, double_publicity,
       list_flag, providers, definition, checksum, release, is_current)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, true)`,
    [
      row.code,
      row.version,
      row.name,
      row.section,
      row.nature,
      row.disclosure,
      row.subject_kinds,
      row.double_publicity,
      row.list_flag,
      row.providers,
      JSON.stringify(row.definition),
      row.checksum,
      row.release,
    ],
  );
}

export async function findItem(q: Queryable, code: string, version?: number): Promise<CatalogItemRow | undefined> {
  const { rows } =
    version === undefined
      ? await q.query<CatalogItemRow>('SELECT * FROM catalog_items WHERE code = $1 AND is_current', [code])
      : await q.query<CatalogItemRow>('SELECT * FROM catalog_items WHERE code = $1 AND version = $2', [code, version]);
  return rows[0];
}

export async function findCurrentItems(q: Queryable): Promise<CatalogItemRow[]> {
  const { rows } = await q.query<CatalogItemRow>('SELECT * FROM catalog_items WHERE is_current ORDER BY code');
  return rows;
}

export async function findItemVersions(q: Queryable, code: string): Promise<CatalogItemRow[]> {
  const { rows } = await q.query<CatalogItemRow>('SELECT * FROM catalog_items WHERE code = $1 ORDER BY version', [code]);
  return rows;
}

export async function findRuleChecksums(q: Queryable): Promise<{ version: string; checksum: string }[]> {
  const { rows } = await q.query<{ version: string; checksum: string }>('SELECT version, checksum FROM publicity_rules');
  return rows;
}

export async function upsertRule(q: Queryable, row: PublicityRuleRow): Promise<void> {
  await q.query(
    `INSERT INTO publicity_rules (version, name, effective_from, effective_to, definition, checksum)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6)
     ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, effective_from = EXCLUDED.effective_from,
       effective_to = EXCLUDED.effective_to, definition = EXCLUDED.definition, checksum = EXCLUDED.checksum`,
    [row.version, row.name, row.effective_from, row.effective_to, JSON.stringify(row.definition), row.checksum],
  );
}

export async function findRules(q: Queryable): Promise<PublicityRuleRow[]> {
  const { rows } = await q.query<PublicityRuleRow>(
    'SELECT version, name, effective_from, effective_to, definition, checksum FROM publicity_rules ORDER BY effective_from, version',
  );
  return rows;
}
