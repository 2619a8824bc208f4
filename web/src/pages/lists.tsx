import { LISTS, type ListPage } from '../api';
import { Async, Pager, fmtNumber, useApi, useTitle } from '../components';
import { Link, href, navigate } from '../router';

const GROUPS = [
  { flag: 'red', label: '红名单（守信激励）' },
  { flag: 'black', label: '黑名单（严重失信主体名单）' },
  { flag: 'abnormal', label: '经营异常名录' },
] as const;

export function ListsPage({ query }: { query: URLSearchParams }) {
  const type = LISTS.some((l) => l.code === query.get('type')) ? query.get('type')! : 'AJNSR';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const info = LISTS.find((l) => l.code === type)!;
  useTitle(`红黑榜 · ${info.name}`);
  const list = useApi<ListPage>(href(`/api/v1/lists/${type}`, { page, pageSize: 20 }));
  return (
    <>
      <h1>红黑榜</h1>
      <div className="filters">
        <label>
          名单
          <select value={type} onChange={(e) => navigate(href('/lists', { type: e.target.value }))}>
            {GROUPS.map((g) => (
              <optgroup key={g.flag} label={g.label}>
                {LISTS.filter((l) => l.flag === g.flag).map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </div>
      <Async value={list} label="名单">
        {(d) => (
          <section aria-labelledby="h-list">
            <h2 id="h-list" className="result-count">
              <span className={`badge ${info.flag === 'red' ? 'badge-red' : 'badge-black'}`}>
                {info.flag === 'red' ? '红榜' : info.flag === 'black' ? '黑榜' : '异常'}
              </span>
              {d.list.name} 共 {fmtNumber(d.total)} 条
            </h2>
            {d.items.length === 0 ? (
              <p className="muted">该名单暂无公示中的条目。</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">{d.list.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">主体名称</th>
                      <th scope="col">统一社会信用代码</th>
                      <th scope="col">列入事由</th>
                      <th scope="col">认定部门</th>
                      <th scope="col">列入日期</th>
                      <th scope="col">有效期至</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.items.map((e) => (
                      <tr key={e.id}>
                        <td>
                          <Link href={`/subjects/${e.subject.id}`}>{e.subject.name}</Link>
                        </td>
                        <td className="code" data-label="代码">
                          {e.subject.code}
                        </td>
                        <td data-label="列入事由">{e.reason ?? '—'}</td>
                        <td data-label="认定部门">{e.department ?? '—'}</td>
                        <td data-label="列入日期">{e.startDate}</td>
                        <td data-label="有效期至">{e.endDate ?? '长期'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Pager page={d.page} pageSize={d.pageSize} total={d.total} path="/lists" query={{ type }} />
          </section>
        )}
      </Async>
    </>
  );
}
