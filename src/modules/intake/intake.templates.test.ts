import type { Workbook } from 'exceljs';
import ExcelJS from '../../shared/exceljs';
import { describe, expect, it } from 'vitest';
import { CATALOG_ITEMS, CODE_TABLES, detectItem, mapCodeValue, mapCodeValues, resolveHeader, type CatalogItem } from '../catalog';
import { validateResidentId, validateUscc } from '../codes';
import { openSource, stripRequiredMark, type SourceRow } from './intake.readers';
import { buildCsvTemplate, buildXlsxTemplate, exampleRow } from './intake.templates';

const item = (code: string): CatalogItem => {
  const found = CATALOG_ITEMS.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};

async function readBack(buffer: Buffer, filename: string) {
  const source = await openSource({ buffer, filename });
  const rows: SourceRow[] = [];
  for await (const row of source.rows) rows.push(row);
  return { info: source.info, rows };
}

/** exceljs's full (non-streaming) reader, to inspect styles and validations. */
async function loadWorkbook(buf: Buffer): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  return wb;
}

/** The example row keyed by Chinese field name, as openSource returns it. */
const exampleValues = (ci: CatalogItem) => Object.fromEntries(ci.fields.map((f, i) => [f.name, exampleRow(ci, CODE_TABLES)[i]!]));

describe('template headers', () => {
  it.each(CATALOG_ITEMS.map((i) => [i.code, i] as const))(
    '%s: every header resolves to its field and marks required columns',
    async (_code, ci) => {
      const headerLine = buildCsvTemplate(ci).toString('utf8').slice(1).split('\r\n')[0]!;
      const headers = headerLine.split(',');
      expect(headers).toHaveLength(ci.fields.length);
      headers.forEach((h, i) => {
        const field = ci.fields[i]!;
        expect(h.startsWith('*'), h).toBe(field.required);
        expect(resolveHeader(ci, stripRequiredMark(h))?.code, h).toBe(field.code);
      });
      const detected = detectItem(CATALOG_ITEMS, headers.map(stripRequiredMark));
      expect(detected?.item.code).toBe(ci.code);
      expect(detected?.missingRequired).toEqual([]);
    },
  );
});

describe('example rows', () => {
  it.each(CATALOG_ITEMS.map((i) => [i.code, i] as const))(
    '%s: fills the required fields with values that pass the field rules',
    (_code, ci) => {
      const row = exampleRow(ci, CODE_TABLES);
      ci.fields.forEach((f, i) => {
        const v = row[i]!;
        if (f.required) expect(v, f.code).not.toBe('');
        if (v === '') return;
        if (f.maxLength) expect(v.length, f.code).toBeLessThanOrEqual(f.maxLength);
        if (f.type === 'date') expect(v, f.code).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
        if (f.type === 'decimal') expect(Number(v), f.code).toBeGreaterThanOrEqual(0);
        if (f.type === 'integer') expect(Number.isInteger(Number(v)), f.code).toBe(true);
        if (f.type === 'enum') {
          const table = CODE_TABLES.find((t) => t.code === f.codeTable)!;
          if (f.multiple) expect(mapCodeValues(table, v).unknown, f.code).toEqual([]);
          else expect(mapCodeValue(table, v), f.code).toBeDefined();
        }
        if (f.role === 'uscc' || f.role === 'authority_code') expect(validateUscc(v).ok, `${f.code} ${v}`).toBe(true);
        if (f.role === 'id_number') expect(validateResidentId(v).ok, `${f.code} ${v}`).toBe(true);
      });
    },
  );

  it('gives 行政许可 a realistic 泰安 licence', () => {
    const v = exampleValues(item('XZXK'));
    expect(v).toMatchObject({
      行政相对人名称: '泰安市岱宗建材有限公司',
      行政相对人类别: '法人及非法人组织',
      许可证书名称: '食品经营许可证',
      行政许可决定文书号: '泰市监食经〔2026〕0001号',
      许可类别: '普通',
      许可决定日期: '2026/11/20',
      许可机关: '泰安市市场监督管理局',
    });
    expect(v['行政相对人代码_1（统一社会信用代码）']).toMatch(/^91370902MA[0-9A-HJ-NPQRTUWXY]{8}$/);
  });

  it('gives 行政处罚 a fine in 万元', () => {
    expect(exampleValues(item('XZCF'))).toMatchObject({ 处罚类别: '罚款', '罚款金额（万元）': '0.2', 处罚机关: '泰安市市场监督管理局' });
  });

  it('uses a natural person for items about natural persons only', () => {
    const v = exampleValues(item('ZYZG'));
    expect(v['姓名']).toBe('张伟');
    expect(validateResidentId(v['证件号码']!).ok).toBe(true);
  });
});

describe('buildCsvTemplate', () => {
  it('is UTF-8 with BOM and CRLF, and reads back as the headers and the example row', async () => {
    const ci = item('XZCF');
    const buf = buildCsvTemplate(ci);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buf.toString('utf8').split('\r\n')).toHaveLength(3);
    const { info, rows } = await readBack(buf, 'template.csv');
    expect(info.headers).toEqual(ci.fields.map((f) => f.name));
    expect(rows).toEqual([{ rowNo: 2, values: exampleValues(ci) }]);
  });
});

describe('buildXlsxTemplate', () => {
  it.each(CATALOG_ITEMS.map((i) => [i.code, i] as const))('%s: reads back as the same headers and example row', async (_code, ci) => {
    const { info, rows } = await readBack(await buildXlsxTemplate(ci, CODE_TABLES), 'template.xlsx');
    expect(info.format).toBe('xlsx');
    expect(info.headers).toEqual(ci.fields.map((f) => f.name));
    expect(rows).toEqual([{ rowNo: 2, values: exampleValues(ci) }]);
  });

  it('marks required headers bold red, keeps dates as text, offers dropdowns and a 填写说明 sheet', async () => {
    const ci = item('XZXK');
    const wb = await loadWorkbook(await buildXlsxTemplate(ci, CODE_TABLES));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['行政许可信息', '填写说明']);
    const ws = wb.worksheets[0]!;
    const col = (code: string) => ci.fields.findIndex((f) => f.code === code) + 1;

    expect(ws.getRow(1).getCell(col('XK_XDR_MC')).font).toMatchObject({ bold: true, color: { argb: 'FFFF0000' } });
    expect(ws.getRow(1).getCell(col('XK_XKZS')).font?.color).toBeUndefined();
    // Text format on date and code columns: Excel keeps 2099/12/31 and 18-digit codes as typed.
    for (const code of ['XK_JDRQ', 'XK_YXQZI', 'XK_XDR_SHXYM']) {
      expect(ws.getColumn(col(code)).numFmt, code).toBe('@');
      expect(ws.getRow(2).getCell(col(code)).numFmt, code).toBe('@');
    }
    expect(ws.getRow(2).getCell(col('XK_YXQZI')).value).toBe('2031/11/19');

    const dropdown = ws.getRow(500).getCell(col('XK_XKLB')).dataValidation;
    expect(dropdown).toMatchObject({ type: 'list', formulae: ['"普通,特许,认可,核准,登记,其他"'] });
    expect(ws.getRow(2).getCell(col('XK_XDR_LB')).dataValidation?.formulae).toEqual(['"法人及非法人组织,自然人,个体工商户"']);
    expect(ws.getRow(2).getCell(col('XK_XKWS')).dataValidation).toBeUndefined();

    const guide = wb.getWorksheet('填写说明')!;
    expect(guide.getRow(1).values).toEqual([undefined, '代码', '名称', '类型', '是否必填', '说明', '可选值']);
    const rows = ci.fields.map((_, i) => guide.getRow(i + 2).values as unknown[]);
    expect(rows.map((r) => r[1])).toEqual(ci.fields.map((f) => f.code));
    const xklb = rows[col('XK_XKLB') - 1]!;
    expect(xklb.slice(2, 5)).toEqual(['许可类别', '代码表取值', '是']);
    expect(xklb[6]).toBe('普通、特许、认可、核准、登记、其他');
    expect(rows[col('XK_YXQZI') - 1]![5]).toContain('2099/12/31');
  });

  it('leaves out a dropdown whose list would pass 255 characters, and the old-law penalty categories', async () => {
    const cf = item('XZCF');
    const wb = await loadWorkbook(await buildXlsxTemplate(cf, CODE_TABLES));
    const ws = wb.worksheets[0]!;
    const cflb = ws.getRow(2).getCell(cf.fields.findIndex((f) => f.code === 'CF_CFLB') + 1).dataValidation;
    expect(cflb?.formulae?.[0]).toContain('罚款');
    expect(cflb?.formulae?.[0]).not.toContain('旧法类别');
    // Several penalty types in one cell are legal: the list is a hint, not a rule.
    expect(cflb?.showErrorMessage).toBeFalsy();

    const long = { ...cf, fields: cf.fields.filter((f) => f.code === 'CF_XDR_MC' || f.code === 'CF_CFLB') };
    const table = {
      code: 'LONG',
      name: '长列表',
      entries: Array.from({ length: 40 }, (_, i) => ({ value: `v${i}`, label: `很长很长的选项名称${i}`, aliases: [] })),
    };
    const longItem: CatalogItem = { ...long, fields: long.fields.map((f) => (f.code === 'CF_CFLB' ? { ...f, codeTable: 'LONG' } : f)) };
    const wb2 = await loadWorkbook(await buildXlsxTemplate(longItem, [table]));
    expect(wb2.worksheets[0]!.getRow(2).getCell(2).dataValidation).toBeUndefined();
  });
});
