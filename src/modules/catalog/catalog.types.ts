// The credit information catalogue (目录) as types. The value lists are `as const` tuples so the zod
// schemas (catalog.schemas.ts) and the database CHECK constraints speak the same vocabulary.

/** Report sections (公共信用信息报告 2021/2022 headings; DOMAIN §4.1). */
export const SECTIONS = [
  'basic', // 基础信息
  'administration', // 行政管理信息
  'honor', // 诚实守信相关荣誉信息
  'dishonesty', // 严重失信主体名单
  'abnormal', // 经营（活动）异常名录（状态）信息
  'commitment', // 信用承诺及履行情况信息
  'evaluation', // 信用评价信息
  'judicial', // 司法判决及执行信息
  'qualification', // 职称和职业资格信息
  'other', // 其他信息
] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_NAMES: Record<Section, string> = {
  basic: '基础信息',
  administration: '行政管理信息',
  honor: '诚实守信相关荣誉信息',
  dishonesty: '严重失信主体名单',
  abnormal: '经营异常名录',
  commitment: '信用承诺',
  evaluation: '信用评价',
  judicial: '司法判决及执行',
  qualification: '职称和职业资格',
  other: '其他',
};

/** 信息性质 per 山东省社会信用条例 art. 11: 基础信息 / 失信信息 / 其他信息. */
export const NATURES = ['basic', 'dishonest', 'other'] as const;
export type Nature = (typeof NATURES)[number];

/** 披露方式 per 山东省社会信用条例 art. 20: 公开公示 / 授权查询 / 政务共享. */
export const DISCLOSURES = ['public', 'authorized', 'shared'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];

/** The three subject databases: 企业法人库 (incl. 个体工商户, 农民专业合作社), 非企业法人库, 自然人库. */
export const SUBJECT_KINDS = ['legal_person', 'non_enterprise', 'natural_person'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const DOUBLE_PUBLICITY = ['license', 'penalty'] as const;
export type DoublePublicity = (typeof DOUBLE_PUBLICITY)[number];

/** red 红名单 (守信激励), black 严重失信主体名单 (失信惩戒), focus 重点关注名单 / 经营异常名录. */
export const LIST_FLAGS = ['red', 'black', 'focus'] as const;
export type ListFlag = (typeof LIST_FLAGS)[number];

/**
 * Department functions. A catalogue item names its providers by function, not by a local department,
 * so one catalogue serves any city; the profile maps each local department to one or more functions.
 */
export const FUNCTION_NAMES = {
  development_reform: '发展改革（信用主管）',
  market_regulation: '市场监管',
  tax: '税务',
  court: '法院',
  procuratorate: '检察院',
  public_security: '公安',
  civil_affairs: '民政',
  justice: '司法行政',
  finance: '财政（含政府采购）',
  human_resources: '人力资源和社会保障',
  natural_resources: '自然资源',
  ecology_environment: '生态环境',
  housing_construction: '住房和城乡建设',
  transport: '交通运输',
  water: '水利',
  agriculture: '农业农村',
  commerce: '商务',
  culture_tourism: '文化和旅游',
  health: '卫生健康',
  emergency_management: '应急管理',
  audit: '审计',
  statistics: '统计',
  medical_insurance: '医疗保障',
  education: '教育',
  science_technology: '科技',
  industry_it: '工业和信息化',
  forestry: '林业',
  customs: '海关',
  pbc: '中国人民银行',
  financial_regulation: '金融监管',
  organization: '组织（公务员管理）',
  spiritual_civilization: '文明办',
  trade_union: '工会',
  fire_rescue: '消防救援',
  urban_management: '城市管理',
  big_data: '大数据',
  housing_fund: '住房公积金',
  credit_center: '公共信用信息中心',
} as const;
export type FunctionCode = keyof typeof FUNCTION_NAMES;
export const FUNCTION_CODES = Object.keys(FUNCTION_NAMES) as FunctionCode[];

/** A provider reference: a function code, or `any` when every department may submit (表彰奖励, 信用承诺, 双公示). */
export type ProviderRef = FunctionCode | 'any';

/**
 * Field value types. `enum` values come from a code table; `subject_code` identifies the record's
 * subject (USCC, legacy registration/organisation/tax codes, ID numbers: linked by modules/subjects);
 * `code` is any other code checked by format only (an authority's USCC, a region code).
 */
export const FIELD_TYPES = ['string', 'text', 'date', 'decimal', 'integer', 'code', 'subject_code', 'enum'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * What a field means to the platform, whatever the item: intake finds the subject, the decision date
 * or the penalty types of any item through these roles instead of hard-coding field codes.
 */
export const FIELD_ROLES = [
  'subject_name',
  'subject_category', // 行政相对人类别
  'uscc',
  'reg_no', // 工商注册号
  'org_code', // 组织机构代码
  'tax_no', // 税务登记号
  'institution_no', // 事业单位证书号
  'social_org_no', // 社会组织登记证号
  'id_type',
  'id_number',
  'legal_rep',
  'legal_rep_id_type',
  'legal_rep_id_number',
  'doc_no',
  'decision_date',
  'valid_from',
  'valid_to',
  'act_end_date', // end of the dishonest act: start of Shandong's 5-year limit
  'authority',
  'authority_code',
  'source_unit',
  'source_unit_code',
  'status',
  'severity',
  'sector',
  'penalty_type',
  'procedure',
  'region_code',
  'updated_at',
  'remark',
] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

/** One field in one generation of a published data standard (双公示 v1/v2). */
export interface StandardRef {
  generation: string;
  code: string;
  name: string;
}

export interface CatalogField {
  /** Internal canonical code: the current-generation code where one exists (XK_WSH), else a stable extension code. */
  code: string;
  /** Chinese name (current generation). */
  name: string;
  type: FieldType;
  /** Required by the current standard / catalogue item. Older-generation files may lack a field; intake derives it. */
  required: boolean;
  maxLength?: number;
  /** Code table code, for `enum` fields only. */
  codeTable?: string;
  /** The value may list several codes (处罚类别 罚款；没收违法所得). */
  multiple?: boolean;
  /** Every other header that maps here: older-generation code, Chinese names of both generations, common variants. */
  aliases: string[];
  /** Where the field appears in the published standards (双公示 items only). */
  standard?: StandardRef[];
  /** Not part of any published standard: added by this platform (程序类型, 失信程度, 所属领域). */
  extension?: boolean;
  role?: FieldRole;
  description?: string;
}

export interface CodeTableEntry {
  /** Canonical value: the current-standard text for standard tables, a snake token for platform tables. */
  value: string;
  label: string;
  /** Other spellings that mean this entry (texts, current-generation numeric codes). */
  aliases: string[];
  /** Numeric codes of the older (v1) generation; ignored when mapping a file known to be current-generation. */
  legacyCodes?: string[];
  description?: string;
}

export interface CodeTable {
  code: string;
  name: string;
  description?: string;
  entries: CodeTableEntry[];
}

/** A length of time, calendar based: months are calendar months (2023-01-31 + 1 month = 2023-02-28). */
export interface Period {
  years?: number;
  months?: number;
  days?: number;
}

export const SEVERITIES = ['minor', 'general', 'serious'] as const;
/** 轻微 / 一般 / 严重 (2025 tiers); 2019 knows 一般 / 严重 only. */
export type Severity = (typeof SEVERITIES)[number];

/** One publicity tier of a rule version: minimum (earliest repair) and maximum (automatic end). */
export interface PublicityTier {
  severity: Severity | 'any';
  label: string;
  min: Period;
  max: Period;
  /** `optional`: the rule allows not publishing at all (2025 轻微). */
  publication: 'required' | 'optional';
}

export interface SectorMinimum {
  sectors: string[];
  min: Period;
  basis: string;
}

export interface PenaltyTypeTerm {
  /** 处罚类别 canonical values (code table CFLB). */
  types: string[];
  min?: Period;
  max?: Period;
  note: string;
}

/**
 * A publicity rule version. `penalty_periods` rules are national and chosen by decision date;
 * a `hard_limit` rule (山东 art. 38) caps every 失信 record whatever the national version.
 */
export interface PublicityRule {
  version: string;
  name: string;
  basis: string;
  kind: 'penalty_periods' | 'hard_limit';
  effectiveFrom: string;
  effectiveTo: string | null;
  /** An operator may switch this version on for their installation. */
  selectable: boolean;
  /** In force without configuration. */
  default: boolean;
  /** GB/T 2260 prefix where the rule binds ('37' = 山东省); absent for national rules. */
  region?: string;
  defaultSeverity?: Severity;
  tiers: PublicityTier[];
  sectorMinimums: SectorMinimum[];
  penaltyTypes: PenaltyTypeTerm[];
  limit?: { max: Period; from: 'act_end'; natures: Nature[] };
  notes: string[];
}

/**
 * How a record of an item is published: by the national penalty rule in force on the decision date,
 * until the validity end (licences), for the list term, or until withdrawn.
 */
export interface PublicityPolicy {
  mode: 'penalty_rule' | 'validity' | 'list_term' | 'indefinite';
  /** list_term: the term when the decision states no end date. */
  term?: Period;
  /** The item belongs to these sectors as a whole (安全生产 list → 安全生产 minimum). */
  sectors?: string[];
  /** Shandong's 5-year limit after the act ends applies (失信 information). */
  hardLimit: boolean;
  note?: string;
}

/** A value-dependent change of nature, e.g. 简易程序 penalties are not 失信 in Shandong (art. 13). */
export interface NatureRule {
  field: string;
  values: string[];
  nature: Nature;
  basis: string;
}

/** A generation of a published field standard that imports into this item. */
export interface Generation {
  id: string;
  name: string;
  note: string;
}

export interface CatalogItem {
  /** Stable upper-case token (XZXK, XZCF …); never reused for another meaning. */
  code: string;
  name: string;
  section: Section;
  nature: Nature;
  disclosure: Disclosure;
  /**
   * Disclosure of natural persons' records when it differs from `disclosure`. Natural persons are never
   * publicly displayed (山东 art. 20) unless the law says so (失信被执行人); default `authorized`.
   */
  naturalPersonDisclosure?: Disclosure;
  subjectKinds: SubjectKind[];
  doublePublicity: DoublePublicity | null;
  listFlag: ListFlag | null;
  providers: ProviderRef[];
  fields: CatalogField[];
  /** Fields that identify one record of a subject (the decision document number …). */
  keyFields: string[];
  publicity: PublicityPolicy;
  natureRules: NatureRule[];
  generations: Generation[];
  /** Legal basis (法律依据) of collecting and publishing the item. */
  basis: string;
  ruleNotes: string[];
}

/** A catalogue item as loaded: one version of it, with the code tables it uses frozen inside. */
export interface StoredCatalogItem extends CatalogItem {
  version: number;
  checksum: string;
  release: string;
  isCurrent: boolean;
  loadedAt: string;
  codeTables: CodeTable[];
}

export interface LoadCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}
