import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import { HistoryStep, paging, QueryFlag } from '../../app/schemas';
import type { App } from '../../app/types';
import { chinaDate } from '../../shared/clock';
import { notFound } from '../../shared/errors';
import { getCatalogItem } from '../catalog';
import { findRecord } from '../records';
import { resolveSubject } from '../subjects';
import { COMPLAINT_OUTCOMES, EVIDENCE_LIMITS, OBJECTION_GROUNDS, OBJECTION_OUTCOMES, REPAIR_COMMITMENT } from './cases.data';
import { CASE_KINDS, type CaseKind } from './cases.machine';
import {
  caseOverview,
  fileComplaint,
  fileObjection,
  fileRepair,
  getCase,
  getCaseFile,
  listCases,
  lookupCase,
  repairEligibility,
  supplementCase,
  transitionCase,
} from './cases.service';

const Errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
// Five files of 5 MB travel as base64 inside JSON.
const BODY_LIMIT = 40 * 1024 * 1024;
const CaseNo = z
  .string()
  .regex(/^(YY|XF|JB)\d{12}$/, '办理编号格式不正确')
  .describe('办理编号：YY 异议 / XF 修复 / JB 举报 + 日期 + 流水号');

const Applicant = z
  .object({
    name: z.string().trim().min(1, '请填写申请人（联系人）姓名').max(50),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\-\s]{7,20}$/, '请填写正确的联系电话'),
    email: z.string().trim().email('邮箱格式不正确').max(100).optional(),
  })
  .describe('申请人（联系人）：个人信息，仅办理人员可见');
const Evidence = z
  .array(z.object({ fileName: z.string().trim().min(1).max(200), content: z.string().min(1).describe('文件内容（Base64）') }))
  .max(EVIDENCE_LIMITS.maxFiles, `证明材料最多 ${EVIDENCE_LIMITS.maxFiles} 个文件`)
  .describe(`证明材料：PDF、JPG 或 PNG，每个不超过 ${EVIDENCE_LIMITS.maxBytes / 1024 / 1024} MB`);
const Target = {
  subject: z.string().trim().min(1, '请填写主体的统一社会信用代码').max(64).describe('统一社会信用代码'),
  recordId: z.number().int().positive().optional().describe('信用记录编号（主体信用信息页上每条信息的编号）'),
  listEntryId: z.number().int().positive().optional().describe('名单信息编号'),
};
const Filed = z.object({
  caseNo: z.string(),
  receivedOn: z.string().describe('收到日期（期限自该日起算）'),
  deadline: z.string().describe('办理期限（工作日计算）'),
});

const Progress = z.object({
  caseNo: z.string(),
  kind: z.enum(CASE_KINDS),
  kindLabel: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  target: z.record(z.string(), z.unknown()),
  grounds: z.string().nullable(),
  receivedOn: z.string(),
  deadline: z.string().nullable(),
  department: z.string().nullable(),
  outcome: z.string().nullable(),
  outcomeLabel: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  decidedOn: z.string().nullable(),
  steps: z.array(z.object({ action: z.string(), label: z.string(), status: z.string(), at: z.string(), note: z.string().nullable() })),
});
const FullCase = Progress.extend({
  subject: z.object({ id: z.number(), kind: z.string(), name: z.string(), code: z.string() }).nullable(),
  recordId: z.number().nullable(),
  listEntryId: z.number().nullable(),
  applicant: z.record(z.string(), z.string()),
  description: z.string(),
  request: z.record(z.string(), z.unknown()),
  overdue: z.boolean(),
  actions: z.array(z.string()).describe('当前用户可执行的操作'),
  files: z.array(z.object({ id: z.number(), fileName: z.string(), mime: z.string(), size: z.number(), sha256: z.string() })),
  history: z.array(HistoryStep),
});

function lookupRoute(app: App, deps: AppDeps, kind: CaseKind, path: string, label: string, codeLabel: string) {
  app.get(path, {
    schema: {
      tags: ['异议与修复'],
      summary: `${label}办理进度`,
      description: `凭办理编号和${codeLabel}查询，无需登录。只显示办理状态、期限、各环节和结果，不显示申请人信息。`,
      params: z.object({ no: CaseNo }),
      querystring: z.object({ code: z.string().trim().min(1, `请填写${codeLabel}`).max(64).describe(codeLabel) }),
      response: { 200: Progress, 400: ErrorBody, 404: ErrorBody },
    },
    handler: async (req) => lookupCase(ctxOf(deps, req), kind, req.params.no, req.query.code),
  });
}

/** Objections, repairs and complaints: public filing and progress, the departments' inbox, the operator's overview. */
export async function casesRoutes(app: App, deps: AppDeps): Promise<void> {
  app.post('/api/v1/objections', {
    bodyLimit: BODY_LIMIT,
    schema: {
      tags: ['异议与修复'],
      summary: '提出异议',
      description:
        '信用主体认为公示信息错误、遗漏等时提出异议。平台受理后该信息即标注“异议处理中”；平台可自行核实的 3 个工作日内办结，需信息提供单位核实的 7 个工作日内办结（山东省社会信用条例第三十九条）。同一信息在办理中时再次提交返回 409 及原办理编号。',
      body: z.object({
        ...Target,
        grounds: z.enum(Object.keys(OBJECTION_GROUNDS) as [keyof typeof OBJECTION_GROUNDS]).describe(
          Object.entries(OBJECTION_GROUNDS)
            .map(([k, v]) => `${k} ${v}`)
            .join('，'),
        ),
        description: z.string().trim().min(10, '请具体说明异议内容和理由（至少 10 个字）').max(4000),
        applicant: Applicant,
        evidence: Evidence.optional(),
      }),
      response: { 201: Filed, ...Errors },
    },
    handler: async (req, reply) => reply.status(201).send(await fileObjection(ctxOf(deps, req), req.body)),
  });
  lookupRoute(app, deps, 'objection', '/api/v1/objections/:no', '异议', '主体的统一社会信用代码');

  app.get('/api/v1/repairs/eligibility', {
    schema: {
      tags: ['异议与修复'],
      summary: '能否申请信用修复',
      description:
        '某条公示中的行政处罚信息现在能否在本平台申请修复：最短公示期届满前返回可申请日期；由其他系统受理的（如市场监管部门的处罚）说明申请渠道。',
      querystring: z.object({ subject: Target.subject, recordId: z.coerce.number().int().positive() }),
      response: {
        200: z.object({
          eligible: z.boolean(),
          from: z.string().nullable(),
          code: z.string().nullable(),
          message: z.string(),
          commitment: z.string(),
        }),
        ...Errors,
      },
    },
    handler: async (req) => {
      const subject = await resolveSubject(deps.db, req.query.subject);
      const record = subject ? await findRecord(deps.db, subject.id, req.query.recordId) : undefined;
      if (!subject || subject.kind === 'natural_person' || !record || !record.is_current) throw notFound('未找到该信息');
      const item = await getCatalogItem(deps.db, record.item_code, record.item_version);
      const { rows } = await deps.db.query<{ functions: string[] }>('SELECT functions FROM departments WHERE id = $1', [
        record.provider_id,
      ]);
      const today = chinaDate(deps.clock.now());
      const r = repairEligibility(record, item, rows[0]?.functions ?? [], today);
      return r.ok
        ? { eligible: true, from: record.repair_from, code: null, message: '可以申请信用修复', commitment: REPAIR_COMMITMENT }
        : { eligible: false, from: record.repair_from, code: r.code, message: r.message, commitment: REPAIR_COMMITMENT };
    },
  });

  app.post('/api/v1/repairs', {
    bodyLimit: BODY_LIMIT,
    schema: {
      tags: ['异议与修复'],
      summary: '申请信用修复',
      description:
        '已纠正失信行为、履行义务的主体申请停止公示行政处罚信息或移出名单。行政处罚信息须在最短公示期届满后申请（发改委令第58号）；须上传证明材料并签署信用承诺书。',
      body: z.object({
        ...Target,
        description: z.string().trim().min(10, '请说明纠正失信行为、履行义务的情况（至少 10 个字）').max(4000),
        applicant: Applicant,
        commitment: z.boolean().describe('已阅读并签署信用修复承诺书'),
        evidence: Evidence,
      }),
      response: { 201: Filed, ...Errors },
    },
    handler: async (req, reply) => reply.status(201).send(await fileRepair(ctxOf(deps, req), req.body)),
  });
  lookupRoute(app, deps, 'repair', '/api/v1/repairs/:no', '信用修复', '主体的统一社会信用代码');

  app.post('/api/v1/complaints', {
    bodyLimit: BODY_LIMIT,
    schema: {
      tags: ['异议与修复'],
      summary: '举报失信行为',
      description: '举报失信行为，由平台转交主管部门核查办理。返回办理编号和 6 位查询码，凭二者查询进度。',
      body: z.object({
        subjectName: z.string().trim().min(2, '请填写被举报主体名称').max(200),
        subjectCode: z.string().trim().max(64).optional().describe('被举报主体的统一社会信用代码（如知道）'),
        description: z.string().trim().min(10, '请具体描述失信行为（至少 10 个字）').max(4000),
        applicant: Applicant,
        evidence: Evidence.optional(),
      }),
      response: {
        201: z.object({ caseNo: z.string(), queryCode: z.string().describe('查询码，请妥善保存'), receivedOn: z.string() }),
        ...Errors,
      },
    },
    handler: async (req, reply) => reply.status(201).send(await fileComplaint(ctxOf(deps, req), req.body)),
  });
  lookupRoute(app, deps, 'complaint', '/api/v1/complaints/:no', '举报', '查询码');

  app.post('/api/v1/cases/:no/supplement', {
    bodyLimit: BODY_LIMIT,
    schema: {
      tags: ['异议与修复'],
      summary: '补正材料',
      description: '申请被退回补正时，凭办理编号和主体代码（举报为查询码）补充说明和材料，重新提交。',
      params: z.object({ no: CaseNo }),
      querystring: z.object({ code: z.string().trim().min(1).max(64) }),
      body: z.object({ description: z.string().trim().min(2, '请填写补正说明').max(4000), evidence: Evidence.optional() }),
      response: { 200: Progress, ...Errors },
    },
    handler: async (req) => supplementCase(ctxOf(deps, req), req.params.no, req.query.code, req.body),
  });

  app.get('/api/v1/cases', {
    schema: {
      tags: ['异议与修复'],
      summary: '案件待办',
      description: '部门用户看到转交本部门的案件，平台运营管理员看到全部；可按类型、状态、未办结、逾期筛选，按期限排序。',
      security: [{ bearer: [] }],
      querystring: z.object({
        kind: z.enum(CASE_KINDS).optional(),
        status: z.string().max(32).optional(),
        open: QueryFlag,
        overdue: QueryFlag,
        ...paging(),
      }),
      response: {
        200: z.object({ items: z.array(z.record(z.string(), z.unknown())), total: z.number(), page: z.number(), pageSize: z.number() }),
        ...Errors,
      },
    },
    handler: async (req) => listCases(ctxOf(deps, req), req.query),
  });

  app.get('/api/v1/cases/overview', {
    schema: {
      tags: ['异议与修复'],
      summary: '案件办理总览',
      description: '平台运营管理员：各部门未办结和逾期的异议、修复、举报数量。',
      security: [{ bearer: [] }],
      response: { 200: z.record(z.string(), z.unknown()), ...Errors },
    },
    handler: async (req) => caseOverview(ctxOf(deps, req)),
  });

  app.get('/api/v1/cases/:no', {
    schema: {
      tags: ['异议与修复'],
      summary: '案件详情',
      description: '含申请人信息和证明材料清单；每次查阅记入审计日志。',
      security: [{ bearer: [] }],
      params: z.object({ no: CaseNo }),
      response: { 200: FullCase, ...Errors },
    },
    handler: async (req) => getCase(ctxOf(deps, req), req.params.no),
  });

  app.get('/api/v1/cases/:no/files/:fileId', {
    schema: {
      tags: ['异议与修复'],
      summary: '下载证明材料',
      security: [{ bearer: [] }],
      params: z.object({ no: CaseNo, fileId: z.coerce.number().int().positive() }),
      response: { 200: z.unknown().describe('文件'), ...Errors },
    },
    handler: async (req, reply) => {
      const f = await getCaseFile(ctxOf(deps, req), req.params.no, req.params.fileId);
      return reply
        .type(f.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.file_name)}`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(f.content));
    },
  });

  app.post('/api/v1/cases/:no/transitions', {
    schema: {
      tags: ['异议与修复'],
      summary: '办理案件',
      description:
        '按状态表办理：accept 受理、return 退回补正、dismiss 不予受理、route 转交部门、decide 异议处理决定（outcome: ' +
        Object.entries(OBJECTION_OUTCOMES)
          .map(([k, v]) => `${k} ${v}`)
          .join('，') +
        '）、approve 同意修复、reject 不予修复、conclude 举报办结（outcome: ' +
        Object.entries(COMPLAINT_OUTCOMES)
          .map(([k, v]) => `${k} ${v}`)
          .join('，') +
        '）。不在状态表中的操作返回 409 INVALID_TRANSITION。',
      security: [{ bearer: [] }],
      params: z.object({ no: CaseNo }),
      body: z.object({
        action: z.string().min(1).max(32),
        note: z.string().trim().max(2000).optional().describe('说明（退回、不予受理、维持原信息、办结时必填）'),
        department: z.string().max(32).optional().describe('举报转交的承办部门代码'),
        outcome: z.string().max(32).optional(),
        corrections: z.record(z.string(), z.string().max(4000)).optional().describe('更正或补充：字段代码 → 新内容'),
        reward: z.boolean().optional().describe('举报属实且符合奖励条件'),
      }),
      response: { 200: FullCase, ...Errors },
    },
    handler: async (req) => transitionCase(ctxOf(deps, req), req.params.no, req.body),
  });
}
