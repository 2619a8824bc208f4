import { describe, expect, it } from 'vitest';
import { CASE_MACHINES, CASE_KINDS, TERMINAL_STATUSES, availableCaseActions, nextCaseStatus, type CaseActor } from './cases.machine';

// The tables written out again, independently: "kind from --action(by)--> to". Everything else is refused.
const ALLOWED = new Set([
  'objection submitted --accept(platform)--> accepted',
  'objection submitted --return(platform)--> returned',
  'objection submitted --dismiss(platform)--> dismissed',
  'objection returned --resubmit(applicant)--> submitted',
  'objection accepted --route(platform)--> with_department',
  'objection accepted --decide(platform)--> decided',
  'objection with_department --decide(department)--> decided',
  'repair submitted --accept(platform)--> accepted',
  'repair submitted --return(platform)--> returned',
  'repair submitted --reject(platform)--> rejected',
  'repair returned --resubmit(applicant)--> submitted',
  'repair accepted --route(platform)--> with_department',
  'repair accepted --approve(platform)--> approved',
  'repair accepted --reject(platform)--> rejected',
  'repair with_department --approve(department)--> approved',
  'repair with_department --reject(department)--> rejected',
  'complaint submitted --route(platform)--> with_department',
  'complaint submitted --dismiss(platform)--> dismissed',
  'complaint with_department --conclude(department)--> concluded',
]);

const STATUSES = ['submitted', 'returned', 'accepted', 'with_department', 'decided', 'dismissed', 'approved', 'rejected', 'concluded'];
const ACTIONS = ['accept', 'return', 'dismiss', 'resubmit', 'route', 'decide', 'approve', 'reject', 'conclude', 'reopen'];
const ACTORS: CaseActor[] = ['platform', 'department', 'applicant'];

describe('case state machines', () => {
  it('allow exactly the listed transitions, each only to its actor', () => {
    let allowed = 0;
    for (const kind of CASE_KINDS) {
      for (const from of STATUSES) {
        for (const action of ACTIONS) {
          for (const by of ACTORS) {
            const got = nextCaseStatus(kind, from, action, by);
            const match = [...ALLOWED].find((a) => a.startsWith(`${kind} ${from} --${action}(${by})-->`));
            if (match) {
              expect(got, match).toEqual({ ok: true, to: match.split('--> ')[1] });
              allowed++;
            } else expect(got.ok, `${kind} ${from} ${action} by ${by}`).toBe(false);
          }
        }
      }
    }
    expect(allowed).toBe(ALLOWED.size);
    expect(Object.values(CASE_MACHINES).flat()).toHaveLength(ALLOWED.size);
  });

  it('never leaves a terminal status', () => {
    for (const kind of CASE_KINDS)
      for (const t of CASE_MACHINES[kind]) expect(TERMINAL_STATUSES.has(t.from), `${kind} ${t.from}`).toBe(false);
  });

  it('explains refusals', () => {
    expect(nextCaseStatus('objection', 'decided', 'decide', 'platform')).toEqual({
      ok: false,
      message: '异议申请当前状态为“已办结”，不能作出处理决定：案件已办结，不能再变更',
    });
    expect(nextCaseStatus('repair', 'with_department', 'approve', 'platform')).toEqual({
      ok: false,
      message: '“同意修复”应由承办部门办理',
    });
    expect(nextCaseStatus('objection', 'submitted', 'decide', 'platform')).toMatchObject({
      ok: false,
      message: expect.stringContaining('已提交，待受理'),
    });
  });

  it('offers each actor its buttons', () => {
    expect(availableCaseActions('objection', 'submitted', 'platform')).toEqual(['accept', 'return', 'dismiss']);
    expect(availableCaseActions('objection', 'with_department', 'department')).toEqual(['decide']);
    expect(availableCaseActions('repair', 'accepted', 'department')).toEqual([]);
  });
});
