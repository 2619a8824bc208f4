import { z } from 'zod';
import type { Queryable } from '../../db/db';
import { AppError, notFound } from '../../shared/errors';
import { recordAudit } from '../audit';
import { actorOf, requirePermission, type Ctx } from '../auth';
import { normalizeName } from '../subjects';

// ---- repository (SQL only) ----

interface ReviewRow {
  id: number;
  subject_id: number;
  kind: 'checksum' | 'name_conflict';
  record_id: number | null;
  batch_id: number | null;
  row_no: number | null;
  department_code: string | null;
  details: Record<string, string>;
  status: string;
  subject_name: string;
  subject_code: string;
  created_at: Date;
}

async function findReviewItems(q: Queryable, status: string, limit: number, offset: number): Promise<{ rows: ReviewRow[]; total: number }> {
  const count = await q.query<{ n: number }>('SELECT count(*)::bigint AS n FROM review_items WHERE status = $1', [status]);
  const { rows } = await q.query<ReviewRow>(
    `SELECT r.id, r.subject_id, r.kind, r.record_id, r.batch_id, r.row_no, d.code AS department_code, r.details, r.status,
       s.name AS subject_name, s.code AS subject_code, r.created_at
     FROM review_items r JOIN subjects s ON s.id = r.subject_id LEFT JOIN departments d ON d.id = r.department_id
     WHERE r.status = $1 ORDER BY r.created_at, r.id LIMIT $2 OFFSET $3`,
    [status, limit, offset],
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}

async function findReviewItem(q: Queryable, id: number): Promise<ReviewRow | undefined> {
  const { rows } = await q.query<ReviewRow>(
    `SELECT r.id, r.subject_id, r.kind, r.record_id, r.batch_id, r.row_no, NULL AS department_code, r.details, r.status,
       s.name AS subject_name, s.code AS subject_code, r.created_at
     FROM review_items r JOIN subjects s ON s.id = r.subject_id WHERE r.id = $1 FOR UPDATE OF r`,
    [id],
  );
  return rows[0];
}

async function resolveItem(
  q: Queryable,
  item: ReviewRow,
  status: 'accepted' | 'corrected',
  resolution: unknown,
  by: string,
): Promise<void> {
  await q.query(
    `UPDATE review_items SET status = $3, resolution = $4::jsonb, resolved_by = $5, resolved_at = now() WHERE subject_id = $1 AND id = $2`,
    [item.subject_id, item.id, status, JSON.stringify(resolution), by],
  );
}

/** Makes `name` the subject's current name; the old one stays in the name history, ended today. */
async function renameSubject(q: Queryable, subjectId: number, name: string, today: string): Promise<void> {
  const norm = normalizeName(name);
  await q.query(`UPDATE subject_names SET valid_to = $3 WHERE subject_id = $1 AND valid_to IS NULL AND name_norm <> $2`, [
    subjectId,
    norm,
    today,
  ]);
  await q.query(
    `INSERT INTO subject_names (subject_id, name, name_norm, valid_from, source)
     SELECT $1, $2, $3, $4, 'review' WHERE NOT EXISTS (SELECT 1 FROM subject_names WHERE subject_id = $1 AND name_norm = $3)`,
    [subjectId, name, norm, today],
  );
  await q.query(`UPDATE subject_names SET valid_to = NULL WHERE subject_id = $1 AND name_norm = $2`, [subjectId, norm]);
  await q.query(`UPDATE subjects SET name = $2, name_norm = $3, updated_at = now() WHERE id = $1`, [subjectId, name, norm]);
}

async function intakeFigures(q: Queryable) {
  const { rows } = await q.query<{
    code: string;
    name: string;
    batches: number;
    submitted: number;
    accepted: number;
    updated: number;
    unchanged: number;
    rejected: number;
    flagged: number;
  }>(
    `SELECT d.code, d.name, count(b.id)::bigint AS batches, coalesce(sum(b.total), 0)::bigint AS submitted,
       coalesce(sum(b.accepted), 0)::bigint AS accepted, coalesce(sum(b.updated), 0)::bigint AS updated,
       coalesce(sum(b.unchanged), 0)::bigint AS unchanged, coalesce(sum(b.rejected), 0)::bigint AS rejected,
       coalesce(sum(b.flagged), 0)::bigint AS flagged
     FROM departments d JOIN intake_batches b ON b.department_id = d.id GROUP BY d.code, d.name, d.sort_order ORDER BY d.sort_order`,
  );
  const reasons = await q.query<{ code: string; reason: string; n: number }>(
    `SELECT d.code, e->>'code' AS reason, count(*)::bigint AS n
     FROM intake_results r JOIN intake_batches b ON b.id = r.batch_id JOIN departments d ON d.id = b.department_id
     CROSS JOIN LATERAL jsonb_array_elements(r.errors) e
     WHERE r.status = 'rejected' GROUP BY d.code, e->>'code'`,
  );
  const timely = await q.query<{ code: string; due: number; on_time: number }>(
    `SELECT department_code AS code, count(*)::bigint AS due, count(*) FILTER (WHERE receipt_working_days <= 7)::bigint AS on_time
     FROM credit_records WHERE version = 1 AND item_code IN ('XZXK', 'XZCF') AND receipt_working_days IS NOT NULL AND department_code IS NOT NULL
     GROUP BY department_code`,
  );
  return { rows, reasons: reasons.rows, timely: timely.rows };
}

// ---- use cases ----

/** Open (or resolved) review items, oldest first. */
export async function listReviewItems(ctx: Ctx, input: { status: 'open' | 'accepted' | 'corrected'; page: number; pageSize: number }) {
  requirePermission(ctx.principal, 'records.review');
  return ctx.db.transaction(async (tx) => {
    const { rows, total } = await findReviewItems(tx, input.status, input.pageSize, (input.page - 1) * input.pageSize);
    await recordAudit(tx, actorOf(ctx), { action: 'intake.read', details: { review: input.status, page: input.page } }, ctx.clock.now());
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        kindLabel: r.kind === 'checksum' ? '代码校验位不符' : '名称与已知名称不一致',
        subject: { id: r.subject_id, name: r.subject_name, code: r.subject_code },
        recordId: r.record_id,
        batchId: r.batch_id,
        row: r.row_no,
        department: r.department_code,
        details: r.details,
        createdAt: new Date(r.created_at).toISOString(),
      })),
      total,
      page: input.page,
      pageSize: input.pageSize,
    };
  });
}

export const ReviewDecision = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('accept').describe('接受：代码按原样保留；名称冲突时以报送名称为现名称，原名称记入曾用名'),
    note: z.string().max(500).optional(),
  }),
  z.object({
    action: z.literal('correct').describe('更正：名称冲突时指定正确名称'),
    name: z.string().trim().min(2).max(200).describe('主体的正确名称'),
    note: z.string().max(500).optional(),
  }),
]);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** Resolves one review item; the change and its audit event commit together. */
export async function resolveReviewItem(ctx: Ctx, id: number, decision: ReviewDecision) {
  requirePermission(ctx.principal, 'records.review');
  return ctx.db.transaction(async (tx) => {
    const item = await findReviewItem(tx, id);
    if (!item) throw notFound('核查事项不存在');
    if (item.status !== 'open') throw new AppError('ALREADY_RESOLVED', '该核查事项已处理', 409);
    const today = ctx.clock.now().toISOString().slice(0, 10);
    if (item.kind === 'name_conflict') {
      const name = decision.action === 'accept' ? item.details.submitted! : decision.name;
      await renameSubject(tx, item.subject_id, name, today);
    } else if (decision.action === 'correct') {
      throw new AppError(
        'NOT_APPLICABLE',
        '代码校验位不符的事项只能接受（代码以登记机关核发为准）；如代码录入错误，请由报送部门更正后重新报送',
        400,
      );
    }
    await resolveItem(tx, item, decision.action === 'accept' ? 'accepted' : 'corrected', decision, ctx.principal.name);
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'review.resolve', targetKind: 'review_item', targetId: String(id), subjectId: item.subject_id, details: { ...decision } },
      ctx.clock.now(),
    );
    return { id, status: decision.action === 'accept' ? 'accepted' : 'corrected' };
  });
}

/**
 * Per-department intake figures: rows submitted, accepted, updated, unchanged, rejected by reason,
 * flagged for review, and 双公示 timeliness — the share of licences and penalties received within 7
 * working days of the decision (shipped holiday calendar).
 */
export async function intakeStats(ctx: Ctx) {
  requirePermission(ctx.principal, 'records.review');
  const { rows, reasons, timely } = await intakeFigures(ctx.db);
  return {
    departments: rows.map((r) => {
      const t = timely.find((x) => x.code === r.code);
      return {
        code: r.code,
        name: r.name,
        batches: r.batches,
        submitted: r.submitted,
        accepted: r.accepted,
        updated: r.updated,
        unchanged: r.unchanged,
        rejected: r.rejected,
        rejectedByReason: Object.fromEntries(reasons.filter((x) => x.code === r.code).map((x) => [x.reason, x.n])),
        flagged: r.flagged,
        timeliness: t ? { due: t.due, onTime: t.on_time, share: t.due > 0 ? Math.round((t.on_time / t.due) * 1000) / 1000 : null } : null,
      };
    }),
  };
}
