import { describe, expect, it } from 'vitest';
import { apiClientFor, createTestApp, latestAudit, signInAs } from '../../../test/app';
import { createUser } from './auth.service';

const { app, db } = await createTestApp();

describe('POST /api/v1/auth/login', () => {
  it('rejects a missing password with the field named', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_INPUT');
    expect(res.json().error.message).toContain('password');
  });

  it('answers a wrong password and an unknown user alike, and audits the failure', async () => {
    await createUser(
      { db, system: true },
      { username: 'zhang', displayName: '张经办', password: 'Right-Passw0rd', roles: ['dept_operator'], department: 'scjgj' },
    );
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zhang', password: 'nope' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } });
    expect((await latestAudit(db, 1))[0]?.action).toBe('auth.login_failed');
  });

  it('signs in with the right password, and the token identifies the user', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zhang', password: 'Right-Passw0rd' } });
    expect(res.statusCode).toBe(200);
    const { token, user } = res.json();
    expect(user).toMatchObject({
      kind: 'user',
      name: '张经办',
      roles: ['dept_operator'],
      roleLabels: ['部门经办人'],
      departmentCode: 'scjgj',
    });
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ kind: 'user', name: '张经办' });
    // The console's menu: what a department operator may do, and not what it may not.
    expect(me.json().permissions).toEqual(expect.arrayContaining(['intake.submit', 'checks.run', 'lists.manage', 'cases.handle']));
    expect(me.json().permissions).not.toContain('measures.manage');
    expect((await latestAudit(db, 1))[0]?.action).toBe('auth.login');
  });

  it('ends the session on logout', async () => {
    const { authorization } = await signInAs(db, ['auditor']);
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization } });
    expect(out.statusCode).toBe(204);
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization } });
    expect(me.statusCode).toBe(401);
  });
});

describe('authentication', () => {
  it('treats no credentials as an anonymous visitor', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(res.json()).toMatchObject({ kind: 'anonymous', roles: ['public'], permissions: [] });
  });

  it('refuses a forged token instead of downgrading it to anonymous', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Bearer forged' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a department API client with its secret and refuses a wrong secret', async () => {
    const { authorization, clientId } = await apiClientFor(db, 'swj');
    const ok = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization } });
    expect(ok.json()).toMatchObject({ kind: 'api_client', departmentCode: 'swj', roles: ['dept_operator'] });
    const bad = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:wrong`).toString('base64')}` },
    });
    expect(bad.statusCode).toBe(401);
  });

  it('refuses weak passwords when creating users', async () => {
    await expect(
      createUser({ db, system: true }, { username: 'weak', displayName: '弱', password: 'short', roles: ['auditor'] }),
    ).rejects.toThrow('密码至少需要 10 个字符');
  });
});

describe('GET /api/v1/audit/events (non-public)', () => {
  it('answers 401 without credentials', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/audit/events' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '请先登录或提供有效的接口凭证' } });
  });

  it('answers 400 with the parameter named for a bad page size', async () => {
    const { authorization } = await signInAs(db, ['auditor']);
    const res = await app.inject({ method: 'GET', url: '/api/v1/audit/events?pageSize=5000', headers: { authorization } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^查询参数无效：pageSize/);
  });

  it('answers 403 for a role without the permission', async () => {
    const { authorization } = await signInAs(db, ['dept_operator'], 'scjgj');
    const res = await app.inject({ method: 'GET', url: '/api/v1/audit/events', headers: { authorization } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: { code: 'FORBIDDEN', message: '无权执行此操作' } });
  });

  it('lets an auditor read the log, and records that read', async () => {
    const { authorization } = await signInAs(db, ['auditor']);
    const res = await app.inject({ method: 'GET', url: '/api/v1/audit/events?pageSize=5', headers: { authorization } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.length).toBeGreaterThan(0);
    expect((await latestAudit(db, 1))[0]).toMatchObject({ action: 'audit.read', actor_kind: 'user' });
  });

  it('verifies the chain for an auditor', async () => {
    const { authorization } = await signInAs(db, ['auditor']);
    const res = await app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: { authorization } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true });
  });
});

describe('API client revocation', () => {
  it('stops a disabled client at once, even right after a successful request', async () => {
    const { authorization, clientId } = await apiClientFor(db, 'zjj');
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization } })).statusCode).toBe(200);
    await db.query(`UPDATE api_clients SET status = 'disabled' WHERE client_id = $1`, [clientId]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization } })).statusCode).toBe(401);
  });
});
