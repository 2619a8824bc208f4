import { describe, expect, it } from 'vitest';
import { createTestApp, latestAudit, signInAs } from '../../../test/app';
import { SYSTEM_PRINCIPAL } from '../auth';
import { submitBatch } from '../intake/intake.service';

const { app, db, clock } = await createTestApp({ now: '2026-12-01T04:00:00Z' }); // Tuesday 1 December 2026
const system = { db, principal: SYSTEM_PRINCIPAL, clock };

const HEADER =
  '行政相对人名称,行政相对人类别,行政相对人代码_1（统一社会信用代码）,证件类型,证件号码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关,当前状态';
const COMPANY = '泰安市宏达建材有限公司,法人及非法人组织,91350100M000100Y43,,';
const CODE = '91350100M000100Y43';
const row = (doc: string, date: string, authority: string) =>
  `${COMPANY},${doc},超标排放,排放大气污染物超标,《中华人民共和国大气污染防治法》第九十九条,罚款,罚款2万元,2,${date},${authority},`;
const send = (department: string, ...rows: string[]) =>
  submitBatch(system, { department, origin: 'cli', source: { buffer: Buffer.from([HEADER, ...rows].join('\n')) } });
await send(
  'sthjj',
  row('泰环罚〔2026〕11号', '2026/05/10', '泰安市生态环境局'),
  row('泰环罚〔2026〕12号', '2026/11/02', '泰安市生态环境局'),
);
await send('scjgj', row('泰市监罚〔2026〕30号', '2026/04/01', '泰安市市场监督管理局'));

const operator = await signInAs(db, ['platform_operator']);
const ecology = await signInAs(db, ['dept_operator'], 'sthjj');
const market = await signInAs(db, ['dept_operator'], 'scjgj');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF').toString('base64');
const applicant = { name: '王经理', phone: '0538-6201234' };

interface ProfileItem {
  id: number;
  docNo: string;
  publicityStatus: string;
  repairFrom: string | null;
  fields: { code: string; value: string }[];
}
async function penalties(): Promise<ProfileItem[]> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/subjects/${CODE}` });
  return res.json().sections.flatMap((s: { items: ProfileItem[] }) => s.items);
}
const byDoc = async (doc: string) => (await penalties()).find((p) => p.docNo === doc);
const act = (no: string, auth: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/v1/cases/${no}/transitions`, headers: { authorization: auth }, payload });

describe('objections', () => {
  it('401/403/400/409 and a full path: mark, route, correct, report superseded, progress', async () => {
    const record = (await byDoc('泰环罚〔2026〕11号'))!;
    const report = (await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { subject: CODE } })).json();

    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/objections',
      payload: { subject: CODE, recordId: record.id, grounds: 'wrong', description: '短', applicant },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      expect.objectContaining({ field: 'description', message: '请具体说明异议内容和理由（至少 10 个字）' }),
    ]);

    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/objections',
      payload: {
        subject: CODE,
        recordId: record.id,
        grounds: 'wrong',
        description: '罚款金额有误，决定书载明为 1 万元。',
        applicant,
        evidence: [{ fileName: '决定书.pdf', content: PDF }],
      },
    });
    expect(filed.statusCode).toBe(201);
    const { caseNo } = filed.json();
    expect(filed.json()).toEqual({ caseNo: expect.stringMatching(/^YY20261201\d{4}$/), receivedOn: '2026-12-01', deadline: '2026-12-04' });
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/objections',
      payload: { subject: CODE, recordId: record.id, grounds: 'wrong', description: '再次提交同一条信息的异议。', applicant },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'CASE_OPEN', details: { caseNo } });

    // Not yet accepted: no mark.
    expect((await byDoc('泰环罚〔2026〕11号'))!.publicityStatus).toBe('公示中');
    expect((await act(caseNo, '', { action: 'accept' })).statusCode).toBe(401);
    expect((await act(caseNo, ecology.authorization, { action: 'accept' })).statusCode).toBe(404); // not routed to them yet
    const accepted = await act(caseNo, operator.authorization, { action: 'accept' });
    expect(accepted.json()).toMatchObject({ status: 'accepted', actions: ['route', 'decide'], applicant: { name: '王经理' } });
    expect((await byDoc('泰环罚〔2026〕11号'))!.publicityStatus).toBe('异议处理中');
    const skip = await act(caseNo, operator.authorization, { action: 'approve' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.code).toBe('INVALID_TRANSITION');

    const routed = await act(caseNo, operator.authorization, { action: 'route', note: '请核实罚款金额' });
    expect(routed.json()).toMatchObject({ status: 'with_department', deadline: '2026-12-10', department: '泰安市生态环境局' });
    const inbox = await app.inject({ method: 'GET', url: '/api/v1/cases?open=true', headers: { authorization: ecology.authorization } });
    expect(inbox.json().items).toEqual([expect.objectContaining({ caseNo, routed: true })]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/cases', headers: { authorization: market.authorization } })).json().total).toBe(
      0,
    );
    expect((await act(caseNo, operator.authorization, { action: 'decide', outcome: 'upheld', note: 'x' })).statusCode).toBe(409);

    const noFields = await act(caseNo, ecology.authorization, { action: 'decide', outcome: 'corrected' });
    expect(noFields.json().error.message).toBe('请填写更正或补充后的字段内容');
    const decided = await act(caseNo, ecology.authorization, {
      action: 'decide',
      outcome: 'corrected',
      note: '经核实罚款金额录入有误，已更正',
      corrections: { CF_NR_FK: '1', CF_NR: '罚款1万元' },
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'decided', outcome: 'corrected', outcomeLabel: '信息已更正', actions: [] });
    expect((await latestAudit(db, 1))[0]).toMatchObject({ action: 'case.transition', details: { action: 'decide', outcome: 'corrected' } });

    const now = (await byDoc('泰环罚〔2026〕11号'))!;
    expect(decided.json().recordId).toBe(now.id); // the case follows the record to its corrected version
    expect(now.id).not.toBe(record.id);
    expect(now.publicityStatus).toBe('公示中');
    expect(now.fields.find((f) => f.code === 'CF_NR')!.value).toBe('罚款1万元');
    const verify = await app.inject({ method: 'GET', url: `/api/v1/reports/${report.reportNo}/verify` });
    expect(verify.json().status).toBe('superseded');

    const progress = await app.inject({ method: 'GET', url: `/api/v1/objections/${caseNo}?code=${CODE.toLowerCase()}` });
    expect(progress.statusCode).toBe(200);
    expect(progress.json()).toMatchObject({
      status: 'decided',
      statusLabel: '已办结',
      outcomeLabel: '信息已更正',
      outcomeNote: '经核实罚款金额录入有误，已更正',
    });
    expect(progress.json().steps.map((s: { label: string }) => s.label)).toEqual(['提交申请', '受理', '转交部门', '作出处理决定']);
    expect(JSON.stringify(progress.json())).not.toContain('王经理');
    const wrongCode = await app.inject({ method: 'GET', url: `/api/v1/objections/${caseNo}?code=91110000600037341L` });
    expect(wrongCode.statusCode).toBe(404);
  });
});

describe('credit repair', () => {
  it('says when a penalty becomes eligible and where market-regulation penalties are repaired', async () => {
    const early = (await byDoc('泰环罚〔2026〕12号'))!;
    expect(early.repairFrom).toBe('2027-02-02');
    const elig = await app.inject({ method: 'GET', url: `/api/v1/repairs/eligibility?subject=${CODE}&recordId=${early.id}` });
    expect(elig.json()).toMatchObject({ eligible: false, from: '2027-02-02', message: '最短公示期未满，2027-02-02 起可申请信用修复' });
    const tooEarly = await app.inject({
      method: 'POST',
      url: '/api/v1/repairs',
      payload: {
        subject: CODE,
        recordId: early.id,
        description: '已缴纳罚款并完成整改。',
        applicant,
        commitment: true,
        evidence: [{ fileName: '缴款凭证.pdf', content: PDF }],
      },
    });
    expect(tooEarly.statusCode).toBe(422);
    expect(tooEarly.json().error.code).toBe('PUBLICITY_MINIMUM_NOT_REACHED');
    const market = (await byDoc('泰市监罚〔2026〕30号'))!;
    const elsewhere = await app.inject({
      method: 'POST',
      url: '/api/v1/repairs',
      payload: {
        subject: CODE,
        recordId: market.id,
        description: '已缴纳罚款并完成整改。',
        applicant,
        commitment: true,
        evidence: [{ fileName: 'a.pdf', content: PDF }],
      },
    });
    expect(elsewhere.json().error).toMatchObject({ code: 'REPAIR_ELSEWHERE', message: expect.stringContaining('www.gsxt.gov.cn') });
  });

  it('checks evidence by content, requires the commitment, and ends publicity on approval', async () => {
    const record = (await byDoc('泰环罚〔2026〕11号'))!;
    const report = (await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { subject: CODE } })).json();
    const base = {
      subject: CODE,
      recordId: record.id,
      description: '已缴纳罚款，完成除尘设施改造并通过验收。',
      applicant,
      commitment: true,
    };
    const fake = await app.inject({
      method: 'POST',
      url: '/api/v1/repairs',
      payload: { ...base, evidence: [{ fileName: '凭证.pdf', content: Buffer.from('not a pdf').toString('base64') }] },
    });
    expect(fake.json().error).toMatchObject({ code: 'INVALID_INPUT', message: '第 1 个文件“凭证.pdf”不是 PDF、JPG 或 PNG 文件' });
    const unsigned = await app.inject({
      method: 'POST',
      url: '/api/v1/repairs',
      payload: { ...base, commitment: false, evidence: [{ fileName: 'a.pdf', content: PDF }] },
    });
    expect(unsigned.json().error.message).toBe('请阅读并签署信用修复承诺书');
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/repairs',
      payload: { ...base, evidence: [{ fileName: '缴款凭证.pdf', content: PDF }] },
    });
    expect(filed.statusCode).toBe(201);
    const { caseNo } = filed.json();
    expect(filed.json()).toMatchObject({ caseNo: expect.stringMatching(/^XF20261201\d{4}$/), deadline: '2026-12-15' });

    const returned = await act(caseNo, operator.authorization, { action: 'return' });
    expect(returned.json().error.message).toBe('退回补正须填写说明');
    await act(caseNo, operator.authorization, { action: 'return', note: '请补充整改验收材料' });
    const lookup = await app.inject({ method: 'GET', url: `/api/v1/repairs/${caseNo}?code=${CODE}` });
    expect(lookup.json()).toMatchObject({
      status: 'returned',
      statusLabel: '需补正材料',
      steps: expect.arrayContaining([expect.objectContaining({ note: '请补充整改验收材料' })]),
    });
    const supplemented = await app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseNo}/supplement?code=${CODE}`,
      payload: { description: '补充验收报告', evidence: [{ fileName: '验收报告.pdf', content: PDF }] },
    });
    expect(supplemented.json()).toMatchObject({ status: 'submitted' });
    await act(caseNo, operator.authorization, { action: 'accept' });
    const full = await app.inject({ method: 'GET', url: `/api/v1/cases/${caseNo}`, headers: { authorization: operator.authorization } });
    expect(full.json().files.map((f: { fileName: string }) => f.fileName)).toEqual(['缴款凭证.pdf', '验收报告.pdf']);
    expect((await latestAudit(db, 1))[0]).toMatchObject({ action: 'case.read' });
    const file = await app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseNo}/files/${full.json().files[0].id}`,
      headers: { authorization: operator.authorization },
    });
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const approved = await act(caseNo, operator.authorization, { action: 'approve', note: '已纠正失信行为' });
    expect(approved.json()).toMatchObject({ status: 'approved', outcomeLabel: '同意修复，已停止公示' });
    expect(await byDoc('泰环罚〔2026〕11号')).toBeUndefined();
    expect((await app.inject({ method: 'GET', url: `/api/v1/reports/${report.reportNo}/verify` })).json().status).toBe('superseded');
    const { rows } = await db.query<{ topic: string; payload: { caseNo: string } }>(
      `SELECT topic, payload FROM outbox WHERE topic = 'credit.repair.approved'`,
    );
    expect(rows).toEqual([{ topic: 'credit.repair.approved', payload: expect.objectContaining({ caseNo }) }]);
    expect((await act(caseNo, operator.authorization, { action: 'reject', note: 'x' })).statusCode).toBe(409);
  });
});

describe('transitions outside the tables', () => {
  it('are refused through the API for every action a fresh objection does not allow', async () => {
    const complaint = await app.inject({
      method: 'POST',
      url: '/api/v1/complaints',
      payload: { subjectName: '泰安市测试商贸有限公司', description: '用于检查状态表的举报内容。', applicant },
    });
    const no = complaint.json().caseNo;
    for (const action of ['accept', 'return', 'resubmit', 'decide', 'approve', 'reject', 'conclude', 'reopen', 'delete']) {
      const res = await act(no, operator.authorization, { action, note: '说明', outcome: 'substantiated', department: 'scjgj' });
      expect(res.statusCode, action).toBe(409);
      expect(res.json().error.code, action).toBe('INVALID_TRANSITION');
    }
    const { rows } = await db.query<{ status: string }>('SELECT status FROM credit_cases WHERE case_no = $1', [no]);
    expect(rows[0]!.status).toBe('submitted');
    await act(no, operator.authorization, { action: 'dismiss', note: '举报内容不属于失信行为' });
    for (const action of ['route', 'dismiss', 'conclude'])
      expect((await act(no, operator.authorization, { action, note: 'x', department: 'scjgj' })).statusCode).toBe(409);
  });
});

describe('complaints and the overview', () => {
  it('routes a complaint to the competent department, concludes it, and counts overdue cases', async () => {
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/complaints',
      payload: { subjectName: '泰安市某某建材经营部', description: '该经营部长期拖欠供货款并拒不履行判决。', applicant },
    });
    expect(filed.statusCode).toBe(201);
    const { caseNo, queryCode } = filed.json();
    expect(queryCode).toMatch(/^\d{6}$/);
    expect((await act(caseNo, operator.authorization, { action: 'route' })).json().error.message).toBe('请选择承办部门');
    const routed = await act(caseNo, operator.authorization, { action: 'route', department: 'scjgj' });
    expect(routed.json()).toMatchObject({ status: 'with_department', department: '泰安市市场监督管理局', deadline: '2026-12-22' });
    const concluded = await act(caseNo, market.authorization, {
      action: 'conclude',
      outcome: 'substantiated',
      note: '已立案查处',
      reward: true,
    });
    expect(concluded.json()).toMatchObject({ status: 'concluded', outcomeLabel: '举报属实，已依法处理', request: { reward: true } });
    const progress = await app.inject({ method: 'GET', url: `/api/v1/complaints/${caseNo}?code=${queryCode}` });
    expect(progress.json()).toMatchObject({ statusLabel: '已办结', outcomeNote: '已立案查处' });

    const overview = await app.inject({ method: 'GET', url: '/api/v1/cases/overview', headers: { authorization: operator.authorization } });
    expect(overview.statusCode).toBe(200);
    expect(overview.json().totals).toEqual({ open: 0, overdue: 0 });

    // An objection left at the platform past its deadline shows as overdue in the overview and the inbox.
    const late = (await byDoc('泰环罚〔2026〕12号'))!;
    const objection = await app.inject({
      method: 'POST',
      url: '/api/v1/objections',
      payload: { subject: CODE, recordId: late.id, grounds: 'duplicate', description: '同一决定已在其他栏目公示。', applicant },
    });
    await db.query(`UPDATE credit_cases SET received_on = '2026-11-20', deadline = '2026-11-25' WHERE case_no = $1`, [
      objection.json().caseNo,
    ]);
    const later = (
      await app.inject({ method: 'GET', url: '/api/v1/cases/overview', headers: { authorization: operator.authorization } })
    ).json();
    expect(later.totals).toEqual({ open: 1, overdue: 1 });
    expect(later.departments).toContainEqual(expect.objectContaining({ code: 'sthjj', kind: 'objection', open: 1, overdue: 1 }));
    const overdue = await app.inject({
      method: 'GET',
      url: '/api/v1/cases?overdue=true',
      headers: { authorization: operator.authorization },
    });
    expect(overdue.json().items).toEqual([expect.objectContaining({ caseNo: objection.json().caseNo, overdue: true })]);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/cases/overview', headers: { authorization: ecology.authorization } })).statusCode,
    ).toBe(403);
  });
});
