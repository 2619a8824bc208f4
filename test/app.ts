import { buildApp } from '../src/app/server';
import type { App } from '../src/app/types';
import type { Db } from '../src/db/db';
import { createApiClient, createUser, login, type Role } from '../src/modules/auth';
import { fixedClock, systemClock, type Clock } from '../src/shared/clock';
import { createTestDb } from './harness';

export interface TestApp {
  app: App;
  db: Db;
  clock: Clock;
}

/** An in-process server on a fresh test database (no port; requests go through `app.inject`). */
export async function createTestApp(options: { now?: string } = {}): Promise<TestApp> {
  const db = await createTestDb();
  const clock = options.now ? fixedClock(options.now) : systemClock;
  // The placeholder home page, whether or not web/dist was built on this machine (test/web.test.ts covers the portal).
  const app = await buildApp({ db, clock, rateLimitPerMinute: 0, logLevel: 'silent', webRoot: false });
  return { app, db, clock };
}

let counter = 0;

/** Creates a user with these roles and signs them in; returns the Authorization header value. */
export async function signInAs(
  db: Db,
  roles: Role[],
  department?: string,
): Promise<{ authorization: string; userId: number; username: string }> {
  const username = `user${++counter}_${roles.join('_')}`;
  const password = 'Test-Passw0rd!';
  const userId = await createUser({ db, system: true }, { username, displayName: `测试用户${counter}`, password, roles, department });
  const { token } = await login({ db, clock: systemClock }, { username, password });
  return { authorization: `Bearer ${token}`, userId, username };
}

/** Creates an API client for a department; returns the Basic Authorization header value. */
export async function apiClientFor(
  db: Db,
  department: string,
  roles: Role[] = ['dept_operator'],
): Promise<{ authorization: string; clientId: string }> {
  const { clientId, secret } = await createApiClient({ db, system: true }, { name: `${department} 接口`, department, roles });
  return { authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`, clientId };
}

/** The latest audit events, newest first. */
export async function latestAudit(
  db: Db,
  n = 5,
): Promise<{ seq: number; action: string; actor_kind: string; subject_id: number | null; details: Record<string, unknown> }[]> {
  const { rows } = await db.query<{
    seq: number;
    action: string;
    actor_kind: string;
    subject_id: number | null;
    details: Record<string, unknown>;
  }>('SELECT seq, action, actor_kind, subject_id, details FROM audit_events ORDER BY seq DESC LIMIT $1', [n]);
  return rows;
}
