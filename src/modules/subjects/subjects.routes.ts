import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import { getPublicProfile } from '../portal';
import type { App } from '../../app/types';
import { getPrivateSubject, searchSubjects } from './subjects.service';

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

const Kind = z.enum(['legal_person', 'non_enterprise', 'natural_person']);

export const SubjectSearchQuery = z.object({
  q: z
    .string()
    .max(100)
    .default('')
    .describe(
      '查询内容：主体名称（至少2个字，可为简称、曾用名，不区分全角半角、括号、空格）或任一标识（统一社会信用代码、组织机构代码、注册号）',
    ),
  kind: Kind.optional().describe('主体类别：legal_person 企业法人，non_enterprise 非企业法人，natural_person 自然人（仅失信被执行人）'),
  region: z
    .string()
    .regex(/^[0-9A-Za-z-]{2,20}$/)
    .optional()
    .describe('所属县（市、区）或功能区代码；市级代码包含其下辖地区'),
  page: z.coerce.number().int().min(1).max(1000).default(1).describe('页码，从 1 开始'),
  pageSize: z.coerce.number().int().min(1).max(50).default(10).describe('每页条数，最多 50'),
});

const Range = z.object({ start: z.number().int(), end: z.number().int() });

export const SubjectSearchResult = z
  .object({
    items: z.array(
      z.object({
        id: z.number().describe('平台内主体编号'),
        kind: Kind.describe('主体类别'),
        kindLabel: z.string().describe('主体类别名称'),
        name: z.string().describe('主体名称（现用名）'),
        code: z.string().describe('主标识；自然人（失信被执行人）的身份证号码已遮蔽'),
        region: Region.describe('所属县（市、区）或功能区'),
        matchedName: z.string().nullable().describe('命中的曾用名；现用名命中时为空'),
        highlights: z
          .array(Range)
          .describe('命中部分在 matchedName（为空时为 name）中的位置，UTF-16 下标 [start, end)，与 String.prototype.slice 一致'),
      }),
    ),
    total: z.number().describe('命中总数'),
    page: z.number().describe('页码'),
    pageSize: z.number().describe('每页条数'),
  })
  .describe('信用主体查询结果');

const ProfileItemSchema = z.object({
  id: z.number(),
  kind: z.enum(['record', 'list_entry']).describe('记录或名单条目'),
  item: z.string().describe('目录条目代码'),
  itemName: z.string().describe('信息类别'),
  provider: z.string().nullable().describe('信息提供单位'),
  decisionDate: z.string().nullable().describe('决定日期（名单为列入日期）'),
  docNo: z.string().nullable().describe('决定文书号'),
  publicityStatus: z.string().describe('公示状态'),
  publicityEnd: z.string().nullable().describe('公示截止日期（不含当日）'),
  repairFrom: z.string().nullable().describe('行政处罚：可申请信用修复的起始日期（最短公示期届满）'),
  fields: z.array(z.object({ code: z.string(), name: z.string(), value: z.string() })).describe('可公开的字段'),
});

export const PublicProfileSchema = PublicSubjectSchema.extend({
  asOf: z.string().describe('信息截至日期'),
  sections: z
    .array(z.object({ key: z.string(), title: z.string(), items: z.array(ProfileItemSchema) }))
    .describe('按公共信用信息报告栏目分组的公开记录'),
}).describe('信用主体公开信用信息');

const CodeParam = z.object({
  codeOrId: z.string().min(1).max(64).describe('统一社会信用代码、组织机构代码、注册号或平台主体编号'),
});

/** Subject routes: public basic information, and the audited full record for authorised staff. */
export async function subjectsRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get('/api/v1/subjects', {
    schema: {
      tags: ['信用主体'],
      summary: '查询信用主体',
      description:
        '按标识或名称查询信用主体。输入完整标识（任一形式）时直接返回该主体；名称查询不区分全角半角、括号、空格和大小写，“有限责任公司”与“有限公司”等同，“泰安市”前缀可省略，允许一个错别字。排序：完全匹配、前缀匹配、包含、相似；同级按名称长短。自然人不公开，失信被执行人除外（身份证号码遮蔽）。',
      querystring: SubjectSearchQuery,
      response: { 200: SubjectSearchResult, 400: ErrorBody },
    },
    handler: async (req) => searchSubjects(ctxOf(deps, req), req.query),
  });

  app.get('/api/v1/subjects/:codeOrId', {
    schema: {
      tags: ['信用主体'],
      summary: '信用主体公开信用信息',
      description:
        '按任一标识（自动规范化全角、空格、连字符）或主体编号查询法人和非法人组织的公开信用信息：登记基本信息，以及按报告栏目分组的记录' +
        '（行政管理信息、诚实守信相关荣誉信息、严重失信主体名单、经营异常名录、信用承诺、信用评价、司法判决及执行、其他），每条记录附提供单位、决定日期、公示状态，' +
        '行政处罚附公示截止日期。只显示披露方式和状态允许公开的记录；已撤销、已修复、已过公示期的不显示。自然人信息不公开（与不存在的主体一样返回 404），' +
        '法院公布的失信被执行人除外（证件号码遮蔽，仅显示该名单）。',
      params: CodeParam,
      response: { 200: PublicProfileSchema, 404: ErrorBody },
    },
    handler: async (req) => getPublicProfile(ctxOf(deps, req), req.params.codeOrId),
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
