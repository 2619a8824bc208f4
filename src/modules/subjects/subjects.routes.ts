import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import type { App } from '../../app/types';
import { getPrivateSubject, getPublicSubject } from './subjects.service';

const Region = z.object({ code: z.string(), name: z.string() }).nullable();

export const PublicSubjectSchema = z
  .object({
    id: z.number().describe('平台内主体编号'),
    kind: z.enum(['legal_person', 'non_enterprise', 'natural_person']).describe('主体类别'),
    kindLabel: z.string(),
    database: z.string().describe('所属基础库：企业法人库、非企业法人库或自然人库'),
    name: z.string().describe('主体名称'),
    code: z.string().describe('主标识（统一社会信用代码等）'),
    codeKind: z.string(),
    codeKindLabel: z.string(),
    category: z.string().nullable().describe('机构类别（统一社会信用代码前两位）'),
    categoryLabel: z.string().nullable(),
    region: Region.describe('所属县（市、区）或功能区'),
    status: z.string(),
    statusLabel: z.string().describe('登记状态'),
    registration: z
      .object({
        legalRepresentative: z.string().nullable().describe('法定代表人或负责人'),
        establishedOn: z.string().nullable().describe('成立日期'),
        registeredCapital: z.string().nullable().describe('注册资本（万元）'),
        address: z.string().nullable().describe('住所'),
        businessScope: z.string().nullable().describe('经营（业务）范围'),
        registrationAuthority: z.string().nullable().describe('登记机关'),
        industry: z.string().nullable().describe('行业'),
      })
      .describe('登记信息'),
    otherIdentifiers: z.array(z.object({ code: z.string(), kind: z.string(), kindLabel: z.string() })).describe('曾用及关联标识'),
    formerNames: z.array(z.object({ name: z.string(), until: z.string().nullable() })).describe('曾用名'),
  })
  .describe('信用主体公开基本信息');

const CodeParam = z.object({
  codeOrId: z.string().min(1).max(64).describe('统一社会信用代码、组织机构代码、注册号或平台主体编号'),
});

/** Subject routes: public basic information, and the audited full record for authorised staff. */
export async function subjectsRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get('/api/v1/subjects/:codeOrId', {
    schema: {
      tags: ['信用主体'],
      summary: '查询信用主体公开基本信息',
      description:
        '按任一标识（自动规范化全角、空格、连字符）或主体编号查询法人和非法人组织的公开基本信息。自然人信息不公开，查询时与不存在的主体一样返回 404。',
      params: CodeParam,
      response: { 200: PublicSubjectSchema, 404: ErrorBody },
    },
    handler: async (req) => getPublicSubject(ctxOf(deps, req), req.params.codeOrId),
  });

  app.get('/api/v1/admin/subjects/:codeOrId', {
    schema: {
      tags: ['管理'],
      summary: '查询信用主体完整信息（授权）',
      description: '平台运营管理员或部门审核人查询主体完整信息（含自然人完整证件号码）。每次查询都写入审计日志。',
      security: [{ bearer: [] }, { basic: [] }],
      params: CodeParam,
      querystring: z.object({ purpose: z.string().trim().min(2).max(200).describe('查询事由（必填），记入审计日志') }),
      response: { 200: z.record(z.string(), z.unknown()).describe('主体完整信息'), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
    },
    handler: async (req) => getPrivateSubject(ctxOf(deps, req), req.params.codeOrId, req.query.purpose),
  });
}
