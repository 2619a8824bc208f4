import { z } from 'zod';
import type { AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import type { App } from '../../app/types';
import { CatalogItemResponseSchema, CatalogListResponseSchema, PublicityRuleListResponseSchema } from './catalog.schemas';
import { getCatalogItem, getPublicityRules, listCatalogItems } from './catalog.service';

/**
 * The catalogue is public: 山东省社会信用条例 art. 10 requires the data list (信息事项、性质、披露方式、
 * 提供单位 …) to be published.
 */
export async function catalogRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get('/api/v1/catalog', {
    schema: {
      tags: ['信用信息目录'],
      summary: '信用信息目录',
      description: '当前有效的全部目录条目：信息事项、信息性质、披露方式、主体类别、提供部门职能、双公示与名单标识。',
      response: { 200: CatalogListResponseSchema },
    },
    handler: async () => {
      const items = await listCatalogItems(deps.db);
      return {
        items: items.map((i) => ({
          code: i.code,
          name: i.name,
          section: i.section,
          nature: i.nature,
          disclosure: i.disclosure,
          naturalPersonDisclosure: i.naturalPersonDisclosure,
          subjectKinds: i.subjectKinds,
          doublePublicity: i.doublePublicity,
          listFlag: i.listFlag,
          providers: i.providers,
          basis: i.basis,
          version: i.version,
          release: i.release,
          fieldCount: i.fields.length,
        })),
      };
    },
  });

  app.get('/api/v1/catalog/publicity-rules', {
    schema: {
      tags: ['信用信息目录'],
      summary: '公示期限规则',
      description: '各规则版本（2019 年、2023 年、2025 年等）规定的最短、最长公示期限。记录按其决定日期适用当时有效的规则。',
      response: { 200: PublicityRuleListResponseSchema },
    },
    handler: async () => ({ rules: await getPublicityRules(deps.db) }),
  });

  app.get('/api/v1/catalog/:code', {
    schema: {
      tags: ['信用信息目录'],
      summary: '目录条目详情',
      description: '一个目录条目的当前版本：字段（代码、中文名、类型、是否必填、两代双公示标准的别名）和代码表。',
      params: z.object({ code: z.string().min(1).max(64).describe('目录条目代码，如 XZXK、XZCF') }),
      response: { 200: CatalogItemResponseSchema, 404: ErrorBody },
    },
    handler: async (req) => getCatalogItem(deps.db, req.params.code),
  });
}
