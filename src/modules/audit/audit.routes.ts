import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import type { App } from '../../app/types';
import { listAuditEvents, verifyAudit } from './audit.service';

const EventSchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.object({ kind: z.string(), id: z.string().nullable(), name: z.string().nullable(), departmentId: z.number().nullable() }),
  action: z.string(),
  actionLabel: z.string(),
  target: z.object({ kind: z.string().nullable(), id: z.string().nullable() }),
  subjectId: z.number().nullable(),
  ip: z.string().nullable(),
  details: z.unknown(),
  hash: z.string(),
});

/** Auditors read the audit log (the read itself is audited) and verify its hash chain. */
export async function auditRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get('/api/v1/audit/events', {
    schema: {
      tags: ['审计'],
      summary: '查阅审计日志',
      description: '审计员按操作类型或主体查阅审计日志；本次查阅同时写入审计日志。',
      security: [{ bearer: [] }],
      querystring: z.object({
        action: z.string().max(64).optional().describe('操作类型'),
        subjectId: z.coerce.number().int().positive().optional().describe('主体编号'),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(200).default(50),
      }),
      response: {
        200: z.object({ items: z.array(EventSchema), total: z.number(), page: z.number(), pageSize: z.number() }),
        401: ErrorBody,
        403: ErrorBody,
      },
    },
    handler: async (req) => listAuditEvents(ctxOf(deps, req), req.query),
  });

  app.get('/api/v1/audit/verify', {
    schema: {
      tags: ['审计'],
      summary: '校验审计日志哈希链',
      description: '从第一条记录起逐条校验哈希链，报告第一处断裂（缺失、前序哈希不符或内容被改动）。',
      security: [{ bearer: [] }],
      response: {
        200: z.object({
          ok: z.boolean(),
          checked: z.number(),
          headSeq: z.number(),
          broken: z.object({ seq: z.number(), reason: z.string() }).optional(),
        }),
        401: ErrorBody,
        403: ErrorBody,
      },
    },
    handler: async (req) => verifyAudit(ctxOf(deps, req)),
  });
}
