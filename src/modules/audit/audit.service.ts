import type { Db, Queryable } from '../../db/db';
import { requirePermission, actorOf, type Ctx } from '../auth';
import { AUDIT_ACTIONS } from './audit.events';
import { findEvents } from './audit.repository';
import { GENESIS_HASH, hashEvent, type ChainedEvent } from './audit.chain';
import type { AuditActor, AuditInput } from './audit.events';
import { findHead, insertEvent, listEventsAfter, lockChain, type AuditRow } from './audit.repository';

/**
 * Appends one event to the hash chain. Call it with the transaction that makes the change (or reads the
 * non-public data): the event commits or rolls back with it, so no change goes unrecorded.
 */
export async function recordAudit(tx: Queryable, actor: AuditActor, input: AuditInput, at = new Date()): Promise<number> {
  await lockChain(tx);
  const head = await findHead(tx);
  const event: ChainedEvent = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    actorKind: actor.kind,
    actorId: actor.id ?? null,
    actorName: actor.name ?? null,
    departmentId: actor.departmentId ?? null,
    action: input.action,
    targetKind: input.targetKind ?? null,
    targetId: input.targetId ?? null,
    subjectId: input.subjectId ?? null,
    ip: actor.ip ?? null,
    // Stored as jsonb and read back as JSON: hash exactly that form (a Date becomes its ISO string).
    details: JSON.parse(JSON.stringify(input.details ?? {})) as unknown,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  await insertEvent(tx, event, hashEvent(event));
  return event.seq;
}

export function rowToChained(row: AuditRow): ChainedEvent {
  return {
    seq: row.seq,
    at: new Date(row.at).toISOString(),
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    actorName: row.actor_name,
    departmentId: row.department_id,
    action: row.action,
    targetKind: row.target_kind,
    targetId: row.target_id,
    subjectId: row.subject_id,
    ip: row.ip,
    details: row.details,
    prevHash: row.prev_hash,
  };
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  headSeq: number;
  broken?: { seq: number; reason: string };
}

/**
 * Walks the whole chain in order and reports the first broken link: a missing sequence number, a
 * previous-hash that does not match the event before it, or an event whose content no longer matches
 * its hash (a row changed by hand).
 */
export async function verifyAuditChain(q: Queryable, batchSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await listEventsAfter(q, expectedSeq - 1, batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return { ok: false, checked, headSeq: row.seq, broken: { seq: expectedSeq, reason: `第 ${expectedSeq} 条审计记录缺失` } };
      }
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          checked,
          headSeq: row.seq,
          broken: { seq: row.seq, reason: `第 ${row.seq} 条审计记录的前序哈希与第 ${row.seq - 1} 条不符` },
        };
      }
      if (hashEvent(rowToChained(row)) !== row.hash) {
        return {
          ok: false,
          checked,
          headSeq: row.seq,
          broken: { seq: row.seq, reason: `第 ${row.seq} 条审计记录的内容与其哈希不符（记录被改动）` },
        };
      }
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
  }
  return { ok: true, checked, headSeq: expectedSeq - 1 };
}

/** Auditors page through the log; the read is itself audited in the same transaction. */
export async function listAuditEvents(
  ctx: Ctx,
  query: { action?: string | undefined; subjectId?: number | undefined; page: number; pageSize: number },
) {
  requirePermission(ctx.principal, 'audit.read');
  const { page, pageSize, action, subjectId } = query;
  return ctx.db.transaction(async (tx) => {
    const { rows, total } = await findEvents(tx, { action, subjectId, limit: pageSize, offset: (page - 1) * pageSize });
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'audit.read', details: { action: action ?? null, subjectId: subjectId ?? null, page } },
      ctx.clock.now(),
    );
    return {
      items: rows.map((r) => ({
        seq: r.seq,
        at: new Date(r.at).toISOString(),
        actor: { kind: r.actor_kind, id: r.actor_id, name: r.actor_name, departmentId: r.department_id },
        action: r.action,
        actionLabel: (AUDIT_ACTIONS as Record<string, string>)[r.action] ?? r.action,
        target: { kind: r.target_kind, id: r.target_id },
        subjectId: r.subject_id,
        ip: r.ip,
        details: r.details,
        hash: r.hash,
      })),
      total,
      page,
      pageSize,
    };
  });
}

/** Verifies the chain for an auditor or operator; the verification is recorded after the walk. */
export async function verifyAudit(ctx: Ctx & { db: Db }): Promise<VerifyResult> {
  requirePermission(ctx.principal, 'audit.verify');
  const result = await verifyAuditChain(ctx.db);
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      actorOf(ctx),
      { action: 'audit.verify', details: { ok: result.ok, checked: result.checked, broken: result.broken ?? null } },
      ctx.clock.now(),
    ),
  );
  return result;
}
