import type { Db, Queryable } from '../../db/db';
import { invalidInput, notFound } from '../../shared/errors';
import { checksumOf, itemDefinition } from './catalog.definition';
import * as repo from './catalog.repository';
import { CatalogItemSchema, PublicityRuleSchema } from './catalog.schemas';
import type { CatalogItem, CodeTable, LoadCounts, PublicityRule, StoredCatalogItem } from './catalog.types';
import { CATALOG_ITEMS, CATALOG_RELEASE, CODE_TABLES, PUBLICITY_RULES } from './data';

export interface LoadCatalogOptions {
  codeTables?: readonly CodeTable[];
  release?: string;
}

/** Counts for catalogue items; `rules` for publicity rule versions. */
export interface LoadCatalogResult extends LoadCounts {
  rules: LoadCounts;
}

/** Rejects a catalogue that would store something other modules cannot rely on. */
function validate(items: readonly CatalogItem[], rules: readonly PublicityRule[], tables: readonly CodeTable[]): void {
  const tableCodes = new Set(tables.map((t) => t.code));
  const seen = new Set<string>();
  for (const item of items) {
    const parsed = CatalogItemSchema.safeParse(item);
    if (!parsed.success) throw invalidInput(`目录条目定义无效：${item.code}`, parsed.error.issues);
    if (seen.has(item.code)) throw invalidInput(`目录条目代码重复：${item.code}`);
    seen.add(item.code);
    const fieldCodes = new Set(item.fields.map((f) => f.code));
    const missingTable = item.fields.find((f) => f.codeTable && !tableCodes.has(f.codeTable));
    if (missingTable)
      throw invalidInput(`目录条目 ${item.code} 的字段 ${missingTable.code} 引用了不存在的代码表：${missingTable.codeTable}`);
    const badKey = item.keyFields.find((k) => !fieldCodes.has(k));
    if (badKey) throw invalidInput(`目录条目 ${item.code} 的记录键字段不存在：${badKey}`);
  }
  for (const rule of rules) {
    const parsed = PublicityRuleSchema.safeParse(rule);
    if (!parsed.success) throw invalidInput(`公示规则定义无效：${rule.version}`, parsed.error.issues);
  }
}

const isDb = (q: Queryable): q is Db => typeof (q as Partial<Db>).transaction === 'function';

/**
 * Loads the catalogue and the publicity rules, idempotently: an item whose definition (with its code
 * tables) is unchanged is left alone; a new item becomes version 1; a changed one becomes version n+1
 * and the old version stops being current. Rules are upserted by version. Given a Db it opens its own
 * transaction; given a transaction it runs inside it (bootstrap loads with the profile in one). An
 * advisory lock keeps concurrent loads from both inserting a version. Throws INVALID_INPUT for bad data.
 */
export async function loadCatalog(
  db: Db | Queryable,
  items: readonly CatalogItem[] = CATALOG_ITEMS,
  rules: readonly PublicityRule[] = PUBLICITY_RULES,
  options: LoadCatalogOptions = {},
): Promise<LoadCatalogResult> {
  const tables = options.codeTables ?? CODE_TABLES;
  const release = options.release ?? CATALOG_RELEASE;
  validate(items, rules, tables);

  const load = async (tx: Queryable): Promise<LoadCatalogResult> => {
    await repo.lockCatalog(tx);
    const counts: LoadCatalogResult = { inserted: 0, updated: 0, unchanged: 0, rules: { inserted: 0, updated: 0, unchanged: 0 } };

    const current = new Map((await repo.findCurrentVersions(tx)).map((r) => [r.code, r]));
    for (const item of items) {
      const definition = itemDefinition(item, tables);
      const checksum = checksumOf(definition);
      const existing = current.get(item.code);
      if (existing?.checksum === checksum) {
        counts.unchanged++;
        continue;
      }
      const version = (await repo.findMaxVersion(tx, item.code)) + 1;
      if (existing) await repo.retireCurrent(tx, item.code);
      await repo.insertItemVersion(tx, {
        code: item.code,
        version,
        name: item.name,
        section: item.section,
        nature: item.nature,
        disclosure: item.disclosure,
        subject_kinds: item.subjectKinds,
        double_publicity: item.doublePublicity,
        list_flag: item.listFlag,
        providers: item.providers,
        definition,
        checksum,
        release,
      });
      if (existing) counts.updated++;
      else counts.inserted++;
    }

    const stored = new Map((await repo.findRuleChecksums(tx)).map((r) => [r.version, r.checksum]));
    for (const rule of rules) {
      const checksum = checksumOf(rule);
      const before = stored.get(rule.version);
      if (before === checksum) {
        counts.rules.unchanged++;
        continue;
      }
      await repo.upsertRule(tx, {
        version: rule.version,
        name: rule.name,
        effective_from: rule.effectiveFrom,
        effective_to: rule.effectiveTo,
        definition: rule,
        checksum,
      });
      if (before === undefined) counts.rules.inserted++;
      else counts.rules.updated++;
    }
    return counts;
  };
  return isDb(db) ? db.transaction(load) : load(db);
}

function toStored(row: repo.CatalogItemRow): StoredCatalogItem {
  // The definition was validated when it was loaded; the row columns are the source of version facts.
  const definition = row.definition as CatalogItem & { codeTables: CodeTable[] };
  return {
    ...definition,
    version: row.version,
    checksum: row.checksum,
    release: row.release,
    isCurrent: row.is_current,
    loadedAt: row.loaded_at instanceof Date ? row.loaded_at.toISOString() : String(row.loaded_at),
  };
}

/**
 * One catalogue item: the current version, or the given version (records keep the version they were
 * validated against). Throws NOT_FOUND '目录条目不存在：CODE'.
 */
export async function getCatalogItem(db: Queryable, code: string, version?: number): Promise<StoredCatalogItem> {
  const row = await repo.findItem(db, code, version);
  if (!row) throw notFound(`目录条目不存在：${code}`);
  return toStored(row);
}

/** The current version of every catalogue item, by code. */
export async function listCatalogItems(db: Queryable): Promise<StoredCatalogItem[]> {
  return (await repo.findCurrentItems(db)).map(toStored);
}

/** Every stored version of one item, oldest first (empty when the item is unknown). */
export async function listCatalogItemVersions(db: Queryable, code: string): Promise<StoredCatalogItem[]> {
  return (await repo.findItemVersions(db, code)).map(toStored);
}

/** Every stored publicity rule version, by effective date. */
export async function getPublicityRules(db: Queryable): Promise<PublicityRule[]> {
  return (await repo.findRules(db)).map((r) => r.definition as PublicityRule);
}
