import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/harness';
import type { Db } from '../../db/db';
import { getCatalogItem, getPublicityRules, listCatalogItems, listCatalogItemVersions, loadCatalog } from './catalog.service';
import type { CatalogItem } from './catalog.types';
import { CATALOG_ITEMS, PUBLICITY_RULES } from './data';

const db: Db = await createTestDb();
// The template database already holds the catalogue; these tests start from an empty one.
await db.exec('DELETE FROM catalog_items; DELETE FROM publicity_rules;');

describe('loadCatalog', () => {
  it('inserts every item and rule once, then changes nothing on a second load', async () => {
    const first = await loadCatalog(db);
    expect(first).toEqual({
      inserted: CATALOG_ITEMS.length,
      updated: 0,
      unchanged: 0,
      rules: { inserted: PUBLICITY_RULES.length, updated: 0, unchanged: 0 },
    });
    const second = await loadCatalog(db);
    expect(second).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: CATALOG_ITEMS.length,
      rules: { inserted: 0, updated: 0, unchanged: PUBLICITY_RULES.length },
    });
  });

  it('stores a changed item as a new current version and keeps the old one', async () => {
    const changed: CatalogItem[] = CATALOG_ITEMS.map((i) =>
      i.code === 'XZCF' ? { ...i, ruleNotes: [...i.ruleNotes, '测试：新增说明'] } : i,
    );
    const counts = await loadCatalog(db, changed, PUBLICITY_RULES, { release: '2026.2' });
    expect(counts).toMatchObject({ inserted: 0, updated: 1, unchanged: CATALOG_ITEMS.length - 1 });

    const current = await getCatalogItem(db, 'XZCF');
    expect(current).toMatchObject({ version: 2, isCurrent: true, release: '2026.2' });
    expect(current.ruleNotes).toContain('测试：新增说明');

    const old = await getCatalogItem(db, 'XZCF', 1);
    expect(old).toMatchObject({ version: 1, isCurrent: false });
    expect(old.ruleNotes).not.toContain('测试：新增说明');
    expect((await listCatalogItemVersions(db, 'XZCF')).map((v) => [v.version, v.isCurrent])).toEqual([
      [1, false],
      [2, true],
    ]);

    // Loading the same changed catalogue again is a no-op.
    expect(await loadCatalog(db, changed)).toMatchObject({ updated: 0, unchanged: CATALOG_ITEMS.length });
  });

  it('updates a changed publicity rule in place by version', async () => {
    const rules = PUBLICITY_RULES.map((r) => (r.version === '2025-22' ? { ...r, default: true } : r));
    const counts = await loadCatalog(
      db,
      CATALOG_ITEMS.filter((i) => i.code !== 'XZCF'),
      rules,
    );
    expect(counts.rules).toEqual({ inserted: 0, updated: 1, unchanged: PUBLICITY_RULES.length - 1 });
    const stored = await getPublicityRules(db);
    expect(stored.find((r) => r.version === '2025-22')?.default).toBe(true);
    expect(stored.map((r) => r.version)).toEqual(['2019-527', 'sd-2020-38', '2023-58', '2025-22']);
  });

  it('rejects an item that references an unknown code table', async () => {
    const xzxk = CATALOG_ITEMS.find((i) => i.code === 'XZXK')!;
    const broken: CatalogItem = {
      ...xzxk,
      fields: xzxk.fields.map((f) => (f.code === 'XK_XKLB' ? { ...f, codeTable: 'NOPE' } : f)),
    };
    await expect(loadCatalog(db, [broken])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('reading the catalogue', () => {
  it('returns current items with their frozen code tables', async () => {
    const items = await listCatalogItems(db);
    expect(items.map((i) => i.code).sort()).toEqual(CATALOG_ITEMS.map((i) => i.code).sort());
    const xzxk = items.find((i) => i.code === 'XZXK')!;
    expect(xzxk.codeTables.map((t) => t.code)).toContain('XKLB');
    expect(xzxk.loadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('answers NOT_FOUND for an unknown item', async () => {
    await expect(getCatalogItem(db, 'NOPE')).rejects.toMatchObject({ code: 'NOT_FOUND', message: '目录条目不存在：NOPE', status: 404 });
    await expect(getCatalogItem(db, 'XZXK', 99)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('runs inside a caller transaction', async () => {
    const counts = await db.transaction((tx) => loadCatalog(tx));
    expect(counts.inserted + counts.updated).toBe(1); // XZCF back to the shipped definition
  });
});
