import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import ExcelJS from '../../shared/exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSource, stripRequiredMark, type OpenSourceOptions, type SourceRow } from './intake.readers';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const MiB = 1024 * 1024;

async function read(input: Parameters<typeof openSource>[0], opts?: OpenSourceOptions) {
  const source = await openSource(input, opts);
  const rows: SourceRow[] = [];
  for await (const row of source.rows) rows.push(row);
  return { info: source.info, rows };
}

const fromText = (text: string, filename?: string, opts?: OpenSourceOptions) => read({ buffer: Buffer.from(text), filename }, opts);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xinyong-intake-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('stripRequiredMark', () => {
  it('trims and strips the marks departments use for required columns', () => {
    expect(stripRequiredMark(' *行政相对人名称 ')).toBe('行政相对人名称');
    expect(stripRequiredMark('＊许可类别')).toBe('许可类别');
    expect(stripRequiredMark('许可机关（必填）')).toBe('许可机关');
    expect(stripRequiredMark('许可机关(必填)')).toBe('许可机关');
    expect(stripRequiredMark('罚款金额（万元）')).toBe('罚款金额（万元）');
    expect(stripRequiredMark('行政相对人代码_1（统一社会信用代码）')).toBe('行政相对人代码_1（统一社会信用代码）');
  });
});

describe('CSV', () => {
  const expectedXzxk = async () => (await read({ path: fixture('xzxk-utf8.csv') })).rows;

  it('reads UTF-8: headers without required marks, values untrimmed, a quoted line break kept in its row', async () => {
    const { info, rows } = await read({ path: fixture('xzxk-utf8.csv') });
    expect(info).toMatchObject({ format: 'csv', encoding: 'utf-8', duplicateHeaders: [] });
    expect(info.headers.slice(0, 4)).toEqual(['行政相对人名称', '行政相对人类别', '行政相对人代码_1（统一社会信用代码）', '法定代表人']);
    expect(info.headers).toHaveLength(14);
    expect(rows.map((r) => r.rowNo)).toEqual([2, 3, 4, 5]);
    expect(rows.every((r) => !r.error)).toBe(true);
    expect(rows[0]!.values['法定代表人']).toBe(' 李明 ');
    expect(rows[0]!.values['行政许可决定文书号']).toBe('泰市监食经〔2026〕0001号');
    expect(rows[1]!.values['许可内容']).toBe('食品销售经营者\n热食类食品制售');
    expect(rows[2]!.values['行政相对人名称']).toBe('泰安市"东岳"商贸有限公司,岱庙分公司');
    expect(rows[2]!.values['许可证书名称']).toBe('');
    expect(rows[3]!.values['许可决定日期']).toBe('20261123');
  });

  it('gives identical rows for UTF-8, UTF-8 with BOM and GBK', async () => {
    const utf8 = await expectedXzxk();
    const bom = await read({ path: fixture('xzxk-utf8-bom.csv') });
    expect(bom.info.encoding).toBe('utf-8-bom');
    expect(bom.rows).toEqual(utf8);
    const gbkBytes = iconv.encode(readFileSync(fixture('xzxk-utf8.csv'), 'utf8'), 'gbk');
    const gbk = await read({ buffer: gbkBytes, filename: 'xzxk-gbk.csv' });
    expect(gbk.info.encoding).toBe('gb18030');
    expect(gbk.info.headers).toEqual(bom.info.headers);
    expect(gbk.rows).toEqual(utf8);
  });

  it('reads GBK bytes behind a UTF-8 BOM as GB18030: the bytes decide, not the mark', async () => {
    const text = readFileSync(fixture('xzxk-utf8.csv'), 'utf8');
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(text, 'gbk')]);
    const { info, rows } = await read({ buffer: file, filename: 'bom-gbk.csv' });
    expect(info.encoding).toBe('gb18030');
    expect(info.headers[0]).toBe('行政相对人名称');
    expect(rows).toEqual(await expectedXzxk());
  });

  it('decodes GBK across read chunks (a character split between two chunks)', async () => {
    const lines = ['名称,内容'];
    for (let i = 0; i < 6000; i++) lines.push(`泰安市第${i}号企业,岱岳区天平街道泰山大街${i}号，罚款贰仟元`);
    const text = lines.join('\n') + '\n';
    const path = join(dir, 'big-gbk.csv');
    await writeFile(path, iconv.encode(text, 'gbk'));
    const gbk = await read({ path });
    const utf8 = await read({ buffer: Buffer.from(text), filename: 'same.csv' });
    expect(gbk.info.encoding).toBe('gb18030');
    expect(gbk.rows).toHaveLength(6000);
    expect(gbk.rows).toEqual(utf8.rows);
  });

  it('detects UTF-8 when the 64 KB sample ends inside a multi-byte character', async () => {
    // 'a,b\n' (4 bytes) + 65530 × 'x' + ',' puts '中' at bytes 65535–65537: the sample cuts it.
    const text = `a,b\n${'x'.repeat(65530)},中文\n`;
    expect(Buffer.from(text).subarray(0, 65536).at(-1)).toBe(0xe4);
    const { info, rows } = await fromText(text, 'split.csv');
    expect(info.encoding).toBe('utf-8');
    expect(rows[0]!.values['b']).toBe('中文');
  });

  it('reads tab-delimited files (a comma inside a cell is data)', async () => {
    const { info, rows } = await read({ path: fixture('tab-delimited.txt') });
    expect(info.headers).toEqual(['名称', '罚款金额（万元）', '处罚内容']);
    expect(rows.map((r) => r.values)).toEqual([
      { 名称: '泰安市岱宗建材有限公司', '罚款金额（万元）': '0.2', 处罚内容: '罚款2,000元' },
      { 名称: '泰安市鲁泰食品有限公司', '罚款金额（万元）': '1.5', 处罚内容: '警告；罚款' },
    ]);
  });

  it('reads semicolon-delimited files', async () => {
    const { rows } = await fromText('名称;金额\n泰安市岱宗建材有限公司;0,2\n', 'semi.csv');
    expect(rows[0]!.values).toEqual({ 名称: '泰安市岱宗建材有限公司', 金额: '0,2' });
  });

  it('counts rows as a spreadsheet shows them: blank lines count, a multi-line cell is one row', async () => {
    const { rows } = await fromText('a,b\n1,"x\ny\nz"\n\n2,w\n,\n3,v\n', 'rows.csv');
    expect(rows.map((r) => [r.rowNo, r.values['a']])).toEqual([
      [2, '1'],
      [4, '2'],
      [6, '3'],
    ]);
  });

  it('knows the headers of a header-only file and yields no rows', async () => {
    const { info, rows } = await read({ path: fixture('header-only.csv') });
    expect(info.headers).toEqual(['行政相对人名称', '行政处罚决定书文号', '处罚决定日期']);
    expect(rows).toEqual([]);
  });

  it('rejects an empty file, a BOM-only file and a whitespace-only file with EMPTY_FILE', async () => {
    await expect(openSource({ path: fixture('empty.csv') })).rejects.toMatchObject({ code: 'EMPTY_FILE', status: 400 });
    await expect(fromText('\uFEFF', 'bom.csv')).rejects.toMatchObject({ code: 'EMPTY_FILE' });
    await expect(fromText(' \r\n\t\n', 'blank.csv')).rejects.toMatchObject({ code: 'EMPTY_FILE' });
  });

  it('rejects a file without a non-empty header row with NO_HEADER', async () => {
    await expect(fromText(',,,\n , ,\n', 'commas.csv')).rejects.toMatchObject({ code: 'NO_HEADER' });
  });

  it('reports duplicate headers (after stripping marks) and ignores the later column', async () => {
    const { info, rows } = await read({ path: fixture('duplicate-headers.csv') });
    expect(info.headers).toEqual(['名称', '代码', '备注']);
    expect(info.duplicateHeaders).toEqual(['名称', '代码']);
    expect(rows).toEqual([{ rowNo: 2, values: { 名称: '泰安市岱宗建材有限公司', 代码: '001', 备注: '备注一' } }]);
  });

  it('keeps the good rows of a truncated quoted CSV, then reports TRUNCATED', async () => {
    const { rows } = await read({ path: fixture('truncated-quote.csv') });
    expect(rows.slice(0, 2).map((r) => [r.rowNo, r.values['名称'], r.error])).toEqual([
      [2, '泰安市岱宗建材有限公司', undefined],
      [3, '泰安市鲁泰食品有限公司', undefined],
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatchObject({ rowNo: 4, values: {}, error: { code: 'TRUNCATED' } });
  });

  it('stops a quote that never closes before it buffers the rest of a large file', async () => {
    const text = `a,b\n1,2\n"x${'y,z\n'.repeat(600_000)}`;
    const { rows } = await fromText(text, 'runaway.csv', { maxCellLength: 1000 });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ rowNo: 2, values: { a: '1', b: '2' } });
    expect(rows[1]).toMatchObject({ rowNo: 3, error: { code: 'TRUNCATED' } });
  });

  it('flags extra cells with EXTRA_CELLS, fills missing cells with empty strings', async () => {
    const { rows } = await fromText('a,b\n1,2,3\n4\n5,6,,\n', 'cells.csv');
    expect(rows[0]).toMatchObject({ rowNo: 2, values: { a: '1', b: '2' }, error: { code: 'EXTRA_CELLS' } });
    expect(rows[1]).toEqual({ rowNo: 3, values: { a: '4', b: '' } });
    // Trailing empty cells (as Excel writes them) are not extra data.
    expect(rows[2]).toEqual({ rowNo: 4, values: { a: '5', b: '6' } });
  });

  it('flags a cell over maxCellLength with CELL_TOO_LONG naming the column', async () => {
    const { rows } = await fromText(`名称,备注\n泰安,${'长'.repeat(11)}\n岱岳,${'短'.repeat(10)}\n`, 'long.csv', { maxCellLength: 10 });
    expect(rows[0]).toMatchObject({ rowNo: 2, values: { 名称: '泰安', 备注: '' }, error: { code: 'CELL_TOO_LONG', column: '备注' } });
    expect(rows[0]!.error!.message).toContain('备注');
    expect(rows[1]).toEqual({ rowNo: 3, values: { 名称: '岱岳', 备注: '短'.repeat(10) } });
  });

  it('keeps formula-like, HTML and SQL-looking text exactly as sent', async () => {
    const text = 'a,b,c\n"=CMD|\' /C calc\'!A0",<script>alert(1)</script>,"x\'; DROP TABLE records;--"\n';
    const { rows } = await fromText(text, 'inject.csv');
    expect(rows[0]!.values).toEqual({ a: "=CMD|' /C calc'!A0", b: '<script>alert(1)</script>', c: "x'; DROP TABLE records;--" });
  });

  it('rejects UTF-16 with ENCODING_UNSUPPORTED, with or without a BOM', async () => {
    await expect(openSource({ path: fixture('utf16le.csv') })).rejects.toMatchObject({ code: 'ENCODING_UNSUPPORTED' });
    await expect(read({ buffer: Buffer.from('名称,文号\r\n', 'utf16le'), filename: 'nobom.csv' })).rejects.toMatchObject({
      code: 'ENCODING_UNSUPPORTED',
    });
  });

  it('refuses input over maxBytes with FILE_TOO_LARGE', async () => {
    await expect(openSource({ path: fixture('xzxk-utf8.csv') }, { maxBytes: 1000 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    await expect(openSource({ buffer: Buffer.alloc(2048, 0x61) }, { maxBytes: 1024 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('closes cleanly when the reader stops early', async () => {
    const source = await openSource({ buffer: Buffer.from('a\n' + '1\n'.repeat(100_000)), filename: 'x.csv' });
    for await (const row of source.rows) {
      expect(row.rowNo).toBe(2);
      break;
    }
    const unused = await openSource({ path: fixture('xzxk-utf8.csv') });
    await unused.rows[Symbol.asyncIterator]().return?.();
  });

  it('streams 200,000 rows from a file in bounded memory', { timeout: 30_000 }, async () => {
    const path = join(dir, 'big.csv');
    const out = createWriteStream(path);
    out.write(
      '*行政相对人名称,*行政相对人类别,行政相对人代码_1（统一社会信用代码）,*行政处罚决定书文号,*处罚类别,罚款金额（万元）,*处罚决定日期\n',
    );
    for (let i = 0; i < 200_000; i += 1000) {
      let chunk = '';
      for (let j = i; j < i + 1000; j++) {
        chunk += `泰安市第${j}号建材有限公司,法人及非法人组织,91370902MA3C7Y2K0X,泰市监处罚〔2026〕${j}号,罚款,0.2,2026/11/20\n`;
      }
      if (!out.write(chunk)) await once(out, 'drain');
    }
    await new Promise((resolve) => out.end(resolve));

    const started = Date.now();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    let count = 0;
    let last: SourceRow | undefined;
    const source = await openSource({ path });
    for await (const row of source.rows) {
      if (++count % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      last = row;
    }
    expect(count).toBe(200_000);
    expect(last).toMatchObject({ rowNo: 200_001, values: { 行政处罚决定书文号: '泰市监处罚〔2026〕199999号' } });
    expect(peak - base).toBeLessThan(100 * MiB);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('format detection', () => {
  it('uses opts.format, then the extension, then the content', async () => {
    expect((await fromText('[{"a":"1"}]')).info.format).toBe('json');
    expect((await fromText('{"a":"1"}\n{"a":"2"}\n')).info.format).toBe('jsonl');
    expect((await fromText('a,b\n1,2\n')).info.format).toBe('csv');
    expect((await fromText('a,b\n1,2\n', 'x.unknown')).info.format).toBe('csv');
    expect((await fromText('{"a":"1"}\n', 'x.ndjson')).info.format).toBe('jsonl');
    const asCsv = await fromText('[{"a":"1"}]', 'x.json', { format: 'csv' });
    expect(asCsv.info.format).toBe('csv');
  });

  it('treats a workbook renamed to .csv as XLSX, and refuses the old binary .xls with a clear message', async () => {
    const xlsx = readFileSync(fixture('dates-formulas.xlsx'));
    expect((await read({ buffer: xlsx, filename: 'renamed.csv' })).info.format).toBe('xlsx');
    const ole = Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(100), 'hex');
    await expect(openSource({ buffer: ole, filename: 'old.xls' })).rejects.toMatchObject({
      code: 'XLSX_INVALID',
      message: expect.stringContaining('.xls'),
    });
  });
});

describe('JSON array', () => {
  it('streams elements: a bad element and a non-object become JSON_INVALID rows between the good ones', async () => {
    const { info, rows } = await read({ buffer: readFileSync(fixture('array-with-bad-element.json.txt')), filename: 'records.json' });
    expect(info).toMatchObject({ format: 'json', encoding: 'utf-8' });
    expect(info.headers).toEqual(['名称', '统一社会信用代码', '罚款金额（万元）', '证件号码', '附加', '备注']);
    expect(rows.map((r) => [r.rowNo, r.error?.code])).toEqual([
      [1, undefined],
      [2, 'JSON_INVALID'],
      [3, 'JSON_INVALID'],
      [4, undefined],
    ]);
    expect(rows[0]!.values).toEqual({ 名称: '泰安市岱宗建材有限公司', 统一社会信用代码: '91370902MA01YMGC36', '罚款金额（万元）': '0.2' });
    // A long number keeps every digit; null is empty; nested values stay JSON; HTML is kept as sent.
    expect(rows[3]!.values).toEqual({
      名称: '张伟',
      证件号码: '370902198506188672',
      '罚款金额（万元）': '',
      附加: '{"来源":"接口"}',
      备注: '<b>原样</b>',
    });
  });

  it('yields the complete elements of a truncated array, then TRUNCATED', async () => {
    const { rows } = await read({ buffer: readFileSync(fixture('truncated-array.json.txt')), filename: 'truncated.json' });
    expect(rows.map((r) => [r.rowNo, r.values['名称'], r.error?.code])).toEqual([
      [1, '泰安市岱宗建材有限公司', undefined],
      [2, '泰安市鲁泰食品有限公司', undefined],
      [3, undefined, 'TRUNCATED'],
    ]);
    const missingBracket = await fromText('[{"a":"1"},{"a":"2"}', 'x.json');
    expect(missingBracket.rows.map((r) => r.error?.code ?? r.values['a'])).toEqual(['1', '2', 'TRUNCATED']);
  });

  it('takes headers from the first 100 objects and adds later keys as they appear', async () => {
    const items = Array.from({ length: 150 }, (_, i) => (i === 120 ? { a: String(i), late: 'x' } : { a: String(i) }));
    const source = await openSource({ buffer: Buffer.from(JSON.stringify(items)), filename: 'x.json' });
    expect(source.info.headers).toEqual(['a']);
    const rows: SourceRow[] = [];
    for await (const row of source.rows) rows.push(row);
    expect(source.info.headers).toEqual(['a', 'late']);
    expect(rows).toHaveLength(150);
    expect(rows[120]!.values).toEqual({ a: '120', late: 'x' });
  });

  it('handles strings holding brackets, commas and escaped quotes across read chunks', async () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({ 名称: `泰安[${i}],{"q":"\\"}"}`, 备注: 'a\\"b]' }));
    const { rows } = await read({ buffer: Buffer.from(JSON.stringify(items, null, 2)), filename: 'x.json' });
    expect(rows).toHaveLength(3000);
    expect(rows[2999]).toEqual({ rowNo: 3000, values: items[2999] });
  });

  it('keeps long fractions intact and reads an array with no objects as error rows', async () => {
    const fractions = await fromText('[{"a": 0.12345678901234567890, "b": -12345678901234567890, "c": 1.5e300}]', 'x.json');
    expect(fractions.rows[0]!.values).toEqual({ a: '0.12345678901234568', b: '-12345678901234567890', c: '1.5e+300' });
    const numbers = await fromText(JSON.stringify(Array.from({ length: 5000 }, (_, i) => i)), 'x.json');
    expect(numbers.info.headers).toEqual([]);
    expect(numbers.rows).toHaveLength(5000);
    expect(numbers.rows.every((r) => r.error?.code === 'JSON_INVALID')).toBe(true);
  });

  it('rejects a file that is not an array of objects with JSON_INVALID, and an empty array with NO_HEADER', async () => {
    await expect(fromText('"只是一个字符串"', 'x.json')).rejects.toMatchObject({ code: 'JSON_INVALID' });
    await expect(fromText('{\n  "data": [{"a": 1}]\n}\n', 'x.json')).rejects.toMatchObject({ code: 'JSON_INVALID' });
    await expect(fromText('  [ ]  ', 'x.json')).rejects.toMatchObject({ code: 'NO_HEADER' });
  });
});

describe('JSONL', () => {
  it('reads one object per line: blank lines skipped, a bad line is JSON_INVALID with its line number', async () => {
    const { info, rows } = await read({ path: fixture('lines-with-bad-line.jsonl') });
    expect(info.format).toBe('jsonl');
    expect(info.headers).toEqual(['名称', '文号', '金额']);
    expect(rows.map((r) => [r.rowNo, r.error?.code])).toEqual([
      [1, undefined],
      [2, undefined],
      [4, 'JSON_INVALID'],
      [5, undefined],
    ]);
    expect(rows[3]!.values).toEqual({ 名称: '泰安市第五行公司', 文号: '泰市监处罚〔2026〕0005号', 金额: '1.5' });
  });
});

describe('XLSX', () => {
  it('reads the first worksheet: header = first non-empty row, dates, formulas, rich text, links, numbers', async () => {
    const { info, rows } = await read({ path: fixture('dates-formulas.xlsx') });
    expect(info).toMatchObject({ format: 'xlsx', duplicateHeaders: [] });
    expect(info.encoding).toBeUndefined();
    expect(info.headers).toEqual(['行政相对人名称', '处罚决定日期', '罚款金额（元）', '罚款金额（万元）', '处罚内容', '文号', '合计']);
    expect(rows).toEqual([
      {
        rowNo: 3,
        values: {
          行政相对人名称: '泰安市岱宗建材有限公司',
          处罚决定日期: '2026-11-20',
          '罚款金额（元）': '2000',
          '罚款金额（万元）': '0.2',
          处罚内容: '罚款贰仟元',
          文号: '泰市监处罚〔2026〕0001号',
          合计: '0.3',
        },
      },
      {
        rowNo: 5,
        values: {
          行政相对人名称: '泰安市鲁泰食品有限公司',
          处罚决定日期: '2099-12-31',
          '罚款金额（元）': '15000',
          '罚款金额（万元）': '1.5',
          处罚内容: '警告；罚款',
          文号: '泰市监处罚〔2026〕0002号',
          合计: '2026-11-20',
        },
      },
    ]);
  });

  it('keeps Chinese text whole when the sheet XML spans many zip chunks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据');
    ws.addRow(['名称', '内容']);
    // Large enough that the shared strings span many inflated chunks: unpatched exceljs garbles 8 of these rows.
    for (let i = 0; i < 4000; i++) ws.addRow([`泰安市第${i}号建材有限公司`, `岱岳区天平街道泰山大街${i}号，罚款贰仟元`]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const { rows } = await read({ buffer: buf, filename: 'big.xlsx' });
    expect(rows).toHaveLength(4000);
    expect(rows.filter((r) => JSON.stringify(r.values).includes('\uFFFD'))).toEqual([]);
    expect(rows[3999]).toEqual({
      rowNo: 4001,
      values: { 名称: '泰安市第3999号建材有限公司', 内容: '岱岳区天平街道泰山大街3999号，罚款贰仟元' },
    });
  });

  it('rejects a file that is not a zip with XLSX_INVALID', async () => {
    await expect(openSource({ path: fixture('not-a-zip.xlsx') })).rejects.toMatchObject({ code: 'XLSX_INVALID', status: 400 });
  });

  it('rejects a zip bomb disguised as XLSX before inflating it', async () => {
    const zeros = Buffer.alloc(50 * MiB);
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(zeros, { level: 9 }), size: zeros.length }]);
    expect(bomb.length).toBeLessThan(MiB);
    await expect(openSource({ buffer: bomb, filename: 'report.xlsx' })).rejects.toMatchObject({ code: 'ZIP_BOMB', status: 400 });
  });

  it('rejects a zip whose declared total size is over 512 MiB even at a modest ratio', async () => {
    const entries = [1, 2, 3].map((n) => ({
      name: `xl/worksheets/sheet${n}.xml`,
      data: Buffer.alloc(0),
      size: 200 * MiB,
      declaredCompressed: 4 * MiB,
    }));
    await expect(openSource({ buffer: zip(entries), filename: 'big.xlsx' })).rejects.toMatchObject({ code: 'ZIP_BOMB' });
  });

  it('rejects a valid zip without a worksheet with XLSX_INVALID', async () => {
    const data = Buffer.from('hello');
    await expect(
      openSource({ buffer: zip([{ name: 'readme.txt', data, size: data.length, method: 0 }]), filename: 'x.xlsx' }),
    ).rejects.toMatchObject({
      code: 'XLSX_INVALID',
    });
  });
});

interface ZipEntry {
  name: string;
  data: Buffer;
  size: number;
  method?: 0 | 8;
  /** Compressed size written in the directory when it should differ from data.length. */
  declaredCompressed?: number;
}

/** A minimal zip writer (no CRC: the readers check sizes before anything else). */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const compressed = e.declaredCompressed ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method ?? 8, 8);
    local.writeUInt32LE(compressed, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(e.method ?? 8, 10);
    cd.writeUInt32LE(compressed, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    central.push(cd, name);
    offset += local.length + name.length + e.data.length;
  }
  const cdBytes = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdBytes.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBytes, eocd]);
}

describe('encoding of a file whose first 64 KB are pure ASCII', () => {
  it('lets the first non-ASCII bytes further on decide (GBK after a long ASCII head)', async () => {
    const ascii = Array.from({ length: 3000 }, (_, i) => `ROW-${i},plain ascii value number ${i}`).join('\r\n');
    const buffer = Buffer.concat([Buffer.from(`CODE,NOTE\r\n${ascii}\r\n`), iconv.encode('ROW-X,泰安市岱宗建材有限公司\r\n', 'gbk')]);
    expect(buffer.length).toBeGreaterThan(64 * 1024);
    const { info, rows } = await openSource({ buffer, filename: 'late-gbk.csv' });
    expect(info.encoding).toBe('gb18030');
    const all: { values: Record<string, string> }[] = [];
    for await (const r of rows) all.push(r);
    expect(all.at(-1)!.values.NOTE).toBe('泰安市岱宗建材有限公司');
  });

  it('keeps UTF-8 when the late non-ASCII bytes are UTF-8', async () => {
    const ascii = Array.from({ length: 3000 }, (_, i) => `ROW-${i},plain ascii value number ${i}`).join('\r\n');
    const buffer = Buffer.from(`CODE,NOTE\r\n${ascii}\r\nROW-X,泰安市岱宗建材有限公司\r\n`);
    const { info } = await openSource({ buffer, filename: 'late-utf8.csv' });
    expect(info.encoding).toBe('utf-8');
  });
});
