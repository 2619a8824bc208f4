import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, horizontalOverflow, newPage, screenshot, seriousViolations, startE2e, type E2eServer } from './e2e-helpers';

// The department and operator console (管理后台) in Debian's Chromium: a 行政审批服务局 operator checks a
// listed enterprise before an approval, reads the measures, gives feedback, and sees the department's figures
// change; the platform operator sees the department's row; a tax operator proposes and notifies a list entry.
const PASSWORD = 'Xinyong-Demo-2026';
let server: E2eServer;
let browser: Browser;
let base = '';

beforeAll(async () => {
  server = await startE2e();
  base = server.base;
  browser = server.browser!;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

async function json<T>(url: string): Promise<T> {
  return (await fetch(base + url)).json() as Promise<T>;
}

/** An enterprise on the published 失信被执行人 list whose entry is in force (no end date or one in the future). */
async function listedEnterprise(): Promise<{ code: string; name: string; docNo: string }> {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const list = await json<{ items: { subject: { code: string; name: string }; docNo: string; endDate: string | null }[] }>(
    '/api/v1/lists/SXBZXR?pageSize=100',
  );
  // Legal persons' codes are USCCs (natural persons' ID numbers are masked on the public list).
  const e = list.items.find((i) => /^9[0-9A-Z]{17}$/.test(i.subject.code) && (i.endDate === null || i.endDate > today));
  if (!e) throw new Error('the demo seed has no enterprise on 失信被执行人 in force');
  return { code: e.subject.code, name: e.subject.name, docNo: e.docNo };
}

/** Signs in through the public site's header link and the sign-in form; returns where the console opened. */
async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${base}/`, { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: '部门登录' }).click();
  await page.waitForURL(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/\/console\//);
}

/** Runs a check by code from the 信用核查 form and waits for the conclusion. */
async function runCheck(page: Page, code: string, scenario: string, caseNo: string): Promise<void> {
  await page.getByLabel('统一社会信用代码或证件号码').fill(code);
  await page.getByLabel('核查场景').selectOption({ label: scenario });
  await page.getByLabel('审批事项编号（案号）').fill(caseNo);
  await page.getByRole('button', { name: '核查', exact: true }).click();
  await page.getByRole('heading', { name: /核查结论/ }).waitFor({ timeout: 15_000 });
}

/** The 本部门统计 figure with this label, as a number. */
async function figure(page: Page, key: string): Promise<number> {
  const text = await page.locator(`[data-figure="${key}"] strong`).innerText();
  return Number(text.replace(/,/g, ''));
}

async function ownFigures(page: Page): Promise<{ checks: number; feedbackGiven: number; measuresApplied: number }> {
  await page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '本部门统计' }).click();
  await page.waitForURL(`${base}/console/stats`);
  await page.locator('[data-figure="checks"]').waitFor();
  return {
    checks: await figure(page, 'checks'),
    feedbackGiven: await figure(page, 'feedbackGiven'),
    measuresApplied: await figure(page, 'measuresApplied'),
  };
}

describe.skipIf(!HAS_CHROMIUM)('the department and operator console in a browser', () => {
  it('sends a visitor without a session to the sign-in page', async () => {
    const page = await newPage(browser, 1280);
    await page.goto(`${base}/console/checks`, { waitUntil: 'networkidle' });
    await page.waitForURL(`${base}/login?next=%2Fconsole%2Fchecks`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('部门登录');
    await page.getByLabel('用户名').fill('sps-operator');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/用户名或密码/);
    await page.close();
  }, 60_000);

  let receiptNo = '';

  it('checks a listed enterprise before an approval, takes feedback, and counts it for the department', async () => {
    const listed = await listedEnterprise();
    const page = await newPage(browser, 1280);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, 'sps-operator');
    expect(page.url()).toBe(`${base}/console/checks/new`);
    const header = page.locator('header');
    await expect(header.innerText()).resolves.toContain('行政审批服务局经办人');
    await expect(header.innerText()).resolves.toContain('泰安市行政审批服务局');
    // A department with no list of its own has no 名单管理.
    await expect(page.getByRole('link', { name: '名单管理' }).count()).resolves.toBe(0);

    const before = await ownFigures(page);
    await page.getByRole('link', { name: '信用核查' }).click();
    await page.waitForURL(`${base}/console/checks/new`);
    await runCheck(page, listed.code, '行政许可', 'XK-E2E-0001');
    const result = page.locator('section.check-result');
    await expect(result.locator('.summary').innerText()).resolves.toMatch(
      /^核查日该主体有 \d+ 条失信类名单在有效期内；本部门在“行政许可”场景适用 \d+ 项惩戒措施。$/,
    );
    await expect(result.getByRole('table').innerText()).resolves.toContain(listed.docNo);
    await expect(result.getByRole('table').innerText()).resolves.toContain('失信被执行人');
    const measures = result.locator('.measure-punishment .measure-list > li');
    const count = await measures.count();
    expect(count).toBeGreaterThanOrEqual(1);
    await expect(measures.first().innerText()).resolves.toContain('措施依据');
    await expect(measures.first().innerText()).resolves.toContain('备忘录');
    receiptNo = (await result.locator('.check-summary strong.code').innerText()).trim();
    expect(receiptNo).toMatch(/^HC\d{14}$/);

    // The signed receipt: key id, the two SHA-256 hashes and the signature, behind a disclosure.
    await result.getByText('验签信息').click();
    const receipt = await result.locator('details.receipt').innerText();
    const keys = await json<{ keyId: string }[]>('/api/v1/checks/keys');
    expect(keys.some((k) => receipt.includes(k.keyId))).toBe(true);
    expect(receipt.match(/\b[0-9a-f]{64}\b/g)).toHaveLength(2);
    await screenshot(page, 'console-check-1280');
    expect(await seriousViolations(page)).toEqual([]);

    // The record, awaiting feedback, in 核查记录.
    await page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '核查记录' }).click();
    await page.getByRole('link', { name: '待反馈' }).click();
    await page.waitForURL(`${base}/console/checks?filter=awaiting`);
    const row = page.locator('tr', { hasText: receiptNo });
    await expect(row.innerText()).resolves.toContain('待反馈');
    await row.getByRole('link', { name: receiptNo }).click();
    await page.waitForURL(/\/console\/checks\/\d+$/);
    await page.getByRole('heading', { name: '反馈措施实施情况' }).waitFor();
    await screenshot(page, 'console-feedback-form-1280');

    // Nothing chosen: the form says what is missing and sends nothing.
    await page.getByRole('button', { name: '提交反馈' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toBe('请对每项措施选择“已实施”或“未实施”');

    const answers = page.locator('.feedback-measures > li');
    await expect(answers.count()).resolves.toBe(count);
    await answers.nth(0).getByLabel('已实施').check();
    for (let i = 1; i < count; i++) {
      await answers.nth(i).getByLabel('未实施').check();
      await answers.nth(i).getByLabel('未实施的原因（必填）').fill('已由第一项措施处理，申请人未获许可');
    }
    await page.getByLabel('办理结果').selectOption({ label: '不予准许（不通过）' });
    await page.getByLabel('备注（选填）').fill('申请人为失信被执行人，依法不予许可');
    await page.getByRole('button', { name: '提交反馈' }).click();
    const stored = page.locator('section.feedback-view');
    await stored.waitFor({ timeout: 15_000 });
    await expect(stored.getByRole('heading').innerText()).resolves.toBe(`已反馈 实施 1 项，共 ${count} 项`);
    await expect(stored.innerText()).resolves.toContain('不予准许（不通过）');
    if (count > 1) await expect(stored.innerText()).resolves.toContain('已由第一项措施处理，申请人未获许可');
    await expect(page.getByRole('button', { name: '提交反馈' }).count()).resolves.toBe(0);
    await screenshot(page, 'console-feedback-given-1280');

    const after = await ownFigures(page);
    expect(after.checks).toBe(before.checks + 1);
    expect(after.feedbackGiven).toBe(before.feedbackGiven + 1);
    expect(after.feedbackGiven).toBe(1);
    expect(after.measuresApplied).toBeGreaterThanOrEqual(before.measuresApplied + 1);
    await screenshot(page, 'console-dept-stats-1280');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${base}/login?reason=signed-out`);
    await page.goto(`${base}/console/stats`, { waitUntil: 'networkidle' });
    await page.waitForURL(/\/login\?next=/);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows the platform operator every department, with the checking department’s row and indicators 6 and 7', async () => {
    const page = await newPage(browser, 1280);
    await signIn(page, 'admin');
    await page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '统计', exact: true }).click();
    await page.waitForURL(`${base}/console/stats`);
    const row = page.locator('tr[data-dept="sps"]');
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    // 核查次数, 命中名单, 返回措施, 已反馈, 实施措施, 待反馈, 逾期未反馈
    await expect(row.locator('th').innerText()).resolves.toBe('泰安市行政审批服务局');
    expect(Number(cells[0])).toBeGreaterThanOrEqual(1);
    expect(Number(cells[1])).toBeGreaterThanOrEqual(1);
    expect(Number(cells[3])).toBe(1);
    expect(Number(cells[4])).toBeGreaterThanOrEqual(1);
    const indicators = await page.locator('.indicator').allInnerTexts();
    expect(indicators[0]).toMatch(/指标 6[\s\S]*\d+\.\d%[\s\S]*[1-9]\d* \/ \d+ 个成员单位/);
    expect(indicators[1]).toMatch(/指标 7[\s\S]*\d+\.\d%[\s\S]*[1-9]\d* \/ \d+ 个成员单位/);
    await screenshot(page, 'console-stats-1280');

    // Every department's checks, the feedback given among them.
    await page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '核查记录' }).click();
    await expect(page.locator('tr', { hasText: receiptNo }).innerText()).resolves.toContain('已反馈');
    await page.close();
  }, 60_000);

  it('lets a deciding department propose a list entry, notify the subject, and refuses publication inside the objection period', async () => {
    const listed = await listedEnterprise();
    const page = await newPage(browser, 1280);
    await signIn(page, 'swj-operator');
    await page.getByRole('link', { name: '名单管理' }).click();
    await page.waitForURL(`${base}/console/lists`);
    await page.getByRole('link', { name: '拟列入' }).click();
    await page.getByLabel('名单类型').selectOption({ label: '重大税收违法失信主体（严重失信）' });
    await page.getByLabel('主体统一社会信用代码').fill(listed.code);
    await page.getByLabel('列入决定文书号').fill('泰税稽罚〔2026〕901号');
    await page.getByLabel('列入事由').fill('虚开增值税专用发票');
    await page.getByLabel('认定依据').fill('《中华人民共和国税收征收管理法》第六十三条');
    await page.getByRole('button', { name: '提交拟列入' }).click();
    await page.waitForURL(/\/console\/lists\/\d+$/);
    // A new entry is only proposed: its status reads 拟列入 and the next step is the written notice.
    await page.locator('main p.meta').getByText('拟列入', { exact: true }).waitFor();

    await page.getByRole('button', { name: '书面告知', exact: true }).click();
    await page.getByLabel('拟采取的惩戒措施').fill('禁止参加政府采购活动');
    await page.getByRole('button', { name: '确认书面告知' }).click();
    await page.getByText('已书面告知。').waitFor();
    const history = page.locator('section', { has: page.getByRole('heading', { name: '处理历史' }) });
    await history.getByText('拟列入 → 已告知').waitFor();

    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('button', { name: '确认发布' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/^异议期至 \d{4}-\d{2}-\d{2} 届满，届满后方可发布$/);
    await screenshot(page, 'console-list-entry-1280');
    await page.close();
  }, 60_000);

  it('fits a 375 px phone on the check page, without serious accessibility violations', async () => {
    const listed = await listedEnterprise();
    const page = await newPage(browser, 375, 740);
    await signIn(page, 'czj-operator');
    await expect(page.locator('header').innerText()).resolves.toContain('泰安市财政局');
    await runCheck(page, listed.code, '政府采购', 'CG-E2E-0001');
    await page.locator('section.check-result').getByText('验签信息').click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'console-check-375');
    expect(await seriousViolations(page)).toEqual([]);

    // By name: candidates with a score and a reason, and a button that checks the chosen one by its code.
    await page.getByLabel('按主体名称').check();
    await page.getByLabel('主体名称', { exact: true }).fill(listed.name);
    await page.getByLabel('审批事项编号（案号）').fill('CG-E2E-0002');
    await page.getByRole('button', { name: '核查', exact: true }).click();
    const candidate = page.locator('.candidates li', { hasText: listed.code });
    await candidate.waitFor({ timeout: 15_000 });
    await expect(candidate.innerText()).resolves.toMatch(/匹配得分 \d\.\d\d/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'console-check-by-name-375');
    await candidate.getByRole('button', { name: /^按此代码核查/ }).click();
    await page.locator('.check-summary .pill', { hasText: '命中名单' }).waitFor();
    await expect(page.locator('.check-summary .summary').innerText()).resolves.toMatch(/“政府采购”场景适用 \d+ 项惩戒措施/);
    await page.close();
  }, 60_000);
});
