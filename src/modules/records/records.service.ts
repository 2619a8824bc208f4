import type { Db } from '../../db/db';
import { chinaDate } from '../../shared/clock';
import { recordAudit, SYSTEM_ACTOR } from '../audit';

/**
 * Ends the publicity of records whose window has run out (the maximum period, or Shandong's five-year
 * limit): status `expired`, in chunks of 1,000, one audit event per chunk. Public pages already hide them
 * from their end date; this keeps the stored status honest for reports, exchange and statistics.
 */
export async function expirePublicity(db: Db, now: Date): Promise<number> {
  const today = chinaDate(now);
  let total = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ subject_id: number; id: number }>(
        `UPDATE credit_records SET status = 'expired'
         WHERE (subject_id, id) IN (
           SELECT subject_id, id FROM credit_records
           WHERE is_current AND status = 'normal' AND publicity_end IS NOT NULL AND publicity_end <= $1
           LIMIT 1000 FOR UPDATE SKIP LOCKED)
         RETURNING subject_id, id`,
        [today],
      );
      if (rows.length > 0) {
        await recordAudit(tx, SYSTEM_ACTOR, { action: 'records.expire', details: { count: rows.length, ids: rows.map((r) => r.id) } }, now);
      }
      return rows.length;
    });
    total += n;
    if (n < 1000) return total;
  }
}
