// Shapes of the console's API answers (see the OpenAPI document at /api/docs) and their Chinese labels.

export interface Named {
  code: string;
  name: string;
}

export interface SubjectRef {
  id: number;
  kind: string;
  name: string;
  code: string;
}

export interface ConsoleDepartment {
  code: string;
  name: string;
  shortName: string;
  functions: string[];
  member: boolean;
}

export interface Receipt {
  v: number;
  receiptNo: string;
  issuedAt: string;
  keyId: string;
  requestHash: string;
  answerHash: string;
  algorithm: string;
  signature: string;
}

export interface CheckHit {
  entryId: number;
  listType: { code: string; name: string; flag: string };
  department: string | null;
  docNo: string | null;
  reason: string | null;
  legalBasis: string | null;
  startDate: string;
  endDate: string | null;
}

export interface CheckMeasure {
  code: string;
  version: number;
  kind: 'reward' | 'punishment';
  text: string;
  legalBasis: string;
  memorandum: { code: string; docNo: string | null; title: string };
  triggeredBy: string[];
}

export type Outcome = 'hit' | 'clear' | 'not_found' | 'candidates';

export interface CheckResult {
  id: number;
  receiptNo: string;
  receipt: Receipt | null;
  feedbackGiven: boolean;
  replayed?: boolean;
  checkDate: string;
  scenario: Named;
  caseNo: string;
  department: Named;
  outcome: Outcome;
  summary: string;
  subject: SubjectRef | null;
  hits: CheckHit[];
  measures: CheckMeasure[];
  candidates: { subject: SubjectRef; score: number; explanation: string }[];
}

export interface Feedback {
  decision: Decision;
  note: string | null;
  measures: { code: string; applied: boolean; reason?: string }[];
  appliedCount: number;
  actor: string;
  at: string;
}

export interface CheckDetail extends CheckResult {
  feedback: Feedback | null;
}

export interface CheckListItem {
  id: number;
  receiptNo: string;
  caseNo: string;
  scenario: Named;
  checkDate: string;
  department: string;
  subject: SubjectRef | null;
  query: { subject?: string; name?: string };
  outcome: Outcome;
  measureCount: number;
  feedbackGiven: boolean;
  feedbackDue: string | null;
  overdue: boolean;
}

export interface Ratio {
  numerator: number;
  denominator: number;
  ratio: number;
}

export interface DepartmentFigures {
  code: string;
  name: string;
  isMember: boolean;
  checks: number;
  hitChecks: number;
  measuresReturned: number;
  feedbackGiven: number;
  measuresApplied: number;
  awaitingFeedback: number;
  overdueFeedback: number;
}

export interface CheckStats {
  from: string;
  to: string;
  feedbackDueWorkingDays: number;
  indicators: { usingCreditInformation: Ratio; applyingMeasures: Ratio };
  departments: DepartmentFigures[];
}

export interface Measure {
  code: string;
  version: number;
  kind: 'reward' | 'punishment';
  text: string;
  legalBasis: string;
  implementers: string[];
  scenarios: Named[];
  status: 'active' | 'retired';
  changedBy: string;
  changedAt: string;
}

export interface Memorandum {
  code: string;
  version: number;
  docNo: string | null;
  title: string;
  kind: 'reward' | 'punishment';
  listTypes: string[];
  issuedOn: string | null;
  note: string | null;
  changedBy: string;
  changedAt: string;
  measures: Measure[];
}

export interface MeasuresCatalogue {
  scenarios: Named[];
  memoranda: Memorandum[];
}

export type EntryStatus = 'proposed' | 'notified' | 'announced' | 'published' | 'ended';
export type EntryAction = 'notify' | 'announce' | 'publish' | 'end';
export type EndReason = 'expired' | 'repaired' | 'removed' | 'revoked';

export interface ListType {
  code: string;
  name: string;
  flag: 'red' | 'black' | 'focus';
  deciders: string[];
  term: { years?: number; months?: number; days?: number } | null;
  procedure: 'notice' | 'announcement';
  objectionWorkingDays: number;
  exits: { reason: EndReason; text: string }[];
  basis: string;
}

export interface ListEntry {
  id: number;
  listType: { code: string; name: string; flag: string };
  subject: SubjectRef;
  department: string | null;
  docNo: string | null;
  reason: string | null;
  legalBasis: string | null;
  startDate: string;
  endDate: string | null;
  status: EntryStatus;
  endReason: EndReason | null;
  endedOn: string | null;
  notice: Record<string, unknown> | null;
  announceFrom: string | null;
  announceTo: string | null;
  source: 'intake' | 'console';
  actions: EntryAction[];
}

export interface EntryEvent {
  action: string;
  from: string | null;
  to: string;
  note: string | null;
  details: Record<string, unknown>;
  actor: string;
  at: string;
}

export interface ListEntryDetail extends ListEntry {
  history: EntryEvent[];
}

export const DECISIONS = {
  approved: '准予（通过）',
  approved_with_conditions: '附条件准予或从严审查后准予',
  rejected: '不予准许（不通过）',
  withdrawn: '申请人撤回或事项终止',
} as const;
export type Decision = keyof typeof DECISIONS;

export const OUTCOME_LABELS: Record<Outcome, string> = {
  hit: '命中名单',
  clear: '未命中名单',
  not_found: '平台未收录',
  candidates: '候选主体',
};

export const STATUS_LABELS: Record<EntryStatus, string> = {
  proposed: '拟列入',
  notified: '已告知',
  announced: '公示中',
  published: '已发布',
  ended: '已移出',
};

export const ACTION_LABELS: Record<EntryAction, string> = {
  notify: '书面告知',
  announce: '公示',
  publish: '发布',
  end: '移出',
};

// History rows also carry the actions of intake and the scheduled job.
export const EVENT_LABELS: Record<string, string> = {
  ...ACTION_LABELS,
  propose: '拟列入',
  intake: '部门报送列入',
  update: '部门报送更新',
  expire: '期满自动移出',
};

export const END_REASON_LABELS: Record<EndReason, string> = {
  expired: '有效期届满',
  repaired: '信用修复后移出',
  removed: '认定部门决定移出',
  revoked: '列入决定撤销',
};

export const FLAG_LABELS: Record<string, string> = { red: '红名单', black: '严重失信', focus: '重点关注' };

export const KIND_LABELS = { punishment: '惩戒', reward: '激励' } as const;

// 案件办理: objections, repair applications and complaints (src/modules/cases).

export type CaseKind = 'objection' | 'repair' | 'complaint';

export interface CaseListItem {
  caseNo: string;
  kind: CaseKind;
  kindLabel: string;
  status: string;
  statusLabel: string;
  subject: string | null;
  target: Record<string, unknown>;
  department: string | null;
  receivedOn: string;
  deadline: string | null;
  overdue: boolean;
  outcomeLabel: string | null;
}

export interface CaseFile {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
}

export interface CaseEvent {
  action: string;
  from: string | null;
  to: string;
  note: string | null;
  details: Record<string, unknown>;
  actor: string;
  at: string;
}

export interface CaseDetail {
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
  subject: SubjectRef | null;
  recordId: number | null;
  listEntryId: number | null;
  applicant: Record<string, string>;
  description: string;
  request: Record<string, unknown>;
  overdue: boolean;
  actions: string[];
  files: CaseFile[];
  history: CaseEvent[];
}

export interface CaseOverview {
  asOf: string;
  departments: { department: string; code: string | null; kind: CaseKind; kindLabel: string; open: number; overdue: number }[];
  totals: { open: number; overdue: number };
}

export const CASE_KIND_LABELS: Record<CaseKind, string> = { objection: '异议', repair: '信用修复', complaint: '举报' };

// The API's words (src/modules/cases/cases.machine.ts and cases.data.ts), for the buttons and the history.
export const CASE_ACTION_LABELS: Record<string, string> = {
  submit: '提交申请',
  accept: '受理',
  return: '退回补正',
  dismiss: '不予受理',
  resubmit: '补正后重新提交',
  route: '转交部门',
  decide: '作出处理决定',
  approve: '同意修复',
  reject: '不予修复',
  conclude: '办结',
};

export const CASE_STATUS_LABELS: Record<string, string> = {
  submitted: '待受理',
  returned: '待补正',
  accepted: '已受理',
  with_department: '部门办理中',
  decided: '已办结',
  dismissed: '不予受理',
  approved: '修复通过',
  rejected: '不予修复',
  concluded: '已办结',
};

export const OBJECTION_OUTCOMES: Record<string, string> = {
  corrected: '信息已更正',
  supplemented: '信息已补充',
  publicity_stopped: '已停止公示',
  removed_from_list: '已移出名单',
  upheld: '经核实信息无误，维持原信息',
};

export const COMPLAINT_OUTCOMES: Record<string, string> = {
  substantiated: '举报属实，已依法处理',
  unsubstantiated: '经核查举报不属实',
};

/** GET /api/v1/catalog/{code}: the fields of an item, for the correction editor. */
export interface CatalogFields {
  code: string;
  name: string;
  fields: { code: string; name: string; type: string; role?: string; codeTable?: string; multiple?: boolean; maxLength?: number }[];
  codeTables: { code: string; name: string; entries: { value: string; label: string }[] }[];
}
