export { ANONYMOUS, SYSTEM_PRINCIPAL, ROLES, ROLE_LABELS, type Ctx, type Principal, type Role } from './auth.types';
export { can, requirePermission, PERMISSIONS, type Permission } from './auth.policy';
export { actorOf, authenticate, createApiClient, createUser, login, logout, type NewUser } from './auth.service';
export { findDepartment, listDepartments, type DepartmentRow } from './auth.repository';
export { hashPassword, verifyPassword, passwordProblem } from './auth.passwords';
