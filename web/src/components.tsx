import { useEffect, useState, type ReactNode } from 'react';
import { ApiError, api, type Region, type Regions } from './api';
import { Link, href } from './router';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; message: string; status: number } | { state: 'ok'; data: T };

/** Fetches a URL whenever it changes; `null` skips the request. Stale answers are dropped. */
export function useApi<T>(url: string | null): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    if (url === null) return;
    let live = true;
    setResult({ state: 'loading' });
    api.get<T>(url).then(
      (data) => live && setResult({ state: 'ok', data }),
      (e: unknown) =>
        live &&
        setResult({
          state: 'error',
          message: e instanceof Error ? e.message : '加载失败',
          status: e instanceof ApiError ? e.status : 0,
        }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return result;
}

/** Renders the loading and error states of a request, and the children once the data is there. */
export function Async<T>({ value, children, label }: { value: Loadable<T>; children: (data: T) => ReactNode; label?: string }) {
  if (value.state === 'loading')
    return (
      <p className="muted" role="status">
        正在加载{label ?? ''}…
      </p>
    );
  if (value.state === 'error')
    return (
      <p className="error" role="alert">
        {value.message}
      </p>
    );
  return <>{children(value.data)}</>;
}

/** Sets the document title for a page. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} - 信用泰安` : '信用泰安';
  }, [title]);
}

/** A name with the matched ranges marked. */
export function Highlighted({ text, ranges }: { text: string; ranges: { start: number; end: number }[] }) {
  if (!ranges.length) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, r] of [...ranges].sort((a, b) => a.start - b.start).entries()) {
    if (r.start < at) continue;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={i}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Previous / next page links with the position, for any listing. */
export function Pager({
  page,
  pageSize,
  total,
  path,
  query,
}: {
  page: number;
  pageSize: number;
  total: number;
  path: string;
  query: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label="分页">
      {page > 1 ? <Link href={href(path, { ...query, page: page - 1 })}>上一页</Link> : <span aria-disabled="true">上一页</span>}
      <span>
        第 {page} / {pages} 页
      </span>
      {page < pages ? <Link href={href(path, { ...query, page: page + 1 })}>下一页</Link> : <span aria-disabled="true">下一页</span>}
    </nav>
  );
}

export function fmtNumber(n: number): string {
  return n.toLocaleString('zh-CN');
}

export function fmtTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${p(d.getMonth() + 1)}月${p(d.getDate())}日 ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** The profile's counties and zones for a region filter, and the label of "no filter" (全市 for a city). */
export function useRegions(): { allLabel: string; items: Region[] } {
  const regions = useApi<Regions>('/api/v1/regions');
  if (regions.state !== 'ok') return { allLabel: '全部地区', items: [] };
  const level = regions.data.region?.level;
  return { allLabel: level === 'city' ? '全市' : level === 'province' ? '全省' : '全部地区', items: regions.data.items };
}
