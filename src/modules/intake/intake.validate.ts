/**
 * Validation of one input row against its catalogue item: pure, no database. Every problem names the
 * field and says why in Chinese; a row is either fully valid (canonical values ready to store) or
 * rejected with all its errors at once.
 */
import {
  fieldByRole,
  mapCodeValue,
  mapCodeValues,
  NO_EXPIRY_DATE,
  resolveHeader,
  type CatalogField,
  type CodeTable,
  type FieldRole,
  type StoredCatalogItem,
} from '../catalog';
import { isWellFormed, validateCode, type CodeKind } from '../codes';
import type { SubjectKind } from '../subjects';
import { cleanText, parseDate, parseDecimal } from './intake.values';

export interface RowIssue {
  field: string | null;
  fieldName: string | null;
  code: string;
  message: string;
}

export interface ValidRow {
  ok: true;
  fields: Record<string, string>;
  subject: { code: string; codeKind: CodeKind; kind: SubjectKind; name: string; checksumOk: boolean };
  otherCodes: { code: string; kind: CodeKind }[];
  decisionDate: string | null;
  status: 'normal' | 'revoked';
  keyValues: string[];
  severity?: 'minor' | 'general' | 'serious';
  sectors: string[];
  penaltyTypes: string[];
  actEndDate?: string;
  warnings: RowIssue[];
}

export interface InvalidRow {
  ok: false;
  errors: RowIssue[];
  warnings: RowIssue[];
}

export interface ColumnPlan {
  /** header → field, for the columns the item knows. */
  map: Map<string, CatalogField>;
  unknown: string[];
  prohibited: string[];
  missingRequired: CatalogField[];
  /** Required fields that may be absent as columns (derived, or not part of this file's generation). */
  optionalHere: Set<string>;
}

export interface ValidationContext {
  item: StoredCatalogItem;
  tables: Map<string, CodeTable>;
  plan: ColumnPlan;
  today: string;
  generation?: 'v1' | 'v2' | undefined;
  /** The submitting department and every department's full name (a decision of another department is refused). */
  department: { code: string; name: string; isOperator: boolean };
  departmentNames: Map<string, string>;
}

// 山东省社会信用条例 art. 42 / 征信业管理条例 art. 14: never collected as credit information.
const PROHIBITED = /宗教|信仰|基因|指纹|血型|疾病|病史|病历|病症/;

// Roles the platform derives or cannot know, so their columns may be missing from a file.
const DERIVABLE: ReadonlySet<FieldRole> = new Set(['subject_category', 'authority_code', 'source_unit_code']);

const SUBJECT_CODE_ROLES: { role: FieldRole; kind: CodeKind }[] = [
  { role: 'uscc', kind: 'uscc' },
  { role: 'id_number', kind: 'resident_id' },
  { role: 'reg_no', kind: 'reg_no' },
  { role: 'org_code', kind: 'org_code' },
];

/** Maps a file's headers to the item's fields and finds what is unknown, prohibited or missing. */
export function planColumns(item: StoredCatalogItem, headers: readonly string[], generation?: 'v1' | 'v2'): ColumnPlan {
  const map = new Map<string, CatalogField>();
  const unknown: string[] = [];
  const prohibited: string[] = [];
  const mapped = new Set<string>();
  for (const h of headers) {
    const field = resolveHeader(item, h);
    if (field && !mapped.has(field.code)) {
      map.set(h, field);
      mapped.add(field.code);
    } else if (!field) {
      if (PROHIBITED.test(h)) prohibited.push(h);
      else unknown.push(h);
    }
  }
  const optionalHere = new Set<string>();
  for (const f of item.fields) {
    if (!f.required) continue;
    const notInGeneration = generation !== undefined && f.standard !== undefined && !f.standard.some((s) => s.generation === generation);
    if ((f.role && DERIVABLE.has(f.role)) || notInGeneration) optionalHere.add(f.code);
  }
  const missingRequired = item.fields.filter((f) => f.required && !mapped.has(f.code) && !optionalHere.has(f.code));
  return { map, unknown, prohibited, missingRequired, optionalHere };
}

function issue(field: CatalogField | null, code: string, message: string): RowIssue {
  return { field: field?.code ?? null, fieldName: field?.name ?? null, code, message };
}

const CODE_LABEL: Record<CodeKind, string> = {
  uscc: '统一社会信用代码',
  resident_id: '身份证号码',
  reg_no: '工商注册号',
  org_code: '组织机构代码',
};

/** Validates one row; `raw` is header → cell text as read from the file. */
export function validateRow(ctx: ValidationContext, raw: Readonly<Record<string, string>>): ValidRow | InvalidRow {
  const { item, plan } = ctx;
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const fields: Record<string, string> = {};

  for (const h of plan.prohibited) {
    if (cleanText(raw[h] ?? '') !== '')
      errors.push(issue(null, 'PROHIBITED_DATA', `含禁止采集的信息「${h}」（山东省社会信用条例第四十二条）`));
  }

  for (const [header, field] of plan.map) {
    const value = cleanText(raw[header] ?? '');
    if (value === '') continue;
    // U+FFFD is what a decoder leaves for bytes it could not read (e.g. GBK bytes in a file read as UTF-8):
    // the text is already lost, so the row is refused rather than stored garbled.
    if (value.includes('\uFFFD')) {
      errors.push(
        issue(
          field,
          'INVALID_ENCODING',
          `「${field.name}」含乱码（无法识别的字符），文件编码可能有误，请另存为 UTF-8 或 GBK 编码后重新提交`,
        ),
      );
      continue;
    }
    if (field.maxLength && Array.from(value).length > field.maxLength) {
      errors.push(issue(field, 'TOO_LONG', `「${field.name}」超过 ${field.maxLength} 个字符`));
      continue;
    }
    switch (field.type) {
      case 'date': {
        const d = parseDate(value);
        if (!d) errors.push(issue(field, 'INVALID_DATE', `「${field.name}」不是有效日期：${value.slice(0, 40)}`));
        else fields[field.code] = d;
        break;
      }
      case 'decimal':
      case 'integer': {
        const n = parseDecimal(value);
        if (n === undefined || (field.type === 'integer' && n.includes('.'))) {
          errors.push(issue(field, 'INVALID_NUMBER', `「${field.name}」应为数字：${value.slice(0, 40)}`));
        } else if (n.startsWith('-')) {
          errors.push(issue(field, 'NEGATIVE_AMOUNT', `「${field.name}」不能为负数：${value}`));
        } else fields[field.code] = n;
        break;
      }
      case 'enum': {
        const table = field.codeTable ? ctx.tables.get(field.codeTable) : undefined;
        if (!table) {
          fields[field.code] = value;
          break;
        }
        const opts = ctx.generation ? { legacyCodes: ctx.generation === 'v1' } : {};
        // Current-generation files carry 当前状态 "1" for a decision in force (the published sample rows
        // do; the standard's code list was not found [U]). In the older generation "1" means 撤销.
        if (field.role === 'status' && ctx.generation === 'v2' && value === '1') {
          fields[field.code] = '正常';
          break;
        }
        if (field.multiple) {
          const { values, unknown } = mapCodeValues(table, value, opts);
          if (unknown.length)
            errors.push(
              issue(
                field,
                'INVALID_CODE',
                `「${field.name}」的值「${unknown.join('、')}」不在代码表中（可选：${table.entries.map((e) => e.label).join('、')}）`,
              ),
            );
          else fields[field.code] = values.join(';');
        } else {
          const v = mapCodeValue(table, value, opts);
          if (v === undefined)
            errors.push(
              issue(
                field,
                'INVALID_CODE',
                `「${field.name}」的值「${value.slice(0, 40)}」不在代码表中（可选：${table.entries.map((e) => e.label).join('、')}）`,
              ),
            );
          else fields[field.code] = v;
        }
        break;
      }
      default:
        fields[field.code] = value;
    }
  }

  // Required values (a required column that is legitimately absent from this file is derived below).
  for (const f of item.fields) {
    if (!f.required || fields[f.code] !== undefined || errors.some((e) => e.field === f.code)) continue;
    if (plan.optionalHere.has(f.code) && ![...plan.map.values()].some((m) => m.code === f.code)) continue;
    if (f.role === 'subject_category') continue;
    errors.push(issue(f, 'REQUIRED', `必填项「${f.name}」为空`));
  }

  // The subject: the first well-formed identifier decides which database it belongs to.
  let subject: ValidRow['subject'] | undefined;
  const otherCodes: ValidRow['otherCodes'] = [];
  for (const { role, kind } of SUBJECT_CODE_ROLES) {
    const field = fieldByRole(item, role);
    const value = field ? fields[field.code] : undefined;
    if (!field || !value) continue;
    // The batch's today (its clock, China time) decides whether a birth date lies in the future, not the wall clock.
    const result = validateCode(value, { expect: kind, today: new Date(`${ctx.today}T12:00:00+08:00`) });
    if (!isWellFormed(result) || result.kind !== kind) {
      errors.push(issue(field, 'INVALID_IDENTIFIER', `「${field.name}」不是有效的${CODE_LABEL[kind]}：${result.reason ?? value}`));
      continue;
    }
    fields[field.code] = result.normalized;
    if (!result.ok) warnings.push(issue(field, 'CHECKSUM', `「${field.name}」校验位不符（${result.reason}），已接收并转人工核查`));
    if (!subject && result.subjectKind) {
      subject = { code: result.normalized, codeKind: kind, kind: result.subjectKind, name: '', checksumOk: result.ok };
    } else otherCodes.push({ code: result.normalized, kind });
  }
  const nameField = fieldByRole(item, 'subject_name');
  const name = nameField ? fields[nameField.code] : undefined;
  if (!subject && !errors.some((e) => e.code === 'INVALID_IDENTIFIER')) {
    errors.push(
      issue(
        fieldByRole(item, 'uscc') ?? null,
        'NO_SUBJECT_CODE',
        '缺少行政相对人代码：统一社会信用代码、身份证号码、工商注册号或组织机构代码至少填写一项',
      ),
    );
  }

  // 行政相对人类别: checked against the identifier, derived when absent.
  const categoryField = fieldByRole(item, 'subject_category');
  if (subject && categoryField) {
    const given = fields[categoryField.code];
    const derived = subject.kind === 'natural_person' ? '自然人' : subject.code.startsWith('92') ? '个体工商户' : '法人及非法人组织';
    if (!given) fields[categoryField.code] = derived;
    else if (
      (given === '自然人') !== (subject.kind === 'natural_person') &&
      !(given === '个体工商户' && subject.kind === 'natural_person')
    ) {
      errors.push(
        issue(
          categoryField,
          'CATEGORY_MISMATCH',
          `「${categoryField.name}」为「${given}」，与所填代码（${CODE_LABEL[subject.codeKind]}）不符`,
        ),
      );
    }
  }

  // Dates: not in the future; validity end not before its start (2099-12-31 = no expiry).
  const decision = fieldByRole(item, 'decision_date');
  const decisionDate = decision ? (fields[decision.code] ?? null) : null;
  if (decision && decisionDate && decisionDate > ctx.today) {
    errors.push(issue(decision, 'FUTURE_DATE', `「${decision.name}」${decisionDate} 晚于今天`));
  }
  const from = fieldByRole(item, 'valid_from');
  const to = fieldByRole(item, 'valid_to');
  const fromDate = from ? fields[from.code] : undefined;
  const toDate = to ? fields[to.code] : undefined;
  if (from && to && fromDate && toDate && toDate !== NO_EXPIRY_DATE && toDate < fromDate) {
    errors.push(issue(to, 'INVALID_RANGE', `「${to.name}」${toDate} 早于「${from.name}」${fromDate}`));
  }

  // A decision of another known department is that department's to submit.
  const authority = fieldByRole(item, 'authority');
  const authorityName = authority ? fields[authority.code] : undefined;
  if (authority && authorityName && !ctx.department.isOperator) {
    const owner = ctx.departmentNames.get(authorityName);
    if (owner && owner !== ctx.department.code) {
      errors.push(
        issue(
          authority,
          'AUTHORITY_MISMATCH',
          `「${authority.name}」为 ${authorityName}，不是报送部门 ${ctx.department.name} 作出的决定，应由该机关报送`,
        ),
      );
    }
  }

  if (errors.length > 0 || !subject) return { ok: false, errors, warnings };
  subject.name = name ?? '';

  const statusField = fieldByRole(item, 'status');
  const status = statusField && fields[statusField.code] === '撤销' ? 'revoked' : 'normal';
  const severityField = fieldByRole(item, 'severity');
  const sectorField = fieldByRole(item, 'sector');
  const severity = severityField ? (fields[severityField.code] as ValidRow['severity']) : undefined;
  const penaltyTypes = item.fields.filter((f) => f.role === 'penalty_type' && fields[f.code]).flatMap((f) => fields[f.code]!.split(';'));
  const actEnd = fieldByRole(item, 'act_end_date');
  return {
    ok: true,
    fields,
    subject,
    otherCodes,
    decisionDate,
    status,
    keyValues: item.keyFields.map((k) => fields[k] ?? ''),
    ...(severity ? { severity } : {}),
    sectors: sectorField && fields[sectorField.code] ? fields[sectorField.code]!.split(';') : [],
    penaltyTypes,
    ...(actEnd && fields[actEnd.code] ? { actEndDate: fields[actEnd.code]! } : {}),
    warnings,
  };
}
