// The console's session: the bearer token in sessionStorage (gone when the tab closes), authenticated calls to
// the API, and what the signed-in user may do. The server decides every permission; the console only mirrors
// them to show the right menu.
import { useEffect, useRef, useState } from 'react';
import type { Loadable } from '../components';
import { href, navigate } from '../router';

export interface User {
  kind: string;
  id?: number;
  name: string;
  roles: string[];
  roleLabels: string[];
  departmentCode?: string;
}

interface Stored {
  token: string;
  expiresAt: string;
  user: User;
}

const KEY = 'xinyong.console.session';

export function readSession(): Stored | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Stored;
    if (!s.token || Date.parse(s.expiresAt) <= Date.now()) return null;
    return s;
  } catch {
    return null;
  }
}

export function saveSession(s: Stored): void {
  window.sessionStorage.setItem(KEY, JSON.stringify(s));
}

export function clearSession(): void {
  window.sessionStorage.removeItem(KEY);
}

/** Sends the visitor to the sign-in page, to come back to the current page afterwards. */
export function toLogin(reason?: 'expired'): void {
  // Already there (React's strict mode runs effects twice in development): keep the address and its ?next=.
  if (window.location.pathname === '/login') return;
  const here = window.location.pathname + window.location.search;
  navigate(href('/login', { next: here.startsWith('/console') ? here : undefined, reason }), { replace: true });
}

/** An API error: the status, the stable code and the Chinese message (field messages when the server gave them). */
export class ConsoleApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    /** The error's `details` (`[{ field, message }]` or `{ field }`), for messages beside their fields. */
    readonly details: unknown = undefined,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
}

function messageOf(body: ErrorBody | null, status: number): string {
  const e = body?.error;
  // Schema errors name the field in English ("caseNo …"); their per-field messages are written in Chinese.
  if (e?.code === 'INVALID_INPUT' && Array.isArray(e.details)) {
    const parts = (e.details as { message?: unknown }[]).map((d) => d.message).filter((m): m is string => typeof m === 'string');
    if (parts.length) return [...new Set(parts)].join('；');
  }
  return e?.message ?? `服务暂时不可用（${status}）`;
}

/** Calls the API with the session's token. A 401 ends the session and goes to the sign-in page. */
export async function call<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<T> {
  const session = readSession();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (session) headers.authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ConsoleApiError('网络连接失败，请检查网络后重试', 0, 'NETWORK');
  }
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as (ErrorBody & T) | null;
  if (res.status === 401 && session) {
    clearSession();
    toLogin('expired');
  }
  if (!res.ok) throw new ConsoleApiError(messageOf(data, res.status), res.status, data?.error?.code ?? 'ERROR', data?.error?.details);
  return data as T;
}

/** Fetches a URL with the session's token whenever the URL or `version` changes; `null` skips the request. */
export function useConsoleApi<T>(url: string | null, version = 0): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (url === null) return;
    let live = true;
    // A reload of the same address keeps the current data on screen until the new answer arrives.
    const reload = last.current === url;
    last.current = url;
    setResult((r) => (reload && r.state === 'ok' ? r : { state: 'loading' }));
    call<T>('GET', url).then(
      (data) => live && setResult({ state: 'ok', data }),
      (e: unknown) =>
        live &&
        setResult({
          state: 'error',
          message: e instanceof Error ? e.message : '加载失败',
          status: e instanceof ConsoleApiError ? e.status : 0,
        }),
    );
    return () => {
      live = false;
    };
  }, [url, version]);
  return result;
}

/** What the console offers a user (mirrors the server's permission table, src/modules/auth/auth.policy.ts). */
export interface Abilities {
  operator: boolean;
  runChecks: boolean;
  viewChecks: boolean;
  manageLists: boolean;
  manageMeasures: boolean;
  /** 案件办理: the operator every case, a department user the cases routed to the department. */
  handleCases: boolean;
}

export function abilitiesOf(user: User, deptFunctions: readonly string[], listDeciders: readonly string[]): Abilities {
  const has = (...roles: string[]) => user.roles.some((r) => roles.includes(r));
  const operator = has('platform_operator');
  const deptUser = has('dept_operator', 'dept_reviewer') && !!user.departmentCode;
  return {
    operator,
    runChecks: deptUser,
    viewChecks: operator || deptUser,
    // A department manages lists only when it decides at least one list type (e.g. 税务 for 重大税收违法失信主体).
    manageLists: operator || (deptUser && deptFunctions.some((f) => listDeciders.includes(f))),
    manageMeasures: operator,
    handleCases: operator || deptUser,
  };
}
