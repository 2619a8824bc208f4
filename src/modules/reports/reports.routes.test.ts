import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp, latestAudit } from '../../../test/app';
import { fixedClock } from '../../shared/clock';
import { ANONYMOUS, SYSTEM_PRINCIPAL } from '../auth';
import { submitBatch } from '../intake/intake.service';
import { renderReportPdf } from './reports.pdf';
import { contentHashOf, verifyReport, type ReportContent } from './reports.service';

const { app, db, clock } = await createTestApp({ now: '2026-12-01T04:00:00Z' });
const system = { db, principal: SYSTEM_PRINCIPAL, clock };

const HEADER =
  '行政相对人名称,行政相对人类别,行政相对人代码_1（统一社会信用代码）,证件类型,证件号码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关,当前状态';
const COMPANY = '泰安市宏达建材有限公司,法人及非法人组织,91350100M000100Y43,,';
const row = (doc: string, date: string, status = '', who = COMPANY) =>
  `${who},${doc},违反价格管理规定,未明码标价,《中华人民共和国价格法》第四十二条,罚款,罚款0.5万元,0.5,${date},泰安市市场监督管理局,${status}`;
const penalties = (...rows: string[]) =>
  submitBatch(system, { department: 'scjgj', origin: 'cli', source: { buffer: Buffer.from([HEADER, ...rows].join('\n')) } });

await penalties(
  row('泰市监罚〔2026〕1号', '2026/11/02'),
  row('泰市监罚〔2026〕5号', '2026/09/15'),
  row('泰市监罚〔2026〕4号', '2026/11/03', '', '李秀英,自然人,,身份证,11010519491231002X'),
);

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

async function issue(subject = '91350100M000100Y43', purpose?: string) {
  return app.inject({ method: 'POST', url: '/api/v1/reports', payload: { subject, ...(purpose ? { purpose } : {}) } });
}

describe('POST /api/v1/reports', () => {
  it('issues a numbered report with its hash and links, and audits it', async () => {
    const res = await issue('91350100M000100Y43', '招标投标');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      reportNo: expect.stringMatching(/^20261201\d{6}$/),
      issuedAt: '2026-12-01T04:00:00.000Z',
      subject: { name: '泰安市宏达建材有限公司', code: '91350100M000100Y43' },
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(body.pdfUrl).toBe(`/api/v1/reports/${body.reportNo}.pdf`);
    expect(body.jsonUrl).toBe(`/api/v1/reports/${body.reportNo}.json`);
    expect(body.verifyUrl).toBe(`http://localhost:3000/verify/${body.reportNo}`);
    const [event] = await latestAudit(db, 1);
    expect(event).toMatchObject({ action: 'report.issue', actor_kind: 'public', details: { contentHash: body.contentHash, items: 2 } });
  });

  it('numbers 10 concurrent reports uniquely, serially within the day', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => issue()));
    expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    const numbers = results.map((r) => r.json<{ reportNo: string }>().reportNo);
    expect(new Set(numbers).size).toBe(10);
    for (const n of numbers) expect(n).toMatch(/^20261201\d{6}$/);
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM credit_reports WHERE issue_date = '2026-12-01'`);
    const serials = numbers.map((n) => Number(n.slice(8))).sort((a, b) => a - b);
    expect(serials.at(-1)).toBe(rows[0]!.n);
  });

  it('answers a natural person like an unknown subject', async () => {
    const person = await issue('11010519491231002X');
    expect(person.statusCode).toBe(404);
    expect(person.json().error.message).toBe('未找到该信用主体');
    expect((await issue('91370900MA3C000000')).statusCode).toBe(404);
  });

  it('rejects an empty subject with 400', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { subject: '' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('请求内容无效：subject 请提供信用主体的统一社会信用代码或主体编号');
  });
});

describe('GET /api/v1/reports/{no}.json and .pdf', () => {
  it('returns the JSON twin exactly as issued, hashing to the issued hash', async () => {
    const issued = (await issue()).json<{ reportNo: string; contentHash: string }>();
    const res = await app.inject(`/api/v1/reports/${issued.reportNo}.json`);
    expect(res.statusCode).toBe(200);
    const content = res.json<ReportContent>();
    expect(contentHashOf(content)).toBe(issued.contentHash);
    expect(content).toMatchObject({
      reportNo: issued.reportNo,
      title: '法人和非法人组织公共信用信息报告',
      issuer: '泰安市公共信用信息平台',
    });
    expect(content.providers).toEqual(['泰安市市场监督管理局']);
    expect(content.subject.sections.flatMap((s) => s.items).map((i) => i.docNo)).toEqual(['泰市监罚〔2026〕1号', '泰市监罚〔2026〕5号']);
  });

  it('renders the PDF from the stored JSON: name, number and 行政处罚 in its text, deterministic, fast', async () => {
    const issued = (await issue()).json<{ reportNo: string; contentHash: string }>();
    const res = await app.inject(`/api/v1/reports/${issued.reportNo}.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const content = (await app.inject(`/api/v1/reports/${issued.reportNo}.json`)).json<ReportContent>();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const again = await renderReportPdf(content, issued.contentHash);
      times.push(performance.now() - t);
      expect(again.equals(pdf)).toBe(true);
    }
    const best = Math.min(...times);
    console.log(`report PDF: ${pdf.length} bytes, render ${times.map((t) => t.toFixed(0)).join('/')} ms`);
    expect(best).toBeLessThan(200);

    if (!hasPoppler) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xy-report-'));
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('泰安市宏达建材有限公司');
    expect(text).toContain('91350100M000100Y43');
    expect(text).toContain(issued.reportNo);
    expect(text).toContain('行政处罚');
    expect(text).toContain('泰市监罚〔2026〕1号');
    expect(text).toContain('泰安市公共信用信息平台');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('400 for a malformed number, 404 with a Chinese message for an unknown one', async () => {
    const bad = await app.inject('/api/v1/reports/2026120100001.pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('路径参数无效：no 报告编号应为 14 位数字');
    const missing = await app.inject('/api/v1/reports/20261201999999.json');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('未找到编号为 20261201999999 的信用报告，请核对报告编号');
  });
});

describe('GET /api/v1/reports/{no}/verify', () => {
  it('is valid, then superseded once a penalty in it is revoked; shows nothing beyond the report', async () => {
    const issued = (await issue()).json<{ reportNo: string; contentHash: string; issuedAt: string }>();
    const first = await app.inject(`/api/v1/reports/${issued.reportNo}/verify`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      reportNo: issued.reportNo,
      status: 'valid',
      issuedAt: issued.issuedAt,
      contentHash: issued.contentHash,
      subject: { name: '泰安市宏达建材有限公司', code: '91350100M000100Y43' },
    });

    await penalties(row('泰市监罚〔2026〕5号', '2026/09/15', '撤销'));
    const after = await app.inject(`/api/v1/reports/${issued.reportNo}/verify`);
    expect(after.json()).toMatchObject({ status: 'superseded', changedItems: 1, contentHash: issued.contentHash });
    // A report issued now no longer contains the revoked penalty, and is valid.
    const fresh = (await issue()).json<{ reportNo: string }>();
    expect((await app.inject(`/api/v1/reports/${fresh.reportNo}/verify`)).json().status).toBe('valid');
  });

  it('is superseded once a penalty in it leaves publicity', async () => {
    const issued = (await issue()).json<{ reportNo: string }>();
    const later = { db, principal: ANONYMOUS, clock: fixedClock('2029-11-03T04:00:00Z') };
    expect(await verifyReport(later, issued.reportNo)).toMatchObject({ status: 'superseded', changedItems: 1 });
  });

  it('400 for a malformed number, 404 for an unknown one', async () => {
    const bad = await app.inject('/api/v1/reports/abc/verify');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'INVALID_INPUT', message: '路径参数无效：no 报告编号应为 14 位数字' });
    const missing = await app.inject('/api/v1/reports/20200101000001/verify');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('未找到编号为 20200101000001 的信用报告，请核对报告编号');
  });
});
