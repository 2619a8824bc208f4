import type { Queryable } from '../../db/db';
import { createApiClient, createUser, type Role } from '../auth';

/** The one password of every demo account (README lists them). Demo data only: never seed production. */
export const DEMO_PASSWORD = 'Xinyong-Demo-2026';

export const DEMO_USERS: { username: string; displayName: string; roles: Role[]; department?: string }[] = [
  { username: 'admin', displayName: '平台管理员', roles: ['platform_operator'], department: 'xyzx' },
  { username: 'auditor', displayName: '审计员', roles: ['auditor'] },
  { username: 'scjgj-operator', displayName: '市场监管局经办人', roles: ['dept_operator'], department: 'scjgj' },
  { username: 'scjgj-reviewer', displayName: '市场监管局审核人', roles: ['dept_reviewer'], department: 'scjgj' },
  { username: 'swj-operator', displayName: '税务局经办人', roles: ['dept_operator'], department: 'swj' },
  { username: 'czj-operator', displayName: '财政局经办人', roles: ['dept_operator'], department: 'czj' },
  { username: 'sps-operator', displayName: '行政审批服务局经办人', roles: ['dept_operator'], department: 'sps' },
];

/** The demo API client of 泰安市市场监督管理局 (HTTP Basic: client id and secret). */
export const DEMO_API_CLIENT = { clientId: 'scjgj-demo', secret: DEMO_PASSWORD, department: 'scjgj' };

/** Creates the demo accounts; each creation is audited like any other. */
export async function createDemoAccounts(tx: Queryable): Promise<number> {
  for (const u of DEMO_USERS) {
    await createUser({ db: tx, system: true }, { ...u, password: DEMO_PASSWORD });
  }
  await createApiClient(
    { db: tx, system: true },
    {
      name: '市场监管局数据报送接口（演示）',
      department: DEMO_API_CLIENT.department,
      roles: ['dept_operator'],
      clientId: DEMO_API_CLIENT.clientId,
      secret: DEMO_API_CLIENT.secret,
    },
  );
  return DEMO_USERS.length + 1;
}
