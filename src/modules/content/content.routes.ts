import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import type { App } from '../../app/types';
import { getArticle, listArticles } from './content.service';

const Article = z.object({
  slug: z.string(),
  kind: z.enum(['news', 'policy']).describe('news 信用动态 / policy 政策法规'),
  kindLabel: z.string(),
  title: z.string(),
  summary: z.string().describe('摘要'),
  source: z.string().nullable().describe('发布机关'),
  publishedOn: z.string().describe('本站发布日期'),
});

/** Portal content: 信用动态 and 政策法规. */
export async function contentRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get('/api/v1/content', {
    schema: {
      tags: ['网站内容'],
      summary: '信用动态与政策法规',
      querystring: z.object({
        kind: z.enum(['news', 'policy']).optional().describe('news 信用动态 / policy 政策法规'),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(50).default(10),
      }),
      response: { 200: z.object({ items: z.array(Article), total: z.number(), page: z.number(), pageSize: z.number() }), 400: ErrorBody },
    },
    handler: async (req) => listArticles(ctxOf(deps, req), req.query),
  });

  app.get('/api/v1/content/:slug', {
    schema: {
      tags: ['网站内容'],
      summary: '文章全文',
      params: z.object({ slug: z.string().min(1).max(100) }),
      response: { 200: Article.extend({ body: z.array(z.string()).describe('正文段落') }), 404: ErrorBody },
    },
    handler: async (req) => getArticle(ctxOf(deps, req), req.params.slug),
  });
}
