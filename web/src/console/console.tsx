import './console.css';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, match, navigate } from '../router';
import { SessionContext, useSession, type ConsoleSession } from './context';
import { LoginPage } from './login';
import { abilitiesOf, call, clearSession, readSession, toLogin, type Abilities, type User } from './session';
import type { ConsoleDepartment, ListType } from './types';
import { CheckNewPage } from './check-new';
import { ChecksPage } from './checks';
import { CheckDetailPage } from './check-detail';
import { StatsPage } from './stats';
import { EntriesPage } from './entries';
import { EntryPage } from './entry';
import { ProposePage } from './propose';
import { MeasuresPage } from './measures';
import { MeasurePage } from './measure';
import { CasesPage } from './cases';
import { CasePage } from './case';
import { CasesOverviewPage } from './cases-overview';

interface NavItem {
  href: string;
  label: string;
  /** Whether the item is the current section for a path. */
  current: (path: string) => boolean;
}

function navFor(can: Abilities): NavItem[] {
  const items: NavItem[] = [];
  if (can.runChecks) items.push({ href: '/console/checks/new', label: '信用核查', current: (p) => p === '/console/checks/new' });
  if (can.viewChecks)
    items.push({
      href: '/console/checks',
      label: '核查记录',
      current: (p) => p === '/console/checks' || (p.startsWith('/console/checks/') && p !== '/console/checks/new'),
    });
  if (can.viewChecks)
    items.push({ href: '/console/stats', label: can.operator ? '统计' : '本部门统计', current: (p) => p === '/console/stats' });
  if (can.handleCases)
    items.push({
      href: '/console/cases',
      label: '案件办理',
      current: (p) => p === '/console/cases' || (p.startsWith('/console/cases/') && p !== '/console/cases/overview'),
    });
  if (can.handleCases && can.operator)
    items.push({ href: '/console/cases/overview', label: '办理总览', current: (p) => p === '/console/cases/overview' });
  if (can.manageLists) items.push({ href: '/console/lists', label: '名单管理', current: (p) => p.startsWith('/console/lists') });
  if (can.viewChecks || can.manageMeasures)
    items.push({ href: '/console/measures', label: '措施清单', current: (p) => p.startsWith('/console/measures') });
  return items;
}

/** Replaces the address (for /console itself: the user's first page). */
function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotPermitted() {
  return (
    <>
      <h1>没有权限</h1>
      <p className="notice">当前账户没有使用此功能的权限。如需开通，请联系泰安市公共信用信息中心。</p>
    </>
  );
}

function route(path: string, query: URLSearchParams, s: ConsoleSession): ReactNode {
  const { can } = s;
  let m: Record<string, string> | null;
  if (path === '/console' || path === '/console/') {
    const first = navFor(can)[0];
    return first ? <Redirect to={first.href} /> : <NotPermitted />;
  }
  if (path === '/console/checks/new') return can.runChecks ? <CheckNewPage /> : <NotPermitted />;
  if (path === '/console/checks') return can.viewChecks ? <ChecksPage query={query} /> : <NotPermitted />;
  if ((m = match('/console/checks/:id', path))) return can.viewChecks ? <CheckDetailPage id={m.id!} /> : <NotPermitted />;
  if (path === '/console/stats') return can.viewChecks ? <StatsPage query={query} /> : <NotPermitted />;
  if (path === '/console/lists') return can.manageLists ? <EntriesPage query={query} /> : <NotPermitted />;
  if (path === '/console/lists/new') return can.manageLists ? <ProposePage /> : <NotPermitted />;
  if ((m = match('/console/lists/:id', path))) return can.manageLists ? <EntryPage id={m.id!} query={query} /> : <NotPermitted />;
  if (path === '/console/cases') return can.handleCases ? <CasesPage query={query} /> : <NotPermitted />;
  if (path === '/console/cases/overview') return can.handleCases && can.operator ? <CasesOverviewPage /> : <NotPermitted />;
  if ((m = match('/console/cases/:no', path))) return can.handleCases ? <CasePage key={m.no} no={m.no!} query={query} /> : <NotPermitted />;
  if (path === '/console/measures') return <MeasuresPage />;
  if ((m = match('/console/measures/:code', path))) return <MeasurePage code={m.code!} />;
  return (
    <>
      <h1>页面不存在</h1>
      <p>
        <Link href="/console">返回管理后台</Link>
      </p>
    </>
  );
}

function Shell({ path, query }: { path: string; query: URLSearchParams }) {
  const s = useSession();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // After an in-app navigation, focus moves to the new page, as on the public site.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [path]);
  const [leaving, setLeaving] = useState(false);
  const logout = async () => {
    setLeaving(true);
    // The token is revoked on the server; the session ends here whatever the answer.
    await call('POST', '/api/v1/auth/logout').catch(() => undefined);
    clearSession();
    navigate('/login?reason=signed-out', { replace: true });
  };
  const nav = navFor(s.can);
  return (
    <>
      <a className="skip" href="#console-main">
        跳到主要内容
      </a>
      <header className="console-header">
        <div className="wrap console-header-inner">
          <Link href="/console" className="brand">
            <span className="brand-name">信用泰安</span>
            <span className="brand-sub">管理后台</span>
          </Link>
          <div className="who">
            <p className="who-text">
              <span className="who-name">{s.user.name}</span>
              <span className="who-dept">
                <span>{s.department?.name ?? '—'}</span>
                {s.user.roleLabels.length ? <span>{s.user.roleLabels.join('、')}</span> : null}
              </span>
            </p>
            <button type="button" className="btn-light" onClick={() => void logout()} disabled={leaving}>
              退出登录
            </button>
          </div>
        </div>
        {nav.length ? (
          <nav aria-label="管理后台导航" className="console-nav">
            <ul className="wrap">
              {nav.map((n) => (
                <li key={n.href}>
                  <Link href={n.href} aria-current={n.current(path) ? 'page' : undefined}>
                    {n.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="console-main" ref={main} tabIndex={-1} className="wrap console-main">
        {route(path, query, s)}
      </main>
      <footer className="console-footer">
        <div className="wrap">
          信用泰安 · 泰安市公共信用信息平台管理后台 <Link href="/">返回网站首页</Link>
        </div>
      </footer>
    </>
  );
}

type Boot = { s: 'loading' } | { s: 'error'; message: string } | { s: 'ok'; session: ConsoleSession };

/** Loads who is signed in, their department and the list types, then shows the console; without a session, the sign-in page. */
function SignedIn({ path, query }: { path: string; query: URLSearchParams }) {
  const token = readSession()?.token ?? null;
  const [boot, setBoot] = useState<Boot>({ s: 'loading' });
  useEffect(() => {
    if (!token) {
      toLogin();
      return;
    }
    let live = true;
    Promise.all([
      call<User>('GET', '/api/v1/auth/me'),
      call<{ items: ConsoleDepartment[] }>('GET', '/api/v1/departments'),
      call<ListType[]>('GET', '/api/v1/list-types'),
    ]).then(
      ([user, depts, listTypes]) => {
        if (!live) return;
        if (user.kind === 'anonymous') {
          clearSession();
          toLogin('expired');
          return;
        }
        const department = depts.items.find((d) => d.code === user.departmentCode) ?? null;
        const deciders = listTypes.flatMap((t) => t.deciders);
        setBoot({
          s: 'ok',
          session: { user, department, departments: depts.items, listTypes, can: abilitiesOf(user, department?.functions ?? [], deciders) },
        });
      },
      (e: unknown) => live && setBoot({ s: 'error', message: e instanceof Error ? e.message : '加载失败' }),
    );
    return () => {
      live = false;
    };
  }, [token]);
  if (!token) return null;
  if (boot.s === 'loading')
    return (
      <p className="wrap muted console-boot" role="status">
        正在进入管理后台…
      </p>
    );
  if (boot.s === 'error')
    return (
      <p className="wrap error console-boot" role="alert">
        {boot.message}
      </p>
    );
  return (
    <SessionContext.Provider value={boot.session}>
      <Shell path={path} query={query} />
    </SessionContext.Provider>
  );
}

/** The department and operator console (管理后台) and its sign-in page; loaded on demand by the portal. */
export default function Console({ path, query }: { path: string; query: URLSearchParams }) {
  if (path === '/login') return <LoginPage query={query} />;
  return <SignedIn path={path} query={query} />;
}
