/**
 * The bad-input suite (issue 3, item 9): malformed files and rows a department may send. Each case
 * asserts the exact error — code, Chinese message, row number and field of every rejected row — and that
 * the good rows around the bad one still land (intake_results and credit_records). Inputs are built inline.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from '../../shared/exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClientFor, createTestApp, signInAs, type TestApp } from '../../../test/app';
import { fixedClock } from '../../shared/clock';
import { SYSTEM_PRINCIPAL, type Ctx } from '../auth';
import { makeResidentId, makeUscc, residentIdCheckChar, seededRandom } from '../codes';
import { rejectionReport } from './intake.report';
import { submitBatch, type BatchSummary, type IntakeInput } from './intake.service';

const NOW = '2026-12-01T04:00:00Z'; // 2026-12-01 12:00 in China: the batches' "today"
const MiB = 1024 * 1024;

let t: TestApp;
let ctx: Ctx;
const rand = seededRandom(20261201);
let seq = 0;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  ctx = { db: t.db, principal: SYSTEM_PRINCIPAL, clock: fixedClock(NOW) };
});

// ---------------------------------------------------------------------------------------------
// Inputs

type Row = Record<string, string>;

/** Current-standard (v2) licence headers, as a department exports them in Chinese. */
const XK = [
  '行政相对人名称',
  '行政相对人类别',
  '统一社会信用代码',
  '证件号码',
  '行政许可决定文书名称',
  '行政许可决定文书号',
  '许可类别',
  '许可内容',
  '许可决定日期',
  '有效期自',
  '有效期至',
  '许可机关',
];

/** Current-standard penalty headers. */
const CF = [
  '行政相对人名称',
  '统一社会信用代码',
  '行政处罚决定书文号',
  '违法行为类型',
  '违法事实',
  '处罚依据',
  '处罚类别',
  '处罚内容',
  '罚款金额（万元）',
  '处罚决定日期',
  '处罚机关',
];

const uscc = (category = '1') => makeUscc({ category, rand });
/** A resident ID number of 泰山区 born on `ymd` (YYYYMMDD), with a correct check character, real date or not. */
const residentId = (ymd: string) => {
  const first17 = `370902${ymd}${String(100 + Math.floor(rand() * 900))}`;
  return first17 + residentIdCheckChar(first17);
};

/** A valid licence row of 泰安市市场监督管理局; every call a new subject and document number. */
function licence(o: Row = {}): Row {
  const n = ++seq;
  return {
    行政相对人名称: `泰安测试${n}商贸有限公司`,
    行政相对人类别: '法人及非法人组织',
    统一社会信用代码: uscc(),
    证件号码: '',
    行政许可决定文书名称: '准予行政许可决定书',
    行政许可决定文书号: `泰市监许〔2026〕${n}号`,
    许可类别: '普通',
    许可内容: '食品经营许可',
    许可决定日期: '2026/11/20',
    有效期自: '2026/11/20',
    有效期至: '2031/11/19',
    许可机关: '泰安市市场监督管理局',
    ...o,
  };
}

/** A valid penalty row of 泰安市市场监督管理局. */
function penalty(o: Row = {}): Row {
  const n = ++seq;
  return {
    行政相对人名称: `泰安测试${n}餐饮有限公司`,
    统一社会信用代码: uscc(),
    行政处罚决定书文号: `泰市监罚〔2026〕${n}号`,
    违法行为类型: '经营超过保质期的食品',
    违法事实: '当事人经营超过保质期的食品',
    处罚依据: '《中华人民共和国食品安全法》第一百二十四条',
    处罚类别: '罚款',
    处罚内容: '罚款5000元',
    '罚款金额（万元）': '0.5',
    处罚决定日期: '2026/11/10',
    处罚机关: '泰安市市场监督管理局',
    ...o,
  };
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csvLine = (cells: readonly string[]) => cells.map(quote).join(',');
/** CSV text (CRLF) with these headers; a row's missing keys are empty cells. */
const csv = (headers: readonly string[], rows: readonly Row[]) =>
  [csvLine(headers), ...rows.map((r) => csvLine(headers.map((h) => r[h] ?? '')))].join('\r\n') + '\r\n';
const utf8 = (headers: readonly string[], rows: readonly Row[]) => Buffer.from(csv(headers, rows), 'utf8');

function submit(source: IntakeInput['source'], o: { department?: string; item?: string; chunkSize?: number } = {}): Promise<BatchSummary> {
  return submitBatch(ctx, {
    department: o.department ?? 'scjgj',
    item: o.item,
    source,
    origin: 'cli',
    ...(o.chunkSize ? { chunkSize: o.chunkSize } : {}),
  });
}
const submitCsv = (buffer: Buffer, o: Parameters<typeof submit>[1] = {}, filename = 'export.csv') => submit({ buffer, filename }, o);

// ---------------------------------------------------------------------------------------------
// Outcomes

interface Issue {
  field: string | null;
  fieldName: string | null;
  code: string;
  message: string;
}
const issue = (field: string | null, fieldName: string | null, code: string, message: unknown): Issue =>
  ({ field, fieldName, code, message }) as Issue;

interface ResultRow {
  row_no: number;
  status: string;
  record_id: number | null;
  errors: Issue[];
  warnings: Issue[];
}
interface StoredRecord {
  id: number;
  row_no: number;
  subject_id: number;
  doc_no: string | null;
  fields: Record<string, string>;
  is_public: boolean;
  status: string;
  publicity_end: string | Date | null;
}

async function resultsOf(batchId: number): Promise<ResultRow[]> {
  const { rows } = await t.db.query<ResultRow>(
    'SELECT row_no, status, record_id, errors, warnings FROM intake_results WHERE batch_id = $1 ORDER BY row_no',
    [batchId],
  );
  return rows;
}

async function recordsOf(batchId: number): Promise<StoredRecord[]> {
  const { rows } = await t.db.query<StoredRecord>(
    `SELECT id, row_no, subject_id, doc_no, fields, is_public, status, publicity_end FROM credit_records
     WHERE batch_id = $1 AND is_current ORDER BY row_no`,
    [batchId],
  );
  return rows;
}

const LANDED = 'landed' as const;

/**
 * The batch completed, and its rows are exactly these: a landed row is `accepted` in intake_results and
 * stored as the current credit record of its row; a rejected row has exactly these errors (all of them,
 * in order: code, message, field code and field name). The summary's counts agree.
 */
async function expectRows(summary: BatchSummary, expected: Record<number, typeof LANDED | Issue[]>): Promise<StoredRecord[]> {
  expect(summary.error).toBeUndefined();
  expect(summary.status).toBe('completed');
  const results = await resultsOf(summary.id);
  const records = await recordsOf(summary.id);
  const want = Object.entries(expected).map(([row, e]) => ({ row: Number(row), e }));
  expect(results.map((r) => r.row_no)).toEqual(want.map((w) => w.row));
  for (const { row, e } of want) {
    const result = results.find((r) => r.row_no === row)!;
    if (e === LANDED) {
      expect(result, `row ${row}`).toMatchObject({ status: 'accepted', errors: [] });
      const record = records.find((r) => r.row_no === row);
      expect(record, `record of row ${row}`).toBeDefined();
      expect(result.record_id).toBe(record!.id);
    } else {
      expect(result.status, `row ${row}`).toBe('rejected');
      expect(result.errors, `errors of row ${row}`).toEqual(e);
      expect(records.find((r) => r.row_no === row)).toBeUndefined();
    }
  }
  const landed = want.filter((w) => w.e === LANDED).length;
  expect(records).toHaveLength(landed);
  expect(summary).toMatchObject({ total: want.length, accepted: landed, rejected: want.length - landed, updated: 0, unchanged: 0 });
  return records;
}

/** A batch that could not be read at all: failed with this error, and nothing of it was stored. */
async function expectFailed(summary: BatchSummary, code: string, message: string): Promise<void> {
  expect(summary.status).toBe('failed');
  expect(summary.error).toEqual({ code, message });
  expect(summary.total).toBe(0);
  expect(await resultsOf(summary.id)).toEqual([]);
  expect(await recordsOf(summary.id)).toEqual([]);
  const { rows } = await t.db.query<{ status: string; error: unknown }>('SELECT status, error FROM intake_batches WHERE id = $1', [
    summary.id,
  ]);
  expect(rows[0]).toEqual({ status: 'failed', error: { code, message } });
}

const countBatches = async () => Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM intake_batches')).rows[0]!.n);

// ---------------------------------------------------------------------------------------------
// HTTP

function multipartBody(file: Buffer, filename: string, contentType: string, fields: Record<string, string> = {}) {
  const boundary = '----xinyongBadInput7MA4YWxkTrZu0gW';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

// ---------------------------------------------------------------------------------------------
// Archives

/** A zip archive (deflate) of these entries, with a correct central directory. */
function zipOf(entries: { name: string; data: Buffer }[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = deflateRawSync(e.data);
    const crc = crc32(e.data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(packed.length, 18);
    lh.writeUInt32LE(e.data.length, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(packed.length, 20);
    ch.writeUInt32LE(e.data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    local.push(lh, name, packed);
    central.push(ch, name);
    offset += lh.length + name.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, eocd]);
}

async function xlsxOf(headers: readonly string[], rows: readonly Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('行政许可');
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// =============================================================================================

describe('intake: bad input', () => {
  describe('encoding and file shape', () => {
    it('a GBK file whose name and charset claim UTF-8 is detected as GB18030 and read correctly', async () => {
      const client = await apiClientFor(t.db, 'scjgj');
      const rows = [
        licence({ 行政相对人名称: '泰安市岱岳区粮油店（普通合伙）' }),
        licence({ 许可类别: '特别许可' }),
        licence({ 许可内容: '食品经营许可：预包装食品销售' }),
      ];
      const body = multipartBody(iconv.encode(csv(XK, rows), 'gbk'), 'export-utf8.csv', 'text/csv; charset=utf-8', { item: 'XZXK' });
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/intake/batches',
        headers: { ...body.headers, authorization: client.authorization },
        payload: body.payload,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ status: 'completed', format: 'csv', encoding: 'gb18030', filename: 'export-utf8.csv' });
      const id = res.json<{ id: number }>().id;
      const batch = await t.app.inject({
        method: 'GET',
        url: `/api/v1/intake/batches/${id}`,
        headers: { authorization: client.authorization },
      });
      expect(batch.json<{ results: { items: unknown[] } }>().results.items).toEqual([
        { row: 2, status: 'accepted', recordId: expect.any(Number), errors: [], warnings: [] },
        {
          row: 3,
          status: 'rejected',
          recordId: null,
          errors: [
            issue(
              'XK_XKLB',
              '许可类别',
              'INVALID_CODE',
              '「许可类别」的值「特别许可」不在代码表中（可选：普通、特许、认可、核准、登记、其他）',
            ),
          ],
          warnings: [],
        },
        { row: 4, status: 'accepted', recordId: expect.any(Number), errors: [], warnings: [] },
      ]);
      const records = await recordsOf(id);
      expect(records.map((r) => [r.row_no, r.fields.XK_XDR_MC, r.fields.XK_NR])).toEqual([
        [2, '泰安市岱岳区粮油店（普通合伙）', '食品经营许可'],
        [4, rows[2]!['行政相对人名称'], '食品经营许可：预包装食品销售'],
      ]);
    });

    // Was a bug in intake.readers.ts (detectEncoding trusted a UTF-8 BOM without checking the bytes after it,
    // so a GBK body was decoded into U+FFFD garbage); fixed there while this suite was written.
    it('a UTF-8 BOM in front of GBK bytes still reads as GB18030 (encoding detected, not declared)', async () => {
      const headers = ['XK_XDR_MC', 'XK_XDR_SHXYM', 'XK_XKWS', 'XK_WSH', 'XK_XKLB', 'XK_NR', 'XK_JDRQ', 'XK_XKJG'];
      const row = (name: string): Row => ({
        XK_XDR_MC: name,
        XK_XDR_SHXYM: uscc(),
        XK_XKWS: '准予行政许可决定书',
        XK_WSH: `TSJ-XK-2026-${++seq}`,
        XK_XKLB: '01',
        XK_NR: '食品经营许可',
        XK_JDRQ: '2026/11/20',
        XK_XKJG: '泰安市市场监督管理局',
      });
      const file = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        iconv.encode(csv(headers, [row('泰安市泰山区老街烧饼店'), row('泰安乙公司')]), 'gbk'),
      ]);
      const summary = await submitCsv(file);
      const records = await expectRows(summary, { 2: LANDED, 3: LANDED });
      expect(records.map((r) => r.fields.XK_XDR_MC)).toEqual(['泰安市泰山区老街烧饼店', '泰安乙公司']);
      const { rows } = await t.db.query<{ encoding: string }>('SELECT encoding FROM intake_batches WHERE id = $1', [summary.id]);
      expect(rows[0]!.encoding).toBe('gb18030');
    });

    it('a GBK row inside a UTF-8 file (after the detection sample) is rejected as garbled, never stored', async () => {
      // 22 rows of 1,000 Chinese characters (3 bytes each in UTF-8) push the odd row beyond the 64 KB sample.
      const before = Array.from({ length: 22 }, () => licence({ 许可内容: '食'.repeat(1000) }));
      const odd = licence({
        行政相对人类别: '',
        行政相对人名称: '泰安市泰山区老街烧饼店',
        许可类别: '01',
        许可内容: '小餐饮登记',
        行政许可决定文书名称: 'XKJDS',
      });
      odd['行政许可决定文书号'] = `TSJ-XK-2026-${seq}`;
      odd['许可机关'] = 'TAAN-SCJGJ';
      const after = licence();
      const file = Buffer.concat([
        Buffer.from(csv(XK, before), 'utf8'),
        iconv.encode(csvLine(XK.map((h) => odd[h] ?? '')) + '\r\n', 'gbk'),
        Buffer.from(csvLine(XK.map((h) => after[h] ?? '')) + '\r\n', 'utf8'),
      ]);
      expect(file.length).toBeGreaterThan(64 * 1024 + 2000);
      const garbled = (field: string, name: string) =>
        issue(
          field,
          name,
          'INVALID_ENCODING',
          `「${name}」含乱码（无法识别的字符），文件编码可能有误，请另存为 UTF-8 或 GBK 编码后重新提交`,
        );
      const expected: Record<number, typeof LANDED | Issue[]> = {};
      for (let row = 2; row <= 23; row++) expected[row] = LANDED;
      expected[24] = [garbled('XK_XDR_MC', '行政相对人名称'), garbled('XK_NR', '许可内容')];
      expected[25] = LANDED;
      const summary = await submitCsv(file);
      await expectRows(summary, expected);
      const { rows } = await t.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM credit_records WHERE batch_id = $1 AND fields::text LIKE '%' || chr(65533) || '%'`,
        [summary.id],
      );
      expect(Number(rows[0]!.n)).toBe(0);
    });

    it('a truncated CSV (a quote never closed) keeps the rows before it and rejects the rest as TRUNCATED', async () => {
      const good = [licence(), licence()];
      const broken = csvLine(XK.map((h) => licence()[h] ?? '')).replace('食品经营许可', '"食品经营许可，未完');
      const summary = await submitCsv(Buffer.from(csv(XK, good) + broken + '\r\n' + csvLine(XK.map((h) => licence()[h] ?? '')) + '\r\n'));
      await expectRows(summary, {
        2: LANDED,
        3: LANDED,
        4: [issue(null, null, 'TRUNCATED', '第 4 行起的引号没有闭合，文件在此被截断或格式错误，此后内容无法读取')],
      });
    });

    it('an empty file (0 bytes) fails the batch with EMPTY_FILE and stores nothing', async () => {
      await expectFailed(await submitCsv(Buffer.alloc(0)), 'EMPTY_FILE', '文件为空（0 字节）');
    });

    it('a file of only a BOM and blank lines fails with EMPTY_FILE', async () => {
      await expectFailed(await submitCsv(Buffer.from('\uFEFF \r\n\r\n', 'utf8')), 'EMPTY_FILE', '文件没有内容（只有空白或字节顺序标记）');
    });

    it('a header-only file is a completed batch of 0 rows', async () => {
      const summary = await submitCsv(Buffer.from(csvLine(XK) + '\r\n'));
      expect(summary).toMatchObject({ status: 'completed', item: 'XZXK', total: 0, accepted: 0, rejected: 0, warnings: [] });
      await expectRows(summary, {});
    });

    it('duplicate headers give a DUPLICATE_HEADER warning; the first column is read and the rows land', async () => {
      const headers = [...XK, '许可内容'];
      const rows = [licence(), licence({ 许可类别: '核准' })].map((r) => ({ ...r }));
      const text = [csvLine(headers), ...rows.map((r) => csvLine([...XK.map((h) => r[h] ?? ''), '第二列的内容']))].join('\r\n');
      const summary = await submitCsv(Buffer.from(text));
      expect(summary.warnings).toEqual([{ code: 'DUPLICATE_HEADER', message: '列「许可内容」重复，只读取第一列' }]);
      const records = await expectRows(summary, { 2: LANDED, 3: LANDED });
      expect(records.map((r) => [r.fields.XK_NR, r.fields.XK_XKLB])).toEqual([
        ['食品经营许可', '普通'],
        ['食品经营许可', '核准'],
      ]);
    });

    it('a missing required column fails the batch with MISSING_COLUMNS naming each column', async () => {
      const headers = XK.filter((h) => h !== '许可内容' && h !== '许可决定日期');
      const summary = await submitCsv(utf8(headers, [licence(), licence()]));
      await expectFailed(summary, 'MISSING_COLUMNS', '缺少必填列：许可内容、许可决定日期');
    });

    it("the wrong item's headers (penalty columns with item XZXK forced) fail with MISSING_COLUMNS", async () => {
      const summary = await submitCsv(utf8(CF, [penalty()]), { item: 'XZXK' });
      expect(summary.item).toBe('XZXK');
      await expectFailed(
        summary,
        'MISSING_COLUMNS',
        '缺少必填列：行政许可决定文书名称、行政许可决定文书号、许可类别、许可内容、许可决定日期、许可机关',
      );
    });

    it('row numbers are those Excel shows: a quoted line break stays in its row, blank lines count', async () => {
      const [h, r2, r3, r5, r6] = [
        csvLine(XK),
        csvLine(XK.map((k) => licence()[k] ?? '')),
        csvLine(XK.map((k) => licence({ 许可内容: '食品经营许可\n（含网络经营）' })[k] ?? '')),
        csvLine(XK.map((k) => licence()[k] ?? '')),
        csvLine(XK.map((k) => licence({ 许可决定日期: '二〇二六年十一月' })[k] ?? '')),
      ];
      const summary = await submitCsv(Buffer.from([h, r2, r3, '', r5, r6, ''].join('\r\n')));
      const records = await expectRows(summary, {
        2: LANDED,
        3: LANDED,
        5: LANDED,
        6: [issue('XK_JDRQ', '许可决定日期', 'INVALID_DATE', '「许可决定日期」不是有效日期：二〇二六年十一月')],
      });
      expect(records[1]!.fields.XK_NR).toBe('食品经营许可\n（含网络经营）');
    });

    it('an XLSX workbook: a text date that does not exist is rejected at its sheet row, the rows around land', async () => {
      const file = await xlsxOf(XK, [licence(), licence({ 有效期自: '2026/02/30' }), licence()]);
      await expectRows(await submit({ buffer: file, filename: '许可.xlsx' }), {
        2: LANDED,
        3: [issue('XK_YXQZ', '有效期自', 'INVALID_DATE', '「有效期自」不是有效日期：2026/02/30')],
        4: LANDED,
      });
    });

    it('a zip bomb disguised as XLSX fails with ZIP_BOMB before anything is inflated or written', async () => {
      const sheet = Buffer.alloc(64 * MiB, 0x20);
      const file = zipOf([
        {
          name: '[Content_Types].xml',
          data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        },
        { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: sheet },
      ]);
      const packed = deflateRawSync(sheet).length;
      expect(file.length).toBeLessThan(MiB);
      const summary = await submit({ buffer: file, filename: '行政许可.xlsx' });
      await expectFailed(
        summary,
        'ZIP_BOMB',
        `XLSX 文件中的 xl/worksheets/sheet1.xml 压缩比过高（${(packed / MiB).toFixed(1)} MB 解压为 64.0 MB），疑似压缩炸弹，已拒绝读取`,
      );
      const { rows } = await t.db.query<{ format: string | null; item_code: string | null }>(
        'SELECT format, item_code FROM intake_batches WHERE id = $1',
        [summary.id],
      );
      expect(rows[0]).toEqual({ format: null, item_code: null });
    });

    it('a .xlsx that is not a zip at all fails with XLSX_INVALID', async () => {
      const summary = await submit({ buffer: utf8(XK, [licence()]), filename: '行政许可.xlsx' });
      await expectFailed(summary, 'XLSX_INVALID', '文件不是有效的 XLSX 工作簿（找不到 ZIP 目录），请用 Excel 另存为 .xlsx 后重新提交');
    });

    it('JSONL with a broken line: that line is rejected as JSON_INVALID, the other lines land', async () => {
      const lines = [
        JSON.stringify(licence()),
        '{"行政相对人名称": "泰安坏行公司", ',
        JSON.stringify(licence()),
        '',
        JSON.stringify(licence()),
      ];
      const summary = await submit({ buffer: Buffer.from(lines.join('\n')), filename: 'xk.jsonl' });
      await expectRows(summary, {
        1: LANDED,
        2: [issue(null, null, 'JSON_INVALID', expect.stringMatching(/^第 2 行不是有效的 JSON：.+/))],
        3: LANDED,
        5: LANDED,
      });
    });

    it('a JSON array with non-object elements: each is rejected by its position, the objects land', async () => {
      const summary = await submit({
        buffer: Buffer.from(JSON.stringify([licence(), 42, '泰安', null, [licence()], licence()])),
        filename: 'xk.json',
      });
      await expectRows(summary, {
        1: LANDED,
        2: [issue(null, null, 'JSON_INVALID', '第 2 个元素不是对象（是 number），每条记录应为一个对象')],
        3: [issue(null, null, 'JSON_INVALID', '第 3 个元素不是对象（是 string），每条记录应为一个对象')],
        4: [issue(null, null, 'JSON_INVALID', '第 4 个元素不是对象（是 null），每条记录应为一个对象')],
        5: [issue(null, null, 'JSON_INVALID', '第 5 个元素不是对象（是 数组），每条记录应为一个对象')],
        6: LANDED,
      });
    });

    it('JSON records over the API with a non-object element: that record is rejected, the others land', async () => {
      const client = await apiClientFor(t.db, 'scjgj');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/intake/batches',
        headers: { authorization: client.authorization },
        payload: { item: 'XZXK', records: [licence(), 'not a record', licence()] },
      });
      expect(res.statusCode).toBe(201);
      const id = res.json<{ id: number }>().id;
      const results = await resultsOf(id);
      expect(results.map((r) => [r.row_no, r.status, r.errors])).toEqual([
        [1, 'accepted', []],
        [2, 'rejected', [issue(null, null, 'JSON_INVALID', '第 2 条记录不是对象')]],
        [3, 'accepted', []],
      ]);
      expect((await recordsOf(id)).map((r) => r.row_no)).toEqual([1, 3]);
    });
  });

  describe('cell values', () => {
    it('dates that do not exist (2026/02/30, 20261301) are INVALID_DATE on their field', async () => {
      const summary = await submitCsv(
        utf8(XK, [licence(), licence({ 许可决定日期: '2026/02/30' }), licence({ 有效期至: '20261301' }), licence()]),
      );
      await expectRows(summary, {
        2: LANDED,
        3: [issue('XK_JDRQ', '许可决定日期', 'INVALID_DATE', '「许可决定日期」不是有效日期：2026/02/30')],
        4: [issue('XK_YXQZI', '有效期至', 'INVALID_DATE', '「有效期至」不是有效日期：20261301')],
        5: LANDED,
      });
    });

    it('swapped validity dates are INVALID_RANGE; 2099/12/31 means no expiry', async () => {
      const summary = await submitCsv(
        utf8(XK, [
          licence({ 有效期自: '2026/11/20', 有效期至: '2099/12/31' }),
          licence({ 有效期自: '2031/11/19', 有效期至: '2026/11/20' }),
          licence({ 有效期自: '20261120', 有效期至: '2026-11-21' }),
        ]),
      );
      const records = await expectRows(summary, {
        2: LANDED,
        3: [issue('XK_YXQZI', '有效期至', 'INVALID_RANGE', '「有效期至」2026-11-20 早于「有效期自」2031-11-19')],
        4: LANDED,
      });
      expect(records[0]!.publicity_end).toBeNull();
      expect(records[1]!.fields).toMatchObject({ XK_YXQZ: '2026-11-20', XK_YXQZI: '2026-11-21' });
    });

    it('a decision date after today is FUTURE_DATE; today itself is fine', async () => {
      const summary = await submitCsv(
        utf8(XK, [licence({ 许可决定日期: '2026/12/01', 有效期自: '2026/12/01' }), licence({ 许可决定日期: '2026/12/02' }), licence()]),
      );
      await expectRows(summary, {
        2: LANDED,
        3: [issue('XK_JDRQ', '许可决定日期', 'FUTURE_DATE', '「许可决定日期」2026-12-02 晚于今天')],
        4: LANDED,
      });
    });

    it('a negative fine is NEGATIVE_AMOUNT on 罚款金额（万元）; words are INVALID_NUMBER', async () => {
      const summary = await submitCsv(
        utf8(CF, [
          penalty(),
          penalty({ '罚款金额（万元）': '-0.5' }),
          penalty({ '罚款金额（万元）': '五千' }),
          penalty({ '罚款金额（万元）': '1,200.50' }),
        ]),
      );
      const records = await expectRows(summary, {
        2: LANDED,
        3: [issue('CF_NR_FK', '罚款金额（万元）', 'NEGATIVE_AMOUNT', '「罚款金额（万元）」不能为负数：-0.5')],
        4: [issue('CF_NR_FK', '罚款金额（万元）', 'INVALID_NUMBER', '「罚款金额（万元）」应为数字：五千')],
        5: LANDED,
      });
      expect(records.map((r) => r.fields.CF_NR_FK)).toEqual(['0.5', '1200.5']);
    });

    it('an unknown code-table value is INVALID_CODE listing the allowed values', async () => {
      const summary = await submitCsv(utf8(CF, [penalty({ 处罚类别: '罚款；拘役' }), penalty({ 处罚类别: '罚款；没收违法所得' })]));
      await expectRows(summary, {
        2: [
          issue(
            'CF_CFLB',
            '处罚类别',
            'INVALID_CODE',
            '「处罚类别」的值「拘役」不在代码表中（可选：警告、通报批评、罚款、没收违法所得、没收非法财物、没收违法所得、没收非法财物（旧法类别）、' +
              '暂扣许可证件、降低资质等级、吊销许可证件、暂扣或者吊销许可证、暂扣或者吊销执照（旧法类别）、限制开展生产经营活动、责令停产停业、责令关闭、限制从业、行政拘留、其他）',
          ),
        ],
        3: LANDED,
      });
    });

    it('a blank (whitespace-only) required cell is REQUIRED', async () => {
      const summary = await submitCsv(utf8(XK, [licence({ 许可内容: ' \u3000 ' }), licence()]));
      await expectRows(summary, { 2: [issue('XK_NR', '许可内容', 'REQUIRED', '必填项「许可内容」为空')], 3: LANDED });
    });

    it('a 100 KB cell is refused by the reader (CELL_TOO_LONG); a 5,000-character one by the catalogue (TOO_LONG)', async () => {
      const summary = await submitCsv(
        utf8(XK, [licence(), licence({ 许可内容: '许'.repeat(100 * 1024) }), licence({ 许可内容: 'x'.repeat(5000) }), licence()]),
      );
      const results = await resultsOf(summary.id);
      expect(results.find((r) => r.row_no === 3)!.errors).toEqual([
        expect.objectContaining({ code: 'CELL_TOO_LONG', message: '“许可内容”列的内容长 102400 字符，超过上限 65536' }),
      ]);
      expect(results.find((r) => r.row_no === 4)!.errors).toEqual([issue('XK_NR', '许可内容', 'TOO_LONG', '「许可内容」超过 4000 个字符')]);
      expect(results.map((r) => [r.row_no, r.status])).toEqual([
        [2, 'accepted'],
        [3, 'rejected'],
        [4, 'rejected'],
        [5, 'accepted'],
      ]);
      expect((await recordsOf(summary.id)).map((r) => r.row_no)).toEqual([2, 5]);
      // The oversized text does not travel on into the rejection report.
      const report = await rejectionReport(t.db, summary.id);
      expect(report.rows).toBe(2);
      expect(report.csv.length).toBeLessThan(20_000);
    });

    // A reader error that knows its column (CELL_TOO_LONG) names the field like a validation error does.
    it('CELL_TOO_LONG names the field of the oversized cell (field code and name)', async () => {
      const summary = await submitCsv(utf8(XK, [licence({ 许可内容: '许'.repeat(100 * 1024) }), licence()]));
      await expectRows(summary, {
        2: [issue('XK_NR', '许可内容', 'CELL_TOO_LONG', '“许可内容”列的内容长 102400 字符，超过上限 65536')],
        3: LANDED,
      });
    });

    it('a prohibited column (血型): PROHIBITED_COLUMN warning, PROHIBITED_DATA on rows where it is filled', async () => {
      const headers = [...XK, '血型'];
      const summary = await submitCsv(utf8(headers, [licence(), { ...licence(), 血型: 'AB' }, licence({ 血型: '' })]));
      expect(summary.warnings).toEqual([{ code: 'PROHIBITED_COLUMN', message: '列「血型」属于禁止采集的信息，该列有内容的行已拒收' }]);
      const records = await expectRows(summary, {
        2: LANDED,
        3: [issue(null, null, 'PROHIBITED_DATA', '含禁止采集的信息「血型」（山东省社会信用条例第四十二条）')],
        4: LANDED,
      });
      for (const r of records) expect(JSON.stringify(r.fields)).not.toContain('血型');
    });
  });

  describe('identifiers and subjects', () => {
    it.each(['I', 'O', 'Z', 'S', 'V'])('a USCC containing %s is INVALID_IDENTIFIER naming the character', async (ch) => {
      const good = uscc();
      const bad = good.slice(0, 11) + ch + good.slice(12);
      const summary = await submitCsv(utf8(XK, [licence(), licence({ 统一社会信用代码: bad }), licence()]));
      await expectRows(summary, {
        2: LANDED,
        3: [
          issue(
            'XK_XDR_SHXYM',
            '行政相对人代码_1（统一社会信用代码）',
            'INVALID_IDENTIFIER',
            `「行政相对人代码_1（统一社会信用代码）」不是有效的统一社会信用代码：含非法字符 ${ch}（第12位）`,
          ),
        ],
        4: LANDED,
      });
    });

    it('a USCC with only a wrong check character is accepted and flagged for review, not rejected', async () => {
      const good = uscc();
      const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      const summary = await submitCsv(utf8(XK, [licence({ 统一社会信用代码: wrong })]));
      await expectRows(summary, { 2: LANDED });
      expect(summary.flagged).toBe(1);
      const { rows } = await t.db.query<{ kind: string; row_no: number }>('SELECT kind, row_no FROM review_items WHERE batch_id = $1', [
        summary.id,
      ]);
      expect(rows).toEqual([{ kind: 'checksum', row_no: 2 }]);
      const [result] = await resultsOf(summary.id);
      expect(result!.warnings).toEqual([
        issue(
          'XK_XDR_SHXYM',
          '行政相对人代码_1（统一社会信用代码）',
          'CHECKSUM',
          `「行政相对人代码_1（统一社会信用代码）」校验位不符（校验码错误：第18位应为 ${good[17]}，实为 ${wrong[17]}），已接收并转人工核查`,
        ),
      ]);
    });

    it('an ID number with an impossible birth date is INVALID_IDENTIFIER; a natural person lands, not public', async () => {
      const person = licence({
        行政相对人名称: '张三',
        行政相对人类别: '自然人',
        统一社会信用代码: '',
        证件号码: makeResidentId({ birthDate: '1985-06-15', rand }),
      });
      const bad = residentId('19900230');
      const summary = await submitCsv(
        utf8(XK, [person, licence({ 行政相对人名称: '李四', 行政相对人类别: '自然人', 统一社会信用代码: '', 证件号码: bad })]),
      );
      const records = await expectRows(summary, {
        2: LANDED,
        3: [issue('XK_XDR_ZJHM', '证件号码', 'INVALID_IDENTIFIER', '「证件号码」不是有效的身份证号码：出生日期无效：19900230')],
      });
      expect(records[0]!.is_public).toBe(false);
    });

    // Was a bug in intake.validate.ts (fixed there): the birth-date rule used the wall clock instead of the batch's clock.
    it("an ID number born after the batch's today is INVALID_IDENTIFIER, judged by the batch clock", async () => {
      const summary = await submitCsv(
        utf8(XK, [
          licence({ 行政相对人名称: '王五', 行政相对人类别: '自然人', 统一社会信用代码: '', 证件号码: residentId('20261203') }),
          licence({ 行政相对人名称: '赵六', 行政相对人类别: '自然人', 统一社会信用代码: '', 证件号码: residentId('20261130') }),
        ]),
      );
      await expectRows(summary, {
        2: [issue('XK_XDR_ZJHM', '证件号码', 'INVALID_IDENTIFIER', '「证件号码」不是有效的身份证号码：出生日期晚于今天：20261203')],
        3: LANDED,
      });
    });

    it('a natural person with a USCC is CATEGORY_MISMATCH', async () => {
      const summary = await submitCsv(utf8(XK, [licence(), licence({ 行政相对人名称: '孙七', 行政相对人类别: '自然人' })]));
      await expectRows(summary, {
        2: LANDED,
        3: [
          issue('XK_XDR_LB', '行政相对人类别', 'CATEGORY_MISMATCH', '「行政相对人类别」为「自然人」，与所填代码（统一社会信用代码）不符'),
        ],
      });
    });

    it('a row without any identifier is NO_SUBJECT_CODE', async () => {
      const summary = await submitCsv(utf8(XK, [licence({ 统一社会信用代码: '' }), licence()]));
      await expectRows(summary, {
        2: [
          issue(
            'XK_XDR_SHXYM',
            '行政相对人代码_1（统一社会信用代码）',
            'NO_SUBJECT_CODE',
            '缺少行政相对人代码：统一社会信用代码、身份证号码、工商注册号或组织机构代码至少填写一项',
          ),
        ],
        3: LANDED,
      });
    });

    it('个体工商户 rows: by 92 USCC (category given, blank or 个体户) and by the operator’s ID number all land', async () => {
      const withId = makeResidentId({ birthDate: '1975-03-08', rand });
      const summary = await submitCsv(
        utf8(XK, [
          licence({ 行政相对人名称: '泰山区红门路张记面馆', 行政相对人类别: '个体工商户', 统一社会信用代码: uscc('2') }),
          licence({ 行政相对人名称: '岱岳区粥店街道李记烟酒店', 行政相对人类别: '', 统一社会信用代码: uscc('2') }),
          licence({ 行政相对人名称: '新泰市青云街道王记五金店', 行政相对人类别: '个体户', 统一社会信用代码: uscc('2') }),
          licence({ 行政相对人名称: '肥城市赵记水果店', 行政相对人类别: '个体工商户', 统一社会信用代码: '', 证件号码: withId }),
          licence({ 行政相对人名称: '宁阳县无照小店', 行政相对人类别: '个体工商户', 统一社会信用代码: '' }),
        ]),
      );
      const records = await expectRows(summary, {
        2: LANDED,
        3: LANDED,
        4: LANDED,
        5: LANDED,
        6: [
          issue(
            'XK_XDR_SHXYM',
            '行政相对人代码_1（统一社会信用代码）',
            'NO_SUBJECT_CODE',
            '缺少行政相对人代码：统一社会信用代码、身份证号码、工商注册号或组织机构代码至少填写一项',
          ),
        ],
      });
      expect(records.map((r) => [r.fields.XK_XDR_LB, r.is_public])).toEqual([
        ['个体工商户', true],
        ['个体工商户', true],
        ['个体工商户', true],
        ['个体工商户', false],
      ]);
    });
  });

  describe('hostile text', () => {
    it('formula-injection text is stored unchanged and escaped with an apostrophe in the rejection report', async () => {
      const formula = "=CMD|' /C calc'!A0";
      const client = await apiClientFor(t.db, 'scjgj');
      const good = licence({ 行政相对人名称: formula, 许可内容: '+SUM(1,2)' });
      const bad = licence({ 行政相对人名称: formula, 许可类别: '@特许' });
      const body = multipartBody(utf8(XK, [good, bad, licence()]), 'xk.csv', 'text/csv');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/intake/batches',
        headers: { ...body.headers, authorization: client.authorization },
        payload: body.payload,
      });
      expect(res.statusCode).toBe(201);
      const id = res.json<{ id: number }>().id;
      const records = await recordsOf(id);
      expect(records.map((r) => r.row_no)).toEqual([2, 4]);
      expect(records[0]!.fields).toMatchObject({ XK_XDR_MC: formula, XK_NR: '+SUM(1,2)' });
      const { rows } = await t.db.query<{ name: string }>('SELECT name FROM subjects WHERE id = $1', [records[0]!.subject_id]);
      expect(rows[0]!.name).toBe(formula);
      expect((await resultsOf(id)).find((r) => r.row_no === 3)!.errors).toEqual([
        issue('XK_XKLB', '许可类别', 'INVALID_CODE', '「许可类别」的值「@特许」不在代码表中（可选：普通、特许、认可、核准、登记、其他）'),
      ]);
      const report = await t.app.inject({
        method: 'GET',
        url: `/api/v1/intake/batches/${id}/rejections.csv`,
        headers: { authorization: client.authorization },
      });
      expect(report.statusCode).toBe(200);
      expect(report.headers['content-type']).toBe('text/csv; charset=utf-8');
      const lines = report.body.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe(['行号', '字段', '错误代码', '错误说明', ...XK.map((h) => `原数据：${h}`)].join(','));
      expect(lines[1]).toBe(
        [
          '3',
          '许可类别',
          'INVALID_CODE',
          '「许可类别」的值「@特许」不在代码表中（可选：普通、特许、认可、核准、登记、其他）',
          `'${formula}`,
          ...XK.slice(1).map((h) => (h === '许可类别' ? "'@特许" : (bad[h] ?? ''))),
        ].join(','),
      );
      expect(lines.slice(2)).toEqual(['']);
    });

    it('HTML/script in a name is stored as given and returned as JSON data; no HTML page renders it', async () => {
      const name = '<script>alert("xss")</script><img src=x onerror=alert(1)>泰安<b>公司</b>';
      const row = licence({ 行政相对人名称: name });
      const summary = await submitCsv(utf8(XK, [row, licence({ 行政相对人名称: '<b>未闭合', 许可决定日期: '<i>' }), licence()]));
      const records = await expectRows(summary, {
        2: LANDED,
        3: [issue('XK_JDRQ', '许可决定日期', 'INVALID_DATE', '「许可决定日期」不是有效日期：<i>')],
        4: LANDED,
      });
      expect(records[0]!.fields.XK_XDR_MC).toBe(name);
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/subjects/${row['统一社会信用代码']}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.json<{ name: string }>().name).toBe(name);
      // The only server-rendered HTML page is the home page: it shows figures, never subject names.
      const home = await t.app.inject({ method: 'GET', url: '/' });
      expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(home.body).not.toContain('<script>alert');
      expect(home.body).not.toContain('onerror=alert');
    });

    it('SQL-looking strings are stored literally and the tables are still there', async () => {
      const name = "'); DROP TABLE subjects;--";
      const docNo = "泰市监许〔2026〕1' OR '1'='1";
      const summary = await submitCsv(
        utf8(XK, [
          licence({ 行政相对人名称: name, 行政许可决定文书号: docNo }),
          licence({ 许可内容: 'Robert"); DELETE FROM credit_records; --' }),
          licence({ 许可类别: "' OR 1=1 --" }),
        ]),
      );
      const records = await expectRows(summary, {
        2: LANDED,
        3: LANDED,
        4: [
          issue(
            'XK_XKLB',
            '许可类别',
            'INVALID_CODE',
            "「许可类别」的值「' OR 1=1 --」不在代码表中（可选：普通、特许、认可、核准、登记、其他）",
          ),
        ],
      });
      expect(records[0]).toMatchObject({ doc_no: docNo, fields: expect.objectContaining({ XK_XDR_MC: name, XK_WSH: docNo }) });
      expect(records[1]!.fields.XK_NR).toBe('Robert"); DELETE FROM credit_records; --');
      const { rows } = await t.db.query<{ name: string; n: string }>(
        'SELECT s.name, (SELECT count(*) FROM subjects) AS n FROM subjects s WHERE s.id = $1',
        [records[0]!.subject_id],
      );
      expect(rows[0]!.name).toBe(name);
      expect(Number(rows[0]!.n)).toBeGreaterThan(2);
    });
  });

  describe('duplicates and departments', () => {
    it('the same decision twice in one file is DUPLICATE_ROW naming the first row; the first version is kept', async () => {
      const first = licence();
      const summary = await submitCsv(utf8(XK, [first, licence(), { ...first }, { ...first, 许可内容: '食品经营许可（变更）' }]));
      const records = await expectRows(summary, {
        2: LANDED,
        3: LANDED,
        4: [issue(null, null, 'DUPLICATE_ROW', '与第 2 行是同一决定（决定文书号相同），本行未处理')],
        5: [issue(null, null, 'DUPLICATE_ROW', '与第 2 行是同一决定（决定文书号相同），本行未处理')],
      });
      expect(records[0]!.fields.XK_NR).toBe('食品经营许可');
      const { rows } = await t.db.query<{ n: string }>('SELECT count(*) AS n FROM credit_records WHERE doc_no = $1', [
        first['行政许可决定文书号'],
      ]);
      expect(Number(rows[0]!.n)).toBe(1);
    });

    // The first row was `unchanged` (its record came from an earlier batch) and its duplicate falls in a later
    // chunk: still DUPLICATE_ROW, whatever the chunk boundary.
    it('a duplicate in a later chunk of a row that was unchanged is still DUPLICATE_ROW', async () => {
      const first = licence();
      await expectRows(await submitCsv(utf8(XK, [first])), { 2: LANDED });
      const summary = await submitCsv(utf8(XK, [first, { ...first, 许可内容: '食品经营许可（变更）' }]), { chunkSize: 1 });
      const results = await resultsOf(summary.id);
      expect(results.map((r) => [r.row_no, r.status, r.errors])).toEqual([
        [2, 'unchanged', []],
        [3, 'rejected', [issue(null, null, 'DUPLICATE_ROW', '与第 2 行是同一决定（决定文书号相同），本行未处理')]],
      ]);
    });

    it('the same decision from two departments: the other department’s copy is AUTHORITY_MISMATCH', async () => {
      const decision = licence();
      await expectRows(await submitCsv(utf8(XK, [decision]), { department: 'scjgj' }), { 2: LANDED });
      const own = licence({ 许可机关: '国家税务总局泰安市税务局', 行政许可决定文书号: `泰税许〔2026〕${seq}号` });
      const summary = await submitCsv(utf8(XK, [decision, own]), { department: '国家税务总局泰安市税务局' });
      await expectRows(summary, {
        2: [
          issue(
            'XK_XKJG',
            '许可机关',
            'AUTHORITY_MISMATCH',
            '「许可机关」为 泰安市市场监督管理局，不是报送部门 国家税务总局泰安市税务局 作出的决定，应由该机关报送',
          ),
        ],
        3: LANDED,
      });
      const { rows } = await t.db.query<{ department_code: string }>('SELECT department_code FROM credit_records WHERE doc_no = $1', [
        decision['行政许可决定文书号'],
      ]);
      expect(rows).toEqual([{ department_code: 'scjgj' }]);
    });

    it('a court-only list item (SXBZXR) from 市场监管 fails with ITEM_NOT_ALLOWED', async () => {
      const headers = [
        '被执行人姓名或名称',
        '统一社会信用代码',
        '生效法律文书确定的义务',
        '被执行人的履行情况',
        '失信被执行人行为具体情形',
        '执行案号',
        '执行法院',
        '发布时间',
      ];
      const row = {
        被执行人姓名或名称: '泰安某某建材有限公司',
        统一社会信用代码: uscc(),
        生效法律文书确定的义务: '支付货款10万元',
        被执行人的履行情况: '全部未履行',
        失信被执行人行为具体情形: '有履行能力而拒不履行生效法律文书确定义务',
        执行案号: '（2026）鲁09执123号',
        执行法院: '泰安市中级人民法院',
        发布时间: '2026/11/02',
      };
      const summary = await submitCsv(utf8(headers, [row]), { department: 'scjgj', item: 'SXBZXR' });
      await expectFailed(summary, 'ITEM_NOT_ALLOWED', '泰安市市场监督管理局不是「失信被执行人」的信息提供单位');
      expect(summary.item).toBe('SXBZXR');
    });

    it('an unknown department is refused with UNKNOWN_DEPARTMENT before a batch is opened', async () => {
      const before = await countBatches();
      await expect(submitCsv(utf8(XK, [licence()]), { department: '泰安市不存在局' })).rejects.toMatchObject({
        code: 'UNKNOWN_DEPARTMENT',
        status: 400,
        message: '部门不存在：泰安市不存在局（请使用部门代码或全称）',
      });
      expect(await countBatches()).toBe(before);
    });
  });

  describe('HTTP door', () => {
    const big = () => multipartBody(Buffer.alloc(50 * MiB, 0x41), 'huge.csv', 'text/csv', { item: 'XZXK' });

    it('a 50 MB upload from an account without intake.submit (auditor) is 403, and nothing is stored', async () => {
      const auditor = await signInAs(t.db, ['auditor'], 'gaj');
      const body = big();
      const before = await countBatches();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/intake/batches',
        headers: { ...body.headers, authorization: auditor.authorization },
        payload: body.payload,
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({ error: { code: 'FORBIDDEN', message: '无权执行此操作' } });
      expect(await countBatches()).toBe(before);
    });

    it('a 50 MB anonymous upload is 401, and nothing is stored', async () => {
      const body = big();
      const before = await countBatches();
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/intake/batches', headers: body.headers, payload: body.payload });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '请先登录或提供有效的接口凭证' } });
      expect(await countBatches()).toBe(before);
    });
  });
});
