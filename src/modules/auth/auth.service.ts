import crypto from 'node:crypto';
import type { Db, Queryable } from '../../db/db';
import { AppError, invalidInput, unauthenticated } from '../../shared/errors';
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from '../audit';
import { requirePermission } from './auth.policy';
import { hashPassword, passwordProblem, randomSecret, tokenHash, verifyPassword } from './auth.passwords';
import {
  findApiClient,
  findDepartment,
  findUserBySession,
  findUserByUsername,
  insertApiClient,
  insertSession,
  insertUser,
  revokeSession,
  type ApiClientRow,
  type UserRow,
} from './auth.repository';
import { ROLES, type Ctx, type Principal, type Role } from './auth.types';

const SESSION_HOURS = 8;
const CLIENT_CACHE_MS = 5 * 60_000;
const CLIENT_CACHE_MAX = 10_000;
// A verified API client secret is remembered briefly, per database: argon2 costs ~20 ms, too much for
// every request. A hit is confirmed against the client's current row (status and secret hash), so a
// disabled client or a rotated secret stops working at once.
const verifiedClients = new WeakMap<Db, Map<string, { secretHash: string; until: number }>>();
// Unknown users and clients are checked against this hash too, so the answer takes as long as for a
// known one and does not reveal which names exist.
let dummyHash: Promise<string> | undefined;
function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomSecret());
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}

/** The audit actor for a use-case context. */
export function actorOf(ctx: Pick<Ctx, 'principal' | 'ip'>): AuditActor {
  const p = ctx.principal;
  return {
    kind: p.kind === 'anonymous' ? 'public' : p.kind,
    id: p.id !== undefined ? String(p.id) : p.kind === 'system' ? 'cli' : undefined,
    name: p.name,
    departmentId: p.departmentId,
    ip: ctx.ip,
  };
}

function userPrincipal(u: UserRow): Principal {
  return {
    kind: 'user',
    id: u.id,
    name: u.display_name,
    roles: u.roles,
    ...(u.department_id !== null ? { departmentId: u.department_id } : {}),
    ...(u.department_code !== null ? { departmentCode: u.department_code } : {}),
    ...(u.subject_id !== null ? { subjectId: u.subject_id } : {}),
  };
}

function clientPrincipal(c: ApiClientRow): Principal {
  return { kind: 'api_client', id: c.id, name: c.name, roles: c.roles, departmentId: c.department_id, departmentCode: c.department_code };
}

/**
 * Signs a user in and returns a bearer token valid for 8 hours. Wrong username and wrong password give
 * the same answer; both outcomes are audited.
 */
export async function login(
  ctx: Pick<Ctx, 'db' | 'clock' | 'ip'>,
  input: { username: string; password: string },
): Promise<{ token: string; expiresAt: string; user: Principal }> {
  const user = await findUserByUsername(ctx.db, input.username);
  const passwordOk = user ? await verifyPassword(user.password_hash, input.password) : await verifyAgainstDummy(input.password);
  const ok = user !== undefined && user.status === 'active' && passwordOk;
  if (!ok) {
    await ctx.db.transaction((tx) =>
      recordAudit(
        tx,
        { kind: 'public', ip: ctx.ip },
        { action: 'auth.login_failed', targetKind: 'user', targetId: input.username },
        ctx.clock.now(),
      ),
    );
    throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误', 401);
  }
  const token = randomSecret();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  const principal = userPrincipal(user);
  await ctx.db.transaction(async (tx) => {
    await insertSession(tx, tokenHash(token), user.id, expiresAt);
    await recordAudit(tx, actorOf({ principal, ip: ctx.ip }), { action: 'auth.login', targetKind: 'user', targetId: String(user.id) }, now);
  });
  return { token, expiresAt: expiresAt.toISOString(), user: principal };
}

/** Ends the session of the given bearer token. */
export async function logout(ctx: Ctx, token: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (await revokeSession(tx, tokenHash(token), ctx.clock.now())) {
      await recordAudit(
        tx,
        actorOf(ctx),
        { action: 'auth.logout', targetKind: 'user', targetId: String(ctx.principal.id) },
        ctx.clock.now(),
      );
    }
  });
}

/**
 * Resolves the Authorization header: `Bearer <session token>` for users, `Basic base64(clientId:secret)`
 * for department API clients. No header → anonymous; a header that does not check out → 401, never a
 * silent downgrade to anonymous.
 */
export async function authenticate(db: Db, header: string | undefined, now: Date): Promise<Principal | undefined> {
  if (!header) return undefined;
  const [scheme, value] = header.split(/\s+/, 2);
  if (!value) throw unauthenticated('凭证格式错误');
  if (scheme?.toLowerCase() === 'bearer') {
    const user = await findUserBySession(db, tokenHash(value), now);
    if (!user || user.status !== 'active') throw unauthenticated('登录已失效，请重新登录');
    return userPrincipal(user);
  }
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const sep = decoded.indexOf(':');
    if (sep < 1) throw unauthenticated('接口凭证格式错误');
    const clientId = decoded.slice(0, sep);
    const secret = decoded.slice(sep + 1);
    const key = crypto.createHash('sha256').update(decoded).digest('hex');
    let cache = verifiedClients.get(db);
    if (!cache) verifiedClients.set(db, (cache = new Map()));
    const client = await findApiClient(db, clientId);
    const cached = cache.get(key);
    if (client && client.status === 'active' && cached && cached.until > now.getTime() && cached.secretHash === client.secret_hash) {
      return clientPrincipal(client);
    }
    const secretOk = client ? await verifyPassword(client.secret_hash, secret) : await verifyAgainstDummy(secret);
    if (!client || client.status !== 'active' || !secretOk) {
      cache.delete(key);
      throw unauthenticated('接口凭证无效');
    }
    if (cache.size >= CLIENT_CACHE_MAX) cache.clear();
    cache.set(key, { secretHash: client.secret_hash, until: now.getTime() + CLIENT_CACHE_MS });
    return clientPrincipal(client);
  }
  throw unauthenticated('不支持的认证方式');
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  department?: string | undefined;
  subjectId?: number | undefined;
}

function checkRoles(roles: Role[], department: string | undefined): void {
  if (roles.length === 0) throw invalidInput('至少需要一个角色');
  for (const r of roles) if (!ROLES.includes(r)) throw invalidInput(`未知角色：${r}`);
  if (roles.some((r) => r === 'dept_operator' || r === 'dept_reviewer') && !department) {
    throw invalidInput('部门经办人和部门审核人必须属于一个部门');
  }
}

/** Creates a user (platform operators only, or the system during setup). Throws on a weak password or a taken name. */
export async function createUser(ctx: Ctx | { db: Db | Queryable; system: true }, input: NewUser): Promise<number> {
  if (!('system' in ctx)) requirePermission(ctx.principal, 'users.manage');
  const problem = passwordProblem(input.password);
  if (problem) throw invalidInput(problem, { field: 'password' });
  checkRoles(input.roles, input.department);
  const passwordHash = await hashPassword(input.password);
  const run = async (tx: Queryable) => {
    const dept = input.department ? await findDepartment(tx, input.department) : undefined;
    if (input.department && !dept) throw invalidInput(`部门不存在：${input.department}`, { field: 'department' });
    if (await findUserByUsername(tx, input.username)) throw new AppError('USERNAME_TAKEN', `用户名已存在：${input.username}`, 409);
    const id = await insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      departmentId: dept?.id ?? null,
      subjectId: input.subjectId ?? null,
      roles: input.roles,
    });
    const actor = 'system' in ctx ? SYSTEM_ACTOR : actorOf(ctx);
    await recordAudit(tx, actor, {
      action: 'user.create',
      targetKind: 'user',
      targetId: String(id),
      details: { username: input.username, roles: input.roles },
    });
    return id;
  };
  const db = ctx.db;
  return 'transaction' in db ? db.transaction(run) : run(db);
}

/**
 * Creates an API client for a department and returns its secret. The secret is shown once and stored
 * only as an argon2id hash.
 */
export async function createApiClient(
  ctx: Ctx | { db: Db | Queryable; system: true },
  input: { name: string; department: string; roles: Role[]; clientId?: string; secret?: string },
): Promise<{ clientId: string; secret: string }> {
  if (!('system' in ctx)) requirePermission(ctx.principal, 'users.manage');
  checkRoles(input.roles, input.department);
  const secret = input.secret ?? randomSecret();
  const secretHash = await hashPassword(secret);
  const run = async (tx: Queryable) => {
    const dept = await findDepartment(tx, input.department);
    if (!dept) throw invalidInput(`部门不存在：${input.department}`, { field: 'department' });
    const clientId = input.clientId ?? `${dept.code}-${randomSecret(6)}`;
    const id = await insertApiClient(tx, { clientId, name: input.name, secretHash, departmentId: dept.id, roles: input.roles });
    const actor = 'system' in ctx ? SYSTEM_ACTOR : actorOf(ctx);
    await recordAudit(tx, actor, {
      action: 'api_client.create',
      targetKind: 'api_client',
      targetId: String(id),
      details: { clientId, department: dept.code },
    });
    return { clientId, secret };
  };
  const db = ctx.db;
  return 'transaction' in db ? db.transaction(run) : run(db);
}
