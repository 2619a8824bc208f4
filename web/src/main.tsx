import './styles.css';
import { StrictMode, Suspense, lazy, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { Link, match, useLocation } from './router';
import { HomePage } from './pages/home';
import { SearchPage } from './pages/search';
import { SubjectPage } from './pages/subject';
import { PublicityPage } from './pages/publicity';
import { ListsPage } from './pages/lists';
import { VerifyPage } from './pages/verify';
import { AboutPage } from './pages/about';
import { ArticlePage, ArticlesPage } from './pages/articles';
import { NotFoundPage } from './pages/not-found';
import { ServicesPage } from './pages/services';

// The department and operator console is a separate chunk: visitors of the public site never download it.
const Console = lazy(() => import('./console/console'));
// So are the forms of 异议, 信用修复, 举报 and 办理进度 (with their file handling), loaded when one is opened.
const ObjectionPage = lazy(() => import('./pages/objection').then((m) => ({ default: m.ObjectionPage })));
const RepairPage = lazy(() => import('./pages/repair').then((m) => ({ default: m.RepairPage })));
const ComplaintPage = lazy(() => import('./pages/complaint').then((m) => ({ default: m.ComplaintPage })));
const ProgressPage = lazy(() => import('./pages/progress').then((m) => ({ default: m.ProgressPage })));

const NAV = [
  { href: '/', label: '首页' },
  { href: '/publicity', label: '双公示' },
  { href: '/lists', label: '红黑榜' },
  { href: '/verify', label: '报告验证' },
  { href: '/services', label: '信用服务' },
  { href: '/news', label: '信用动态' },
  { href: '/policies', label: '政策法规' },
  { href: '/about', label: '关于' },
];

function route(path: string, query: URLSearchParams) {
  let m: Record<string, string> | null;
  if (path === '/') return <HomePage />;
  if (path === '/search') return <SearchPage query={query} />;
  if ((m = match('/subjects/:id', path))) return <SubjectPage id={m.id!} />;
  if (path === '/publicity') return <PublicityPage query={query} />;
  if (path === '/lists') return <ListsPage query={query} />;
  if (path === '/verify') return <VerifyPage />;
  if ((m = match('/verify/:no', path))) return <VerifyPage no={m.no!} />;
  if (path === '/about') return <AboutPage />;
  if (path === '/services') return <ServicesPage />;
  if (path === '/objection') return <ObjectionPage query={query} />;
  if (path === '/repair') return <RepairPage query={query} />;
  if (path === '/complaint') return <ComplaintPage />;
  if (path === '/progress') return <ProgressPage query={query} />;
  if (path === '/news') return <ArticlesPage kind="news" query={query} />;
  if (path === '/policies') return <ArticlesPage kind="policy" query={query} />;
  if ((m = match('/articles/:slug', path))) return <ArticlePage slug={m.slug!} />;
  return <NotFoundPage />;
}

const SERVICE_PATHS = new Set(['/services', '/objection', '/repair', '/complaint', '/progress']);

function isConsole(path: string): boolean {
  return path === '/login' || path === '/console' || path.startsWith('/console/');
}

function App() {
  const { path, query } = useLocation();
  if (!isConsole(path)) return <Portal path={path} query={query} />;
  return (
    <Suspense
      fallback={
        <p className="wrap muted" role="status">
          正在加载管理后台…
        </p>
      }
    >
      <Console path={path} query={query} />
    </Suspense>
  );
}

function Portal({ path, query }: { path: string; query: URLSearchParams }) {
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // After an in-app navigation, move focus to the new page so keyboard and screen-reader users start there.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [path]);
  const top = '/' + (path.split('/')[1] ?? '');
  // The service pages belong to 信用服务 in the menu.
  const section = SERVICE_PATHS.has(top) ? '/services' : top;
  return (
    <>
      <a className="skip" href="#main">
        跳到主要内容
      </a>
      <header className="site-header">
        <div className="wrap header-inner">
          <Link href="/" className="brand">
            <span className="brand-name">信用泰安</span>
            <span className="brand-sub">泰安市公共信用信息平台</span>
          </Link>
          <nav aria-label="主导航" className="main-nav">
            <ul>
              {NAV.map((n) => (
                <li key={n.href}>
                  <Link href={n.href} aria-current={section === n.href || (n.href === '/' && path === '/') ? 'page' : undefined}>
                    {n.label}
                  </Link>
                </li>
              ))}
              <li className="nav-login">
                <Link href="/login">部门登录</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="wrap">
        <Suspense
          fallback={
            <p className="muted" role="status">
              正在加载…
            </p>
          }
        >
          {route(path, query)}
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <nav aria-label="信用服务" className="footer-nav">
            <Link href="/objection">异议申请</Link>
            <Link href="/repair">信用修复</Link>
            <Link href="/complaint">失信举报</Link>
            <Link href="/progress">办理进度</Link>
            <Link href="/verify">报告验证</Link>
            <a href="/api/docs">开放接口</a>
          </nav>
          <p>信用泰安 · 泰安市公共信用信息平台</p>
          <p>
            <span>主办：泰安市发展和改革委员会</span> <span>承办：泰安市公共信用信息中心</span>
          </p>
        </div>
      </footer>
    </>
  );
}

// The self-hosted Noto Sans SC is split by unicode-range (a page downloads only the slices it uses); its
// @font-face rules are large, so they load as a separate stylesheet after the app instead of blocking it.
void import('./fonts');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
