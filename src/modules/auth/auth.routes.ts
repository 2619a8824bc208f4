import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import type { App } from '../../app/types';
import { unauthenticated } from '../../shared/errors';
import { listDepartments } from './auth.repository';
import { can, PERMISSIONS, type Permission } from './auth.policy';
import { login, logout } from './auth.service';
import { ROLE_LABELS, type Principal } from './auth.types';

function presentPrincipal(p: Principal) {
  return {
    kind: p.kind,
    ...(p.id !== undefined ? { id: p.id } : {}),
    name: p.name,
    roles: [...p.roles],
    roleLabels: p.roles.map((r) => ROLE_LABELS[r]),
    ...(p.departmentCode ? { departmentCode: p.departmentCode } : {}),
    // What the console may offer; the server checks every request again.
    permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((perm) => can(p, perm)),
  };
}

const PrincipalSchema = z.object({
  kind: z.enum(['anonymous', 'user', 'api_client', 'system']),
  id: z.number().optional(),
  name: z.string(),
  roles: z.array(z.string()),
  roleLabels: z.array(z.string()),
  departmentCode: z.string().optional(),
  permissions: z.array(z.string()).describe('当前身份拥有的权限（控制台据此显示菜单；服务器对每个请求另行检查）'),
});

const DepartmentSchema = z.object({
  code: z.string().describe('部门代码'),
  name: z.string().describe('部门全称'),
  shortName: z.string().describe('简称'),
  region: z.string().describe('所属区划或功能区代码'),
  functions: z.array(z.string()).describe('职能（决定可报送的目录条目）'),
  member: z.boolean().describe('是否为社会信用体系建设联席会议成员单位'),
});

/** Sign-in, the current principal, and the public list of departments. */
export async function authRoutes(app: App, deps: AppDeps): Promise<void> {
  app.post('/api/v1/auth/login', {
    schema: {
      tags: ['账户'],
      summary: '用户登录',
      description: '以用户名和密码登录，返回 8 小时有效的访问令牌（Authorization: Bearer 令牌）。',
      body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
      response: { 200: z.object({ token: z.string(), expiresAt: z.string(), user: PrincipalSchema }), 400: ErrorBody, 401: ErrorBody },
    },
    handler: async (req) => {
      const res = await login({ db: deps.db, clock: deps.clock, ip: req.ip }, req.body);
      return { ...res, user: presentPrincipal(res.user) };
    },
  });

  app.post('/api/v1/auth/logout', {
    schema: { tags: ['账户'], summary: '退出登录', security: [{ bearer: [] }], response: { 204: z.null(), 401: ErrorBody } },
    handler: async (req, reply) => {
      const header = req.headers.authorization ?? '';
      if (req.principal.kind !== 'user' || !/^bearer\s/i.test(header)) throw unauthenticated();
      await logout(ctxOf(deps, req), header.replace(/^bearer\s+/i, ''));
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/auth/me', {
    schema: {
      tags: ['账户'],
      summary: '当前身份',
      description: '返回当前请求的身份；未登录时为匿名访客。',
      response: { 200: PrincipalSchema },
    },
    handler: async (req) => presentPrincipal(req.principal),
  });

  app.get('/api/v1/departments', {
    schema: { tags: ['部门'], summary: '信息提供部门列表', response: { 200: z.object({ items: z.array(DepartmentSchema) }) } },
    handler: async () => ({
      items: (await listDepartments(deps.db)).map((d) => ({
        code: d.code,
        name: d.name,
        shortName: d.short_name,
        region: d.region_code,
        functions: d.functions,
        member: d.is_member,
      })),
    }),
  });
}
