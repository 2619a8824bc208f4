import type { Db } from '../../db/db';
import type { Clock } from '../../shared/clock';

export const ROLES = ['public', 'subject', 'dept_operator', 'dept_reviewer', 'platform_operator', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  public: '社会公众',
  subject: '信用主体',
  dept_operator: '部门经办人',
  dept_reviewer: '部门审核人',
  platform_operator: '平台运营管理员',
  auditor: '审计员',
};

/** Who is asking: an anonymous visitor, a signed-in user, or a department's API client. */
export interface Principal {
  kind: 'anonymous' | 'user' | 'api_client' | 'system';
  id?: number;
  name: string;
  roles: readonly Role[];
  departmentId?: number;
  departmentCode?: string;
  subjectId?: number;
}

export const ANONYMOUS: Principal = { kind: 'anonymous', name: '匿名访客', roles: ['public'] };

/** The operator at the server's console (the CLI): acts for any department, audited as the system. */
export const SYSTEM_PRINCIPAL: Principal = { kind: 'system', name: '系统（命令行）', roles: ['platform_operator'] };

/** What every use case receives: the database, who is asking, from where, and the clock. */
export interface Ctx {
  db: Db;
  principal: Principal;
  clock: Clock;
  ip?: string | undefined;
}
