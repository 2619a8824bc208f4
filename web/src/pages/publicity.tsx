import { useState, type FormEvent } from 'react';
import { type Department, type Page, type PublicityItem } from '../api';
import { Async, Pager, fmtNumber, useApi, useTitle } from '../components';
import { Link, href, navigate } from '../router';

const TABS = [
  { key: 'licenses', label: '行政许可' },
  { key: 'penalties', label: '行政处罚' },
] as const;

export function PublicityPage({ query }: { query: URLSearchParams }) {
  const tab = query.get('tab') === 'penalties' ? 'penalties' : 'licenses';
  const department = query.get('department') ?? '';
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const label = tab === 'licenses' ? '行政许可' : '行政处罚';
  useTitle(`双公示 · ${label}`);
  const depts = useApi<{ items: Department[] }>('/api/v1/departments');
  const list = useApi<Page<PublicityItem>>(href(`/api/v1/publicity/${tab}`, { department, from, to, page, pageSize: 10 }));
  const [draft, setDraft] = useState({ department, from, to });
  const [seen, setSeen] = useState(query.toString());
  if (seen !== query.toString()) {
    setSeen(query.toString());
    setDraft({ department, from, to });
  }
  const apply = (e: FormEvent) => {
    e.preventDefault();
    navigate(href('/publicity', { tab, ...draft }));
  };
  return (
    <>
      <h1>双公示</h1>
      <p className="muted">行政许可和行政处罚决定自作出之日起 7 个工作日内公示。自然人的决定不在网站公开。</p>
      <nav className="tabs" aria-label="公示类别">
        {TABS.map((t) => (
          <Link key={t.key} href={href('/publicity', { tab: t.key })} aria-current={t.key === tab ? 'page' : undefined}>
            {t.label}
          </Link>
        ))}
      </nav>
      <form className="filters" onSubmit={apply} aria-label="筛选">
        <label>
          决定机关
          <select value={draft.department} onChange={(e) => setDraft({ ...draft, department: e.target.value })}>
            <option value="">全部部门</option>
            {depts.state === 'ok'
              ? depts.data.items.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name}
                  </option>
                ))
              : null}
          </select>
        </label>
        <label>
          决定日期自
          <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          至
          <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <button type="submit">筛选</button>
      </form>
      <Async value={list} label={label}>
        {(d) => (
          <section aria-labelledby="h-list">
            <h2 id="h-list" className="result-count">
              {label}公示 共 {fmtNumber(d.total)} 条
            </h2>
            {d.items.length === 0 ? <p className="muted">没有符合条件的公示信息。</p> : null}
            <ul className="results">
              {d.items.map((it) => (
                <li key={it.id} className="card result">
                  <h3>
                    <Link href={`/subjects/${it.subject.id}`}>{it.subject.name}</Link>
                  </h3>
                  <p>{it.title ?? '—'}</p>
                  <dl className="fields compact">
                    <div className="field">
                      <dt>决定机关</dt>
                      <dd>{it.department.name}</dd>
                    </div>
                    <div className="field">
                      <dt>决定日期</dt>
                      <dd>{it.decisionDate ?? '—'}</dd>
                    </div>
                    {it.docNo ? (
                      <div className="field">
                        <dt>文书号</dt>
                        <dd>{it.docNo}</dd>
                      </div>
                    ) : null}
                    {it.category ? (
                      <div className="field">
                        <dt>{tab === 'licenses' ? '许可类别' : '处罚类别'}</dt>
                        <dd>{it.category}</dd>
                      </div>
                    ) : null}
                    {it.content && it.content !== it.category ? (
                      <div className="field wide">
                        <dt>{tab === 'licenses' ? '许可内容' : '处罚内容'}</dt>
                        <dd>{it.content}</dd>
                      </div>
                    ) : null}
                    {it.publicityEnd ? (
                      <div className="field">
                        <dt>公示截止</dt>
                        <dd>{it.publicityEnd}</dd>
                      </div>
                    ) : null}
                  </dl>
                </li>
              ))}
            </ul>
            <Pager page={d.page} pageSize={d.pageSize} total={d.total} path="/publicity" query={{ tab, department, from, to }} />
          </section>
        )}
      </Async>
    </>
  );
}
