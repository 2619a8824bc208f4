import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app/server';
import type { App } from '../src/app/types';
import { buildWeb } from '../src/app/web';
import { seedDemo } from '../src/modules/demo/demo.load';
import { createTestDb } from './harness';

// A visitor's journey in Debian's Chromium (installed by .ci/run): search, open a profile, request a credit
// report, verify it. Runs against a real server on a loopback port with the built portal.
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinyong-e2e-'));
let app: App;
let browser: Browser;
let base = '';

beforeAll(async () => {
  await buildWeb({ outDir, quiet: true });
  const db = await createTestDb();
  await seedDemo(db, { scale: 0.2, onlyIfEmpty: true });
  app = await buildApp({ db, rateLimitPerMinute: 0, logLevel: 'silent', webRoot: outDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  if (fs.existsSync(CHROMIUM)) browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe.skipIf(!fs.existsSync(CHROMIUM))('the 信用泰安 portal in a browser', () => {
  it('takes a visitor from a search to a verified credit report', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/`);
    await expect(page.title()).resolves.toBe('信用泰安');

    await page.getByLabel('主体名称或统一社会信用代码').first().fill('建材');
    await page.getByRole('button', { name: '查询' }).first().click();
    await page.waitForURL(/\/search\?/);
    const first = page.locator('a[href^="/subjects/"]').first();
    await first.waitFor();
    const name = (await first.innerText()).trim();
    expect(name).toContain('建材');

    await first.click();
    await page.waitForURL(/\/subjects\//);
    await expect(page.getByRole('heading', { level: 1 }).first().innerText()).resolves.toContain(name);

    await page.getByRole('button', { name: '申请信用报告' }).click();
    const verify = page.getByRole('link', { name: '验证此报告' });
    await verify.waitFor({ timeout: 15_000 });
    await verify.click();
    await page.waitForURL(/\/verify\/\d{14}/);
    await expect(page.getByRole('heading', { name: '有效' }).innerText()).resolves.toBe('有效');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('is readable on a 375 px phone without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    for (const url of ['/', '/publicity', '/lists']) {
      await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await page.close();
  }, 60_000);
});
