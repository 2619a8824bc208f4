import { PassThrough } from 'node:stream';
import type { DataValidation } from 'exceljs';
import ExcelJS from '../../shared/exceljs';
import { CODE_TABLES, type CatalogField, type CatalogItem, type CodeTable, type FieldType } from '../catalog';
import { makeResidentId, makeUscc, seededRandom } from '../codes';
import { csvWithBom } from './intake.csv';

// Import templates (GET /api/v1/catalog/{item}/template.xlsx|.csv): Chinese headers with required
// columns marked `*`, and one example row a 泰安 department recognises. The headers go through
// stripRequiredMark and the catalogue's resolveHeader on the way back in.

/** Header cell of a field: its Chinese name, `*` in front when required. */
export const templateHeader = (field: CatalogField): string => (field.required ? `*${field.name}` : field.name);

const TYPE_NAMES: Record<FieldType, string> = {
  string: '文本',
  text: '长文本',
  date: '日期（YYYY/MM/DD）',
  decimal: '数值',
  integer: '整数',
  code: '代码',
  subject_code: '主体代码',
  enum: '代码表取值',
};

const DECISION_DATE = '2026/11/20';
// Valid codes (check characters computed), the same in every template: 泰安市岱宗建材有限公司 and an authority.
const DAIZONG_USCC = makeUscc({ region: '370902', rand: seededRandom(370902) });
const AUTHORITY_USCC = makeUscc({ authority: '1', category: '1', region: '370900', rand: seededRandom(370900) });

// Providing departments of 泰安 by function, for the example authority of items that name one.
const TAIAN_DEPARTMENTS: Record<string, string> = {
  market_regulation: '泰安市市场监督管理局',
  tax: '国家税务总局泰安市税务局',
  court: '泰安市中级人民法院',
  human_resources: '泰安市人力资源和社会保障局',
  emergency_management: '泰安市应急管理局',
  finance: '泰安市财政局',
  agriculture: '泰安市农业农村局',
  credit_center: '泰安市公共信用信息中心',
};

/** Realistic text for required fields that have no role to derive an example from. */
const TEXT_EXAMPLES: Record<string, string> = {
  SXWSYW: '支付货款人民币十五万元及相应利息',
  AJXZ: '虚开增值税专用发票',
  LRYY: '经调查核实，存在严重违法失信行为',
  CFJG: '罚款人民币一万元，一年内禁止参加政府采购活动',
  RYMC: '泰安市文明单位',
  CNSX: '食品经营许可告知承诺',
  CNNR: '承诺所填报信息真实、准确，并在规定期限内补齐相关材料',
  MXBB: '2026.1',
  SZC: '泰山区省庄镇东羊楼村',
  SXXW: '出具虚假证明文件',
  QJQSNY: '2026-01',
  QJJZNY: '2026-06',
};

/** The example rows of the two 双公示 items, by field code (values as a department would type them). */
function doublePublicityExample(item: CatalogItem): Record<string, string> | undefined {
  const authority = '泰安市市场监督管理局';
  const authorityCode = AUTHORITY_USCC;
  if (item.code === 'XZXK') {
    return {
      XK_XDR_MC: '泰安市岱宗建材有限公司',
      XK_XDR_LB: '法人及非法人组织',
      XK_XDR_SHXYM: DAIZONG_USCC,
      XK_FRDB: '李明',
      XK_XKWS: '准予行政许可决定书',
      XK_WSH: '泰市监食经〔2026〕0001号',
      XK_XKLB: '普通',
      XK_XKZS: '食品经营许可证',
      XK_XKBH: 'JY13709020012345',
      XK_NR: '预包装食品（含冷藏冷冻食品）销售',
      XK_JDRQ: DECISION_DATE,
      XK_YXQZ: DECISION_DATE,
      XK_YXQZI: '2031/11/19',
      XK_XKJG: authority,
      XK_XKJGDM: authorityCode,
      XK_LYDW: authority,
      XK_LYDWDM: authorityCode,
      XK_ZT: '正常',
    };
  }
  if (item.code === 'XZCF') {
    return {
      CF_XDR_MC: '泰安市岱岳区鲁泰食品有限公司',
      CF_XDR_LB: '法人及非法人组织',
      CF_XDR_SHXYM: makeUscc({ region: '370911', rand: seededRandom(370911) }),
      CF_FRDB: '王强',
      CF_WSH: '泰市监处罚〔2026〕0012号',
      CF_WFXW: '经营超过保质期的食品',
      CF_SY: '当事人在经营场所销售超过保质期的预包装食品，货值金额共计人民币八百元。',
      CF_YJ: '《中华人民共和国食品安全法》第三十四条第（十）项、第一百二十四条第一款第（二）项',
      CF_CFLB: '罚款',
      CF_NR: '罚款人民币贰仟元整',
      CF_NR_FK: '0.2',
      CF_JDRQ: DECISION_DATE,
      CF_CFJG: authority,
      CF_CFJGDM: authorityCode,
      CF_SJLY: authority,
      CF_SJLYDM: authorityCode,
      CF_ZT: '正常',
      CF_CXLX: '普通程序',
      CF_SXCD: '一般',
      CF_SSLY: '食品',
      CF_WFXWJSRQ: '2026/10/15',
    };
  }
  return undefined;
}

/** Optional fields worth an example: they show a format (amounts in 万元, validity) or the subject. */
const EXAMPLE_ROLES = new Set(['uscc', 'legal_rep', 'id_type', 'id_number', 'valid_from', 'valid_to', 'status', 'region_code']);

/**
 * The example row of an item: the fixed 双公示 examples, else one value per field derived from its type,
 * role and code table (required fields always, optional ones when they show a format). An item that
 * admits organisations gets an organisation as its example subject; otherwise a natural person.
 */
export function exampleRow(item: CatalogItem, codeTables: readonly CodeTable[]): string[] {
  const fixed = doublePublicityExample(item);
  if (fixed) return item.fields.map((f) => fixed[f.code] ?? '');
  const rand = seededRandom(2026);
  const person = !item.subjectKinds.some((k) => k !== 'natural_person');
  const village = item.subjectKinds.length === 1 && item.subjectKinds[0] === 'non_enterprise';
  const provider = item.providers.find((p) => p !== 'any');
  const authority = (provider && TAIAN_DEPARTMENTS[provider]) ?? '泰安市发展和改革委员会';
  return item.fields.map((f) => {
    const personal = f.role === 'id_type' || f.role === 'id_number';
    if (!f.required && !(f.role && EXAMPLE_ROLES.has(f.role)) && f.type !== 'decimal') return '';
    if ((person && (f.role === 'uscc' || f.role === 'legal_rep')) || (!person && personal && !f.required)) return '';
    switch (f.role) {
      case 'subject_name':
        return person ? '张伟' : village ? '泰山区省庄镇东羊楼村民委员会' : '泰安市岱宗建材有限公司';
      case 'uscc':
        return village ? makeUscc({ authority: '5', category: '4', region: '370902', rand }) : DAIZONG_USCC;
      case 'id_number':
        return makeResidentId({ addressCode: '370902', birthDate: '1985-06-18', sex: 'M', rand });
      case 'legal_rep':
        return '李明';
      case 'doc_no':
        return `泰${item.code}〔2026〕0001号`;
      case 'authority':
        return authority;
      case 'authority_code':
        return AUTHORITY_USCC;
      case 'region_code':
        return '370902';
      case 'decision_date':
      case 'valid_from':
        return DECISION_DATE;
      case 'valid_to':
        return '2029/11/19';
    }
    switch (f.type) {
      case 'enum':
        return codeTables.find((t) => t.code === f.codeTable)?.entries[0]?.label ?? '';
      case 'date':
        return DECISION_DATE;
      case 'decimal':
        return f.name.includes('得分') ? '92.5' : '1.5';
      case 'integer':
        return f.name.includes('年度') ? '2025' : '3';
      default:
        return TEXT_EXAMPLES[f.code] ?? `（请填写${f.name}）`;
    }
  });
}

/** The CSV template: UTF-8 with BOM so Excel shows the Chinese headers; header row, then the example row. */
export function buildCsvTemplate(item: CatalogItem, codeTables: readonly CodeTable[] = CODE_TABLES): Buffer {
  return csvWithBom([item.fields.map(templateHeader), exampleRow(item, codeTables)]);
}

/** Code-table choices a person types: labels, minus the pre-2021 law's bundled penalty categories. */
function choices(field: CatalogField, codeTables: readonly CodeTable[]): string[] {
  const table = codeTables.find((t) => t.code === field.codeTable);
  return (table?.entries ?? []).map((e) => e.label).filter((l) => !l.includes('旧法类别'));
}

function fieldNotes(field: CatalogField): string {
  const notes = [field.description ?? ''];
  if (field.maxLength) notes.push(`最长 ${field.maxLength} 字`);
  if (field.multiple) notes.push('可填多项，用“；”分隔');
  if (field.type === 'date') notes.push('格式 YYYY/MM/DD，如 2026/11/20');
  return notes.filter(Boolean).join('；');
}

const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, '').slice(0, 31) || '数据';
const isNumeric = (f: CatalogField) => f.type === 'decimal' || f.type === 'integer';
const LAST_ROW = 10_000;

/**
 * The XLSX template, written with exceljs's streaming writer: sheet 1 has the headers (required ones in
 * bold red, marked `*`) and the example row, text format on every non-numeric column so Excel keeps
 * 2099/12/31 and 18-digit codes as typed, and dropdowns for code-table fields whose list fits Excel's
 * 255-character limit; sheet 2 (填写说明) lists each field with its type, whether required, notes and choices.
 */
export async function buildXlsxTemplate(item: CatalogItem, codeTables: readonly CodeTable[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => out.on('end', resolve).on('error', reject));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  wb.creator = '信用泰安';

  const ws = wb.addWorksheet(sheetName(item.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = item.fields.map((f) => ({
    key: f.code,
    width: Math.min(40, Math.max(12, f.name.length * 2 + 4)),
    style: isNumeric(f) ? {} : { numFmt: '@' },
  }));
  const header = ws.addRow(item.fields.map(templateHeader));
  header.eachCell((cell, col) => {
    const f = item.fields[col - 1];
    cell.font = f?.required ? { bold: true, color: { argb: 'FFFF0000' } } : { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    if (f?.description) cell.note = f.description;
  });
  header.commit();
  const example = exampleRow(item, codeTables);
  const row = ws.addRow(item.fields.map((f, i) => (isNumeric(f) && example[i] ? Number(example[i]) : (example[i] ?? ''))));
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    if (!isNumeric(item.fields[col - 1]!)) cell.numFmt = '@';
  });
  row.commit();
  // Range validations exist on exceljs worksheets (streaming ones too) but are missing from its typings.
  const validations = (ws as unknown as { dataValidations: { add(range: string, rule: DataValidation): void } }).dataValidations;
  item.fields.forEach((f, i) => {
    const list = f.type === 'enum' ? choices(f, codeTables) : [];
    const formula = list.join(',');
    if (!list.length || formula.length >= 255 || list.some((l) => l.includes(','))) return;
    const col = ws.getColumn(i + 1).letter;
    // Several values in one cell (罚款；没收违法所得) are legal for multi-valued fields: a hint, not a rule.
    validations.add(`${col}2:${col}${LAST_ROW}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${formula}"`],
      showErrorMessage: !f.multiple,
      errorStyle: 'warning',
      errorTitle: f.name,
      error: `请从下拉列表中选择${f.name}`,
    });
  });
  ws.commit();

  const guide = wb.addWorksheet('填写说明');
  guide.columns = [
    { key: 'code', width: 16 },
    { key: 'name', width: 30 },
    { key: 'type', width: 18 },
    { key: 'required', width: 10 },
    { key: 'notes', width: 60 },
    { key: 'choices', width: 60 },
  ];
  const guideHeader = guide.addRow(['代码', '名称', '类型', '是否必填', '说明', '可选值']);
  guideHeader.font = { bold: true };
  guideHeader.commit();
  for (const f of item.fields) {
    const r = guide.addRow([
      f.code,
      f.name,
      TYPE_NAMES[f.type],
      f.required ? '是' : '否',
      fieldNotes(f),
      choices(f, codeTables).join('、'),
    ]);
    if (f.required) r.getCell(4).font = { bold: true, color: { argb: 'FFFF0000' } };
    r.alignment = { vertical: 'top', wrapText: true };
    r.commit();
  }
  guide.addRow([]).commit();
  for (const note of [
    `${item.name}（${item.code}）导入模板。`,
    '表头带 * 的列为必填；第 2 行为示例，提交前请删除。',
    '日期填写为 YYYY/MM/DD（如 2026/11/20）；有效期至 2099/12/31 表示长期有效。',
    '金额以万元为单位：罚款 2000 元填 0.2。',
  ]) {
    guide.addRow([note]).commit();
  }
  guide.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
