import multipart from '@fastify/multipart';
import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import type { App } from '../../app/types';
import { AppError, invalidInput } from '../../shared/errors';
import { recordAudit } from '../audit';
import { actorOf, requirePermission } from '../auth';
import { listResults } from './intake.repository';
import { rejectionReport } from './intake.report';
import { getBatch, submitBatch } from './intake.service';
import { intakeStats, listReviewItems, resolveReviewItem, ReviewDecision } from './intake.quality';
import { buildCsvTemplate, buildXlsxTemplate } from './intake.templates';
import { getCatalogItem } from '../catalog';

const MAX_FILE_BYTES = 200 * 1024 * 1024;

const Issue = z.object({
  field: z.string().nullable().describe('字段代码'),
  fieldName: z.string().nullable().describe('字段名称'),
  code: z.string().describe('错误代码'),
  message: z.string().describe('错误说明'),
});

const Summary = z
  .object({
    id: z.number().describe('批次号'),
    status: z.enum(['processing', 'completed', 'failed']).describe('批次状态'),
    item: z.string().nullable().describe('目录条目代码'),
    department: z.string().describe('报送部门代码'),
    filename: z.string().nullable(),
    format: z.string().nullable(),
    encoding: z.string().nullable().describe('识别出的文件编码'),
    counts: z.object({
      total: z.number(),
      accepted: z.number().describe('新增'),
      updated: z.number().describe('更正（新版本）'),
      unchanged: z.number().describe('与已有记录相同'),
      rejected: z.number().describe('拒收'),
      revoked: z.number().describe('撤销并停止公示'),
      flagged: z.number().describe('转人工核查'),
    }),
    warnings: z.array(z.object({ code: z.string(), message: z.string() })),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .describe('归集批次');

const ResultSchema = z.object({
  row: z.number().describe('行号（与文件中所见一致；JSON 为第几条）'),
  status: z.enum(['accepted', 'updated', 'unchanged', 'rejected']),
  recordId: z.number().nullable(),
  errors: z.array(Issue),
  warnings: z.array(Issue),
});

type BatchRow = Awaited<ReturnType<typeof getBatch>>;

function present(b: BatchRow) {
  return {
    id: b.id,
    status: b.status,
    item: b.item_code,
    department: b.department_code,
    filename: b.filename,
    format: b.format,
    encoding: b.encoding,
    counts: {
      total: b.total,
      accepted: b.accepted,
      updated: b.updated,
      unchanged: b.unchanged,
      rejected: b.rejected,
      revoked: b.revoked,
      flagged: b.flagged,
    },
    warnings: b.warnings,
    error: b.error,
    createdAt: new Date(b.created_at).toISOString(),
    finishedAt: b.finished_at ? new Date(b.finished_at).toISOString() : null,
  };
}

/** The exchange platform's intake door for department API clients and users. */
export async function intakeRoutes(app: App, deps: AppDeps): Promise<void> {
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } });

  app.post('/api/v1/intake/batches', {
    schema: {
      tags: ['信用信息归集'],
      summary: '报送一个批次',
      description:
        '部门以 multipart/form-data 上传文件（字段 file：CSV〔UTF-8 或 GBK〕、XLSX、JSON、JSONL；可选字段 item 指定目录条目），' +
        '或以 JSON 提交 { "item": "XZXK", "records": [ {字段代码或中文名: 值} ] }。逐行校验、关联主体、入库，返回批次及各项计数；' +
        '逐行结果见 GET /api/v1/intake/batches/{id}。同一内容重复报送不会重复入库。',
      security: [{ basic: [] }, { bearer: [] }],
      response: { 201: Summary, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 413: ErrorBody },
    },
    handler: async (req, reply) => {
      const ctx = ctxOf(deps, req);
      requirePermission(ctx.principal, 'intake.submit');
      const department = ctx.principal.departmentCode;
      if (!department) throw new AppError('FORBIDDEN', '该账户不属于任何部门，不能报送数据', 403);
      let summary;
      if (req.isMultipart()) {
        const part = await req.file();
        if (!part) throw invalidInput('请在字段 file 中上传文件');
        const buffer = await part.toBuffer().catch((err: { code?: string }) => {
          if (err.code === 'FST_REQ_FILE_TOO_LARGE')
            throw new AppError('FILE_TOO_LARGE', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限`, 413);
          throw err;
        });
        const itemField = part.fields.item;
        const item = itemField && 'value' in itemField ? String(itemField.value) : undefined;
        summary = await submitBatch(ctx, { department, item, source: { buffer, filename: part.filename }, origin: 'api_file' });
      } else {
        const body = z
          .object({
            item: z.string().max(64).optional(),
            records: z.array(z.unknown()).min(1, '至少提交一条记录').max(100_000, '单批最多 100000 条'),
          })
          .safeParse(req.body);
        if (!body.success)
          throw invalidInput(`请求内容无效：${body.error.issues[0]?.path.join('.') ?? ''} ${body.error.issues[0]?.message ?? ''}`.trim());
        summary = await submitBatch(ctx, { department, item: body.data.item, source: { records: body.data.records }, origin: 'api_json' });
      }
      const batch = await getBatch(ctx, summary.id);
      return reply.status(201).send(present(batch));
    },
  });

  app.get('/api/v1/intake/batches/:id', {
    schema: {
      tags: ['信用信息归集'],
      summary: '查询批次状态和逐行结果',
      description: '返回批次状态、计数和逐行结果（行号、状态、记录编号、错误的字段、代码和中文说明）。只能查询本部门的批次。',
      security: [{ basic: [] }, { bearer: [] }],
      params: z.object({ id: z.coerce.number().int().positive() }),
      querystring: z.object({
        status: z.enum(['accepted', 'updated', 'unchanged', 'rejected']).optional().describe('只看某种结果'),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(1000).default(100),
      }),
      response: {
        200: Summary.extend({
          results: z.object({ items: z.array(ResultSchema), total: z.number(), page: z.number(), pageSize: z.number() }),
        }),
        401: ErrorBody,
        404: ErrorBody,
      },
    },
    handler: async (req) => {
      const ctx = ctxOf(deps, req);
      const batch = await getBatch(ctx, req.params.id);
      const { page, pageSize, status } = req.query;
      const { rows, total } = await listResults(deps.db, batch.id, { status, limit: pageSize, offset: (page - 1) * pageSize });
      return {
        ...present(batch),
        results: {
          items: rows.map((r) => ({ row: r.row_no, status: r.status, recordId: r.record_id, errors: r.errors, warnings: r.warnings })),
          total,
          page,
          pageSize,
        },
      };
    },
  });

  app.get('/api/v1/intake/batches/:id/rejections.csv', {
    schema: {
      tags: ['信用信息归集'],
      summary: '下载拒收明细（CSV）',
      description: '拒收行的明细：行号、字段、错误代码、错误说明和原数据。UTF-8 带 BOM，可直接用 Excel 打开。',
      security: [{ basic: [] }, { bearer: [] }],
      params: z.object({ id: z.coerce.number().int().positive() }),
    },
    handler: async (req, reply) => {
      const ctx = ctxOf(deps, req);
      const batch = await getBatch(ctx, req.params.id);
      const { csv } = await deps.db.transaction(async (tx) => {
        const report = await rejectionReport(tx, batch.id);
        await recordAudit(
          tx,
          actorOf(ctx),
          { action: 'intake.read', targetKind: 'intake_batch', targetId: String(batch.id), details: { report: 'rejections' } },
          ctx.clock.now(),
        );
        return report;
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="batch-${batch.id}-rejections.csv"`)
        .send(csv);
    },
  });

  app.get('/api/v1/review/items', {
    schema: {
      tags: ['数据质量'],
      summary: '数据质量核查队列',
      description: '归集中发现、需人工核查的事项：代码校验位不符、报送名称与主体已知名称不一致。平台运营管理员和部门审核人可查看。',
      security: [{ bearer: [] }],
      querystring: z.object({
        status: z.enum(['open', 'accepted', 'corrected']).default('open'),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(200).default(50),
      }),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.number(),
              kind: z.enum(['checksum', 'name_conflict']),
              kindLabel: z.string(),
              subject: z.object({ id: z.number(), name: z.string(), code: z.string() }),
              recordId: z.number().nullable(),
              batchId: z.number().nullable(),
              row: z.number().nullable(),
              department: z.string().nullable(),
              details: z.record(z.string(), z.string()),
              createdAt: z.string(),
            }),
          ),
          total: z.number(),
          page: z.number(),
          pageSize: z.number(),
        }),
        401: ErrorBody,
        403: ErrorBody,
      },
    },
    handler: async (req) => listReviewItems(ctxOf(deps, req), req.query),
  });

  app.post('/api/v1/review/items/:id/resolve', {
    schema: {
      tags: ['数据质量'],
      summary: '处理核查事项',
      description: '接受（accept）或更正（correct，须给出正确名称）。处理结果写入审计日志。',
      security: [{ bearer: [] }],
      params: z.object({ id: z.coerce.number().int().positive() }),
      body: ReviewDecision,
      response: {
        200: z.object({ id: z.number(), status: z.string() }),
        400: ErrorBody,
        401: ErrorBody,
        403: ErrorBody,
        404: ErrorBody,
        409: ErrorBody,
      },
    },
    handler: async (req) => resolveReviewItem(ctxOf(deps, req), req.params.id, req.body),
  });

  app.get('/api/v1/stats/intake', {
    schema: {
      tags: ['数据质量'],
      summary: '各部门归集情况',
      description:
        '各部门报送行数、新增、更正、未变、拒收（按原因）、转人工核查数，以及双公示及时率（决定后 7 个工作日内报送的行政许可和行政处罚所占比例）。',
      security: [{ bearer: [] }],
      response: {
        200: z.object({
          departments: z.array(
            z.object({
              code: z.string(),
              name: z.string(),
              batches: z.number(),
              submitted: z.number().describe('报送行数'),
              accepted: z.number(),
              updated: z.number(),
              unchanged: z.number(),
              rejected: z.number(),
              rejectedByReason: z.record(z.string(), z.number()).describe('按错误代码统计的拒收问题数'),
              flagged: z.number(),
              timeliness: z
                .object({ due: z.number(), onTime: z.number(), share: z.number().nullable() })
                .nullable()
                .describe('双公示及时率：决定后 7 个工作日内报送的比例'),
            }),
          ),
        }),
        401: ErrorBody,
        403: ErrorBody,
      },
    },
    handler: async (req) => intakeStats(ctxOf(deps, req)),
  });

  app.get('/api/v1/catalog/:code/template.:ext', {
    schema: {
      tags: ['信用信息目录'],
      summary: '下载报送模板',
      description:
        '目录条目的报送模板：第一行为中文表头（必填列以 * 标记），第二行为示例。XLSX 另含「填写说明」工作表（字段、类型、是否必填、可选值）并为代码类字段提供下拉选项。',
      params: z.object({ code: z.string().min(1).max(64).describe('目录条目代码'), ext: z.enum(['xlsx', 'csv']).describe('文件格式') }),
    },
    handler: async (req, reply) => {
      const item = await getCatalogItem(deps.db, req.params.code);
      const filename = encodeURIComponent(`${item.name}-报送模板.${req.params.ext}`);
      if (req.params.ext === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename*=UTF-8''${filename}`)
          .send(buildCsvTemplate(item, item.codeTables));
      }
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${filename}`)
        .send(await buildXlsxTemplate(item, item.codeTables));
    },
  });
}
