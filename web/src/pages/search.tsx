import { KINDS, type Page, type SubjectHit } from '../api';
import { Async, Highlighted, Pager, fmtNumber, useApi, useRegions, useTitle } from '../components';
import { Link, href, navigate } from '../router';
import { SearchForm } from '../search-form';

export function SearchPage({ query }: { query: URLSearchParams }) {
  const q = query.get('q')?.trim() ?? '';
  const kind = query.get('kind') ?? '';
  const region = query.get('region') ?? '';
  const page = Math.max(1, Number(query.get('page')) || 1);
  useTitle(q ? `“${q}”的查询结果` : '信用查询');
  const regions = useRegions();
  const result = useApi<Page<SubjectHit>>(q ? href('/api/v1/subjects', { q, kind, region, page, pageSize: 10 }) : null);
  const setFilter = (name: string, value: string) => navigate(href('/search', { q, kind, region, [name]: value, page: undefined }));
  return (
    <>
      <h1>信用查询</h1>
      <SearchForm key={q} initial={q} />
      <div className="filters" role="group" aria-label="筛选">
        <label>
          主体类别
          <select value={kind} onChange={(e) => setFilter('kind', e.target.value)}>
            <option value="">全部</option>
            {KINDS.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          所属地区
          <select value={region} onChange={(e) => setFilter('region', e.target.value)}>
            <option value="">{regions.allLabel}</option>
            {regions.items.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!q ? (
        <p className="muted">请输入主体名称（至少 2 个字）或统一社会信用代码。</p>
      ) : (
        <Async value={result} label="查询结果">
          {(d) => (
            <section aria-labelledby="h-results">
              <h2 id="h-results" className="result-count" aria-live="polite">
                找到 {fmtNumber(d.total)} 个与“{q}”相关的主体
              </h2>
              {d.items.length === 0 ? (
                <p className="muted">没有找到匹配的主体。可以试试简称、去掉“有限公司”等后缀，或直接输入统一社会信用代码。</p>
              ) : (
                <ol className="results">
                  {d.items.map((s) => (
                    <li key={s.id} className="card result">
                      <h3>
                        <Link href={`/subjects/${s.id}`}>
                          <Highlighted text={s.matchedName ?? s.name} ranges={s.highlights} />
                        </Link>
                      </h3>
                      {s.matchedName && s.matchedName !== s.name ? <p className="meta">现用名：{s.name}（曾用名匹配）</p> : null}
                      <p className="meta">
                        <span className="tag">{s.kindLabel}</span> 统一社会信用代码 <span className="code">{s.code}</span>
                        {s.region ? ` · ${s.region.name}` : ''}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
              <Pager page={d.page} pageSize={d.pageSize} total={d.total} path="/search" query={{ q, kind, region }} />
            </section>
          )}
        </Async>
      )}
    </>
  );
}
