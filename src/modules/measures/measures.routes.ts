import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import { IsoDate, paging, QueryFlag } from '../../app/schemas';
import type { App } from '../../app/types';
import { DECISIONS, checkStatistics, getCheck, giveFeedback, listChecks, runCheck } from './checks.service';
import { publishedKeys } from './checks.signing';
import { SCENARIOS, SCENARIO_CODES } from './data/scenarios';
import { addMeasure, listMemoranda, measureHistory, saveMemorandum, updateMeasure } from './measures.service';

const Errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const Kind = z.enum(['reward', 'punishment']).describe('reward 守信激励 / punishment 失信惩戒');
const Scenario = z.enum(SCENARIO_CODES).describe(
  `核查场景：${Object.entries(SCENARIOS)
    .map(([k, v]) => `${k} ${v}`)
    .join('，')}`,
);
const Code = z.string().regex(/^[A-Za-z0-9-]{2,40}$/, '代码只能包含字母、数字和连字符');

const Measure = z.object({
  code: z.string(),
  version: z.number(),
  kind: Kind,
  text: z.string().describe('措施内容'),
  legalBasis: z.string().describe('法律、法规或政策依据'),
  implementers: z.array(z.string()).describe('实施部门职能（* 为所有部门）'),
  scenarios: z.array(z.object({ code: z.string(), name: z.string() })),
  status: z.enum(['active', 'retired']),
  changedBy: z.string(),
  changedAt: z.string(),
});
const Memorandum = z.object({
  code: z.string(),
  version: z.number(),
  docNo: z.string().nullable().describe('文号'),
  title: z.string(),
  kind: Kind,
  listTypes: z.array(z.string()).describe('适用的名单类型'),
  issuedOn: z.string().nullable(),
  note: z.string().nullable(),
  changedBy: z.string(),
  changedAt: z.string(),
  measures: z.array(Measure),
});
const MeasureBody = z.object({
  text: z.string().trim().min(2, '请填写措施内容').max(500),
  legalBasis: z.string().trim().min(2, '请填写措施依据').max(500),
  implementers: z.array(z.string().trim().min(1).max(40)).min(1, '至少一个实施部门职能（* 表示所有部门）'),
  scenarios: z.array(Scenario).min(1, '至少一个适用场景'),
  status: z.enum(['active', 'retired']).optional(),
});

const SubjectRef = z.object({ id: z.number(), kind: z.string(), name: z.string(), code: z.string() });
const Receipt = z
  .object({
    v: z.literal(1),
    receiptNo: z.string(),
    issuedAt: z.string(),
    keyId: z.string(),
    requestHash: z.string().describe('请求的 SHA-256（规范化 JSON）'),
    answerHash: z.string().describe('答复（本响应除 id、receiptNo、receipt、feedbackGiven、replayed 外的内容）的 SHA-256'),
    algorithm: z.literal('Ed25519'),
    signature: z.string().describe('平台对 {v, receiptNo, issuedAt, keyId, requestHash, answerHash} 规范化 JSON 的 Ed25519 签名（Base64）'),
  })
  .describe('平台签名回执：可用公布的公钥离线验证');
const CheckResult = z.object({
  id: z.number(),
  receiptNo: z.string().describe('核查回执编号：HC + 日期 + 流水号'),
  receipt: Receipt.nullable(),
  feedbackGiven: z.boolean(),
  replayed: z.boolean().describe('重复请求时为 true，返回首次的答复和回执'),
  checkDate: z.string(),
  scenario: z.object({ code: z.string(), name: z.string() }),
  caseNo: z.string(),
  department: z.object({ code: z.string(), name: z.string() }),
  outcome: z
    .enum(['hit', 'clear', 'not_found', 'candidates', 'error'])
    .describe('hit 有名单 / clear 无名单 / not_found 未收录 / candidates 按名称核查的候选 / error 批量核查中无法核查的行'),
  summary: z.string().describe('核查结论（中文）'),
  subject: SubjectRef.nullable(),
  hits: z.array(
    z.object({
      entryId: z.number(),
      listType: z.object({ code: z.string(), name: z.string(), flag: z.string() }),
      department: z.string().nullable(),
      docNo: z.string().nullable(),
      reason: z.string().nullable(),
      legalBasis: z.string().nullable(),
      startDate: z.string(),
      endDate: z.string().nullable(),
    }),
  ),
  measures: z.array(
    z.object({
      code: z.string(),
      version: z.number(),
      kind: Kind,
      text: z.string(),
      legalBasis: z.string(),
      memorandum: z.object({ code: z.string(), docNo: z.string().nullable(), title: z.string() }),
      triggeredBy: z.array(z.string()).describe('触发该措施的名单'),
    }),
  ),
  candidates: z.array(z.object({ subject: SubjectRef, score: z.number(), explanation: z.string() })),
});

/** The measures catalogue, credit checks, feedback and statistics. */
export async function measuresRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get('/api/v1/measures', {
    schema: {
      tags: ['联合奖惩'],
      summary: '联合奖惩措施清单',
      description: '备忘录（及地方性法规条款）及其措施：依据、实施部门职能、适用场景、适用名单。',
      response: { 200: z.object({ scenarios: z.array(z.object({ code: z.string(), name: z.string() })), memoranda: z.array(Memorandum) }) },
    },
    handler: async (req) => ({
      scenarios: Object.entries(SCENARIOS).map(([code, name]) => ({ code, name })),
      memoranda: await listMemoranda(ctxOf(deps, req)),
    }),
  });

  app.put('/api/v1/measures/memoranda/:code', {
    schema: {
      tags: ['联合奖惩'],
      summary: '新建或修改备忘录',
      description: '平台运营管理员。每次修改生成新版本，旧版本保留；内容未变时不生成新版本。',
      security: [{ bearer: [] }],
      params: z.object({ code: Code }),
      body: z.object({
        docNo: z.string().trim().max(100).nullable().optional(),
        title: z.string().trim().min(2, '请填写备忘录标题').max(200),
        kind: Kind,
        listTypes: z.array(z.string().min(2).max(32)).min(1, '至少适用一个名单类型'),
        issuedOn: IsoDate.nullable().optional(),
        note: z.string().trim().max(1000).nullable().optional(),
      }),
      response: { 200: Memorandum, ...Errors },
    },
    handler: async (req) => saveMemorandum(ctxOf(deps, req), req.params.code, req.body),
  });

  app.post('/api/v1/measures/memoranda/:code/measures', {
    schema: {
      tags: ['联合奖惩'],
      summary: '新增措施',
      security: [{ bearer: [] }],
      params: z.object({ code: Code }),
      body: MeasureBody,
      response: { 201: Measure, ...Errors },
    },
    handler: async (req, reply) => reply.status(201).send(await addMeasure(ctxOf(deps, req), req.params.code, req.body)),
  });

  app.put('/api/v1/measures/:code', {
    schema: {
      tags: ['联合奖惩'],
      summary: '修改措施',
      description: '生成新版本；停用措施请将 status 设为 retired。',
      security: [{ bearer: [] }],
      params: z.object({ code: Code }),
      body: MeasureBody,
      response: { 200: Measure, ...Errors },
    },
    handler: async (req) => updateMeasure(ctxOf(deps, req), req.params.code, req.body),
  });

  app.get('/api/v1/measures/:code/history', {
    schema: {
      tags: ['联合奖惩'],
      summary: '措施或备忘录的版本历史',
      security: [{ bearer: [] }],
      params: z.object({ code: Code }),
      response: {
        200: z.object({ kind: z.enum(['measure', 'memorandum']), versions: z.array(z.union([Measure, Memorandum])) }),
        ...Errors,
      },
    },
    handler: async (req) => measureHistory(ctxOf(deps, req), req.params.code),
  });

  app.get('/api/v1/checks/keys', {
    schema: {
      tags: ['联合奖惩'],
      summary: '回执验签公钥',
      description:
        '平台用于签署核查回执的 Ed25519 公钥（PEM）。验证方法：对回执中 {v, receiptNo, issuedAt, keyId, requestHash, answerHash} 做规范化 JSON（键排序、无空白），用公钥验证 signature。',
      response: {
        200: z.array(
          z.object({
            keyId: z.string(),
            algorithm: z.string(),
            publicKeyPem: z.string(),
            createdAt: z.string(),
            retiredAt: z.string().nullable(),
          }),
        ),
      },
    },
    handler: async () => publishedKeys(deps.db),
  });

  app.post('/api/v1/checks', {
    schema: {
      tags: ['联合奖惩'],
      summary: '信用核查',
      description:
        '部门在审批、采购、招投标等事项前核查主体（触发）：返回核查日有效的名单、本部门在该场景适用的奖惩措施，以及平台签名回执。按名称核查只返回带评分和说明的候选主体，不作结论。相同请求重试返回首次结果。',
      security: [{ basic: [] }, { bearer: [] }],
      body: z.object({
        subject: z.string().trim().min(1).max(64).optional().describe('统一社会信用代码、组织机构代码、注册号、身份证号或主体编号'),
        name: z.string().trim().min(1).max(200).optional().describe('主体名称（无代码时）'),
        scenario: Scenario,
        caseNo: z.string().trim().min(1, '请填写审批事项编号（案号）').max(100).describe('审批事项编号'),
        checkDate: IsoDate.optional().describe('核查日，默认今天'),
      }),
      response: { 201: CheckResult, 200: CheckResult, ...Errors },
    },
    handler: async (req, reply) => {
      const result = await runCheck(ctxOf(deps, req), req.body);
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  });

  app.get('/api/v1/checks', {
    schema: {
      tags: ['联合奖惩'],
      summary: '核查记录',
      description: '本部门的核查记录（平台运营管理员为全部），可只看待反馈或逾期未反馈的。',
      security: [{ basic: [] }, { bearer: [] }],
      querystring: z.object({
        awaitingFeedback: QueryFlag,
        overdue: QueryFlag,
        ...paging(),
      }),
      response: {
        200: z.object({ items: z.array(z.record(z.string(), z.unknown())), total: z.number(), page: z.number(), pageSize: z.number() }),
        ...Errors,
      },
    },
    handler: async (req) => listChecks(ctxOf(deps, req), req.query),
  });

  app.get('/api/v1/checks/stats', {
    schema: {
      tags: ['联合奖惩'],
      summary: '核查与反馈统计',
      description:
        '按部门统计核查次数、命中、返回措施、反馈、实施措施、逾期未反馈；以及规划指标 6（使用信用信息的成员单位）和 7（实施联合奖惩的成员单位）。',
      security: [{ basic: [] }, { bearer: [] }],
      querystring: z.object({ from: IsoDate.optional(), to: IsoDate.optional() }),
      response: { 200: z.record(z.string(), z.unknown()), ...Errors },
    },
    handler: async (req) => checkStatistics(ctxOf(deps, req), req.query),
  });

  app.get('/api/v1/checks/:id', {
    schema: {
      tags: ['联合奖惩'],
      summary: '核查详情',
      security: [{ basic: [] }, { bearer: [] }],
      params: z.object({ id: z.coerce.number().int().positive() }),
      response: { 200: CheckResult.omit({ replayed: true }).extend({ feedback: z.record(z.string(), z.unknown()).nullable() }), ...Errors },
    },
    handler: async (req) => getCheck(ctxOf(deps, req), req.params.id),
  });

  app.post('/api/v1/checks/:id/feedback', {
    schema: {
      tags: ['联合奖惩'],
      summary: '核查结果反馈',
      description:
        '对本次核查返回的每项措施说明是否实施（未实施须说明原因），并填写办理结果。相同反馈重复提交返回原结果，不同内容返回 409。',
      security: [{ basic: [] }, { bearer: [] }],
      params: z.object({ id: z.coerce.number().int().positive() }),
      body: z.object({
        decision: z.enum(Object.keys(DECISIONS) as [keyof typeof DECISIONS]).describe(
          Object.entries(DECISIONS)
            .map(([k, v]) => `${k} ${v}`)
            .join('，'),
        ),
        note: z.string().trim().max(1000).optional(),
        measures: z.array(
          z.object({
            code: z.string().min(1).max(60),
            applied: z.boolean(),
            reason: z.string().trim().max(500).optional().describe('未实施的原因'),
          }),
        ),
      }),
      response: { 200: z.record(z.string(), z.unknown()), ...Errors },
    },
    handler: async (req) => giveFeedback(ctxOf(deps, req), req.params.id, req.body),
  });
}
