import { useEffect, useState, type FormEvent } from 'react';
import { useTitle } from '../components';
import { Link, navigate } from '../router';
import { call, readSession, saveSession, type User } from './session';

const NOTES: Record<string, string> = {
  expired: '登录已失效，请重新登录。',
  'signed-out': '您已退出登录。',
};

/** Where to go after signing in: a console address from ?next=, otherwise the console's first page. */
function nextOf(query: URLSearchParams): string {
  const next = query.get('next') ?? '';
  return next.startsWith('/console') ? next : '/console';
}

export function LoginPage({ query }: { query: URLSearchParams }) {
  useTitle('部门登录');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const signedIn = readSession() !== null;
  useEffect(() => {
    if (signedIn) navigate(nextOf(query), { replace: true });
  }, [signedIn, query]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError('');
    if (!username.trim() || !password) {
      setError('请填写用户名和密码');
      return;
    }
    setBusy(true);
    try {
      const res = await call<{ token: string; expiresAt: string; user: User }>('POST', '/api/v1/auth/login', {
        username: username.trim(),
        password,
      });
      saveSession(res);
      navigate(nextOf(query), { replace: true });
    } catch (err) {
      setError(err instanceof Error ? err.message : '登录失败');
      setBusy(false);
    }
  };
  const note = NOTES[query.get('reason') ?? ''];
  return (
    <>
      <header className="console-header">
        <div className="wrap console-header-inner">
          <Link href="/" className="brand">
            <span className="brand-name">信用泰安</span>
            <span className="brand-sub">管理后台</span>
          </Link>
        </div>
      </header>
      <main id="console-main" className="wrap console-main">
        <div className="login card">
          <h1>部门登录</h1>
          <p className="muted">供信用信息提供部门、联合奖惩实施部门和平台运营人员使用。</p>
          {note ? (
            <p className="notice" role="status">
              {note}
            </p>
          ) : null}
          <form onSubmit={(e) => void submit(e)} className="form" noValidate>
            <div className="form-row">
              <label htmlFor="login-user">用户名</label>
              <input
                id="login-user"
                name="username"
                autoComplete="username"
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                required
                aria-invalid={error && !username.trim() ? true : undefined}
              />
            </div>
            <div className="form-row">
              <label htmlFor="login-password">密码</label>
              <input
                id="login-password"
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
                aria-invalid={error && !password ? true : undefined}
              />
            </div>
            {error ? (
              <p className="error" role="alert">
                {error}
              </p>
            ) : null}
            <button type="submit" disabled={busy} className="btn-block">
              {busy ? '正在登录…' : '登录'}
            </button>
          </form>
          <p className="small muted">登录状态只保存在当前浏览器标签页中，关闭标签页即退出。</p>
        </div>
        <p className="login-back">
          <Link href="/">返回信用泰安首页</Link>
        </p>
      </main>
    </>
  );
}
