import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/db';
import { auditRoutes } from '../modules/audit/audit.routes';
import { ANONYMOUS, authenticate, type Principal } from '../modules/auth';
import { authRoutes } from '../modules/auth/auth.routes';
import { catalogRoutes } from '../modules/catalog/catalog.routes';
import { contentRoutes } from '../modules/content/content.routes';
import { intakeRoutes } from '../modules/intake/intake.routes';
import { portalRoutes } from '../modules/portal/portal.routes';
import { reportsRoutes } from '../modules/reports/reports.routes';
import { listsRoutes } from '../modules/lists/lists.routes';
import { measuresRoutes } from '../modules/measures/measures.routes';
import { checksBatchRoutes } from '../modules/measures/checks.batch.routes';
import { casesRoutes } from '../modules/cases/cases.routes';
import { subjectsRoutes } from '../modules/subjects/subjects.routes';
import { systemClock, type Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { errorBody, handleError } from './errors';
import { renderHome } from './home';
import type { App } from './types';
import { hasWebBuild, registerWeb, WEB_DIST } from './web';

export interface BuildAppOptions {
  db: Db;
  clock?: Clock;
  /** Requests per minute per client address; 0 turns the limit off. */
  rateLimitPerMinute?: number;
  logLevel?: string;
  version?: string;
  /** Trust X-Forwarded-For from these proxies (true, or a comma-separated list of addresses); default off. */
  trustProxy?: boolean | string;
  /** The built portal to serve (default web/dist when it has an index.html); false serves the placeholder home page. */
  webRoot?: string | false;
}

// Personal identifiers in request URLs (a person looked up by ID number) are masked before logging.
const ID_IN_URL = /(\d{6})\d{8}(\d{3}[\dXx])|(\d{6})\d{5}(\d{4})(?=\D|$)/g;
export function maskUrl(url: string): string {
  return url.replace(ID_IN_URL, (_m, a, b, c, d) => (a ? `${a}********${b}` : `${c}*****${d}`));
}

/**
 * Builds the HTTP server: security headers, rate limit, authentication, one error shape, the OpenAPI
 * document at /api/docs, and every module's routes. Nothing listens until the caller calls `listen`.
 */
export async function buildApp(options: BuildAppOptions): Promise<App> {
  const deps = { db: options.db, clock: options.clock ?? systemClock };
  const app = Fastify({
    logger:
      options.logLevel === 'silent'
        ? false
        : {
            level: options.logLevel ?? 'info',
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: maskUrl(req.url), ip: req.ip }),
            },
          },
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send(errorBody('NOT_FOUND', `未找到：${req.method} ${req.url.split('?')[0]}`));
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
    },
  });
  if ((options.rateLimitPerMinute ?? 1200) > 0) {
    await app.register(rateLimit, {
      max: options.rateLimitPerMinute ?? 1200,
      timeWindow: 60_000,
      // The builder's result is thrown and reaches the one error handler like any AppError.
      errorResponseBuilder: (_req, ctx) =>
        new AppError(
          'RATE_LIMITED',
          `请求过于频繁：每分钟最多 ${ctx.max} 次，请在 ${Math.ceil(ctx.ttl / 1000)} 秒后重试`,
          429,
        ) as unknown as object,
    });
  }
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'xinyong 公共信用信息平台开放接口',
        description: '信用主体查询、信用信息归集、联合奖惩核查、信用报告等接口。错误统一为 { "error": { "code", "message", "details" } }。',
        version: options.version ?? '0.1.0',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: '用户登录后获得的访问令牌' },
          basic: { type: 'http', scheme: 'basic', description: '部门接口客户端：客户端编号和密钥' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('principal', null as unknown as Principal);
  app.addHook('onRequest', async (req) => {
    req.principal = (await authenticate(deps.db, req.headers.authorization, deps.clock.now())) ?? ANONYMOUS;
  });

  app.get('/healthz', {
    schema: {
      tags: ['系统'],
      summary: '健康检查',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
    },
    handler: async () => {
      await deps.db.query('SELECT 1');
      return { status: 'ok' as const, database: deps.db.engine };
    },
  });
  const webRoot = options.webRoot ?? WEB_DIST;
  if (webRoot !== false && hasWebBuild(webRoot)) await registerWeb(app, { root: webRoot });
  else
    app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(await renderHome(deps.db)));

  await authRoutes(app, deps);
  await subjectsRoutes(app, deps);
  await catalogRoutes(app, deps);
  await intakeRoutes(app, deps);
  await portalRoutes(app, deps);
  await reportsRoutes(app, deps);
  await listsRoutes(app, deps);
  await measuresRoutes(app, deps);
  await checksBatchRoutes(app, deps);
  await casesRoutes(app, deps);
  await contentRoutes(app, deps);
  await auditRoutes(app, deps);
  return app;
}
