export type SubjectKind = 'legal_person' | 'non_enterprise' | 'natural_person';

export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  legal_person: '企业法人',
  non_enterprise: '非企业法人',
  natural_person: '自然人',
};

/** The three databases of the plan, one per subject kind. */
export const SUBJECT_DATABASES: Record<SubjectKind, string> = {
  legal_person: '企业法人库',
  non_enterprise: '非企业法人库',
  natural_person: '自然人库',
};

/** Category labels by the first two characters of the USCC (GB 32100 registration authority + category). */
export const CATEGORY_LABELS: Record<string, string> = {
  '91': '企业',
  '92': '个体工商户',
  '93': '农民专业合作社',
  '11': '机关',
  '12': '事业单位',
  '13': '群众团体',
  '19': '其他机构编制单位',
  '31': '律师执业机构',
  '32': '公证处',
  '33': '基层法律服务所',
  '34': '司法鉴定机构',
  '35': '仲裁委员会',
  '51': '社会团体',
  '52': '民办非企业单位',
  '53': '基金会',
  '54': '基层群众性自治组织',
  '59': '其他社会组织',
  '71': '宗教活动场所',
  '72': '宗教院校',
  '81': '基层工会',
  N1: '组级集体经济组织',
  N2: '村级集体经济组织',
  N3: '乡镇级集体经济组织',
  Y1: '其他',
  resident: '自然人',
};

export interface SubjectInfo {
  legalRepresentative?: string;
  establishedOn?: string;
  address?: string;
  businessScope?: string;
  registeredCapital?: string;
  registrationAuthority?: string;
  industry?: string;
  sex?: string;
  birthDate?: string;
  [key: string]: unknown;
}

export interface SubjectRow {
  id: number;
  kind: SubjectKind;
  name: string;
  name_norm: string;
  code: string;
  code_kind: string;
  code_checksum_ok: boolean;
  category: string | null;
  region_code: string | null;
  region_name: string | null;
  status: string;
  info: SubjectInfo;
  created_at: Date;
  updated_at: Date;
}

export interface NewSubject {
  kind: SubjectKind;
  name: string;
  code: string;
  codeKind: string;
  checksumOk?: boolean;
  category?: string | null;
  region?: string | null;
  status?: string;
  info?: SubjectInfo;
  legacyCodes?: { code: string; kind: string }[];
  formerNames?: { name: string; validTo?: string | null }[];
  source?: string;
}
