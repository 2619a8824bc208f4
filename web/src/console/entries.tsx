import { useState, type FormEvent } from 'react';
import { Async, Pager, fmtNumber, useTitle } from '../components';
import { Link, href, navigate } from '../router';
import { manageableListTypes, useSession } from './context';
import { useConsoleApi } from './session';
import { ACTION_LABELS, STATUS_LABELS, type EntryStatus, type ListEntry } from './types';

export function StatusPill({ status }: { status: EntryStatus }) {
  return <span className={`pill pill-status-${status}`}>{STATUS_LABELS[status]}</span>;
}

/** 名单管理: the entries the user manages (a department: its own), filtered by list type and status. */
export function EntriesPage({ query }: { query: URLSearchParams }) {
  useTitle('名单管理');
  const session = useSession();
  const types = manageableListTypes(session);
  const listType = query.get('listType') ?? '';
  const status = query.get('status') ?? '';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const list = useConsoleApi<{ items: ListEntry[]; total: number; page: number; pageSize: number }>(
    href('/api/v1/list-entries', { listType, status, page, pageSize: 20 }),
  );
  const [draft, setDraft] = useState({ listType, status });
  const [seen, setSeen] = useState(query.toString());
  if (seen !== query.toString()) {
    setSeen(query.toString());
    setDraft({ listType, status });
  }
  const apply = (e: FormEvent) => {
    e.preventDefault();
    navigate(href('/console/lists', draft));
  };
  return (
    <>
      <div className="page-head">
        <h1>名单管理</h1>
        {types.length ? (
          <Link href="/console/lists/new" className="button-link">
            拟列入
          </Link>
        ) : null}
      </div>
      <p className="muted">
        {session.can.operator ? '全部认定部门的名单条目。' : `${session.department?.name ?? '本部门'}认定的名单条目。`}
        失信类名单列入前须书面告知当事人，红名单须先公示；异议期满后方可发布。
      </p>
      <form className="filters" onSubmit={apply} aria-label="筛选名单条目">
        <label>
          名单类型
          <select value={draft.listType} onChange={(e) => setDraft({ ...draft, listType: e.target.value })}>
            <option value="">全部名单</option>
            {types.map((t) => (
              <option key={t.code} value={t.code}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          状态
          <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
            <option value="">全部状态</option>
            {Object.entries(STATUS_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">筛选</button>
      </form>
      <Async value={list} label="名单条目">
        {(d) => (
          <section aria-labelledby="h-entries">
            <h2 id="h-entries" className="result-count">
              共 {fmtNumber(d.total)} 条
            </h2>
            {d.items.length === 0 ? (
              <p className="card muted">没有符合条件的名单条目。</p>
            ) : (
              <div className="table-wrap">
                <table className="entries-table">
                  <thead>
                    <tr>
                      <th scope="col">主体</th>
                      <th scope="col">名单</th>
                      <th scope="col">文书号</th>
                      {session.can.operator ? <th scope="col">认定部门</th> : null}
                      <th scope="col">列入日期</th>
                      <th scope="col">有效期至</th>
                      <th scope="col">状态</th>
                      <th scope="col">操作</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.items.map((e) => (
                      <tr key={e.id}>
                        <td>
                          <Link href={`/console/lists/${e.id}`}>{e.subject.name}</Link>
                          <span className="code meta block">{e.subject.code}</span>
                        </td>
                        <td data-label="名单">{e.listType.name}</td>
                        <td data-label="文书号">{e.docNo ?? '—'}</td>
                        {session.can.operator ? <td data-label="认定部门">{e.department ?? '—'}</td> : null}
                        <td data-label="列入日期">{e.startDate}</td>
                        <td data-label="有效期至">{e.endDate ?? '长期'}</td>
                        <td data-label="状态">
                          <StatusPill status={e.status} />
                        </td>
                        <td data-label="操作" className="row-actions">
                          {e.actions.length
                            ? e.actions.map((a) => (
                                <Link
                                  key={a}
                                  href={href(`/console/lists/${e.id}`, { action: a })}
                                  className={a === 'end' ? 'button-link small-button secondary' : 'button-link small-button'}
                                >
                                  {ACTION_LABELS[a]}
                                  <span className="visually-hidden">：{e.subject.name}</span>
                                </Link>
                              ))
                            : null}
                          <Link href={`/console/lists/${e.id}`} className="small">
                            历史<span className="visually-hidden">：{e.subject.name}</span>
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Pager page={d.page} pageSize={d.pageSize} total={d.total} path="/console/lists" query={{ listType, status }} />
          </section>
        )}
      </Async>
    </>
  );
}
