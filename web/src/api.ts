// The HTTP API as the portal uses it: typed fetch helpers and the shapes they return.

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface SubjectHit {
  id: number;
  kind: string;
  kindLabel: string;
  name: string;
  code: string;
  region: { code: string; name: string } | null;
  matchedName: string | null;
  highlights: { start: number; end: number }[];
}

export interface ProfileItem {
  id: number;
  kind: 'record' | 'list_entry';
  item: string;
  itemName: string;
  provider: string | null;
  decisionDate: string | null;
  docNo: string | null;
  publicityStatus: string;
  publicityEnd: string | null;
  /** Penalties: the first day a repair may be applied for (the minimum publicity period has passed). */
  repairFrom?: string | null;
  fields: { code: string; name: string; value: string }[];
}

export interface Profile {
  id: number;
  kind: string;
  kindLabel: string;
  database?: string;
  name: string;
  code: string;
  codeKindLabel?: string;
  categoryLabel?: string;
  region: { code: string; name: string } | null;
  statusLabel?: string;
  registration?: Record<string, string | null | undefined>;
  formerNames?: string[];
  asOf: string;
  sections: { key: string; title: string; items: ProfileItem[] }[];
}

export interface PublicityItem {
  id: number;
  subject: { id: number; name: string; code: string };
  department: { code: string | null; name: string };
  docNo: string | null;
  decisionDate: string | null;
  title: string | null;
  category: string | null;
  content: string | null;
  publicityStatus: string;
  publicityEnd: string | null;
}

export interface ListEntry {
  id: number;
  subject: { id: number; name: string; code: string };
  department: string | null;
  docNo: string | null;
  reason: string | null;
  startDate: string;
  endDate: string | null;
}

export interface ListPage extends Page<ListEntry> {
  list: { code: string; name: string; flag: string | null };
}

export interface Department {
  code: string;
  name: string;
  shortName: string;
  member: boolean;
}

export interface IssuedReport {
  reportNo: string;
  issuedAt: string;
  subject: { name: string; code: string };
  contentHash: string;
  pdfUrl: string;
  jsonUrl: string;
  verifyUrl: string;
}

export interface Verification {
  reportNo: string;
  status: 'valid' | 'superseded';
  issuedAt: string;
  contentHash: string;
  subject: { name: string; code: string };
  changedItems?: number;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The server's stable error code (INVALID_INPUT, CASE_OPEN …), when it gave one. */
    readonly code = '',
    /** `details` of the error: `[{ field, message }]` for schema errors, `{ field }` or `{ caseNo }` from the services. */
    readonly details: unknown = undefined,
  ) {
    super(message);
  }
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ApiError('网络连接失败，请检查网络后重试', 0);
  }
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: unknown } } | null;
  if (!res.ok)
    throw new ApiError(
      body?.error?.message ?? `服务暂时不可用（${res.status}）`,
      res.status,
      body?.error?.code ?? '',
      body?.error?.details,
    );
  return body as T;
}

export const api = {
  get: <T>(url: string) => request<T>(url),
  post: <T>(url: string, data: unknown) =>
    request<T>(url, { method: 'POST', body: JSON.stringify(data), headers: { 'content-type': 'application/json' } }),
};

export const LISTS: { code: string; name: string; flag: 'red' | 'black' | 'abnormal' }[] = [
  { code: 'AJNSR', name: 'A级纳税人', flag: 'red' },
  { code: 'SHTXY', name: '守合同重信用企业', flag: 'red' },
  { code: 'SXBZXR', name: '失信被执行人', flag: 'black' },
  { code: 'ZDSSWF', name: '重大税收违法失信主体', flag: 'black' },
  { code: 'YZWFSX', name: '严重违法失信企业', flag: 'black' },
  { code: 'TQNMGGZ', name: '拖欠农民工工资失信联合惩戒对象', flag: 'black' },
  { code: 'ZFCGSX', name: '政府采购严重违法失信行为记录', flag: 'black' },
  { code: 'AQSCSX', name: '安全生产严重失信主体名单', flag: 'black' },
  { code: 'JYYC', name: '经营异常名录', flag: 'abnormal' },
];

export interface Region {
  code: string;
  name: string;
  level: string;
}

/** GET /api/v1/regions: the profile's region and its counties and zones. */
export interface Regions {
  region: Region | null;
  items: Region[];
}

/** GET /api/v1/stats/headline. */
export interface HeadlineFigures {
  asOf: string;
  subjects: { legalPerson: number; nonEnterprise: number; naturalPerson: number };
  publicity: { licenses: number; penalties: number };
  lists: { red: number; black: number };
  reportsIssued: number;
  providingDepartments: number;
}

/** GET /api/v1/catalog/{code}: only what the portal reads (the code tables of an item's fields). */
export interface CatalogItemTables {
  code: string;
  name: string;
  codeTables: { code: string; name: string; entries: { value: string; label: string }[] }[];
}

export const KINDS: { code: string; name: string }[] = [
  { code: 'legal_person', name: '企业法人' },
  { code: 'non_enterprise', name: '非企业法人' },
  { code: 'natural_person', name: '失信被执行人（自然人）' },
];

// Objections, credit repair and complaints (src/modules/cases).

export type CaseKind = 'objection' | 'repair' | 'complaint';

/** A file of evidence as the API takes it: the name and the bytes in Base64. */
export interface EvidenceFile {
  fileName: string;
  content: string;
}

/** POST /api/v1/objections and /repairs: the case number, the day of receipt and the deadline (working days). */
export interface CaseFiled {
  caseNo: string;
  receivedOn: string;
  deadline: string;
}

/** POST /api/v1/complaints: the case number and the 6-digit query code (shown once). */
export interface ComplaintFiled {
  caseNo: string;
  queryCode: string;
  receivedOn: string;
}

/** GET /api/v1/repairs/eligibility. */
export interface RepairEligibility {
  eligible: boolean;
  from: string | null;
  code: 'PUBLICITY_MINIMUM_NOT_REACHED' | 'REPAIR_ELSEWHERE' | null;
  message: string;
  commitment: string;
}

export interface CaseStep {
  action: string;
  label: string;
  status: string;
  at: string;
  note: string | null;
}

/** GET /api/v1/{objections|repairs|complaints}/{no}?code=: progress, never the applicant. */
export interface CaseProgress {
  caseNo: string;
  kind: CaseKind;
  kindLabel: string;
  status: string;
  statusLabel: string;
  target: Record<string, unknown>;
  grounds: string | null;
  receivedOn: string;
  deadline: string | null;
  department: string | null;
  outcome: string | null;
  outcomeLabel: string | null;
  outcomeNote: string | null;
  decidedOn: string | null;
  steps: CaseStep[];
}

/** Objection grounds: the API's codes and their words (src/modules/cases/cases.data.ts). */
export const OBJECTION_GROUNDS: { code: string; label: string }[] = [
  { code: 'wrong', label: '信息错误' },
  { code: 'missing', label: '信息遗漏' },
  { code: 'duplicate', label: '重复公示' },
  { code: 'should_not_publish', label: '不应公示' },
  { code: 'overdue_publicity', label: '超期公示' },
  { code: 'differs_from_authority', label: '与认定机关信息不一致' },
  { code: 'infringement', label: '侵犯合法权益' },
];

/** The kind of a case by its number's prefix: YY 异议, XF 信用修复, JB 举报; the lookup path and what the code is. */
export function caseKindOf(caseNo: string): { kind: CaseKind; path: string; codeLabel: string } | null {
  const prefix = caseNo.trim().slice(0, 2).toUpperCase();
  if (prefix === 'YY') return { kind: 'objection', path: '/api/v1/objections', codeLabel: '统一社会信用代码' };
  if (prefix === 'XF') return { kind: 'repair', path: '/api/v1/repairs', codeLabel: '统一社会信用代码' };
  if (prefix === 'JB') return { kind: 'complaint', path: '/api/v1/complaints', codeLabel: '查询码' };
  return null;
}
