import type { Queryable } from '../../db/db';
import type { Role } from './auth.types';

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  department_id: number | null;
  department_code: string | null;
  subject_id: number | null;
  roles: Role[];
  status: 'active' | 'disabled';
}

export interface ApiClientRow {
  id: number;
  client_id: string;
  name: string;
  secret_hash: string;
  department_id: number;
  department_code: string;
  roles: Role[];
  status: 'active' | 'disabled';
}

export interface DepartmentRow {
  id: number;
  code: string;
  name: string;
  short_name: string;
  kind: string;
  functions: string[];
  region_code: string;
  is_member: boolean;
  is_operator: boolean;
}

const USER_COLUMNS = `u.id, u.username, u.display_name, u.password_hash, u.department_id, d.code AS department_code,
  u.subject_id, u.roles, u.status`;

export async function findUserByUsername(q: Queryable, username: string): Promise<UserRow | undefined> {
  const { rows } = await q.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.username = $1`,
    [username],
  );
  return rows[0];
}

export async function findUserBySession(q: Queryable, hash: string, now: Date): Promise<UserRow | undefined> {
  const { rows } = await q.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN departments d ON d.id = u.department_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
    [hash, now.toISOString()],
  );
  return rows[0];
}

export async function insertUser(
  q: Queryable,
  u: { username: string; displayName: string; passwordHash: string; departmentId: number | null; subjectId: number | null; roles: Role[] },
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO users (username, display_name, password_hash, department_id, subject_id, roles)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [u.username, u.displayName, u.passwordHash, u.departmentId, u.subjectId, u.roles],
  );
  return rows[0]!.id;
}

export async function insertSession(q: Queryable, hash: string, userId: number, expiresAt: Date): Promise<void> {
  await q.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [hash, userId, expiresAt.toISOString()]);
}

export async function revokeSession(q: Queryable, hash: string, now: Date): Promise<boolean> {
  const res = await q.query('UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [hash, now.toISOString()]);
  return res.rowCount > 0;
}

export async function findApiClient(q: Queryable, clientId: string): Promise<ApiClientRow | undefined> {
  const { rows } = await q.query<ApiClientRow>(
    `SELECT c.id, c.client_id, c.name, c.secret_hash, c.department_id, d.code AS department_code, c.roles, c.status
     FROM api_clients c JOIN departments d ON d.id = c.department_id WHERE c.client_id = $1`,
    [clientId],
  );
  return rows[0];
}

export async function insertApiClient(
  q: Queryable,
  c: { clientId: string; name: string; secretHash: string; departmentId: number; roles: Role[] },
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO api_clients (client_id, name, secret_hash, department_id, roles) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [c.clientId, c.name, c.secretHash, c.departmentId, c.roles],
  );
  return rows[0]!.id;
}

export async function findDepartment(q: Queryable, codeOrName: string): Promise<DepartmentRow | undefined> {
  const { rows } = await q.query<DepartmentRow>(
    `SELECT id, code, name, short_name, kind, functions, region_code, is_member, is_operator
     FROM departments WHERE code = $1 OR name = $1`,
    [codeOrName],
  );
  return rows[0];
}

export async function listDepartments(q: Queryable): Promise<DepartmentRow[]> {
  const { rows } = await q.query<DepartmentRow>(
    `SELECT id, code, name, short_name, kind, functions, region_code, is_member, is_operator
     FROM departments ORDER BY sort_order, id`,
  );
  return rows;
}

export async function countUsers(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*)::bigint AS n FROM users');
  return rows[0]?.n ?? 0;
}
