import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HAS_CHROMIUM,
  focusOutline,
  horizontalOverflow,
  screenshot,
  seriousViolations,
  startE2e,
  tabTo,
  type AxeViolation,
  type E2eServer,
} from './e2e-helpers';

// A visitor's journey in Debian's Chromium (installed by .ci/run): search, open a profile, request a credit
// report, verify it. Runs against a real server on a loopback port with the built portal (test/e2e-helpers.ts).
let server: E2eServer;
let browser: Browser;
let base = '';

async function json<T>(url: string): Promise<T> {
  return (await fetch(base + url)).json() as Promise<T>;
}

/** A legal person with a penalty in publicity, and that penalty's id. */
/** A penalty in publicity; `old` picks one decided over 400 days ago, past any minimum period (repair open). */
async function subjectWithPenalty(old = false): Promise<{ subjectId: number; recordId: number; docNo: string }> {
  const before = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
  const page = await json<{ items: { id: number; docNo: string; subject: { id: number } }[] }>(
    `/api/v1/publicity/penalties?pageSize=1${old ? `&to=${before}` : ''}`,
  );
  const it = page.items[0]!;
  return { subjectId: it.subject.id, recordId: it.id, docNo: it.docNo };
}

beforeAll(async () => {
  server = await startE2e();
  base = server.base;
  browser = server.browser!;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe.skipIf(!HAS_CHROMIUM)('the 信用泰安 portal in a browser', () => {
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
    const { subjectId, recordId } = await subjectWithPenalty();
    for (const url of [
      '/',
      '/publicity',
      '/lists',
      `/subjects/${subjectId}`,
      `/objection?subject=${subjectId}&record=${recordId}`,
      '/repair',
    ]) {
      await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
      expect(await horizontalOverflow(page), url).toBeLessThanOrEqual(0);
    }
    await page.close();
  }, 60_000);

  it('shows the headline figures counted by the server on the home page', async () => {
    const figures = await json<{ subjects: { legalPerson: number }; publicity: { penalties: number }; lists: { black: number } }>(
      '/api/v1/stats/headline',
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    const tile = (label: string) =>
      page
        .locator('.figures li')
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator('strong')
        .innerText();
    await expect(tile('企业法人')).resolves.toBe(figures.subjects.legalPerson.toLocaleString('zh-CN'));
    await expect(tile('行政处罚（公示中）')).resolves.toBe(figures.publicity.penalties.toLocaleString('zh-CN'));
    await expect(tile('黑名单（有效期内）')).resolves.toBe(figures.lists.black.toLocaleString('zh-CN'));
    await page.close();
  }, 60_000);

  it('filters 双公示 by region and category, and keeps the filters in a shareable address', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await page.goto(`${base}/publicity?tab=penalties`, { waitUntil: 'networkidle' });
    await page.getByLabel('所属区域').selectOption({ label: '新泰市' });
    await page.getByLabel('处罚类别').selectOption({ label: '罚款' });
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL((u) => u.searchParams.get('region') === '370982' && u.searchParams.get('category') === '罚款');
    const shared = page.url();
    const expected = await json<{ total: number }>('/api/v1/publicity/penalties?region=370982&category=%E7%BD%9A%E6%AC%BE&pageSize=1');
    expect(expected.total).toBeGreaterThan(0);

    // The link, opened afresh, shows the same filters and the same listing.
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await other.goto(shared, { waitUntil: 'networkidle' });
    await expect(other.getByLabel('所属区域').inputValue()).resolves.toBe('370982');
    await expect(other.getByLabel('处罚类别').inputValue()).resolves.toBe('罚款');
    await expect(other.locator('#h-list').innerText()).resolves.toBe(
      `符合条件的行政处罚公示 共 ${expected.total.toLocaleString('zh-CN')} 条`,
    );
    await other.close();
    await page.close();
  }, 60_000);

  it('leads from a record on a profile to the objection and repair forms for that record', async () => {
    const { subjectId, recordId, docNo } = await subjectWithPenalty(true);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await page.goto(`${base}/subjects/${subjectId}`, { waitUntil: 'networkidle' });
    const row = page.locator('li.record', { hasText: docNo });
    await row.getByRole('link', { name: /^提出异议/ }).click();
    await page.waitForURL(`${base}/objection?subject=${subjectId}&record=${recordId}`);
    const source = page.locator('section.source');
    await source.getByText(docNo).waitFor();
    const text = await page.locator('main').innerText();
    for (const ground of ['信息错误', '信息遗漏', '重复公示', '不应公示', '超期公示', '与认定机关信息不一致', '侵犯合法权益'])
      expect(text).toContain(ground);
    expect(text).toContain('3 个工作日');
    expect(text).toContain('7 个工作日');
    expect(text).toContain('提交异议申请');

    await page.goBack();
    await page
      .locator('li.record', { hasText: docNo })
      .getByRole('link', { name: /^申请信用修复/ })
      .click();
    await page.waitForURL(`${base}/repair?subject=${subjectId}&record=${recordId}`);
    await page.locator('section.source').getByText(docNo).waitFor();
    expect(await page.locator('main').innerText()).toContain('国家发展改革委令第58号');

    // Licences are not dishonesty information: no repair link on them.
    await page.goto(`${base}/subjects/${subjectId}`, { waitUntil: 'networkidle' });
    for (const licence of await page.locator('li.record', { hasText: '行政许可' }).all())
      await expect(licence.getByRole('link', { name: /^申请信用修复/ }).count()).resolves.toBe(0);
    await expect(page.locator('footer').getByRole('link', { name: '异议申请' }).getAttribute('href')).resolves.toBe('/objection');
    await page.close();
  }, 60_000);

  it('has no serious or critical accessibility violations (axe-core) on the main pages', async () => {
    const { subjectId, recordId } = await subjectWithPenalty();
    const pages: [string, string, string][] = [
      ['首页', 'home', '/'],
      ['搜索结果', 'search', '/search?q=%E5%BB%BA%E6%9D%90'],
      ['主体详情', 'subject', `/subjects/${subjectId}`],
      ['双公示', 'publicity', '/publicity?tab=penalties'],
      ['红黑榜', 'lists', '/lists'],
      ['报告验证', 'verify', '/verify'],
      ['关于', 'about', '/about'],
      ['异议申请', 'objection', `/objection?subject=${subjectId}&record=${recordId}`],
      ['信用修复', 'repair', `/repair?subject=${subjectId}&record=${recordId}`],
    ];
    const found: Record<string, AxeViolation[]> = {};
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'zh-CN' });
      for (const [name, slug, url] of pages) {
        await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
        await page.locator('main h1').first().waitFor();
        await screenshot(page, `${slug}-${width}`);
        const serious = await seriousViolations(page);
        if (serious.length) found[`${name} ${width}px`] = serious;
      }
      await page.close();
    }
    expect(found).toEqual({});
  }, 120_000);

  it('works with the keyboard alone: Tab to the search box, search, Tab to a result, open it; focus is visible', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await tabTo(page, '#q-home');
    expect(await focusOutline(page)).not.toMatchObject({ style: 'none' });
    expect((await focusOutline(page)).width).not.toBe('0px');
    await page.keyboard.type('建材');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await page.locator('main a[href^="/subjects/"]').first().waitFor();
    await tabTo(page, 'main a[href^="/subjects/"]');
    const outline = await focusOutline(page);
    expect(outline.style).not.toBe('none');
    expect(outline.width).not.toBe('0px');
    await screenshot(page, 'keyboard-focus-result');
    const name = await page.evaluate<string>('document.activeElement.textContent');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/subjects\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(name.trim());
    await page.close();
  }, 60_000);
});
