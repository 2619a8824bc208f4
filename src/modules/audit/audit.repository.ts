import type { Queryable } from '../../db/db';
import type { ChainedEvent } from './audit.chain';

export interface AuditRow {
  seq: number;
  at: Date;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  department_id: number | null;
  action: string;
  target_kind: string | null;
  target_id: string | null;
  subject_id: number | null;
  ip: string | null;
  details: unknown;
  prev_hash: string;
  hash: string;
}

// Any constant works; every writer of the chain takes the same lock, so appends are serialised.
const AUDIT_CHAIN_LOCK = 7_241_985_302;

export async function lockChain(q: Queryable): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
}

export async function findHead(q: Queryable): Promise<{ seq: number; hash: string } | undefined> {
  const { rows } = await q.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  return rows[0];
}

export async function insertEvent(q: Queryable, e: ChainedEvent, hash: string): Promise<void> {
  await q.query(
    `INSERT INTO audit_events (seq, at, actor_kind, actor_id, actor_name, department_id, action, target_kind, target_id,
       subject_id, ip, details, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14)`,
    [
      e.seq,
      e.at,
      e.actorKind,
      e.actorId,
      e.actorName,
      e.departmentId,
      e.action,
      e.targetKind,
      e.targetId,
      e.subjectId,
      e.ip,
      JSON.stringify(e.details),
      e.prevHash,
      hash,
    ],
  );
}

/** Events in chain order, `limit` at a time after `afterSeq`. */
export async function listEventsAfter(q: Queryable, afterSeq: number, limit: number): Promise<AuditRow[]> {
  const { rows } = await q.query<AuditRow>('SELECT * FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2', [afterSeq, limit]);
  return rows;
}

export async function findEvents(
  q: Queryable,
  filter: { action?: string | undefined; subjectId?: number | undefined; limit: number; offset: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.action) {
    params.push(filter.action);
    where.push(`action = $${params.length}`);
  }
  if (filter.subjectId !== undefined) {
    params.push(filter.subjectId);
    where.push(`subject_id = $${params.length}`);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const count = await q.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM audit_events ${clause}`, params);
  const { rows } = await q.query<AuditRow>(
    `SELECT * FROM audit_events ${clause} ORDER BY seq DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, filter.limit, filter.offset],
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}
