/** Output shapes of the demo-data generator: plain objects the loader inserts as they are. */

/** Stable list-type codes (see DOMAIN §7.4). */
export type DemoListType =
  | 'court_dishonest_debtor'
  | 'major_tax_violation'
  | 'serious_illegal_dishonest'
  | 'business_abnormal'
  | 'wage_arrears'
  | 'gov_procurement_dishonest'
  | 'a_grade_taxpayer'
  | 'contract_honoring';

/** Red lists (守信激励); the others are black lists (失信惩戒) or, for business_abnormal, a 名录. */
export const RED_LIST_TYPES: readonly DemoListType[] = ['a_grade_taxpayer', 'contract_honoring'];

/** A department as the generator needs it (a subset of the profile's department entries). */
export interface DemoDepartment {
  code: string;
  name: string;
  functions: readonly string[];
  /** 370900 for city level, a county code, or a zone code. */
  region: string;
}

export interface DemoOptions {
  /** Default 20161231. */
  seed?: number;
  /** 1 ≈ 2,000 enterprises, 400 non-enterprise organisations, 3,000 persons; may be fractional. */
  scale?: number;
  /** 'YYYY-MM-DD'; nothing is dated after it. Default '2026-12-01'. */
  today?: string;
  departments: readonly DemoDepartment[];
}

export type DemoSubjectKind = 'legal_person' | 'non_enterprise' | 'natural_person';
/** First two USCC characters, or 'resident' for natural persons. */
export type DemoCategory = '91' | '92' | '93' | '11' | '12' | '51' | '52' | '54' | 'N2' | 'resident';
export type DemoSubjectStatus = 'active' | 'cancelled' | 'revoked';

export interface DemoSubjectInfo {
  /** 法定代表人 / 负责人 / 经营者 */
  legalRepresentative?: string;
  establishedOn?: string;
  address?: string;
  businessScope?: string;
  /** 注册资本 / 出资总额 / 开办资金 in 万元, as a decimal string. */
  registeredCapital?: string;
  /** 登记机关 by name (行政审批服务局, 市场监督管理局, 机构编制委员会办公室, 民政局 …). */
  registrationAuthority?: string;
  /** GB/T 4754 门类 name. */
  industry?: string;
  sex?: 'M' | 'F';
  birthDate?: string;
  /** Key professional group (教师, 医务人员, 律师 …) for ~8% of working-age persons. */
  occupation?: string;
}

export interface DemoLegacyCode {
  code: string;
  kind: 'reg_no' | 'org_code';
}

export interface DemoFormerName {
  name: string;
  /** Last day the name was used. */
  validTo: string;
}

export interface DemoSubject {
  /** Stable key: E0000001 (enterprises), N0000001 (non-enterprise), P0000001 (persons). */
  ref: string;
  kind: DemoSubjectKind;
  name: string;
  code: string;
  codeKind: 'uscc' | 'resident_id';
  category: DemoCategory;
  /** A county code or zone code of the profile (370902 … TA-GXQ, TA-TSJQ). */
  region: string;
  status: DemoSubjectStatus;
  info: DemoSubjectInfo;
  legacyCodes?: DemoLegacyCode[];
  /** Oldest first. */
  formerNames?: DemoFormerName[];
}

/** 行政相对人类别 of the current 双公示 standard. */
export type DemoPartyCategory = '法人及非法人组织' | '个体工商户' | '自然人';

/** A licence decision in the current (2019-era) 双公示 field shape; absent keys are empty. */
export type DemoLicenseFields = {
  XK_XDR_MC: string;
  XK_XDR_LB: DemoPartyCategory;
  XK_XDR_SHXYM?: string;
  XK_XDR_ZJLX?: string;
  XK_XDR_ZJHM?: string;
  XK_FRDB?: string;
  XK_XKWS: string;
  XK_WSH: string;
  XK_XKLB: '普通' | '特许' | '认可' | '核准' | '登记' | '其他';
  XK_XKZS: string;
  XK_XKBH: string;
  XK_NR: string;
  XK_JDRQ: string;
  XK_YXQZ: string;
  /** '2099-12-31' = no expiry. */
  XK_YXQZI: string;
  XK_XKJG: string;
  XK_ZT: '1';
  XK_LYDW: string;
};

export interface DemoLicense {
  /** Stable key: subject ref + '-XK' + n. */
  ref: string;
  subjectRef: string;
  departmentCode: string;
  decisionDate: string;
  /** Key into LICENSE_TYPES (food_sales, construction_permit …). */
  licenseType: string;
  fields: DemoLicenseFields;
}

/** A penalty decision in the current 双公示 field shape; fines in 万元. */
export type DemoPenaltyFields = {
  CF_XDR_MC: string;
  CF_XDR_LB: DemoPartyCategory;
  CF_XDR_SHXYM?: string;
  CF_XDR_ZJLX?: string;
  CF_XDR_ZJHM?: string;
  CF_FRDB?: string;
  CF_WSH: string;
  CF_WFXW: string;
  CF_SY: string;
  CF_YJ: string;
  /** Kinds joined with ';' when several apply: '罚款;没收违法所得、没收非法财物'. */
  CF_CFLB: string;
  CF_NR: string;
  /** 罚款金额（万元）, e.g. '0.2' for 2,000 yuan; absent when there is no fine. */
  CF_NR_FK?: string;
  /** 没收违法所得、没收非法财物的金额（万元） */
  CF_NR_WFFF?: string;
  CF_JDRQ: string;
  CF_CFJG: string;
  CF_SJLY: string;
};

export type DemoPenaltySector = '食品' | '药品' | '特种设备' | '安全生产' | '消防';

export interface DemoPenalty {
  /** Stable key: subject ref + '-CF' + n. */
  ref: string;
  subjectRef: string;
  departmentCode: string;
  decisionDate: string;
  /** Key into PENALTY_TYPES. */
  penaltyType: string;
  /** Sectors with a 1-year minimum publicity (empty for most penalties). */
  sectors: DemoPenaltySector[];
  severity: 'general' | 'serious';
  /** 'simplified' (简易程序) decisions are not 失信 information in Shandong. */
  procedure: 'ordinary' | 'simplified';
  /** 'revoked' = the decision was later revoked (CF_ZT 撤销). */
  status: 'normal' | 'revoked';
  fields: DemoPenaltyFields;
}

export interface DemoListEntry {
  /** Stable key: subject ref + '-MD' + n. */
  ref: string;
  subjectRef: string;
  listType: DemoListType;
  departmentCode: string;
  docNo: string;
  reason: string;
  legalBasis: string;
  startDate: string;
  /** Planned or actual end; may lie after `today` (still listed). Absent: open-ended. */
  endDate?: string;
  details: Record<string, string>;
}

/** Everything generated, or one chunk of it (the records of that chunk's subjects). */
export interface DemoData {
  subjects: DemoSubject[];
  licenses: DemoLicense[];
  penalties: DemoPenalty[];
  listEntries: DemoListEntry[];
}
