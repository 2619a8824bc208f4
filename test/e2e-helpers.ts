import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp } from '../src/app/server';
import type { App } from '../src/app/types';
import { buildWeb } from '../src/app/web';
import { seedDemo } from '../src/modules/demo/demo.load';
import { createTestDb } from './harness';

// Shared by the browser tests: Debian's Chromium (installed by .ci/run) against a real server on a loopback
// port, serving the web app built for the run, on a seeded copy of the test database.
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
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

// Screenshots of every page checked, kept after the run beside the test template (.tmp/ is the tests' scratch folder).
const SHOTS = fileURLToPath(new URL('../.tmp/e2e-screenshots/', import.meta.url));
// axe-core runs inside the page: its source is injected as a script (the CSP allows inline scripts).
const AXE_SOURCE = fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

export interface E2eServer {
  app: App;
  /** http://127.0.0.1:PORT */
  base: string;
  browser: Browser | undefined;
  close(): Promise<void>;
}

/**
 * Builds the web app into a scratch folder, seeds the demo data (with the demo accounts) into this test
 * file's database, serves both on a free loopback port and launches Chromium when it is installed.
 */
export async function startE2e(options: { scale?: number } = {}): Promise<E2eServer> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinyong-e2e-'));
  await buildWeb({ outDir, quiet: true });
  const db = await createTestDb();
  await seedDemo(db, { scale: options.scale ?? 0.2, onlyIfEmpty: true });
  const app = await buildApp({ db, rateLimitPerMinute: 0, logLevel: 'silent', webRoot: outDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = HAS_CHROMIUM ? await chromium.launch({ executablePath: CHROMIUM, args: FLAGS }) : undefined;
  return {
    app,
    base,
    browser,
    close: async () => {
      await browser?.close();
      await app.close();
      fs.rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** A new page at the width given, in Chinese and China's time zone (dates on the pages are China's days). */
export function newPage(browser: Browser, width: number, height = 800): Promise<Page> {
  return browser.newPage({ viewport: { width, height }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the page as it is now; returns the violations with the first few offending elements. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate<AxeViolation[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))`);
}

/** The serious and critical violations only (the bar the browser tests hold every page to). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate<boolean>(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focus indicator of the focused element: its outline style and width. */
export function focusOutline(page: Page): Promise<{ style: string; width: string }> {
  return page.evaluate(
    `(() => { const s = getComputedStyle(document.activeElement); return { style: s.outlineStyle, width: s.outlineWidth }; })()`,
  );
}

/** The password of every demo account (src/modules/demo/demo.accounts.ts). */
export const DEMO_PASSWORD = 'Xinyong-Demo-2026';

/** Today in China (UTC+8) as YYYY-MM-DD: the platform's calendar day, whatever the machine's zone. */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Signs in to the console (管理后台) on its sign-in page as a demo user and waits for the console to open. */
export async function consoleSignIn(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/\/console\//);
}
