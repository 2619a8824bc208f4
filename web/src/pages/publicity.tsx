import { useState, type FormEvent } from 'react';
import { type CatalogItemTables, type Department, type Page, type PublicityItem } from '../api';
import { Async, Pager, fmtNumber, useApi, useRegions, useTitle } from '../components';
import { Link, href, navigate } from '../router';

const TABS = [
  { key: 'licenses', label: '行政许可', item: 'XZXK', table: 'XKLB', category: '许可类别' },
  { key: 'penalties', label: '行政处罚', item: 'XZCF', table: 'CFLB', category: '处罚类别' },
] as const;

type Filters = { department: string; region: string; category: string; from: string; to: string };

function filtersOf(query: URLSearchParams): Filters {
  const get = (k: string) => query.get(k) ?? '';
  return { department: get('department'), region: get('region'), category: get('category'), from: get('from'), to: get('to') };
}

// The 类别 options come from the catalogue's code table of the item (许可类别 or 处罚类别), so they follow the standard.
function useCategories(item: string, table: string): { value: string; label: string }[] {
  const catalog = useApi<CatalogItemTables>(`/api/v1/catalog/${item}`);
  if (catalog.state !== 'ok') return [];
  return catalog.data.codeTables.find((t) => t.code === table)?.entries ?? [];
}

export function PublicityPage({ query }: { query: URLSearchParams }) {
  const tab = TABS.find((t) => t.key === query.get('tab')) ?? TABS[0];
  const filters = filtersOf(query);
  const page = Math.max(1, Number(query.get('page')) || 1);
  const label = tab.label;
  useTitle(`双公示 · ${label}`);
  const depts = useApi<{ items: Department[] }>('/api/v1/departments');
  const regions = useRegions();
  const categories = useCategories(tab.item, tab.table);
  const list = useApi<Page<PublicityItem>>(href(`/api/v1/publicity/${tab.key}`, { ...filters, page, pageSize: 10 }));
  const [draft, setDraft] = useState(filters);
  const [seen, setSeen] = useState(query.toString());
  if (seen !== query.toString()) {
    setSeen(query.toString());
    setDraft(filters);
  }
  // Every filter lives in the address, so a filtered listing can be bookmarked or sent as a link.
  const apply = (e: FormEvent) => {
    e.preventDefault();
    navigate(href('/publicity', { tab: tab.key, ...draft }));
  };
  const filtered = Object.values(filters).some(Boolean);
  // Switching between licences and penalties keeps the filters both share; the categories differ.
  const { category: _category, ...shared } = filters;
  return (
    <>
      <h1>双公示</h1>
      <p className="muted">行政许可和行政处罚决定自作出之日起 7 个工作日内公示。自然人的决定不在网站公开。</p>
      <nav className="tabs" aria-label="公示类别">
        {TABS.map((t) => (
          <Link key={t.key} href={href('/publicity', { tab: t.key, ...shared })} aria-current={t.key === tab.key ? 'page' : undefined}>
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
          所属区域
          <select value={draft.region} onChange={(e) => setDraft({ ...draft, region: e.target.value })}>
            <option value="">{regions.allLabel}</option>
            {regions.items.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tab.category}
          <select value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value })}>
            <option value="">全部类别</option>
            {categories.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
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
        {filtered ? (
          <Link href={href('/publicity', { tab: tab.key })} className="clear">
            清除筛选
          </Link>
        ) : null}
      </form>
      <Async value={list} label={label}>
        {(d) => (
          <section aria-labelledby="h-list">
            <h2 id="h-list" className="result-count">
              {filtered ? `符合条件的${label}公示` : `${label}公示`} 共 {fmtNumber(d.total)} 条
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
                        <dt>{tab.category}</dt>
                        <dd>{it.category}</dd>
                      </div>
                    ) : null}
                    {it.content && it.content !== it.category ? (
                      <div className="field wide">
                        <dt>{tab.key === 'licenses' ? '许可内容' : '处罚内容'}</dt>
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
            <Pager page={d.page} pageSize={d.pageSize} total={d.total} path="/publicity" query={{ tab: tab.key, ...filters }} />
          </section>
        )}
      </Async>
    </>
  );
}
