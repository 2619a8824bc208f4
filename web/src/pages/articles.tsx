import type { Page } from '../api';
import { Async, Pager, useApi, useTitle } from '../components';
import { Link } from '../router';

export interface ArticleSummary {
  slug: string;
  kind: 'news' | 'policy';
  kindLabel: string;
  title: string;
  summary: string;
  source: string | null;
  publishedOn: string;
}

const TITLES = { news: '信用动态', policy: '政策法规' } as const;

/** 信用动态 or 政策法规: the articles of one kind, newest first. */
export function ArticlesPage({ kind, query }: { kind: 'news' | 'policy'; query: URLSearchParams }) {
  const title = TITLES[kind];
  useTitle(title);
  const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
  const value = useApi<Page<ArticleSummary>>(`/api/v1/content?kind=${kind}&page=${page}&pageSize=10`);
  return (
    <section aria-labelledby="h-articles">
      <h1 id="h-articles">{title}</h1>
      <Async value={value} label={title}>
        {(d) =>
          d.items.length === 0 ? (
            <p className="muted">暂无文章。</p>
          ) : (
            <>
              <ul className="plain-list card">
                {d.items.map((a) => (
                  <li key={a.slug}>
                    <div className="row">
                      <Link href={`/articles/${a.slug}`}>{a.title}</Link>
                      <span className="meta date">{a.publishedOn}</span>
                    </div>
                    <span className="meta">{a.summary}</span>
                  </li>
                ))}
              </ul>
              <Pager page={d.page} pageSize={d.pageSize} total={d.total} path={kind === 'news' ? '/news' : '/policies'} query={{}} />
            </>
          )
        }
      </Async>
    </section>
  );
}

/** One article with its paragraphs. */
export function ArticlePage({ slug }: { slug: string }) {
  const value = useApi<ArticleSummary & { body: string[] }>(`/api/v1/content/${encodeURIComponent(slug)}`);
  useTitle(value.state === 'ok' ? value.data.title : '文章');
  return (
    <Async value={value} label="文章">
      {(a) => (
        <article className="prose" aria-labelledby="h-article">
          <p className="meta">
            <Link href={a.kind === 'news' ? '/news' : '/policies'}>{a.kindLabel}</Link>
          </p>
          <h1 id="h-article">{a.title}</h1>
          <p className="meta">
            {a.source ? `${a.source} · ` : ''}本站发布于 {a.publishedOn}
          </p>
          <p>
            <strong>{a.summary}</strong>
          </p>
          {a.body.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </article>
      )}
    </Async>
  );
}
