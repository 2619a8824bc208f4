import { Readable } from 'node:stream';
import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import type { App } from '../../app/types';
import { AppError, invalidInput } from '../../shared/errors';
import { requirePermission } from '../auth';
import { batchCheckResults, getBatchCheck, RESULT_HEADERS, runBatchCheck, type BatchCheckSummary } from './checks.batch';
import { SCENARIOS, SCENARIO_CODES } from './data/scenarios';

/** Largest file accepted for a batch check: about a million codes. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

const Errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody };

/** The form fields next to the file; validated here because multipart bodies bypass the route schema. */
const BatchFields = z.object({
  scenario: z.enum(SCENARIO_CODES, { error: '请选择核查场景' }).describe(
    `核查场景：${Object.entries(SCENARIOS)
      .map(([k, v]) => `${k} ${v}`)
      .join('，')}`,
  ),
  caseNo: z
    .string({ error: '请填写审批事项编号（案号）' })
    .trim()
    .min(1, '请填写审批事项编号（案号）')
    .max(100, '审批事项编号不超过 100 个字')
    .describe('审批事项编号（案号）'),
  checkDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .optional()
    .describe('核查日，默认今天'),
});

const Receipt = z
  .object({
    v: z.literal(1),
    receiptNo: z.string().describe('批量核查回执编号：HC + 日期 + 流水号'),
    issuedAt: z.string().describe('批次受理时间'),
    keyId: z.string().describe('签名密钥编号（见 GET /api/v1/checks/keys）'),
    requestHash: z.string().describe('请求的 SHA-256：{department, scenario, caseNo, checkDate, fileSha256} 的规范化 JSON'),
    answerHash: z.string().describe('结果文件 results.csv（含 BOM）的 SHA-256'),
    algorithm: z.literal('Ed25519'),
    signature: z.string().describe('平台对 {v, receiptNo, issuedAt, keyId, requestHash, answerHash} 规范化 JSON 的 Ed25519 签名（Base64）'),
  })
  .describe('平台签名回执：用公布的公钥和下载的结果文件即可离线验证');

const Summary = z
  .object({
    id: z.number().describe('批量核查编号'),
    receiptNo: z.string().describe('回执编号；各行的核查记录编号为“回执编号-行号”'),
    status: z.enum(['processing', 'completed']).describe('processing 处理中（或中断后待重新提交）/ completed 已完成并签名'),
    department: z.object({ code: z.string(), name: z.string() }).describe('核查部门'),
    scenario: z.object({ code: z.string(), name: z.string() }).describe('核查场景'),
    caseNo: z.string().describe('审批事项编号'),
    checkDate: z.string().describe('核查日'),
    fileName: z.string().nullable().describe('上传的文件名'),
    fileSha256: z.string().nullable().describe('上传文件的 SHA-256'),
    counts: z
      .object({
        total: z.number().describe('数据行数'),
        hit: z.number().describe('有名单'),
        clear: z.number().describe('无名单'),
        notFound: z.number().describe('未收录'),
        candidates: z.number().describe('按名称核查有多个或近似候选'),
        error: z.number().describe('错误（空行、代码无效等），未核查'),
      })
      .describe('各核查结果的行数'),
    resultsSha256: z.string().nullable().describe('结果文件的 SHA-256'),
    receipt: Receipt.nullable(),
    resultsUrl: z.string().describe('结果文件下载地址（CSV）'),
    createdAt: z.string(),
    replayed: z.boolean().describe('同一部门以同一文件、案号、场景和核查日重复提交时为 true，返回首次的批次'),
  })
  .describe('批量核查');

const present = (s: BatchCheckSummary) => ({ ...s, resultsUrl: `/api/v1/checks/batches/${s.id}/results.csv` });

/** Batch credit checks: a file of subjects in, a signed results file out. */
export async function checksBatchRoutes(app: App, deps: AppDeps): Promise<void> {
  // @fastify/multipart is registered once for the whole server (by the intake routes).
  app.post('/api/v1/checks/batches', {
    schema: {
      tags: ['联合奖惩'],
      summary: '批量信用核查',
      description:
        '部门以 multipart/form-data 上传待核查主体清单（字段 file：CSV〔UTF-8 或 GBK，可带 BOM〕或 XLSX，每行一个主体；' +
        '代码列表头为“统一社会信用代码”“证件号码”或“代码”，名称列表头为“主体名称”或“名称”），并填写 scenario（核查场景）、caseNo（审批事项编号），' +
        '可选 checkDate（核查日，默认今天）。按代码逐行核查核查日有效的名单和本部门在该场景适用的措施；只有名称的行按规范化名称唯一匹配，' +
        '多个或仅有近似主体时给出候选。空行、无效代码等错误行给出原因，不影响其他行。结果文件 results.csv 由平台整体签名（回执）。' +
        `同一部门重复提交相同文件、案号、场景和核查日时返回首次的批次。文件不超过 ${MAX_FILE_BYTES / 1024 / 1024} MB。`,
      security: [{ basic: [] }, { bearer: [] }],
      consumes: ['multipart/form-data'],
      response: { 201: Summary, 200: Summary, ...Errors },
    },
    handler: async (req, reply) => {
      const ctx = ctxOf(deps, req);
      // Before the upload is read: an unauthenticated or unpermitted caller gets 401/403, not a form error.
      requirePermission(ctx.principal, 'checks.run');
      if (!req.isMultipart()) throw invalidInput('请以 multipart/form-data 上传文件（字段 file），并填写 scenario 和 caseNo');
      const fields: Record<string, string> = {};
      let file: { buffer: Buffer; filename: string } | undefined;
      for await (const part of req.parts({ limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } })) {
        if (part.type === 'file') {
          const buffer = await part.toBuffer().catch((err: { code?: string }) => {
            if (err.code === 'FST_REQ_FILE_TOO_LARGE')
              throw new AppError('FILE_TOO_LARGE', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限，请拆分后分批核查`, 413);
            throw err;
          });
          if (part.fieldname === 'file') file = { buffer, filename: part.filename };
        } else fields[part.fieldname] = String(part.value);
      }
      const parsed = BatchFields.safeParse(fields);
      if (!parsed.success) {
        const details = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
        throw invalidInput(`请求内容无效：${details[0]!.field} ${details[0]!.message}`, details);
      }
      if (!file) throw invalidInput('请在字段 file 中上传待核查的文件', [{ field: 'file', message: '请上传文件' }]);
      const summary = await runBatchCheck(ctx, {
        source: { buffer: file.buffer, filename: file.filename },
        fileName: file.filename || null,
        ...parsed.data,
      });
      return reply.status(summary.replayed ? 200 : 201).send(present(summary));
    },
  });

  app.get('/api/v1/checks/batches/:id', {
    schema: {
      tags: ['联合奖惩'],
      summary: '批量核查结果摘要',
      description: '批次的计数、签名回执和结果文件地址。只能查询本部门的批次（平台运营管理员可查询全部）。',
      security: [{ basic: [] }, { bearer: [] }],
      params: z.object({ id: z.coerce.number().int().positive().describe('批量核查编号') }),
      response: { 200: Summary, ...Errors },
    },
    handler: async (req) => present(await getBatchCheck(ctxOf(deps, req), req.params.id)),
  });

  app.get('/api/v1/checks/batches/:id/results.csv', {
    schema: {
      tags: ['联合奖惩'],
      summary: '下载批量核查结果（CSV）',
      description:
        `每个输入行一行：${RESULT_HEADERS.join('、')}。核查结果为 有名单 / 无名单 / 未收录 / 候选 / 错误；自然人的证件号码已遮蔽。` +
        'UTF-8 带 BOM，可直接用 Excel 打开；以 = + - @ 开头的内容前加单引号防止公式注入。文件的 SHA-256 即回执中的 answerHash。',
      security: [{ basic: [] }, { bearer: [] }],
      params: z.object({ id: z.coerce.number().int().positive().describe('批量核查编号') }),
    },
    handler: async (req, reply) => {
      const { batch, lines } = await batchCheckResults(ctxOf(deps, req), req.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${batch.receiptNo}-results.csv"`)
        .send(Readable.from(lines));
    },
  });
}
