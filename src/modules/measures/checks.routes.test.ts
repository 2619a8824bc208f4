import { describe, expect, it } from 'vitest';
import { apiClientFor, createTestApp, latestAudit, signInAs } from '../../../test/app';
import { makeUscc, seededRandom } from '../codes/generate';
import { SYSTEM_PRINCIPAL } from '../auth';
import { findOrCreateSubject } from '../subjects';
import { submitBatch } from '../intake/intake.service';
import { verifyReceipt, type SignedReceipt } from './checks.signing';

const { app, db, clock } = await createTestApp({ now: '2026-12-01T04:00:00Z' });
const system = { db, principal: SYSTEM_PRINCIPAL, clock };
const rand = seededRandom(5);
const LISTED = makeUscc({ rand });
const ENDED_YESTERDAY = makeUscc({ rand });
const ENDS_TOMORROW = makeUscc({ rand });
const CLEAN = makeUscc({ rand });
const RED = makeUscc({ rand });

// 国家税务总局泰安市税务局 reports its 重大税收违法失信主体 through intake; the entries follow the records.
const HEADER = 'ZTMC,TYSHXYDM,AJXZ,LRYY,RDYJ,JDWSH,LRRQ,YXQZ,RDBM';
const line = (name: string, code: string, doc: string, start: string, end = '') =>
  `${name},${code},虚开增值税专用发票,虚开增值税专用发票,《中华人民共和国税收征收管理法》第六十三条,${doc},${start},${end},国家税务总局泰安市税务局`;
const batch = await submitBatch(system, {
  department: 'swj',
  item: 'ZDSSWF',
  origin: 'cli',
  source: {
    buffer: Buffer.from(
      [
        HEADER,
        line('泰安市宏达建材有限公司', LISTED, '泰税稽罚〔2026〕1号', '2026-06-01'),
        line('泰安市昌盛商贸有限公司', ENDED_YESTERDAY, '泰税稽罚〔2026〕2号', '2025-11-30', '2026-11-30'),
        line('泰安市远航物流有限公司', ENDS_TOMORROW, '泰税稽罚〔2026〕3号', '2025-12-02', '2026-12-02'),
      ].join('\n'),
    ),
  },
});
await db.transaction((tx) => findOrCreateSubject(tx, { code: CLEAN, name: '泰安市清源食品有限公司' }));
await db.transaction((tx) => findOrCreateSubject(tx, { code: RED, name: '泰安市诚信机械制造有限公司' }));

const finance = await apiClientFor(db, 'czj');
const approval = await apiClientFor(db, 'sps');
const tax = await signInAs(db, ['dept_operator'], 'swj');
const operator = await signInAs(db, ['platform_operator']);
const auditor = await signInAs(db, ['auditor']);

async function check(auth: string, payload: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: '/api/v1/checks', headers: { authorization: auth }, payload });
}

describe('list entries from intake', () => {
  it('creates published entries for decisions in force and ended ones for decisions past their end', async () => {
    expect(batch).toMatchObject({ accepted: 3, rejected: 0 });
    const { rows } = await db.query<{ code: string; status: string; end_reason: string | null; source_key: string }>(
      `SELECT s.code, e.status, e.end_reason, e.source_key FROM list_entries e JOIN subjects s ON s.id = e.subject_id
       WHERE e.list_type = 'ZDSSWF' AND s.code = ANY($1) ORDER BY s.code`,
      [[LISTED, ENDED_YESTERDAY, ENDS_TOMORROW]],
    );
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode[LISTED]).toMatchObject({ status: 'published', end_reason: null });
    expect(byCode[ENDED_YESTERDAY]).toMatchObject({ status: 'ended', end_reason: 'expired' });
    expect(byCode[ENDS_TOMORROW]).toMatchObject({ status: 'published' });
  });
});

describe('POST /api/v1/checks', () => {
  it('401 without credentials', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/checks',
      payload: { subject: LISTED, scenario: 'gov_procurement', caseNo: 'CG-1' },
    });
    expect(res.statusCode).toBe(401);
  });

  it('400 with the field and a Chinese message', async () => {
    const res = await check(finance.authorization, { subject: LISTED, scenario: 'gov_procurement', caseNo: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: 'caseNo', message: '请填写审批事项编号（案号）' })]);
    const both = await check(finance.authorization, { subject: LISTED, name: '宏达', scenario: 'gov_procurement', caseNo: 'CG-1' });
    expect(both.json().error).toMatchObject({ code: 'INVALID_INPUT', message: '请提供主体代码（subject）或主体名称（name）之一' });
  });

  it('403 for roles that do not run checks', async () => {
    const res = await check(auditor.authorization, { subject: LISTED, scenario: 'gov_procurement', caseNo: 'CG-1' });
    expect(res.statusCode).toBe(403);
  });

  it('returns the entries in force, the measures of this scenario and department, and a signed receipt', async () => {
    const res = await check(finance.authorization, { subject: LISTED, scenario: 'gov_procurement', caseNo: 'CG-2026-001' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      outcome: 'hit',
      receiptNo: expect.stringMatching(/^HC20261201\d{6}$/),
      subject: { code: LISTED, name: '泰安市宏达建材有限公司' },
      department: { code: 'czj' },
      hits: [{ listType: { code: 'ZDSSWF', flag: 'black' }, docNo: '泰税稽罚〔2026〕1号', startDate: '2026-06-01', endDate: '2029-06-01' }],
    });
    const codes = body.measures.map((m: { code: string }) => m.code);
    // 政府采购: the tax memorandum's procurement ban, 财库〔2016〕125号, and Shandong art. 28/30 measures that 财政 applies.
    expect(codes).toEqual(expect.arrayContaining(['ZDSSWF-2014-1', 'ZFCG-2016-1', 'SD-30-5']));
    for (const m of body.measures) {
      expect(m.kind).toBe('punishment');
      expect(m.triggeredBy).toEqual(['ZDSSWF']);
    }
    // Measures of other scenarios or other departments are not returned.
    expect(codes).not.toContain('ZDSSWF-2014-2'); // 土地 (自然资源)
    expect(codes).not.toContain('ZDSSWF-2014-4'); // 日常监管 (税务、市场监管)
    expect(body.summary).toBe(`核查日该主体有 1 条失信类名单在有效期内；本部门在“政府采购”场景适用 ${codes.length} 项惩戒措施。`);
    const [event] = await latestAudit(db, 1);
    expect(event).toMatchObject({ action: 'check.run', actor_kind: 'api_client', details: { caseNo: 'CG-2026-001', outcome: 'hit' } });
  });

  it('signs receipts that verify offline with the published key, and not after tampering', async () => {
    const res = await check(finance.authorization, { subject: LISTED, scenario: 'bidding', caseNo: 'ZB-7' });
    const body = res.json();
    const keys = (await app.inject({ method: 'GET', url: '/api/v1/checks/keys' })).json();
    const key = keys.find((k: { keyId: string }) => k.keyId === body.receipt.keyId);
    expect(key.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const { id, receiptNo, receipt, feedbackGiven, replayed, ...answer } = body;
    void id;
    void receiptNo;
    void feedbackGiven;
    void replayed;
    expect(verifyReceipt(key.publicKeyPem, receipt as SignedReceipt, answer)).toBe(true);
    expect(verifyReceipt(key.publicKeyPem, receipt, { ...answer, measures: [] })).toBe(false);
    expect(verifyReceipt(key.publicKeyPem, { ...receipt, receiptNo: 'HC20261201999999' })).toBe(false);
    expect(verifyReceipt(key.publicKeyPem, { ...receipt, signature: Buffer.alloc(64).toString('base64') })).toBe(false);
  });

  it('returns the first answer and receipt to a retried request', async () => {
    const payload = { subject: LISTED, scenario: 'fiscal_funds', caseNo: 'ZJ-1' };
    const first = await check(finance.authorization, payload);
    const again = await check(finance.authorization, payload);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true, receiptNo: first.json().receiptNo, receipt: first.json().receipt });
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM credit_checks WHERE case_no = 'ZJ-1'`);
    expect(rows[0]!.n).toBe(1);
  });

  it('gives no hit for an entry that ended yesterday, and a hit for one ending tomorrow', async () => {
    const ended = await check(finance.authorization, { subject: ENDED_YESTERDAY, scenario: 'gov_procurement', caseNo: 'CG-2' });
    expect(ended.json()).toMatchObject({ outcome: 'clear', hits: [], measures: [] });
    const tomorrow = await check(finance.authorization, { subject: ENDS_TOMORROW, scenario: 'gov_procurement', caseNo: 'CG-3' });
    expect(tomorrow.json()).toMatchObject({ outcome: 'hit', hits: [{ endDate: '2026-12-02' }] });
    // Checked as of an earlier day, the ended entry was still in force.
    const before = await check(finance.authorization, {
      subject: ENDED_YESTERDAY,
      scenario: 'gov_procurement',
      caseNo: 'CG-4',
      checkDate: '2026-11-29',
    });
    expect(before.json()).toMatchObject({ outcome: 'hit', checkDate: '2026-11-29' });
  });

  it('scopes measures by department: 行政审批 gets the approval measures, not the procurement ones', async () => {
    const res = await check(approval.authorization, { subject: LISTED, scenario: 'administrative_license', caseNo: 'XK-1' });
    const codes = res.json().measures.map((m: { code: string }) => m.code);
    expect(codes).toEqual(expect.arrayContaining(['SD-28-1', 'SD-30-1']));
    expect(codes).not.toContain('ZFCG-2016-1');
    const procurement = await check(approval.authorization, { subject: LISTED, scenario: 'gov_procurement', caseNo: 'XK-2' });
    expect(procurement.json()).toMatchObject({ outcome: 'hit', measures: [] });
  });

  it('says not_found for an unknown code and answers names with scored candidates, not a verdict', async () => {
    const unknown = await check(finance.authorization, { subject: makeUscc({ rand }), scenario: 'gov_procurement', caseNo: 'CG-5' });
    expect(unknown.json()).toMatchObject({ outcome: 'not_found', subject: null, hits: [], receipt: { algorithm: 'Ed25519' } });
    const byName = await check(finance.authorization, { name: '宏达建材', scenario: 'gov_procurement', caseNo: 'CG-6' });
    const body = byName.json();
    expect(body).toMatchObject({ outcome: 'candidates', hits: [], measures: [] });
    expect(body.candidates[0]).toMatchObject({ subject: { code: LISTED }, score: expect.any(Number), explanation: expect.any(String) });
  });
});

describe('feedback and statistics', () => {
  it('records feedback per measure, refuses incomplete or changed feedback, and counts it', async () => {
    const res = await check(finance.authorization, { subject: LISTED, scenario: 'gov_procurement', caseNo: 'CG-FB' });
    const { id, measures } = res.json();
    const url = `/api/v1/checks/${id}/feedback`;
    const headers = { authorization: finance.authorization };
    const incomplete = await app.inject({ method: 'POST', url, headers, payload: { decision: 'rejected', measures: [] } });
    expect(incomplete.json().error).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('请对每项返回的措施反馈是否实施'),
    });
    const noReason = measures.map((m: { code: string }, i: number) => ({ code: m.code, applied: i === 0 }));
    const missingReason = await app.inject({ method: 'POST', url, headers, payload: { decision: 'rejected', measures: noReason } });
    expect(missingReason.json().error.message).toMatch(/未实施，请说明原因$/);
    const feedback = {
      decision: 'rejected',
      note: '供应商不符合政府采购法第二十二条条件',
      measures: measures.map((m: { code: string }, i: number) =>
        i === 0 ? { code: m.code, applied: true } : { code: m.code, applied: false, reason: '已由第一项措施处理' },
      ),
    };
    const other = await app.inject({ method: 'POST', url, headers: { authorization: approval.authorization }, payload: feedback });
    expect(other.statusCode).toBe(404);
    const ok = await app.inject({ method: 'POST', url, headers, payload: feedback });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      decision: 'rejected',
      measures: [{ applied: true }, ...Array(measures.length - 1).fill({ applied: false })],
    });
    expect((await latestAudit(db, 1))[0]).toMatchObject({ action: 'check.feedback', details: { applied: 1 } });
    const same = await app.inject({ method: 'POST', url, headers, payload: feedback });
    expect(same.statusCode).toBe(200);
    const changed = await app.inject({ method: 'POST', url, headers, payload: { ...feedback, decision: 'approved' } });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe('FEEDBACK_EXISTS');

    const stats = await app.inject({ method: 'GET', url: '/api/v1/checks/stats', headers: { authorization: operator.authorization } });
    const s = stats.json();
    const czj = s.departments.find((d: { code: string }) => d.code === 'czj');
    expect(czj).toMatchObject({ feedbackGiven: 1, measuresApplied: 1 });
    expect(czj.checks).toBeGreaterThanOrEqual(8);
    expect(s.indicators.applyingMeasures).toMatchObject({ numerator: 1 });
    expect(s.indicators.usingCreditInformation.numerator).toBe(2);
    const mine = await app.inject({ method: 'GET', url: '/api/v1/checks/stats', headers: { authorization: finance.authorization } });
    expect(mine.json().departments.map((d: { code: string }) => d.code)).toEqual(['czj']);
  });

  it('lists checks awaiting feedback, overdue after the due working days', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/checks?awaitingFeedback=true',
      headers: { authorization: finance.authorization },
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i: { feedbackGiven: boolean; measureCount: number }) => !i.feedbackGiven && i.measureCount > 0)).toBe(true);
    // Due 10 working days after the check: 2026-12-01 → 2026-12-15; 2026-11-29 (a Sunday) → 2026-12-11.
    const due = Object.fromEntries(items.map((i: { checkDate: string; feedbackDue: string }) => [i.checkDate, i.feedbackDue]));
    expect(due).toEqual({ '2026-12-01': '2026-12-15', '2026-11-29': '2026-12-11' });
    const overdue = await app.inject({
      method: 'GET',
      url: '/api/v1/checks?overdue=true',
      headers: { authorization: finance.authorization },
    });
    // Only the check dated 2026-11-29 was due on 2026-12-11 … none is overdue on 2026-12-01.
    expect(overdue.json().total).toBe(0);
  });
});

describe('lists console API', () => {
  it('runs a black list entry through notice and publication, refusing the shortcuts', async () => {
    const headers = { authorization: tax.authorization };
    const propose = await app.inject({
      method: 'POST',
      url: '/api/v1/list-entries',
      headers,
      payload: { listType: 'ZDSSWF', subject: CLEAN, docNo: '泰税稽罚〔2026〕9号', reason: '偷税', legalBasis: '税收征收管理法第六十三条' },
    });
    expect(propose.statusCode).toBe(201);
    const entry = propose.json();
    expect(entry).toMatchObject({ status: 'proposed', actions: ['notify', 'end'], endDate: '2029-12-01' });
    const url = `/api/v1/list-entries/${entry.id}/transitions`;
    const skip = await app.inject({ method: 'POST', url, headers, payload: { action: 'publish' } });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({ code: 'INVALID_TRANSITION' });
    const notify = await app.inject({
      method: 'POST',
      url,
      headers,
      payload: { action: 'notify', notice: { servedOn: '2026-12-01', method: '直接送达', measures: '禁止参加政府采购活动' } },
    });
    expect(notify.statusCode).toBe(200);
    expect(notify.json()).toMatchObject({ status: 'notified', notice: { objectBy: '2026-12-08' } });
    const early = await app.inject({ method: 'POST', url, headers, payload: { action: 'publish' } });
    expect(early.json().error).toMatchObject({ code: 'OBJECTION_PERIOD_OPEN', message: '异议期至 2026-12-08 届满，届满后方可发布' });
    // Another department's entry looks like a missing one.
    const other = await app.inject({
      method: 'POST',
      url,
      headers: { authorization: finance.authorization },
      payload: { action: 'publish' },
    });
    expect(other.statusCode).toBe(404);
  });
});
