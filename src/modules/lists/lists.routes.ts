import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import { HistoryStep, IsoDate, paging } from '../../app/schemas';
import type { App } from '../../app/types';
import { END_REASONS, ENTRY_ACTIONS, ENTRY_STATUSES } from './lists.machine';
import { getEntry, listEntries, listListTypes, proposeEntry, transitionEntry } from './lists.service';

const Id = z.object({ id: z.coerce.number().int().positive().describe('名单条目编号') });
const Errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const Entry = z.object({
  id: z.number(),
  listType: z.object({ code: z.string(), name: z.string(), flag: z.string().describe('red 红名单 / black 严重失信 / focus 重点关注') }),
  subject: z.object({ id: z.number(), kind: z.string(), name: z.string(), code: z.string().describe('自然人证件号码脱敏') }),
  department: z.string().nullable().describe('认定部门'),
  docNo: z.string().nullable().describe('列入决定文书号'),
  reason: z.string().nullable().describe('列入事由'),
  legalBasis: z.string().nullable().describe('认定依据'),
  startDate: z.string().describe('列入日期'),
  endDate: z.string().nullable().describe('有效期至（该日起不再适用）'),
  status: z.enum(ENTRY_STATUSES).describe('proposed 拟列入 / notified 已告知 / announced 公示中 / published 已发布 / ended 已移出'),
  endReason: z.enum(END_REASONS).nullable().describe('移出原因'),
  endedOn: z.string().nullable().describe('移出日期'),
  notice: z.record(z.string(), z.unknown()).nullable().describe('书面告知：送达日期、方式、拟采取措施、异议期限'),
  announceFrom: z.string().nullable().describe('红名单公示开始日'),
  announceTo: z.string().nullable().describe('红名单公示截止日（含）'),
  source: z.enum(['intake', 'console']).describe('来源：部门报送 / 控制台录入'),
  actions: z.array(z.enum(ENTRY_ACTIONS)).describe('当前可执行的操作'),
});

/** List types and the list-entry lifecycle (department and operator console). */
export async function listsRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get('/api/v1/list-types', {
    schema: {
      tags: ['红黑名单'],
      summary: '名单类型',
      description: '红名单、严重失信主体名单、重点关注名单的类型：认定部门职能、有效期、列入程序（书面告知或公示）、异议期和移出规则。',
      response: {
        200: z.array(
          z.object({
            code: z.string(),
            name: z.string(),
            flag: z.string(),
            deciders: z.array(z.string()).describe('认定部门职能'),
            term: z.object({ years: z.number().optional(), months: z.number().optional(), days: z.number().optional() }).nullable(),
            procedure: z.enum(['notice', 'announcement']).describe('notice 列入前书面告知 / announcement 列入前公示'),
            objectionWorkingDays: z.number().describe('告知或公示后的异议期（工作日）'),
            exits: z.array(z.object({ reason: z.enum(END_REASONS), text: z.string() })).describe('移出规则'),
            basis: z.string(),
          }),
        ),
      },
    },
    handler: async () =>
      (await listListTypes(deps.db)).map((t) => ({
        code: t.code,
        name: t.name,
        flag: t.flag,
        deciders: [...t.deciders],
        term: t.term ?? null,
        procedure: t.rule.procedure,
        objectionWorkingDays: t.rule.objectionWorkingDays,
        exits: t.rule.exits.map((e) => ({ ...e })),
        basis: t.rule.basis || t.basis,
      })),
  });

  app.get('/api/v1/list-entries', {
    schema: {
      tags: ['红黑名单'],
      summary: '名单条目（管理）',
      description: '部门用户看到本部门认定的条目，平台运营管理员看到全部。',
      security: [{ bearer: [] }, { basic: [] }],
      querystring: z.object({
        listType: z.string().max(32).optional().describe('名单代码'),
        status: z.enum(ENTRY_STATUSES).optional(),
        ...paging(),
      }),
      response: { 200: z.object({ items: z.array(Entry), total: z.number(), page: z.number(), pageSize: z.number() }), ...Errors },
    },
    handler: async (req) => listEntries(ctxOf(deps, req), req.query),
  });

  app.post('/api/v1/list-entries', {
    schema: {
      tags: ['红黑名单'],
      summary: '拟列入名单',
      description:
        '认定部门为主体新建拟列入条目（状态 proposed）。同一名单、主体和决定文书号重复提交时返回已建条目。失信类名单随后须书面告知，红名单须公示，异议期满后方可发布。',
      security: [{ bearer: [] }, { basic: [] }],
      body: z.object({
        listType: z.string().min(2).max(32).describe('名单代码，如 ZDSSWF、AJNSR'),
        subject: z.string().trim().min(1, '请填写主体的统一社会信用代码或主体编号').max(64),
        docNo: z.string().trim().min(1, '请填写列入决定文书号').max(100),
        reason: z.string().trim().min(1, '请填写列入事由').max(2000),
        legalBasis: z.string().trim().min(1, '请填写认定依据').max(1000),
        startDate: IsoDate.optional().describe('列入日期，默认今天'),
        endDate: IsoDate.optional().describe('有效期至；不填按名单类型的默认期限'),
      }),
      response: { 201: Entry, ...Errors },
    },
    handler: async (req, reply) => reply.status(201).send(await proposeEntry(ctxOf(deps, req), req.body)),
  });

  app.get('/api/v1/list-entries/:id', {
    schema: {
      tags: ['红黑名单'],
      summary: '名单条目详情与历史',
      security: [{ bearer: [] }, { basic: [] }],
      params: Id,
      response: {
        200: Entry.extend({
          history: z.array(HistoryStep),
        }),
        ...Errors,
      },
    },
    handler: async (req) => getEntry(ctxOf(deps, req), req.params.id),
  });

  app.post('/api/v1/list-entries/:id/transitions', {
    schema: {
      tags: ['红黑名单'],
      summary: '名单条目状态变更',
      description:
        '按状态机变更条目：notify 书面告知（须填送达日期、方式和拟采取措施）、announce 公示（红名单）、publish 发布（异议期满后）、end 移出（须说明原因）。不在状态表中的变更返回 409 INVALID_TRANSITION。',
      security: [{ bearer: [] }, { basic: [] }],
      params: Id,
      body: z.object({
        action: z.enum(ENTRY_ACTIONS),
        reason: z
          .enum(END_REASONS)
          .optional()
          .describe('移出原因：expired 期满 / repaired 信用修复 / removed 认定部门决定移出 / revoked 撤销'),
        note: z.string().trim().max(1000).optional().describe('说明'),
        notice: z
          .object({
            servedOn: IsoDate.describe('告知书送达日期'),
            method: z.string().trim().min(1, '请填写送达方式').max(50).describe('送达方式，如 直接送达、邮寄送达'),
            measures: z.string().trim().min(1, '请填写拟采取的惩戒措施').max(2000).describe('拟采取的惩戒措施'),
          })
          .optional(),
      }),
      response: { 200: Entry, ...Errors },
    },
    handler: async (req) => transitionEntry(ctxOf(deps, req), req.params.id, req.body),
  });
}
