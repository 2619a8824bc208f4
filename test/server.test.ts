import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app/server';
import { createTestApp } from './app';

const { app, db } = await createTestApp();

describe('server', () => {
  it('answers the health check with the engine in use', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('serves the home page titled 信用泰安 in Chinese', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('<title>信用泰安</title>');
  });

  it('publishes the OpenAPI document listing the routes, with Chinese summaries', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, Record<string, { summary?: string }>> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/api/v1/subjects/{codeOrId}', '/api/v1/auth/login', '/api/v1/audit/verify']),
    );
    expect(doc.paths['/api/v1/subjects/{codeOrId}']?.get?.summary).toBe('信用主体公开信用信息');
    const ui = await app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('answers unknown routes with the one error shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: '未找到：GET /api/v1/nothing-here' } });
  });

  it('sets security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
  });
});

describe('rate limit', () => {
  it('answers 429 with the error shape past the per-minute limit', async () => {
    const limited = await buildApp({ db, rateLimitPerMinute: 3, logLevel: 'silent', webRoot: false });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await limited.inject({ method: 'GET', url: '/healthz' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const res = await limited.inject({ method: 'GET', url: '/healthz' });
    expect(res.json().error.code).toBe('RATE_LIMITED');
    expect(res.json().error.message).toMatch(/^请求过于频繁：每分钟最多 3 次/);
  });
});

describe('log masking', () => {
  it('masks personal identifiers in logged URLs', async () => {
    const { maskUrl } = await import('../src/app/server');
    expect(maskUrl('/api/v1/admin/subjects/11010519491231002X?purpose=x')).toBe('/api/v1/admin/subjects/110105********002X?purpose=x');
    expect(maskUrl('/api/v1/subjects/610104620927690')).toBe('/api/v1/subjects/610104*****7690');
  });
});
