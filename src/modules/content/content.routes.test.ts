import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app';
import { loadArticles } from './content.service';

const { app, db } = await createTestApp();

describe('GET /api/v1/content', () => {
  it('lists the shipped policies and news, newest first, by kind', async () => {
    const policies = await app.inject({ method: 'GET', url: '/api/v1/content?kind=policy' });
    expect(policies.statusCode).toBe(200);
    expect(policies.json().items.map((a: { title: string }) => a.title)).toContain('山东省社会信用条例');
    for (const a of policies.json().items) expect(a.kindLabel).toBe('政策法规');
    const bad = await app.inject({ method: 'GET', url: '/api/v1/content?kind=gossip' });
    expect(bad.statusCode).toBe(400);
  });

  it('returns an article with its paragraphs, and 404 for an unknown one', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/content/shandong-social-credit-regulation' });
    expect(res.json().body.join('')).toContain('3 个工作日');
    expect((await app.inject({ method: 'GET', url: '/api/v1/content/nope' })).statusCode).toBe(404);
  });

  it('loads the shipped articles once: a second load writes nothing', async () => {
    expect(await loadArticles(db)).toBe(0);
  });
});
