import crypto from 'node:crypto';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { apiClientFor, createTestApp, latestAudit, signInAs } from '../../../test/app';
import type { Db } from '../../db/db';
import ExcelJS from '../../shared/exceljs';
import { SYSTEM_PRINCIPAL } from '../auth';
import { findDepartment } from '../auth';
import { makeResidentId, makeUscc, seededRandom } from '../codes/generate';
import { submitBatch } from '../intake/intake.service';
import { findOrCreateSubject } from '../subjects';
import { classifyRow, planBatchColumns, runBatchCheck } from './checks.batch';
import { verifyReceipt, type SignedReceipt } from './checks.signing';

const { app, db, clock } = await createTestApp({ now: '2026-12-01T04:00:00Z' });
const system = { db, principal: SYSTEM_PRINCIPAL, clock };
const rand = seededRandom(11);
const LISTED = makeUscc({ rand });
const CLEAN = makeUscc({ rand });
const UNKNOWN = makeUscc({ rand });
const TWIN_A = makeUscc({ rand });
const TWIN_B = makeUscc({ rand });
const PERSON = makeResidentId({ birthDate: '1980-05-12', rand });
const good = makeUscc({ rand });
// A code whose only fault is its check character: kept by the platform, still looked up.
const BAD_CHECK = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
const good2 = makeUscc({ rand });
const BAD_CHECK_UNKNOWN = good2.slice(0, 17) + (good2[17] === '0' ? '1' : '0');

// 国家税务总局泰安市税务局 lists 泰安市宏达建材有限公司 (重大税收违法失信主体) through intake.
await submitBatch(system, {
  department: 'swj',
  item: 'ZDSSWF',
  origin: 'cli',
  source: {
    buffer: Buffer.from(
      [
        'ZTMC,TYSHXYDM,AJXZ,LRYY,RDYJ,JDWSH,LRRQ,YXQZ,RDBM',
        `泰安市宏达建材有限公司,${LISTED},虚开增值税专用发票,虚开增值税专用发票,《中华人民共和国税收征收管理法》第六十三条,泰税稽罚〔2026〕1号,2026-06-01,,国家税务总局泰安市税务局`,
      ].join('\n'),
    ),
  },
});
for (const [code, name] of [
  [CLEAN, '泰安市清源食品有限公司'],
  [TWIN_A, '泰安市瑞丰商贸有限公司'],
  [TWIN_B, '瑞丰商贸有限责任公司'],
  [PERSON, '王建国'],
  [BAD_CHECK, '泰安市岱宗物流有限公司'],
] as const) {
  await db.transaction((tx) => findOrCreateSubject(tx, { code, name }));
}

const finance = await apiClientFor(db, 'czj');
const approval = await apiClientFor(db, 'sps');
const operator = await signInAs(db, ['platform_operator']);
const auditor = await signInAs(db, ['auditor']);

function multipart(file: Buffer, filename: string, fields: Record<string, string>) {
  const boundary = '----xinyongBatchCheck5c3ad1';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function post(auth: string | undefined, file: Buffer, filename: string, fields: Record<string, string>) {
  const body = multipart(file, filename, fields);
  return app.inject({
    method: 'POST',
    url: '/api/v1/checks/batches',
    headers: { ...body.headers, ...(auth ? { authorization: auth } : {}) },
    payload: body.payload,
  });
}

// One subject per row; 备注 is ignored. Row numbers are the spreadsheet's (header = 1).
const MIXED: string[][] = [
  ['序号', '统一社会信用代码', '主体名称', '备注'],
  ['1', LISTED, '泰安市宏达建材有限公司', ''], // 2: listed
  ['2', CLEAN, '', ''], // 3: not listed
  ['3', UNKNOWN, '', ''], // 4: unknown code
  ['4', 'ABC123', '', ''], // 5: invalid code
  ['5', PERSON, '', ''], // 6: natural person, masked
  ['6', '', '清源食品有限责任公司', ''], // 7: exact name after normalisation, unique
  ['7', '', '瑞丰商贸有限公司', ''], // 8: two subjects share the normalised name
  ['8', '', '', '待补充'], // 9: neither code nor name
  ['9', BAD_CHECK, '', ''], // 10: check character wrong, subject known
  ['10', BAD_CHECK_UNKNOWN, '', ''], // 11: check character wrong, unknown
  ['11', '', '宏达建才有限公司', ''], // 12: a typo: fuzzy candidates
];
const csvText = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
const MIXED_CSV = Buffer.from(csvText(MIXED), 'utf8');

type ResultRow = Record<string, string>;
const resultRows = (csv: string): ResultRow[] => parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as ResultRow[];

async function results(auth: string, id: number) {
  return app.inject({ method: 'GET', url: `/api/v1/checks/batches/${id}/results.csv`, headers: { authorization: auth } });
}

describe('reading the file (pure)', () => {
  it('finds identifier and name columns by their usual headers, in order of preference', () => {
    expect(planBatchColumns(['序号', '主体名称', '统一社会信用代码'])).toEqual({ code: ['统一社会信用代码'], name: ['主体名称'] });
    expect(planBatchColumns(['证件号码', '名称', 'code'])).toEqual({ code: ['证件号码', 'code'], name: ['名称'] });
    expect(planBatchColumns(['行政相对人代码_1（统一社会信用代码）', '行政相对人名称'])).toEqual({
      code: ['行政相对人代码_1（统一社会信用代码）'],
      name: ['行政相对人名称'],
    });
    expect(planBatchColumns(['Subject', ' Name '])).toEqual({ code: ['Subject'], name: [' Name '] });
  });

  it('looks a checksum failure up with a note, refuses other malformed codes and too short names', () => {
    const plan = { code: ['代码'], name: ['名称'] };
    const today = new Date('2026-12-01T00:00:00Z');
    expect(classifyRow({ rowNo: 2, values: { 代码: BAD_CHECK } }, plan, today)).toMatchObject({
      by: 'code',
      notes: [expect.stringMatching(/^代码校验位不正确/)],
    });
    expect(classifyRow({ rowNo: 3, values: { 代码: '12345' } }, plan, today)).toMatchObject({
      by: 'error',
      message: expect.stringMatching(/^代码无效：/),
    });
    expect(classifyRow({ rowNo: 4, values: { 名称: '泰安市' } }, plan, today)).toMatchObject({ by: 'name', key: '泰安市' });
    expect(classifyRow({ rowNo: 5, values: { 名称: '（泰）' } }, plan, today)).toMatchObject({ by: 'error' });
    expect(classifyRow({ rowNo: 6, values: {}, error: { code: 'CELL_TOO_LONG', message: '太长' } }, plan, today)).toMatchObject({
      by: 'error',
      message: '本行无法读取：太长',
    });
  });
});

describe('POST /api/v1/checks/batches', () => {
  it('401 without credentials', async () => {
    const res = await post(undefined, MIXED_CSV, 'list.csv', { scenario: 'gov_procurement', caseNo: 'CG-B-1' });
    expect(res.statusCode).toBe(401);
  });

  it('400 with the field and the exact message', async () => {
    const res = await post(finance.authorization, MIXED_CSV, 'list.csv', { scenario: 'gov_procurement' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'INVALID_INPUT',
      message: '请求内容无效：caseNo 请填写审批事项编号（案号）',
      details: [{ field: 'caseNo', message: '请填写审批事项编号（案号）' }],
    });
    const columns = await post(finance.authorization, Buffer.from('序号,备注\n1,x\n'), 'list.csv', {
      scenario: 'gov_procurement',
      caseNo: 'CG-B-1',
    });
    expect(columns.statusCode).toBe(400);
    expect(columns.json().error).toMatchObject({
      code: 'MISSING_COLUMNS',
      message: '文件中没有主体代码列（统一社会信用代码、证件号码、代码）或主体名称列（主体名称、名称）',
    });
    const empty = await post(finance.authorization, Buffer.from('统一社会信用代码\n'), 'list.csv', {
      scenario: 'gov_procurement',
      caseNo: 'CG-B-1',
    });
    expect(empty.json().error).toMatchObject({ code: 'INVALID_INPUT', message: '文件中没有待核查的数据行（表头之后没有内容）' });
    const future = await post(finance.authorization, MIXED_CSV, 'list.csv', {
      scenario: 'gov_procurement',
      caseNo: 'CG-B-1',
      checkDate: '2026-12-02',
    });
    expect(future.json().error).toMatchObject({ code: 'INVALID_INPUT', message: '核查日期不能晚于今天' });
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM check_batches');
    expect(rows[0]!.n).toBe(0);
  });

  it('403 for roles that do not run checks', async () => {
    const res = await post(auditor.authorization, MIXED_CSV, 'list.csv', { scenario: 'gov_procurement', caseNo: 'CG-B-1' });
    expect(res.statusCode).toBe(403);
  });

  it('answers every row of a mixed file, stores one check per row and audits the batch once', async () => {
    const before = (await latestAudit(db, 1))[0]!.seq;
    const res = await post(finance.authorization, MIXED_CSV, '供应商名单.csv', { scenario: 'gov_procurement', caseNo: 'CG-B-2' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      receiptNo: expect.stringMatching(/^HC20261201\d{6}$/),
      status: 'completed',
      department: { code: 'czj' },
      scenario: { code: 'gov_procurement', name: '政府采购' },
      caseNo: 'CG-B-2',
      checkDate: '2026-12-01',
      fileName: '供应商名单.csv',
      fileSha256: crypto.createHash('sha256').update(MIXED_CSV).digest('hex'),
      counts: { total: 11, hit: 1, clear: 4, notFound: 1, candidates: 2, error: 3 },
      receipt: { algorithm: 'Ed25519' },
      resultsUrl: `/api/v1/checks/batches/${body.id}/results.csv`,
      replayed: false,
    });
    // Rows that could not be checked are stored as errors and are not counted as checks.
    const { rows: byOutcome } = await db.query<{ outcome: string; n: number }>(
      'SELECT outcome, count(*)::int AS n FROM credit_checks WHERE batch_id = $1 GROUP BY outcome ORDER BY outcome',
      [body.id],
    );
    expect(Object.fromEntries(byOutcome.map((r) => [r.outcome, r.n]))).toEqual({ candidates: 2, clear: 4, error: 3, hit: 1, not_found: 1 });

    const csv = await results(finance.authorization, body.id);
    expect(csv.statusCode).toBe(200);
    expect((await latestAudit(db, 1))[0]).toMatchObject({ action: 'check.read', details: { rows: 11 } });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = resultRows(csv.body);
    expect(Object.keys(rows[0]!)).toEqual([
      '行号',
      '输入代码',
      '输入名称',
      '主体名称',
      '统一社会信用代码',
      '核查结果',
      '名单',
      '适用措施',
      '说明',
    ]);
    const byRow = Object.fromEntries(rows.map((r) => [r['行号'], r]));
    expect(rows.map((r) => r['行号'])).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);

    expect(byRow['2']).toMatchObject({ 主体名称: '泰安市宏达建材有限公司', 统一社会信用代码: LISTED, 核查结果: '有名单' });
    expect(byRow['2']!['名单']).toBe('重大税收违法失信主体（泰税稽罚〔2026〕1号）');
    expect(byRow['2']!['适用措施']).toMatch(/ZFCG-2016-1 /);
    expect(byRow['2']!['说明']).toMatch(/^核查日该主体有 1 条失信类名单在有效期内；本部门在“政府采购”场景适用 \d+ 项惩戒措施。$/);
    expect(byRow['3']).toMatchObject({ 主体名称: '泰安市清源食品有限公司', 核查结果: '无名单', 名单: '', 适用措施: '' });
    expect(byRow['4']).toMatchObject({ 核查结果: '未收录', 主体名称: '', 说明: '平台未收录该代码；请核对代码是否正确。' });
    expect(byRow['5']).toMatchObject({ 输入代码: 'ABC123', 核查结果: '错误', 说明: expect.stringMatching(/^代码无效：.*，未核查$/) });
    const masked = `${PERSON.slice(0, 6)}********${PERSON.slice(-4)}`;
    expect(byRow['6']).toMatchObject({ 输入代码: masked, 主体名称: '王建国', 统一社会信用代码: masked, 核查结果: '无名单' });
    expect(csv.body).not.toContain(PERSON);
    expect(byRow['7']).toMatchObject({ 主体名称: '泰安市清源食品有限公司', 统一社会信用代码: CLEAN, 核查结果: '无名单' });
    expect(byRow['7']!['说明']).toMatch(/^名称规范化后唯一匹配；/);
    expect(byRow['8']).toMatchObject({ 核查结果: '候选', 主体名称: '' });
    expect(byRow['8']!['说明']).toMatch(/^名称规范化后匹配到 2 个主体/);
    expect(byRow['8']!['说明']).toContain(TWIN_A);
    expect(byRow['8']!['说明']).toContain(TWIN_B);
    expect(byRow['9']).toMatchObject({ 核查结果: '错误', 说明: '未填写主体代码或名称' });
    expect(byRow['10']).toMatchObject({ 主体名称: '泰安市岱宗物流有限公司', 核查结果: '无名单' });
    expect(byRow['10']!['说明']).toMatch(/^代码校验位不正确.*仍按所填代码查询；核查日该主体不在任何有效名单中/);
    expect(byRow['11']).toMatchObject({ 核查结果: '错误', 说明: expect.stringMatching(/^代码校验位不正确.*平台未收录该代码，请核对$/) });
    expect(byRow['12']).toMatchObject({ 核查结果: '候选' });
    expect(byRow['12']!['说明']).toContain(`泰安市宏达建材有限公司（${LISTED}）`);

    const { rows: stored } = await db.query<{
      outcome: string;
      subject_id: number;
      receipt_no: string;
      measure_count: number;
      signature: string | null;
    }>('SELECT outcome, subject_id, receipt_no, measure_count, signature FROM credit_checks WHERE batch_id = $1 ORDER BY receipt_no', [
      body.id,
    ]);
    expect(stored).toHaveLength(11);
    expect(stored[0]).toMatchObject({ outcome: 'hit', receipt_no: `${body.receiptNo}-00000002`, signature: null });
    expect(stored[0]!.measure_count).toBeGreaterThan(0);
    expect(stored.filter((r) => r.subject_id > 0)).toHaveLength(5);

    const events = (await latestAudit(db, 20)).filter((e) => e.seq > before);
    // The batch is audited once (not per row); downloading its results is audited as a read.
    expect(events.map((e) => e.action)).toEqual(['check.read', 'check.batch']);
    expect(events[1]).toMatchObject({
      actor_kind: 'api_client',
      details: { caseNo: 'CG-B-2', counts: { total: 11, hit: 1, clear: 4, notFound: 1, candidates: 2, error: 3 } },
    });
  });

  it('signs the results file: the receipt verifies with the published key and the downloaded CSV', async () => {
    const res = await post(finance.authorization, MIXED_CSV, 'list.csv', { scenario: 'bidding', caseNo: 'ZB-B-1' });
    const body = res.json();
    const csv = await results(finance.authorization, body.id);
    const keys = (await app.inject({ method: 'GET', url: '/api/v1/checks/keys' })).json();
    const key = keys.find((k: { keyId: string }) => k.keyId === body.receipt.keyId);
    const receipt = body.receipt as SignedReceipt;
    expect(crypto.createHash('sha256').update(csv.rawPayload).digest('hex')).toBe(receipt.answerHash);
    expect(body.resultsSha256).toBe(receipt.answerHash);
    expect(verifyReceipt(key.publicKeyPem, receipt, csv.body)).toBe(true);
    expect(verifyReceipt(key.publicKeyPem, receipt, csv.body.replace('有名单', '无名单'))).toBe(false);
    expect(verifyReceipt(key.publicKeyPem, { ...receipt, requestHash: '0'.repeat(64) })).toBe(false);
    const { sha256Hex } = await import('./checks.signing');
    const request = { department: 'czj', scenario: 'bidding', caseNo: 'ZB-B-1', checkDate: '2026-12-01', fileSha256: body.fileSha256 };
    expect(sha256Hex(request)).toBe(receipt.requestHash);
    const summary = await app.inject({
      method: 'GET',
      url: `/api/v1/checks/batches/${body.id}`,
      headers: { authorization: finance.authorization },
    });
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({ id: body.id, receipt, counts: body.counts, replayed: false });
  });

  it('returns the earlier batch to an identical retry', async () => {
    const fields = { scenario: 'fiscal_funds', caseNo: 'ZJ-B-1' };
    const first = await post(finance.authorization, MIXED_CSV, 'list.csv', fields);
    const again = await post(finance.authorization, MIXED_CSV, 'list-again.csv', fields);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.json().id, receipt: first.json().receipt, replayed: true, fileName: 'list.csv' });
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM credit_checks c JOIN check_batches b ON b.id = c.batch_id WHERE b.case_no = 'ZJ-B-1'`,
    );
    expect(rows[0]!.n).toBe(11);
    // Another case number is another batch.
    const other = await post(finance.authorization, MIXED_CSV, 'list.csv', { ...fields, caseNo: 'ZJ-B-2' });
    expect(other.statusCode).toBe(201);
    expect(other.json().id).not.toBe(first.json().id);
  });

  it('reads GBK CSV and XLSX files like UTF-8 CSV', async () => {
    const utf8 = await post(finance.authorization, MIXED_CSV, 'list.csv', { scenario: 'awards', caseNo: 'PY-1' });
    const expected = resultRows((await results(finance.authorization, utf8.json().id)).body);

    const gbk = await post(finance.authorization, iconv.encode(csvText(MIXED), 'gbk'), 'list-gbk.csv', {
      scenario: 'awards',
      caseNo: 'PY-2',
    });
    expect(gbk.statusCode).toBe(201);
    expect(resultRows((await results(finance.authorization, gbk.json().id)).body)).toEqual(expected);

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('名单');
    for (const r of MIXED) sheet.addRow(r.map((c, i) => (i === 0 && c !== '序号' ? Number(c) : c)));
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await post(finance.authorization, xlsx, 'list.xlsx', { scenario: 'awards', caseNo: 'PY-3' });
    expect(res.statusCode).toBe(201);
    expect(res.json().counts).toEqual(utf8.json().counts);
    expect(resultRows((await results(finance.authorization, res.json().id)).body)).toEqual(expected);
  });
});

describe('OpenAPI', () => {
  it('documents the three batch routes in Chinese', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.paths['/api/v1/checks/batches'].post.summary).toBe('批量信用核查');
    expect(doc.paths['/api/v1/checks/batches/{id}'].get.summary).toBe('批量核查结果摘要');
    expect(doc.paths['/api/v1/checks/batches/{id}/results.csv'].get.summary).toBe('下载批量核查结果（CSV）');
  });
});

describe('GET /api/v1/checks/batches/{id}', () => {
  it('shows a batch to its department and the platform operator only; others get 404', async () => {
    const res = await post(finance.authorization, MIXED_CSV, 'list.csv', { scenario: 'financing', caseNo: 'RZ-1' });
    const { id } = res.json();
    const url = `/api/v1/checks/batches/${id}`;
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const other = await app.inject({ method: 'GET', url, headers: { authorization: approval.authorization } });
    expect(other.statusCode).toBe(404);
    expect(other.json().error).toEqual({ code: 'NOT_FOUND', message: `批量核查不存在：${id}` });
    expect((await results(approval.authorization, id)).statusCode).toBe(404);
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/checks/batches/${id + 1000}`, headers: { authorization: finance.authorization } }))
        .statusCode,
    ).toBe(404);
    const op = await app.inject({ method: 'GET', url, headers: { authorization: operator.authorization } });
    expect(op.statusCode).toBe(200);
    expect(op.json()).toMatchObject({ id, department: { code: 'czj' }, status: 'completed' });
    expect((await app.inject({ method: 'GET', url, headers: { authorization: auditor.authorization } })).statusCode).toBe(403);
  });

  it('keeps each row a check of its own: readable and open to feedback like a single check', async () => {
    const res = await post(finance.authorization, MIXED_CSV, 'list.csv', { scenario: 'gov_procurement', caseNo: 'CG-B-9' });
    const { rows } = await db.query<{ id: number }>(`SELECT id FROM credit_checks WHERE batch_id = $1 AND outcome = 'hit'`, [
      res.json().id,
    ]);
    const check = await app.inject({
      method: 'GET',
      url: `/api/v1/checks/${rows[0]!.id}`,
      headers: { authorization: finance.authorization },
    });
    expect(check.statusCode).toBe(200);
    expect((await latestAudit(db, 1))[0]).toMatchObject({ action: 'check.read', actor_kind: 'api_client' });
    const body = check.json();
    expect(body).toMatchObject({
      outcome: 'hit',
      caseNo: 'CG-B-9',
      checkDate: '2026-12-01',
      scenario: { code: 'gov_procurement', name: '政府采购' },
      department: { code: 'czj', name: '泰安市财政局' },
      subject: { code: LISTED },
      receipt: null,
    });
    const feedback = await app.inject({
      method: 'POST',
      url: `/api/v1/checks/${rows[0]!.id}/feedback`,
      headers: { authorization: finance.authorization },
      payload: { decision: 'rejected', measures: body.measures.map((m: { code: string }) => ({ code: m.code, applied: true })) },
    });
    expect(feedback.statusCode).toBe(200);
  });
});

describe('interrupted batches', () => {
  it('finishes a batch cut off after its first chunk when the same file is sent again, storing no row twice', async () => {
    const dept = (await findDepartment(db, 'czj'))!;
    const principal = {
      kind: 'api_client' as const,
      id: 1,
      name: '财政局接口',
      roles: ['dept_operator' as const],
      departmentCode: 'czj',
      departmentId: dept.id,
    };
    let calls = 0;
    const crashing: Db = {
      ...db,
      transaction: (fn) => {
        // The second chunk's transaction fails as if the process died.
        if (++calls === 2) return Promise.reject(new Error('connection lost'));
        return db.transaction(fn);
      },
    };
    const input = { source: { buffer: MIXED_CSV, filename: 'list.csv' }, scenario: 'land_transfer' as const, caseNo: 'TD-1', chunkRows: 4 };
    await expect(runBatchCheck({ db: crashing, principal, clock }, input)).rejects.toThrow('connection lost');
    const { rows: partial } = await db.query<{ id: number; total: number; signature: string | null }>(
      `SELECT id, total, signature FROM check_batches WHERE case_no = 'TD-1'`,
    );
    expect(partial).toEqual([{ id: expect.any(Number), total: 4, signature: null }]);

    const done = await runBatchCheck({ db, principal, clock }, input);
    expect(done).toMatchObject({ id: partial[0]!.id, status: 'completed', counts: { total: 11 }, replayed: false });
    const { rows } = await db.query<{ n: number; distinct_rows: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT receipt_no)::int AS distinct_rows FROM credit_checks WHERE batch_id = $1`,
      [done.id],
    );
    expect(rows[0]).toEqual({ n: 11, distinct_rows: 11 });
    const csv = await results(finance.authorization, done.id);
    expect(crypto.createHash('sha256').update(csv.rawPayload).digest('hex')).toBe(done.receipt!.answerHash);
    const again = await runBatchCheck({ db, principal, clock }, input);
    expect(again).toMatchObject({ id: done.id, replayed: true, receipt: done.receipt });
  });
});
