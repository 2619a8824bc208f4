import { forbidden, unauthenticated } from '../../shared/errors';
import type { Principal, Role } from './auth.types';

/** Who may do what. Read each line as "PERMISSION is granted to ROLES". */
export const PERMISSIONS = {
  'subjects.read_private': ['platform_operator', 'dept_reviewer'],
  'audit.read': ['auditor'],
  'audit.verify': ['auditor', 'platform_operator'],
  'users.manage': ['platform_operator'],
  'departments.manage': ['platform_operator'],
  'catalog.manage': ['platform_operator'],
  'intake.submit': ['dept_operator'],
  'records.review': ['dept_reviewer', 'platform_operator'],
  'checks.run': ['dept_operator', 'dept_reviewer'],
  'checks.stats': ['platform_operator', 'dept_reviewer', 'dept_operator'],
  'lists.manage': ['dept_operator', 'dept_reviewer', 'platform_operator'],
  'measures.manage': ['platform_operator'],
  'cases.handle': ['platform_operator', 'dept_operator', 'dept_reviewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** True when one of the principal's roles grants the permission. */
export function can(principal: Principal, permission: Permission): boolean {
  const granted: readonly Role[] = PERMISSIONS[permission];
  return principal.roles.some((r) => granted.includes(r));
}

/** Throws 401 for an anonymous caller and 403 for a signed-in one without the permission. */
export function requirePermission(principal: Principal, permission: Permission): void {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (!can(principal, permission)) throw forbidden();
}
