import { describe, expect, it } from 'vitest';
import { apiClientFor, createTestApp, latestAudit, signInAs } from '../../../test/app';
import { fixedClock } from '../../shared/clock';
import { SYSTEM_PRINCIPAL } from '../auth';
import { submitBatch } from './intake.service';

const { app, db } = await createTestApp({ now: '2026-12-01T04:00:00Z' });
const ctx = { db, principal: SYSTEM_PRINCIPAL, clock: fixedClock('2026-12-01T04:00:00Z') };

const PENALTY_HEADER =
  '行政相对人名称,行政相对人类别,行政相对人代码_1（统一社会信用代码）,证件类型,证件号码,法定代表人,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关,所属领域,当前状态';

function csv(rows: string[]): Buffer {
  return Buffer.from([PENALTY_HEADER, ...rows].join('\n'));
}

const company = (doc: string, date: string, extra: { fine?: string; sector?: string; status?: string; name?: string } = {}) =>
  `${extra.name ?? '泰安市宏达建材有限公司'},法人及非法人组织,91350100M000100Y43,,,王建国,${doc},违反食品安全管理规定,经营超过保质期的食品,《中华人民共和国食品安全法》第一百二十四条,罚款,罚款${extra.fine ?? '0.2'}万元,${extra.fine ?? '0.2'},${date},泰安市市场监督管理局,${extra.sector ?? ''},${extra.status ?? ''}`;

async function record(doc: string) {
  const { rows } = await db.query<{
    id: number;
    version: number;
    status: string;
    is_public: boolean;
    rule_version: string;
    repair_from: string;
    publicity_end: string;
    receipt_working_days: number;
    fields: Record<string, string>;
  }>(`SELECT * FROM credit_records WHERE doc_no = $1 AND is_current`, [doc]);
  return rows;
}

describe('submitBatch (penalties)', () => {
  it('stores canonical values and the publicity window of the rule in force on the decision date', async () => {
    const res = await submitBatch(ctx, {
      department: 'scjgj',
      source: {
        buffer: csv([company('泰市监罚〔2026〕1号', '2026/11/20', { sector: '食品' }), company('泰市监罚〔2022〕9号', '2022-03-01')]),
        filename: 'penalties.csv',
      },
      origin: 'cli',
    });
    expect(res).toMatchObject({ status: 'completed', item: 'XZCF', accepted: 2, rejected: 0 });
    const [recent] = await record('泰市监罚〔2026〕1号');
    expect(recent).toMatchObject({
      rule_version: '2023-58',
      repair_from: '2027-11-20',
      publicity_end: '2029-11-20',
      is_public: true,
      version: 1,
    });
    expect(recent!.fields.CF_JDRQ).toBe('2026-11-20');
    expect(recent!.fields.CF_NR_FK).toBe('0.2');
    expect(recent!.receipt_working_days).toBe(7);
    const [old] = await record('泰市监罚〔2022〕9号');
    expect(old).toMatchObject({ rule_version: '2019-527', repair_from: '2022-06-01', publicity_end: '2023-03-01', status: 'expired' });
  });

  it('changes nothing when the same file comes again', async () => {
    const res = await submitBatch(ctx, {
      department: '泰安市市场监督管理局',
      source: {
        buffer: csv([company('泰市监罚〔2026〕1号', '2026/11/20', { sector: '食品' }), company('泰市监罚〔2022〕9号', '2022-03-01')]),
      },
      origin: 'cli',
    });
    expect(res).toMatchObject({ accepted: 0, updated: 0, unchanged: 2 });
    expect(await record('泰市监罚〔2026〕1号')).toHaveLength(1);
  });

  it('stores a correction as a new version and a revocation as withdrawn at once', async () => {
    const corrected = await submitBatch(ctx, {
      department: 'scjgj',
      source: { buffer: csv([company('泰市监罚〔2026〕1号', '2026/11/20', { sector: '食品', fine: '0.3' })]) },
      origin: 'cli',
    });
    expect(corrected).toMatchObject({ updated: 1 });
    const [v2] = await record('泰市监罚〔2026〕1号');
    expect(v2).toMatchObject({ version: 2, status: 'normal' });
    expect(v2!.fields.CF_NR_FK).toBe('0.3');
    const revoked = await submitBatch(ctx, {
      department: 'scjgj',
      source: { buffer: csv([company('泰市监罚〔2026〕1号', '2026/11/20', { sector: '食品', fine: '0.3', status: '撤销' })]) },
      origin: 'cli',
    });
    expect(revoked).toMatchObject({ updated: 1, revoked: 1 });
    const [v3] = await record('泰市监罚〔2026〕1号');
    expect(v3).toMatchObject({ version: 3, status: 'revoked' });
    const all = await db.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM credit_records WHERE doc_no = '泰市监罚〔2026〕1号'`);
    expect(all.rows[0]!.n).toBe(3);
  });

  it("keeps a natural person's penalty out of public view", async () => {
    const res = await submitBatch(ctx, {
      department: 'scjgj',
      source: {
        buffer: csv([
          '李秀英,自然人,,身份证,11010519491231002X,,泰市监罚〔2026〕7号,无证经营,未取得营业执照从事经营,《无证无照经营查处办法》第十三条,警告,警告,,2026/11/25,泰安市市场监督管理局,,',
        ]),
      },
      origin: 'cli',
    });
    expect(res).toMatchObject({ accepted: 1 });
    const [r] = await record('泰市监罚〔2026〕7号');
    expect(r!.is_public).toBe(false);
    const subject = await db.query<{ kind: string }>(
      `SELECT s.kind FROM credit_records r JOIN subjects s ON s.id = r.subject_id WHERE r.id = $1`,
      [r!.id],
    );
    expect(subject.rows[0]!.kind).toBe('natural_person');
  });

  it('flags a name that differs from the known one, and a failing check character, for review', async () => {
    const res = await submitBatch(ctx, {
      department: 'scjgj',
      source: {
        buffer: csv([
          company('泰市监罚〔2026〕11号', '2026/11/26', { name: '泰安宏达建材公司' }),
          '厦门云上晴空航空科技有限公司,法人及非法人组织,91350211M0000XUF46,,,孙七,泰市监罚〔2026〕12号,违反广告管理规定,发布虚假广告,《中华人民共和国广告法》第五十五条,罚款,罚款1万元,1,2026/11/26,泰安市市场监督管理局,,',
        ]),
      },
      origin: 'cli',
    });
    expect(res).toMatchObject({ accepted: 2, flagged: 2 });
    const items = await db.query<{ kind: string; details: Record<string, string> }>(
      `SELECT kind, details FROM review_items WHERE batch_id = $1 ORDER BY kind`,
      [res.id],
    );
    expect(items.rows).toEqual([
      { kind: 'checksum', details: { code: '91350211M0000XUF46' } },
      { kind: 'name_conflict', details: { known: '泰安市宏达建材有限公司', submitted: '泰安宏达建材公司' } },
    ]);
  });
});

describe('POST /api/v1/intake/batches', () => {
  const body = { item: 'XZCF', records: [{ CF_XDR_MC: '泰安市宏达建材有限公司' }] };

  it('answers 401 without credentials', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/intake/batches', payload: body });
    expect(res.statusCode).toBe(401);
  });

  it('answers 400 for an empty record list', async () => {
    const { authorization } = await apiClientFor(db, 'scjgj');
    const res = await app.inject({ method: 'POST', url: '/api/v1/intake/batches', headers: { authorization }, payload: { records: [] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'INVALID_INPUT', message: '请求内容无效：records 至少提交一条记录' });
  });

  it('answers 403 for a role that may not submit', async () => {
    const { authorization } = await signInAs(db, ['auditor']);
    const res = await app.inject({ method: 'POST', url: '/api/v1/intake/batches', headers: { authorization }, payload: body });
    expect(res.statusCode).toBe(403);
  });

  it('takes JSON records from a department API client, with per-row results and an audit trail', async () => {
    const { authorization } = await apiClientFor(db, 'scjgj');
    const records = [
      {
        CF_XDR_MC: '泰安市宏达建材有限公司',
        CF_XDR_SHXYM: '91350100M000100Y43',
        CF_WSH: '泰市监罚〔2026〕21号',
        CF_WFXW: '违反价格管理规定',
        CF_SY: '未明码标价',
        CF_YJ: '《中华人民共和国价格法》第四十二条',
        CF_CFLB: '警告',
        CF_NR: '警告',
        CF_JDRQ: '2026-11-27',
        CF_CFJG: '泰安市市场监督管理局',
      },
      { CF_XDR_MC: '坏数据', CF_WSH: '泰市监罚〔2026〕22号', CF_JDRQ: '2026-02-30' },
    ];
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/intake/batches',
      headers: { authorization },
      payload: { item: 'XZCF', records },
    });
    expect(res.statusCode).toBe(201);
    const batch = res.json();
    expect(batch).toMatchObject({ status: 'completed', item: 'XZCF', department: 'scjgj', counts: { accepted: 1, rejected: 1 } });
    const detail = await app.inject({
      method: 'GET',
      url: `/api/v1/intake/batches/${batch.id}?status=rejected`,
      headers: { authorization },
    });
    const [rejected] = detail.json().results.items;
    expect(rejected.row).toBe(2);
    expect(rejected.errors).toContainEqual({
      field: 'CF_JDRQ',
      fieldName: '处罚决定日期',
      code: 'INVALID_DATE',
      message: '「处罚决定日期」不是有效日期：2026-02-30',
    });
    const report = await app.inject({
      method: 'GET',
      url: `/api/v1/intake/batches/${batch.id}/rejections.csv`,
      headers: { authorization },
    });
    expect(report.headers['content-type']).toContain('text/csv');
    expect(report.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(report.body).toContain('2,处罚决定日期,INVALID_DATE');
    expect((await latestAudit(db, 1))[0]?.action).toBe('intake.read');
  });

  it("hides another department's batch", async () => {
    const mine = await apiClientFor(db, 'scjgj');
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/intake/batches',
      headers: { authorization: mine.authorization },
      payload: body,
    });
    const other = await apiClientFor(db, 'swj');
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/intake/batches/${created.json().id}`,
      headers: { authorization: other.authorization },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('data quality', () => {
  it('lists the review queue and resolves a name conflict by renaming the subject, keeping the old name', async () => {
    const { authorization } = await signInAs(db, ['platform_operator']);
    const anon = await app.inject({ method: 'GET', url: '/api/v1/review/items' });
    expect(anon.statusCode).toBe(401);
    const dept = await signInAs(db, ['dept_operator'], 'scjgj');
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/review/items', headers: { authorization: dept.authorization } })).statusCode,
    ).toBe(403);
    const list = await app.inject({ method: 'GET', url: '/api/v1/review/items', headers: { authorization } });
    expect(list.statusCode).toBe(200);
    const conflict = list.json().items.find((i: { kind: string }) => i.kind === 'name_conflict');
    expect(conflict).toMatchObject({ subject: { name: '泰安市宏达建材有限公司' }, details: { submitted: '泰安宏达建材公司' } });
    const bad = await app.inject({
      method: 'POST',
      url: `/api/v1/review/items/${conflict.id}/resolve`,
      headers: { authorization },
      payload: { action: 'correct' },
    });
    expect(bad.statusCode).toBe(400);
    const ok = await app.inject({
      method: 'POST',
      url: `/api/v1/review/items/${conflict.id}/resolve`,
      headers: { authorization },
      payload: { action: 'correct', name: '泰安市宏达新型建材有限公司' },
    });
    expect(ok.json()).toEqual({ id: conflict.id, status: 'corrected' });
    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/review/items/${conflict.id}/resolve`,
      headers: { authorization },
      payload: { action: 'accept' },
    });
    expect(again.statusCode).toBe(409);
    const subject = await app.inject({ method: 'GET', url: '/api/v1/subjects/91350100M000100Y43' });
    expect(subject.json().name).toBe('泰安市宏达新型建材有限公司');
    expect(subject.json().formerNames.map((n: { name: string }) => n.name)).toContain('泰安市宏达建材有限公司');
    expect((await latestAudit(db, 1))[0]).toMatchObject({ action: 'review.resolve' });
  });

  it('reports per-department figures with rejections by reason and 7-working-day timeliness', async () => {
    const { authorization } = await signInAs(db, ['platform_operator']);
    const res = await app.inject({ method: 'GET', url: '/api/v1/stats/intake', headers: { authorization } });
    expect(res.statusCode).toBe(200);
    const scjgj = res.json().departments.find((d: { code: string }) => d.code === 'scjgj');
    expect(scjgj.submitted).toBeGreaterThan(5);
    expect(scjgj.rejectedByReason.INVALID_DATE).toBeGreaterThanOrEqual(1);
    expect(scjgj.flagged).toBeGreaterThanOrEqual(2);
    // 2026-11-20 → 7 working days, 2026-11-25..27 → within; the 2022 decision → far too late.
    expect(scjgj.timeliness.due).toBeGreaterThan(scjgj.timeliness.onTime);
    expect(scjgj.timeliness.onTime).toBeGreaterThan(0);
  });
});

describe('GET /api/v1/catalog/{item}/template', () => {
  it('serves a CSV template whose headers import as the item, with the required columns marked', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/catalog/XZCF/template.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('行政处罚信息-报送模板.csv'));
    const header = res.body.replace(/^\ufeff/, '').split(/\r?\n/)[0]!;
    expect(header).toContain('*行政相对人名称');
    const batch = await submitBatch(ctx, {
      department: 'scjgj',
      source: { buffer: res.rawPayload, filename: 'template.csv' },
      origin: 'cli',
    });
    expect(batch).toMatchObject({ status: 'completed', item: 'XZCF', total: 1 });
  });

  it('serves an XLSX template and answers 404 for an unknown item', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/catalog/XZXK/template.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await app.inject({ method: 'GET', url: '/api/v1/catalog/NOPE/template.xlsx' })).statusCode).toBe(404);
  });
});
