import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app/server';
import type { App } from '../src/app/types';
import { buildWeb } from '../src/app/web';
import { createTestDb } from './harness';

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinyong-web-'));
// A web root without a build in it: what a server sees before `vite build` has run.
const emptyRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'xinyong-noweb-'));
let app: App;
let bare: App;

beforeAll(async () => {
  await buildWeb({ outDir, quiet: true });
  const db = await createTestDb();
  app = await buildApp({ db, rateLimitPerMinute: 0, logLevel: 'silent', webRoot: outDir });
  bare = await buildApp({ db, rateLimitPerMinute: 0, logLevel: 'silent', webRoot: emptyRoot });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await bare?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(emptyRoot, { recursive: true, force: true });
});

describe('web portal', () => {
  it('builds an index.html in Chinese titled 信用泰安, with hashed JS and CSS', () => {
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<title>信用泰安</title>');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
    expect(html).toMatch(/href="\/assets\/index-[\w-]+\.css"/);
  });

  it('serves index.html for / and, as a single-page app, for page paths like /subjects/123', async () => {
    for (const url of ['/', '/subjects/123', '/verify/20260101000001?x=1']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<title>信用泰安</title>');
    }
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const js = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const res = await app.inject({ method: 'GET', url: js });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps the JSON 404 for unknown API routes and missing files', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: '未找到：GET /api/v1/nope' } });
    expect((await app.inject({ method: 'GET', url: '/assets/gone-123.js' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/favicon.ico' })).statusCode).toBe(404);
  });

  it('still answers the API next to the portal', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
  });
});

describe('without a web build', () => {
  it('serves the placeholder 信用泰安 page at / in Chinese', async () => {
    expect(fs.readdirSync(emptyRoot)).toEqual([]);
    const res = await bare.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toMatch(/^<!doctype html>\s*<html lang="zh-CN">/);
    expect(res.body).toContain('<title>信用泰安</title>');
    expect(res.body).toContain('泰安市公共信用信息平台');
    expect(res.body).toContain('企业法人库');
    // No single-page fallback: page paths other than / are not served.
    expect((await bare.inject({ method: 'GET', url: '/subjects/123' })).statusCode).toBe(404);
  });
});
