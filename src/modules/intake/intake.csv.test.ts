import { describe, expect, it } from 'vitest';
import { csvWithBom, safeCell, toCsvLine } from './intake.csv';
import { openSource } from './intake.readers';

describe('safeCell', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(safeCell("=CMD|' /C calc'!A0")).toBe("'=CMD|' /C calc'!A0");
    expect(safeCell('+1+cmd|x')).toBe("'+1+cmd|x");
    expect(safeCell('-2+3')).toBe("'-2+3");
    expect(safeCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(safeCell('\t=1')).toBe("'\t=1");
    expect(safeCell('\r=1')).toBe("'\r=1");
  });

  it('leaves ordinary text, plain numbers and HTML alone', () => {
    for (const text of ['泰安市岱宗建材有限公司', '', ' =1', '-0.5', '+86', '1e-3', '<script>alert(1)</script>', "x'; DROP TABLE t;--"]) {
      expect(safeCell(text)).toBe(text);
    }
  });
});

describe('toCsvLine', () => {
  it('quotes per RFC 4180 and guards formulas', () => {
    expect(toCsvLine(['a', 'b,c', 'd"e', 'f\ng', 'h\ri', null, undefined, 12, -3.5, '=1+2'])).toBe(
      `a,"b,c","d""e","f\ng","h\ri",,,12,-3.5,'=1+2`,
    );
  });

  it('quotes a guarded formula that holds quotes and commas', () => {
    expect(toCsvLine(['=HYPERLINK("http://x.example","点我")'])).toBe(`"'=HYPERLINK(""http://x.example"",""点我"")"`);
  });

  it('does not guard numbers, whatever their sign', () => {
    expect(toCsvLine([-1, 0.2, 2099])).toBe('-1,0.2,2099');
  });
});

describe('csvWithBom', () => {
  it('writes UTF-8 with BOM and CRLF line ends', () => {
    const buf = csvWithBom([
      ['行', '字段', '原因'],
      ['3', '罚款金额（万元）', '不能为负数'],
    ]);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buf.subarray(3).toString('utf8')).toBe('行,字段,原因\r\n3,罚款金额（万元）,不能为负数\r\n');
  });

  it('reads back through openSource cell for cell, formulas guarded', async () => {
    const rows = [
      ['名称', '内容', '备注'],
      ['泰安市"东岳"商贸,有限公司', '第一行\r\n第二行', '=CMD|x'],
      ['<b>加粗</b>', '', '-0.2'],
    ];
    const source = await openSource({ buffer: csvWithBom(rows), filename: 'report.csv' });
    expect(source.info).toMatchObject({ encoding: 'utf-8-bom', headers: ['名称', '内容', '备注'] });
    const back = [];
    for await (const row of source.rows) back.push(row.values);
    expect(back).toEqual([
      { 名称: '泰安市"东岳"商贸,有限公司', 内容: '第一行\r\n第二行', 备注: "'=CMD|x" },
      { 名称: '<b>加粗</b>', 内容: '', 备注: '-0.2' },
    ]);
  });
});
