import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { recordAudit, SYSTEM_ACTOR } from '../modules/audit';
import { loadCatalog, type LoadCatalogResult } from '../modules/catalog';
import { loadArticles } from '../modules/content';
import { loadMeasures } from '../modules/measures';
import { applyProfile, readProfile, type Profile } from '../modules/profile';

export interface PrepareResult {
  profile: Profile;
  migrations: string[];
  catalog: LoadCatalogResult;
}

/**
 * Brings a database up to date for this installation: migrations, the profile's regions and
 * departments, the catalogue. Idempotent; run at every start and by `xinyong migrate`.
 */
export async function prepareDatabase(db: Db, profileKey: string): Promise<PrepareResult> {
  const profile = readProfile(profileKey);
  const { applied } = await migrate(db);
  await db.transaction(async (tx) => {
    const changed = await applyProfile(tx, profile);
    if (changed) await recordAudit(tx, SYSTEM_ACTOR, { action: 'profile.apply', details: { profile: profile.key, checksum: changed } });
  });
  const catalog = await db.transaction(async (tx) => {
    const counts = await loadCatalog(tx);
    if (counts.inserted + counts.updated + counts.rules.inserted + counts.rules.updated > 0) {
      await recordAudit(tx, SYSTEM_ACTOR, { action: 'catalog.load', details: { ...counts } });
    }
    return counts;
  });
  await db.transaction(async (tx) => {
    const written = await loadArticles(tx);
    if (written > 0) await recordAudit(tx, SYSTEM_ACTOR, { action: 'content.load', details: { written } });
  });
  await db.transaction((tx) => loadMeasures(tx, new Date()));
  if (db.engine === 'pglite') {
    // The embedded database has one process at a time (lock file): a batch still "processing" now was cut
    // off by a crash. Its committed rows stay; the department re-submits the file to finish it.
    await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: number }>(
        `UPDATE intake_batches SET status = 'failed', finished_at = now(),
           error = '{"code":"INTERRUPTED","message":"处理中断（进程退出）：已入库的行保留，请重新提交该文件以完成其余各行"}'::jsonb
         WHERE status = 'processing' RETURNING id`,
      );
      for (const r of rows) {
        await recordAudit(tx, SYSTEM_ACTOR, {
          action: 'intake.failed',
          targetKind: 'intake_batch',
          targetId: String(r.id),
          details: { code: 'INTERRUPTED' },
        });
      }
    });
  }
  return { profile, migrations: applied, catalog };
}
