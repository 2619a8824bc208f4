import type { CatalogField, FieldRole, FieldType, StandardRef } from '../catalog.types';

// Field builders. They only fill in defaults and collect aliases, so each item file reads as a table.

/** The 双公示 field standard generations (DOMAIN §3.2, §3.3). */
export const V1 = 'v1';
export const V2 = 'v2';

export interface FieldOptions {
  required?: boolean;
  maxLength?: number;
  codeTable?: string;
  multiple?: boolean;
  aliases?: string[];
  role?: FieldRole;
  extension?: boolean;
  description?: string;
}

const uniq = (xs: string[], drop: string[]) => [...new Set(xs)].filter((x) => !drop.includes(x));

/** A catalogue field outside the 双公示 standards. */
export function field(code: string, name: string, type: FieldType, o: FieldOptions = {}): CatalogField {
  const f: CatalogField = { code, name, type, required: o.required ?? false, aliases: uniq(o.aliases ?? [], [code, name]) };
  if (o.maxLength !== undefined) f.maxLength = o.maxLength;
  if (o.codeTable) f.codeTable = o.codeTable;
  if (o.multiple) f.multiple = true;
  if (o.extension) f.extension = true;
  if (o.role) f.role = o.role;
  if (o.description) f.description = o.description;
  return f;
}

/**
 * A 双公示 field. `current` is [code, name] in the current (v2) standard, `legacy` in the older (v1) one;
 * either may be null when the field exists in one generation only. The canonical code is the current
 * code when there is one, and both generations' codes and names become aliases.
 */
export function dpField(
  current: [string, string] | null,
  legacy: [string, string] | null,
  type: FieldType,
  o: FieldOptions = {},
): CatalogField {
  const main = current ?? legacy;
  if (!main) throw new Error('a 双公示 field needs at least one generation');
  const standard: StandardRef[] = [];
  if (legacy) standard.push({ generation: V1, code: legacy[0], name: legacy[1] });
  if (current) standard.push({ generation: V2, code: current[0], name: current[1] });
  const f = field(main[0], main[1], type, {
    ...o,
    aliases: [...standard.flatMap((s) => [s.code, s.name]), ...(o.aliases ?? [])],
  });
  f.standard = standard;
  return f;
}

/** A platform extension field (not in any published standard). */
export function extField(code: string, name: string, type: FieldType, o: FieldOptions = {}): CatalogField {
  return field(code, name, type, { ...o, extension: true });
}

/**
 * Subject identity of a 双公示 record (licence prefix XK, penalty prefix CF). The v1 numbering of
 * 行政相对人代码_1…_4 is [U] (only _5 居民身份证号 is attested); v1 and v2 number _2/_3 differently,
 * so only the bracketed form is an alias, never a bare "行政相对人代码_2".
 */
export function dpSubjectFields(p: 'XK' | 'CF'): CatalogField[] {
  return [
    dpField([`${p}_XDR_MC`, '行政相对人名称'], [p === 'XK' ? 'XK_XDR' : 'CF_XDR_MC', '行政相对人名称'], 'string', {
      required: true,
      maxLength: 200,
      role: 'subject_name',
      aliases: ['相对人名称', '行政相对人', p === 'XK' ? '被许可人名称' : '被处罚人名称', '当事人名称', '当事人'],
    }),
    dpField([`${p}_XDR_LB`, '行政相对人类别'], null, 'enum', {
      required: true,
      codeTable: 'XDR_LB',
      role: 'subject_category',
      aliases: ['相对人类别', '行政相对人类型'],
      description: '旧版标准无此字段，导入时按代码推断。',
    }),
    dpField(
      [`${p}_XDR_SHXYM`, '行政相对人代码_1（统一社会信用代码）'],
      [`${p}_XDR_SHXYM`, '行政相对人代码_1（统一社会信用代码）'],
      'subject_code',
      {
        maxLength: 18,
        role: 'uscc',
        aliases: ['统一社会信用代码', '社会信用代码', '信用代码', '行政相对人统一社会信用代码'],
        description: '法人及非法人组织、个体工商户必填其一代码；自然人填证件号码。',
      },
    ),
    dpField([`${p}_XDR_GSZC`, '行政相对人代码_2（工商注册号）'], [`${p}_XDR_GSDJ`, '行政相对人代码_3（工商登记码）'], 'subject_code', {
      maxLength: 50,
      role: 'reg_no',
      aliases: ['工商注册号', '工商登记码', '注册号', '工商登记号'],
    }),
    dpField([`${p}_XDR_ZZJG`, '行政相对人代码_3（组织机构代码）'], [`${p}_XDR_ZDM`, '行政相对人代码_2（组织机构代码）'], 'subject_code', {
      maxLength: 10,
      role: 'org_code',
      aliases: ['组织机构代码'],
    }),
    dpField([`${p}_XDR_SWDJ`, '行政相对人代码_4（税务登记号）'], [`${p}_XDR_SWDJ`, '行政相对人代码_4（税务登记号）'], 'subject_code', {
      maxLength: 50,
      role: 'tax_no',
      aliases: ['税务登记号', '税务登记证号'],
    }),
    dpField([`${p}_XDR_SYDW`, '行政相对人代码_5（事业单位证书号）'], null, 'subject_code', {
      maxLength: 50,
      role: 'institution_no',
      aliases: ['事业单位证书号', '事业单位法人证书号'],
    }),
    dpField([`${p}_XDR_SHZZ`, '行政相对人代码_6（社会组织登记证号）'], null, 'subject_code', {
      maxLength: 50,
      role: 'social_org_no',
      aliases: ['社会组织登记证号'],
    }),
    dpField([`${p}_FRDB`, '法定代表人'], [`${p}_FR`, '法定代表人姓名'], 'string', {
      maxLength: 50,
      role: 'legal_rep',
      aliases: ['法定代表人（负责人）', '法定代表人（负责人）姓名', '负责人', '经营者'],
      description: '法人及非法人组织、个体工商户填写；个体工商户填经营者姓名。',
    }),
    dpField([`${p}_FR_ZJLX`, '法定代表人证件类型'], null, 'enum', { codeTable: 'ZJLX', role: 'legal_rep_id_type' }),
    dpField([`${p}_FR_ZJHM`, '法定代表人证件号码'], null, 'subject_code', {
      maxLength: 64,
      role: 'legal_rep_id_number',
      aliases: [`${p}_FR_SFZH`, '法定代表人身份证号', '法定代表人身份证号码'],
      description: '个人信息：公开页面不显示。',
    }),
    dpField([`${p}_XDR_ZJLX`, '证件类型'], null, 'enum', {
      codeTable: 'ZJLX',
      role: 'id_type',
      aliases: ['行政相对人证件类型'],
      description: '行政相对人为自然人时填写；旧版仅有居民身份证号（视为01）。',
    }),
    dpField([`${p}_XDR_ZJHM`, '证件号码'], [`${p}_XDR_SFZ`, '行政相对人代码_5（居民身份证号）'], 'subject_code', {
      maxLength: 64,
      role: 'id_number',
      aliases: ['行政相对人证件号码', '居民身份证号', '身份证号', '身份证号码'],
      description: '自然人证件号码：公开页面不显示（山东省社会信用条例第二十条）。',
    }),
  ];
}

/** Tail fields shared by both generations and both 双公示 items. */
export function dpTrailerFields(p: 'XK' | 'CF'): CatalogField[] {
  return [
    dpField([`${p}_ZT`, '当前状态'], [`${p}_ZT`, '当前状态'], 'enum', {
      codeTable: 'DQZT',
      role: 'status',
      aliases: ['状态'],
      description: '旧版：0正常（或空白）1撤销 2异议 3其他；现行版数字含义未核实，导入时不按旧版解释。',
    }),
    dpField(null, ['DFBM', '地方编码'], 'code', {
      maxLength: 12,
      role: 'region_code',
      aliases: ['行政区划代码', '地方代码'],
    }),
    dpField(null, ['SJC', '数据更新时间戳'], 'date', { role: 'updated_at', aliases: ['更新时间', '数据更新时间'] }),
    dpField(['BZ', '备注'], ['BZ', '备注'], 'text', { maxLength: 1000, role: 'remark' }),
  ];
}

/** Identity of an organisation on a list (名单) or in a register. */
export function orgFields(o: { nameLabel?: string; withLegalRep?: boolean; required?: boolean } = {}): CatalogField[] {
  const name = o.nameLabel ?? '主体名称';
  const fields = [
    field('ZTMC', name, 'string', {
      required: true,
      maxLength: 200,
      role: 'subject_name',
      aliases: ['企业名称', '单位名称', '名称', '主体名称', '当事人名称', '市场主体名称'],
    }),
    field('TYSHXYDM', '统一社会信用代码', 'subject_code', {
      required: o.required ?? true,
      maxLength: 18,
      role: 'uscc',
      aliases: ['社会信用代码', '信用代码', '行政相对人代码_1（统一社会信用代码）'],
    }),
    field('GSZCH', '工商注册号', 'subject_code', { maxLength: 50, role: 'reg_no', aliases: ['注册号', '工商登记码'] }),
    field('ZZJGDM', '组织机构代码', 'subject_code', { maxLength: 10, role: 'org_code' }),
  ];
  if (o.withLegalRep !== false) {
    fields.push(
      field('FDDBR', '法定代表人', 'string', {
        maxLength: 50,
        role: 'legal_rep',
        aliases: ['法定代表人姓名', '法定代表人（负责人）', '负责人', '主要负责人', '经营者'],
      }),
    );
  }
  return fields;
}

/** Identity of a natural person (自然人库). */
export function personFields(nameLabel = '姓名'): CatalogField[] {
  return [
    field('XM', nameLabel, 'string', { required: true, maxLength: 50, role: 'subject_name', aliases: ['姓名', '人员姓名'] }),
    field('ZJLX', '证件类型', 'enum', { codeTable: 'ZJLX', role: 'id_type', description: '空白视为居民身份证。' }),
    field('ZJHM', '证件号码', 'subject_code', {
      required: true,
      maxLength: 64,
      role: 'id_number',
      aliases: ['身份证号', '身份证号码', '居民身份证号', '公民身份号码'],
      description: '个人信息：仅授权查询、政务共享。',
    }),
  ];
}

/** Identity of a subject that may be an organisation or a person (名单 of both kinds). */
export function anySubjectFields(nameLabel = '主体名称'): CatalogField[] {
  return [
    ...orgFields({ nameLabel, required: false }),
    field('ZJLX', '证件类型', 'enum', { codeTable: 'ZJLX', role: 'id_type', description: '主体为自然人时填写。' }),
    field('ZJHM', '证件号码', 'subject_code', {
      maxLength: 64,
      role: 'id_number',
      aliases: ['身份证号', '身份证号码', '居民身份证号'],
      description: '主体为自然人时填写；统一社会信用代码与证件号码至少填一项。',
    }),
  ];
}

/** The decision that puts a subject on a list and takes it off again. */
export function listDecisionFields(o: { authority?: string } = {}): CatalogField[] {
  const authority = o.authority ?? '认定部门';
  return [
    field('LRYY', '列入事由', 'text', { required: true, maxLength: 2000, aliases: ['列入原因', '列入理由', '失信行为', '主要失信事实'] }),
    field('RDYJ', '认定依据', 'text', { maxLength: 1000, aliases: ['列入依据', '法律依据', '依据'] }),
    field('JDWSH', '列入决定文书号', 'string', {
      required: true,
      maxLength: 100,
      role: 'doc_no',
      aliases: ['决定文书号', '决定书文号', '文书号', '文号', '列入文号'],
    }),
    field('LRRQ', '列入日期', 'date', { required: true, role: 'decision_date', aliases: ['认定日期', '决定日期', '列入时间'] }),
    field('SXXWJSRQ', '失信行为终止日期', 'date', {
      role: 'act_end_date',
      aliases: ['失信行为结束日期'],
      description: '山东省社会信用条例第三十八条：失信信息自失信行为终止之日起最长披露五年。',
    }),
    field('YXQZ', '有效期至', 'date', { role: 'valid_to', aliases: ['公示截止日期', '管理期限至', '移出期限'] }),
    field('RDBM', authority, 'string', {
      required: true,
      maxLength: 200,
      role: 'authority',
      aliases: ['认定部门', '认定机关', '作出决定机关', '列入机关', '决定机关'],
    }),
    field('RDBMDM', `${authority}统一社会信用代码`, 'code', {
      maxLength: 18,
      role: 'authority_code',
      aliases: ['认定机关统一社会信用代码', '认定部门代码'],
    }),
    field('MDZT', '名单状态', 'enum', { codeTable: 'MDZT', role: 'status', aliases: ['状态'] }),
    field('YCRQ', '移出日期', 'date', { aliases: ['移出时间', '退出日期'] }),
    field('YCYY', '移出原因', 'text', { maxLength: 1000, aliases: ['移出理由', '退出原因'] }),
    field('BZ', '备注', 'text', { maxLength: 1000, role: 'remark' }),
  ];
}

export interface FieldAdjustment {
  name?: string;
  required?: boolean;
  /** Added to the existing aliases. */
  aliases?: string[];
  description?: string;
}

/** Adjusts shared fields for one item: a renamed field keeps its generic name as an alias. */
export function adjust(fields: CatalogField[], changes: Record<string, FieldAdjustment>): CatalogField[] {
  return fields.map((f) => {
    const c = changes[f.code];
    if (!c) return f;
    const name = c.name ?? f.name;
    const out: CatalogField = {
      ...f,
      name,
      required: c.required ?? f.required,
      aliases: uniq([...f.aliases, f.name, ...(c.aliases ?? [])], [f.code, name]),
    };
    if (c.description) out.description = c.description;
    return out;
  });
}
