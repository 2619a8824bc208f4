/**
 * The three workflows as explicit transition tables. `by` says who may take the step: the platform operator
 * (公共信用信息中心), the department the case is routed to, or the applicant (supplementing a returned case).
 * Anything not listed is refused.
 */
export const CASE_KINDS = ['objection', 'repair', 'complaint'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export type CaseActor = 'platform' | 'department' | 'applicant';

export interface CaseTransition {
  from: string;
  action: string;
  to: string;
  by: CaseActor;
}

const t = (from: string, action: string, to: string, by: CaseActor): CaseTransition => ({ from, action, to, by });

export const CASE_MACHINES: Record<CaseKind, readonly CaseTransition[]> = {
  // 山东省社会信用条例第三十九条: marked at once on acceptance; 3 working days when the platform can verify,
  // 7 when the provider must.
  objection: [
    t('submitted', 'accept', 'accepted', 'platform'),
    t('submitted', 'return', 'returned', 'platform'),
    t('submitted', 'dismiss', 'dismissed', 'platform'),
    t('returned', 'resubmit', 'submitted', 'applicant'),
    t('accepted', 'route', 'with_department', 'platform'),
    t('accepted', 'decide', 'decided', 'platform'),
    t('with_department', 'decide', 'decided', 'department'),
  ],
  // 发改委令第58号: repair after the minimum period; penalty information decided by the platform, list removal
  // by the deciding department.
  repair: [
    t('submitted', 'accept', 'accepted', 'platform'),
    t('submitted', 'return', 'returned', 'platform'),
    t('submitted', 'reject', 'rejected', 'platform'),
    t('returned', 'resubmit', 'submitted', 'applicant'),
    t('accepted', 'route', 'with_department', 'platform'),
    t('accepted', 'approve', 'approved', 'platform'),
    t('accepted', 'reject', 'rejected', 'platform'),
    t('with_department', 'approve', 'approved', 'department'),
    t('with_department', 'reject', 'rejected', 'department'),
  ],
  complaint: [
    t('submitted', 'route', 'with_department', 'platform'),
    t('submitted', 'dismiss', 'dismissed', 'platform'),
    t('with_department', 'conclude', 'concluded', 'department'),
  ],
};

export const TERMINAL_STATUSES = new Set(['decided', 'dismissed', 'approved', 'rejected', 'concluded']);

export const CASE_STATUS_LABELS: Record<string, string> = {
  submitted: '已提交，待受理',
  returned: '需补正材料',
  accepted: '已受理，平台核查中',
  with_department: '已转交部门办理',
  decided: '已办结',
  dismissed: '不予受理',
  approved: '修复通过',
  rejected: '不予修复',
  concluded: '已办结',
};

export const CASE_ACTION_LABELS: Record<string, string> = {
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

export const CASE_KIND_LABELS: Record<CaseKind, string> = { objection: '异议申请', repair: '信用修复申请', complaint: '失信行为举报' };

export type CaseTransitionResult = { ok: true; to: string } | { ok: false; message: string };

/** Where `action` by `by` takes a case of `kind` in `from`, or why it may not. Pure. */
export function nextCaseStatus(kind: CaseKind, from: string, action: string, by: CaseActor): CaseTransitionResult {
  const step = CASE_MACHINES[kind].find((x) => x.from === from && x.action === action);
  const label = CASE_STATUS_LABELS[from] ?? from;
  if (!step) {
    const done = TERMINAL_STATUSES.has(from) ? '：案件已办结，不能再变更' : '';
    return { ok: false, message: `${CASE_KIND_LABELS[kind]}当前状态为“${label}”，不能${CASE_ACTION_LABELS[action] ?? action}${done}` };
  }
  if (step.by !== by) {
    const who = { platform: '平台运营管理员', department: '承办部门', applicant: '申请人' }[step.by];
    return { ok: false, message: `“${CASE_ACTION_LABELS[action] ?? action}”应由${who}办理` };
  }
  return { ok: true, to: step.to };
}

/** The actions `by` may take on a case of `kind` in `status` (the console's buttons). */
export function availableCaseActions(kind: CaseKind, status: string, by: CaseActor): string[] {
  return CASE_MACHINES[kind].filter((x) => x.from === status && x.by === by).map((x) => x.action);
}
