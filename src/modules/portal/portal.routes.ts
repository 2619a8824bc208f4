import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import { IsoDate, paging } from '../../app/schemas';
import type { App } from '../../app/types';
import { HeadlineFiguresSchema, RegionsSchema } from './portal.schemas';
import { getHeadlineFigures, listPublicity, listPublishedEntries, listRegions } from './portal.service';

const Paging = paging();

const PublicityItem = z.object({
  id: z.number(),
  subject: z.object({ id: z.number(), name: z.string(), code: z.string() }).describe('行政相对人'),
  department: z.object({ code: z.string().nullable(), name: z.string() }).describe('决定机关（报送部门）'),
  docNo: z.string().nullable().describe('决定文书号'),
  decisionDate: z.string().nullable().describe('决定日期'),
  title: z.string().nullable().describe('许可决定文书名称 / 违法行为类型'),
  category: z.string().nullable().describe('许可类别 / 处罚类别'),
  content: z.string().nullable().describe('许可内容 / 处罚内容'),
  publicityStatus: z.string().describe('公示状态'),
  publicityEnd: z.string().nullable().describe('处罚信息公示截止日期（不含当日）'),
});

const PublicityPage = z.object({ items: z.array(PublicityItem), total: z.number(), page: z.number(), pageSize: z.number() });

/** The public read side of the portal: headline figures, regions, 双公示 and the published lists. */
export async function portalRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get('/api/v1/stats/headline', {
    schema: {
      tags: ['统计'],
      summary: '首页数据概况',
      description:
        '从数据库实时统计的公开数字：三个基础库的主体数、正在公示的行政许可和行政处罚数（与双公示栏目口径一致）、在有效期内的红黑名单条目数、' +
        '已出具的信用报告份数、报送过信用信息的部门数。结果缓存 1 分钟。',
      response: { 200: HeadlineFiguresSchema },
    },
    handler: async (req, reply) => {
      void reply.header('cache-control', 'public, max-age=60');
      return getHeadlineFigures(ctxOf(deps, req));
    },
  });

  app.get('/api/v1/regions', {
    schema: {
      tags: ['地区'],
      summary: '所属区域',
      description: '本平台所属地区及其下辖县（市、区）和功能区（取自部署配置），用于双公示和信用查询的“所属区域”筛选。',
      response: { 200: RegionsSchema },
    },
    handler: async (req) => listRegions(ctxOf(deps, req)),
  });

  for (const kind of ['licenses', 'penalties'] as const) {
    const label = kind === 'licenses' ? '行政许可' : '行政处罚';
    app.get(`/api/v1/publicity/${kind}`, {
      schema: {
        tags: ['双公示'],
        summary: `${label}公示`,
        description: `正在公示的${label}决定（法人和非法人组织；自然人的决定不公开）。可按部门、决定日期、类别、所属区域筛选，按决定日期倒序分页。`,
        querystring: z.object({
          department: z.string().max(32).optional().describe('决定机关的部门代码，如 scjgj'),
          from: IsoDate.optional().describe('决定日期起（含）'),
          to: IsoDate.optional().describe('决定日期止（含）'),
          category: z
            .string()
            .max(32)
            .optional()
            .describe(kind === 'licenses' ? '许可类别，如 普通、特许、登记' : '处罚类别，如 罚款、警告'),
          region: z.string().max(16).optional().describe('行政相对人所属县（市、区）或功能区代码'),
          ...Paging,
        }),
        response: { 200: PublicityPage, 400: ErrorBody },
      },
      handler: async (req) => listPublicity(ctxOf(deps, req), kind, req.query),
    });
  }

  app.get('/api/v1/lists/:listType', {
    schema: {
      tags: ['红黑名单'],
      summary: '名单公示',
      description:
        '已发布且在有效期内的名单条目：红名单（如 AJNSR A级纳税人、SHTXY 守合同重信用企业）、严重失信主体名单（如 SXBZXR 失信被执行人）、经营异常名录（JYYC）。' +
        '自然人仅在法院公布的失信被执行人名单中出现，证件号码脱敏。',
      params: z.object({ listType: z.string().min(2).max(32).describe('名单代码（目录条目代码）') }),
      querystring: z.object(Paging),
      response: {
        200: z.object({
          list: z.object({ code: z.string(), name: z.string(), flag: z.string().nullable() }),
          items: z.array(
            z.object({
              id: z.number(),
              subject: z.object({ id: z.number(), name: z.string(), code: z.string() }),
              department: z.string().nullable().describe('认定部门'),
              docNo: z.string().nullable(),
              reason: z.string().nullable().describe('列入事由'),
              startDate: z.string().describe('列入日期'),
              endDate: z.string().nullable().describe('有效期至'),
            }),
          ),
          total: z.number(),
          page: z.number(),
          pageSize: z.number(),
        }),
        404: ErrorBody,
      },
    },
    handler: async (req) => listPublishedEntries(ctxOf(deps, req), req.params.listType, req.query.page, req.query.pageSize),
  });
}
