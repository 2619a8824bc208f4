import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  HAS_CHROMIUM,
  chinaToday,
  consoleSignIn,
  horizontalOverflow,
  newPage,
  screenshot,
  seriousViolations,
  startE2e,
  type AxeViolation,
  type E2eServer,
} from './e2e-helpers';

// Objections, credit repair and complaints in Debian's Chromium, from the public forms through the console and
// back to the public pages: an objection to a tax penalty is accepted (the profile marks it 异议处理中), routed to
// 税务, corrected by the tax department's officer, and the corrected value reaches the profile and a new report
// while the old report verifies as superseded; a repair application (returned once, supplemented, approved) takes
// a penalty out of publicity; a complaint is looked up with its query code, routed and concluded.
let server: E2eServer;
let browser: Browser;
let base = '';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: PDF });
const PDFTOTEXT = '/usr/bin/pdftotext';

interface Item {
  id: number;
  kind: string;
  item: string;
  provider: string | null;
  docNo: string | null;
  publicityStatus: string;
  repairFrom: string | null;
  fields: { code: string; name: string; value: string }[];
}
interface Profile {
  id: number;
  code: string;
  name: string;
  sections: { items: Item[] }[];
}
interface Penalty {
  subjectId: number;
  code: string;
  name: string;
  recordId: number;
  docNo: string;
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  return (await fetch(base + url, init)).json() as Promise<T>;
}

const profileOf = (codeOrId: string | number) => json<Profile>(`/api/v1/subjects/${codeOrId}`);
const itemsOf = (p: Profile) => p.sections.flatMap((s) => s.items);

const TAX = '国家税务总局泰安市税务局';

/**
 * A penalty of 国家税务总局泰安市税务局 (whose officer swj-operator is a demo user) on an enterprise, in publicity,
 * eligible for repair today or not; from the demo seed, or, when the seed has none, reported by the tax
 * department through the intake API.
 */
async function taxPenalty(want: { eligible: boolean; not?: number[] }): Promise<Penalty> {
  const today = chinaToday();
  const page = await json<{ items: { id: number; docNo: string; subject: { id: number; code: string; name: string } }[] }>(
    '/api/v1/publicity/penalties?department=swj&pageSize=100',
  );
  for (const hit of page.items) {
    if (!/^91[0-9A-Z]{16}$/.test(hit.subject.code) || want.not?.includes(hit.subject.id)) continue;
    const record = itemsOf(await profileOf(hit.subject.id)).find((i) => i.kind === 'record' && i.id === hit.id);
    if (!record || record.publicityStatus !== '公示中' || !record.repairFrom || record.provider !== TAX) continue;
    if (record.repairFrom <= today !== want.eligible) continue;
    return { subjectId: hit.subject.id, code: hit.subject.code, name: hit.subject.name, recordId: hit.id, docNo: hit.docNo };
  }
  return reportTaxPenalty(want);
}

let reported = 0;

async function reportTaxPenalty(want: { eligible: boolean; not?: number[] }): Promise<Penalty> {
  const search = await json<{ items: { id: number; code: string; name: string }[] }>('/api/v1/subjects?q=%E5%95%86%E8%B4%B8&pageSize=50');
  const subject = search.items.find((s) => /^91[0-9A-Z]{16}$/.test(s.code) && !want.not?.includes(s.id));
  if (!subject) throw new Error('no enterprise to report a penalty on');
  const login = await json<{ token: string }>('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'swj-operator', password: DEMO_PASSWORD }),
  });
  const decided = new Date(Date.now() + 8 * 3600_000 - (want.eligible ? 200 : 20) * 86400_000).toISOString().slice(0, 10);
  const docNo = `泰税稽罚〔E2E〕${++reported}号`;
  const res = await fetch(`${base}/api/v1/intake/batches`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${login.token}` },
    body: JSON.stringify({
      item: 'XZCF',
      records: [
        {
          CF_XDR_MC: subject.name,
          CF_XDR_LB: '法人及非法人组织',
          CF_XDR_SHXYM: subject.code,
          CF_WSH: docNo,
          CF_WFXW: '未按规定期限办理纳税申报',
          CF_SY: `${subject.name}未按照规定的期限办理纳税申报和报送纳税资料。`,
          CF_YJ: '《中华人民共和国税收征收管理法》第六十二条',
          CF_CFLB: '罚款',
          CF_NR: '罚款人民币2000元',
          CF_NR_FK: '0.2',
          CF_JDRQ: decided,
          CF_CFJG: TAX,
        },
      ],
    }),
  });
  expect(res.status).toBe(201);
  const record = itemsOf(await profileOf(subject.id)).find((i) => i.docNo === docNo)!;
  expect(record).toBeDefined();
  return { subjectId: subject.id, code: subject.code, name: subject.name, recordId: record.id, docNo };
}

/** Issues a credit report from the profile page; returns its number. */
async function requestReport(page: Page, subjectId: number): Promise<string> {
  await page.goto(`${base}/subjects/${subjectId}`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: '申请信用报告' }).click();
  const verify = page.getByRole('link', { name: '验证此报告' });
  await verify.waitFor({ timeout: 15_000 });
  return (await verify.getAttribute('href'))!.replace('/verify/', '');
}

/** The 报告验证 page's verdict for a report. */
async function verdict(page: Page, reportNo: string): Promise<string> {
  await page.goto(`${base}/verify/${reportNo}`, { waitUntil: 'networkidle' });
  return (await page.locator('#h-verdict').innerText()).trim();
}

/** Opens a case from the console's inbox. */
async function openCase(page: Page, caseNo: string): Promise<void> {
  await page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '案件办理' }).click();
  await page.waitForURL(`${base}/console/cases`);
  await page.getByRole('link', { name: caseNo }).click();
  await page.waitForURL(`${base}/console/cases/${caseNo}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Takes a step on the open case: its button, the form's fields (by the caller), the confirm button, the result. */
async function act(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByRole('group', { name: '可执行的操作' }).getByRole('button', { name: action, exact: true }).click();
  await fill?.();
  await page.getByRole('button', { name: `确认${action}` }).click();
  await page.locator('.ok-note', { hasText: `已${action}` }).waitFor({ timeout: 15_000 });
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(/\/login\?reason=signed-out/);
}

const axeFound: Record<string, AxeViolation[]> = {};
async function axe(page: Page, label: string): Promise<void> {
  const serious = await seriousViolations(page);
  if (serious.length) axeFound[label] = serious;
}

beforeAll(async () => {
  server = await startE2e();
  base = server.base;
  browser = server.browser!;
}, 180_000);

afterAll(async () => {
  await server?.close();
});

describe.skipIf(!HAS_CHROMIUM)('objections, credit repair and complaints in a browser', () => {
  let objected: Penalty;

  it('takes an objection from the profile through acceptance, routing and the tax department’s correction to a new report', async () => {
    objected = await taxPenalty({ eligible: false });
    const page = await newPage(browser, 1280);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const oldReport = await requestReport(page, objected.subjectId);

    // From the record on the profile to the form, with the record filled in.
    await page
      .locator('li.record', { hasText: objected.docNo })
      .getByRole('link', { name: /^提出异议/ })
      .click();
    await page.waitForURL(`${base}/objection?subject=${objected.subjectId}&record=${objected.recordId}`);
    const box = page.locator('.record-box');
    await box.getByText(objected.docNo).waitFor();
    await expect(page.getByLabel('统一社会信用代码').inputValue()).resolves.toBe(objected.code);
    await expect(box.innerText()).resolves.toContain(TAX);
    await expect(page.locator('main').innerText()).resolves.toContain('7 个工作日');

    // What the server refuses is said beside the field concerned.
    await page.getByLabel('异议理由').selectOption({ label: '信息错误' });
    await page.getByLabel('异议内容和理由').fill('金额有误');
    await page
      .getByLabel('证明材料')
      .setInputFiles([{ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('not a pdf') }, pdf('处罚决定书.pdf')]);
    await expect(page.locator('#obj-evidence-error').innerText()).resolves.toContain('“说明.txt”不是 PDF、JPG 或 PNG 文件');
    await expect(page.locator('.file-list').innerText()).resolves.toMatch(/处罚决定书\.pdf\s+\d+ 字节/);
    await page.getByRole('button', { name: '提交异议申请' }).click();
    await expect(page.locator('#obj-description-error').innerText()).resolves.toBe('请具体说明异议内容和理由（至少 10 个字）');
    await expect(page.locator('#obj-applicant-phone-error').innerText()).resolves.toBe('请填写正确的联系电话');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('obj-description');
    await screenshot(page, 'cases-objection-errors-1280');
    await axe(page, '异议申请（错误提示）1280');

    await page.getByLabel('异议内容和理由').fill('处罚内容录入有误：决定书载明罚款人民币1000元，网站公示的金额不一致。');
    await page.getByLabel('姓名').fill('王经理');
    await page.getByLabel('联系电话').fill('0538-6201234');
    await page.getByRole('button', { name: '提交异议申请' }).click();
    const filed = page.locator('section.filed');
    await filed.getByRole('heading', { name: '异议申请已提交' }).waitFor({ timeout: 15_000 });
    const caseNo = (await filed.locator('.case-no').innerText()).trim();
    expect(caseNo).toMatch(/^YY\d{12}$/);
    await expect(filed.innerText()).resolves.toMatch(/办理期限\s+\d{4}-\d{2}-\d{2} 前/);
    await screenshot(page, 'cases-objection-filed-1280');
    // Filing the same record again points at the case in progress.
    await page.goto(`${base}/objection?subject=${objected.subjectId}&record=${objected.recordId}`, { waitUntil: 'networkidle' });
    await page.getByLabel('异议理由').selectOption({ label: '信息错误' });
    await page.getByLabel('异议内容和理由').fill('再次提交同一条信息的异议申请。');
    await page.getByLabel('姓名').fill('王经理');
    await page.getByLabel('联系电话').fill('0538-6201234');
    await page.getByRole('button', { name: '提交异议申请' }).click();
    await page
      .locator('.form-error')
      .getByRole('link', { name: `查看异议 ${caseNo} 的办理进度` })
      .waitFor();

    // The platform accepts it: the public profile marks the record at once.
    const officer = await newPage(browser, 1280);
    await consoleSignIn(officer, base, 'admin');
    await openCase(officer, caseNo);
    await expect(officer.locator('main').innerText()).resolves.toContain('王经理');
    await act(officer, '受理');
    await page.goto(`${base}/subjects/${objected.subjectId}`, { waitUntil: 'networkidle' });
    await expect(page.locator('li.record', { hasText: objected.docNo }).locator('.status-objection').innerText()).resolves.toBe(
      '异议处理中',
    );
    await screenshot(page, 'cases-profile-objection-1280');

    // … routes it to the providing department …
    await act(officer, '转交部门');
    await expect(officer.locator('.case-meta').innerText()).resolves.toContain('已转交部门办理');
    await screenshot(officer, 'cases-console-routed-1280');
    await axe(officer, '案件详情（管理后台）1280');
    await signOut(officer);

    // … whose officer corrects a field of the record.
    await consoleSignIn(officer, base, 'swj-operator');
    await openCase(officer, caseNo);
    const corrected = `罚款人民币1000元（E2E 更正 ${caseNo.slice(-4)}）`;
    await act(officer, '作出处理决定', async () => {
      await officer.getByLabel('处理结果').selectOption({ label: '信息已更正' });
      await officer.getByLabel('要更正的字段').selectOption('CF_NR');
      await expect(officer.locator('.old-value').innerText()).resolves.not.toBe('');
      await officer.getByLabel('更正后的内容').fill(corrected);
      await officer.getByLabel('处理说明（申请人可见）').fill('经核实，处罚内容录入有误，已按决定书更正。');
      await screenshot(officer, 'cases-console-decide-1280');
      await axe(officer, '作出处理决定（管理后台）1280');
    });
    await expect(officer.locator('.outcome-card').innerText()).resolves.toContain('信息已更正');
    await expect(officer.getByRole('table').last().innerText()).resolves.toContain(`处罚内容 → ${corrected}`);
    await officer.close();

    // The public page shows the corrected value, without the mark.
    await page.goto(`${base}/subjects/${objected.subjectId}`, { waitUntil: 'networkidle' });
    const row = page.locator('li.record', { hasText: objected.docNo });
    await row.locator('summary').click();
    await expect(row.innerText()).resolves.toContain(corrected);
    await expect(row.locator('.status').innerText()).resolves.toBe('公示中');

    // A new report carries it (JSON and PDF); the old one verifies as superseded.
    const newReport = await requestReport(page, objected.subjectId);
    expect(newReport).not.toBe(oldReport);
    expect(JSON.stringify(await json(`/api/v1/reports/${newReport}.json`))).toContain(corrected);
    if (fs.existsSync(PDFTOTEXT)) {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xinyong-report-')), 'report.pdf');
      fs.writeFileSync(file, Buffer.from(await (await fetch(`${base}/api/v1/reports/${newReport}.pdf`)).arrayBuffer()));
      expect(execFileSync(PDFTOTEXT, [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain(corrected.replace(/\s+/g, ''));
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
    await expect(verdict(page, oldReport)).resolves.toContain('已更新');
    await expect(verdict(page, newReport)).resolves.toBe('有效');

    // The applicant's progress page: done, corrected, with the department's reasons; never the applicant.
    await page.goto(`${base}/progress?no=${caseNo}&code=${objected.code}`, { waitUntil: 'networkidle' });
    const progress = page.locator('section.progress');
    await progress.waitFor();
    const text = await progress.innerText();
    expect(text).toContain('已办结');
    expect(text).toContain('办理结果：信息已更正');
    expect(text).toContain('经核实，处罚内容录入有误，已按决定书更正。');
    expect(text).toMatch(/提交申请[\s\S]*受理[\s\S]*转交部门[\s\S]*作出处理决定/);
    expect(text).not.toContain('王经理');
    await screenshot(page, 'cases-progress-objection-1280');
    await axe(page, '办理进度 1280');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('repairs a penalty past its minimum period: eligibility, evidence, commitment, a return for more evidence, approval', async () => {
    const today = chinaToday();
    const target = await taxPenalty({ eligible: true, not: [objected.subjectId] });
    const page = await newPage(browser, 1280);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Penalties not yet eligible say from when; the form says so too and does not send.
    const early = itemsOf(await profileOf(objected.subjectId)).find((i) => i.docNo === objected.docNo)!;
    expect(early.repairFrom! > today).toBe(true);
    await page.goto(`${base}/subjects/${objected.subjectId}`, { waitUntil: 'networkidle' });
    const earlyRow = page.locator('li.record', { hasText: objected.docNo });
    await expect(earlyRow.getByRole('link', { name: /^申请信用修复/ }).count()).resolves.toBe(0);
    await expect(earlyRow.locator('.repair-later').innerText()).resolves.toBe(`信用修复：${early.repairFrom} 起可申请`);
    await page.goto(`${base}/repair?subject=${objected.subjectId}&record=${early.id}`, { waitUntil: 'networkidle' });
    await expect(page.locator('#rep-eligibility').innerText()).resolves.toBe(`最短公示期未满，${early.repairFrom} 起可申请信用修复`);
    await expect(page.getByRole('button', { name: '提交信用修复申请' }).isDisabled()).resolves.toBe(true);

    // Market-regulation penalties are repaired through www.gsxt.gov.cn.
    const market = itemsOf(await profileOf(target.subjectId)).find((i) => i.item === 'XZCF' && i.provider === '泰安市市场监督管理局');
    if (market) {
      await page.goto(`${base}/repair?subject=${target.subjectId}&record=${market.id}`, { waitUntil: 'networkidle' });
      await page.locator('#rep-eligibility').getByRole('link', { name: 'www.gsxt.gov.cn' }).waitFor();
      await expect(page.getByRole('button', { name: '提交信用修复申请' }).isDisabled()).resolves.toBe(true);
    }

    const oldReport = await requestReport(page, target.subjectId);
    await page
      .locator('li.record', { hasText: target.docNo })
      .getByRole('link', { name: /^申请信用修复/ })
      .click();
    await page.waitForURL(`${base}/repair?subject=${target.subjectId}&record=${target.recordId}`);
    await expect(page.locator('#rep-eligibility').innerText()).resolves.toMatch(/^最短公示期已满/);
    await expect(page.locator('blockquote.commitment').innerText()).resolves.toContain('本单位（本人）承诺');
    await page.getByLabel('纠正失信行为、履行义务的情况').fill('已于本月缴清全部罚款，补办了纳税申报，并建立了按期申报的内部制度。');
    await page.getByLabel('姓名').fill('李会计');
    await page.getByLabel('联系电话').fill('13905380000');
    // Evidence and the signed commitment are required.
    await page.getByRole('button', { name: '提交信用修复申请' }).click();
    await expect(page.locator('#rep-evidence-error').innerText()).resolves.toContain('请上传已纠正失信行为、履行义务的证明材料');
    await expect(page.locator('#rep-commitment-error').innerText()).resolves.toBe('请阅读并签署信用修复承诺书');
    await page.getByLabel('证明材料').setInputFiles([pdf('缴款凭证.pdf')]);
    await page.getByLabel('本单位（本人）已阅读并签署上述信用修复承诺书').check();
    await screenshot(page, 'cases-repair-form-1280');
    await axe(page, '信用修复 1280');
    await page.getByRole('button', { name: '提交信用修复申请' }).click();
    const filed = page.locator('section.filed');
    await filed.getByRole('heading', { name: '信用修复申请已提交' }).waitFor({ timeout: 15_000 });
    const caseNo = (await filed.locator('.case-no').innerText()).trim();
    expect(caseNo).toMatch(/^XF\d{12}$/);

    // The platform asks for more evidence …
    const officer = await newPage(browser, 1280);
    await consoleSignIn(officer, base, 'admin');
    await openCase(officer, caseNo);
    const download = officer.waitForEvent('download');
    await officer.getByRole('link', { name: '下载 缴款凭证.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('缴款凭证.pdf');
    await act(officer, '退回补正', async () => {
      await officer.getByLabel('退回原因和需补正的内容（申请人可见）').fill('请补充税务机关出具的完税证明。');
    });

    // … which the applicant adds on the progress page.
    await filed.getByRole('link', { name: '查看办理进度' }).click();
    await page.waitForURL(`${base}/progress?no=${caseNo}&code=${target.code}`);
    await expect(page.locator('section.progress').innerText()).resolves.toContain('请补充税务机关出具的完税证明。');
    await page.getByLabel('补正说明').fill('已补充完税证明。');
    await page.getByLabel('补充材料').setInputFiles([pdf('完税证明.pdf')]);
    await page.getByRole('button', { name: '提交补正' }).click();
    await page.locator('section.progress .pill', { hasText: '已提交，待受理' }).waitFor();
    await expect(page.getByRole('button', { name: '提交补正' }).count()).resolves.toBe(0);

    await openCase(officer, caseNo);
    await expect(officer.locator('.case-files').innerText()).resolves.toContain('完税证明.pdf');
    await act(officer, '受理');
    await act(officer, '同意修复', async () => {
      await officer.getByLabel('修复意见（申请人可见，选填）').fill('已履行处罚决定并完成整改，同意修复。');
    });
    await expect(officer.locator('.outcome-card').innerText()).resolves.toContain('同意修复，已停止公示');
    await officer.close();

    // The record leaves the profile; the old report is superseded; the progress page says 修复通过.
    await page.goto(`${base}/subjects/${target.subjectId}`, { waitUntil: 'networkidle' });
    await page.locator('h1').waitFor();
    await expect(page.locator('li.record', { hasText: target.docNo }).count()).resolves.toBe(0);
    await expect(verdict(page, oldReport)).resolves.toContain('已更新');
    await page.goto(`${base}/progress?no=${caseNo}&code=${target.code}`, { waitUntil: 'networkidle' });
    await page.locator('section.progress .pill', { hasText: '修复通过' }).waitFor();
    await expect(page.locator('section.progress').innerText()).resolves.toContain('已履行处罚决定并完成整改，同意修复。');
    await screenshot(page, 'cases-progress-repair-1280');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('files a complaint on a phone, looks it up with the query code, and shows the department’s conclusion', async () => {
    const page = await newPage(browser, 375, 740);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.locator('footer').getByRole('link', { name: '失信举报' }).click();
    await page.waitForURL(`${base}/complaint`);
    await page.getByLabel('主体名称').fill('泰安市某某建材经营部');
    await page.getByLabel('失信行为的具体情况').fill('该经营部自今年三月起拖欠 12 名工人工资共计 18 万元，多次催要仍拒不支付。');
    await page.getByLabel('姓名').fill('赵师傅');
    await page.getByLabel('联系电话').fill('138-0538-1234');
    await page.getByLabel('证据材料').setInputFiles([{ name: '工资欠条.png', mimeType: 'image/png', buffer: pngBytes() }]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'cases-complaint-form-375');
    await axe(page, '失信举报 375');
    await page.getByRole('button', { name: '提交举报' }).click();
    const filed = page.locator('section.filed');
    await filed.getByRole('heading', { name: '举报已提交' }).waitFor({ timeout: 15_000 });
    const caseNo = (await filed.locator('.case-no').innerText()).trim();
    const queryCode = (await filed.locator('.query-code').innerText()).trim();
    expect(caseNo).toMatch(/^JB\d{12}$/);
    expect(queryCode).toMatch(/^\d{6}$/);
    await expect(filed.innerText()).resolves.toContain('请妥善保存办理编号和查询码');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'cases-complaint-filed-375');

    // The query code stays out of the address; a wrong one finds nothing.
    await filed.getByRole('link', { name: '查询办理进度' }).click();
    await page.waitForURL(`${base}/progress?no=${caseNo}`);
    await expect(page.getByLabel('办理编号').inputValue()).resolves.toBe(caseNo);
    await page.getByLabel('查询码').fill(queryCode === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('未找到');
    await page.getByLabel('查询码').fill(queryCode);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.locator('section.progress .pill', { hasText: '已提交，待受理' }).waitFor();
    expect(page.url()).not.toContain(queryCode);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The platform routes it to 市场监管, whose officer concludes it.
    const officer = await newPage(browser, 1280);
    await consoleSignIn(officer, base, 'admin');
    await openCase(officer, caseNo);
    await act(officer, '转交部门', async () => {
      await officer.getByLabel('承办部门', { exact: true }).selectOption({ label: '泰安市市场监督管理局' });
    });
    await signOut(officer);
    await consoleSignIn(officer, base, 'scjgj-operator');
    await openCase(officer, caseNo);
    await act(officer, '办结', async () => {
      await officer.getByLabel('处理结果').selectOption({ label: '举报属实，已依法处理' });
      await officer.getByLabel('举报属实且符合奖励条件，给予举报人奖励').check();
      await officer.getByLabel('核查办理情况（举报人可见）').fill('经现场核查，举报属实，已责令其限期支付拖欠工资。');
    });
    await officer.close();

    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.locator('section.progress .pill', { hasText: '已办结' }).waitFor();
    const text = await page.locator('section.progress').innerText();
    expect(text).toContain('办理结果：举报属实，已依法处理');
    expect(text).toContain('经现场核查，举报属实，已责令其限期支付拖欠工资。');
    expect(text).toContain('泰安市市场监督管理局');
    expect(text).not.toContain('赵师傅');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'cases-progress-complaint-375');
    await axe(page, '办理进度 375');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('shows the operator’s overview and fits the forms and the case page on a 375 px phone', async () => {
    const penalty = await taxPenalty({ eligible: true });
    // An objection left with the platform: one open case of 税务's record in the overview.
    const open = await fetch(`${base}/api/v1/objections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: penalty.code,
        recordId: penalty.recordId,
        grounds: 'duplicate',
        description: '同一处罚决定在网站上公示了两次。',
        applicant: { name: '孙女士', phone: '0538-8888888' },
      }),
    });
    expect(open.status).toBe(201);
    for (const width of [1280, 375]) {
      const page = await newPage(browser, width, width < 720 ? 740 : 800);
      for (const [slug, url] of [
        ['objection', `/objection?subject=${penalty.subjectId}&record=${penalty.recordId}`],
        ['repair', `/repair?subject=${penalty.subjectId}&record=${penalty.recordId}`],
        ['complaint', '/complaint'],
        ['progress', '/progress'],
        ['services', '/services'],
      ] as const) {
        await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
        await page.locator('main h1').waitFor();
        if (slug === 'objection' || slug === 'repair') await page.locator('.record-box').waitFor();
        expect(await horizontalOverflow(page), url).toBeLessThanOrEqual(0);
        await screenshot(page, `cases-${slug}-${width}`);
        await axe(page, `${slug} ${width}`);
      }
      await page.close();
    }
    const page = await newPage(browser, 375, 740);
    // The forms' errors on a phone.
    await page.goto(`${base}/objection?subject=${penalty.subjectId}&record=${penalty.recordId}`, { waitUntil: 'networkidle' });
    await page.locator('.record-box').waitFor();
    await page.getByRole('button', { name: '提交异议申请' }).click();
    await page.locator('#obj-grounds-error').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await axe(page, 'objection errors 375');

    await consoleSignIn(page, base, 'admin');
    await page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '办理总览' }).click();
    await page.waitForURL(`${base}/console/cases/overview`);
    await page.locator('.overview-table').waitFor();
    const taxRow = page.locator('.overview-table tbody tr', { hasText: TAX });
    // 异议 未办结, 逾期; 信用修复 …; 举报 …; 合计 …
    const cells = (await taxRow.locator('td').allInnerTexts()).map(Number);
    expect(cells[0]).toBeGreaterThanOrEqual(1);
    expect(cells[6]).toBe(cells[0]! + cells[2]! + cells[4]!);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'cases-console-overview-375');
    await axe(page, '办理总览 375');
    await page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '案件办理' }).click();
    await page.waitForURL(`${base}/console/cases`);
    await page.getByLabel('类型').selectOption({ label: '异议' });
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(`${base}/console/cases?kind=objection`);
    const first = page.locator('.cases-table tbody tr').first().getByRole('link');
    await first.click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'cases-console-case-375');
    await axe(page, '案件详情 375');
    await page.close();
    expect(axeFound).toEqual({});
  }, 120_000);
});

/** A 1×1 PNG. */
function pngBytes(): Buffer {
  return Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
}
