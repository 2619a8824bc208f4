import { useState } from 'react';
import { Async, useTitle } from '../components';
import { Link } from '../router';
import { functionLabel, useSession } from './context';
import { useConsoleApi } from './session';
import { KIND_LABELS, type Measure, type MeasuresCatalogue } from './types';

/** The implementing departments of a measure in words. */
export function useImplementers(): (m: Pick<Measure, 'implementers'>) => string {
  const { departments } = useSession();
  return (m) => m.implementers.map((f) => functionLabel(departments, f)).join('、');
}

/** 措施清单: the memoranda and their measures; the platform operator edits them. */
export function MeasuresPage() {
  useTitle('措施清单');
  const session = useSession();
  const catalogue = useConsoleApi<MeasuresCatalogue>('/api/v1/measures');
  const implementers = useImplementers();
  const [kind, setKind] = useState<'' | 'punishment' | 'reward'>('');
  const [scenario, setScenario] = useState('');
  const [mine, setMine] = useState(false);
  const fns = session.department?.functions ?? [];
  const shown = (x: Measure) =>
    (!scenario || x.scenarios.some((s) => s.code === scenario)) && (!mine || x.implementers.some((f) => f === '*' || fns.includes(f)));
  const listName = (code: string) => session.listTypes.find((t) => t.code === code)?.name ?? code;
  return (
    <>
      <h1>联合奖惩措施清单</h1>
      <p className="muted">
        按备忘录和地方性法规条款列出的奖惩措施，写明依据、实施部门和适用场景。信用核查按名单、场景和核查部门从本清单中选出适用的措施。
        {session.can.manageMeasures ? '修改措施会生成新版本，旧版本保留可查。' : ''}
      </p>
      <div className="filters">
        <label>
          奖惩类别
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="">全部</option>
            <option value="punishment">失信惩戒</option>
            <option value="reward">守信激励</option>
          </select>
        </label>
        <label>
          适用场景
          <select value={scenario} onChange={(e) => setScenario(e.target.value)}>
            <option value="">全部场景</option>
            {catalogue.state === 'ok'
              ? catalogue.data.scenarios.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))
              : null}
          </select>
        </label>
        {session.can.runChecks ? (
          <label className="inline-check">
            <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />
            只看本部门实施的措施
          </label>
        ) : null}
      </div>
      <Async value={catalogue} label="措施清单">
        {(c) => {
          const memos = c.memoranda
            .filter((m) => !kind || m.kind === kind)
            .map((m) => ({ ...m, measures: m.measures.filter(shown) }))
            .filter((m) => m.measures.length > 0);
          if (!memos.length) return <p className="card muted">没有符合条件的措施。</p>;
          return memos.map((m) => (
            <section key={m.code} className="card memorandum" aria-labelledby={`h-memo-${m.code}`}>
              <h2 id={`h-memo-${m.code}`}>
                <span className={`pill pill-${m.kind}`}>{KIND_LABELS[m.kind]}</span> {m.title}
              </h2>
              <p className="meta">
                {m.docNo ? `${m.docNo} · ` : ''}
                {m.issuedOn ? `${m.issuedOn} · ` : ''}适用名单：{m.listTypes.map(listName).join('、')} · 第 {m.version} 版
              </p>
              <div className="table-wrap">
                <table className="measures-table">
                  <thead>
                    <tr>
                      <th scope="col">措施</th>
                      <th scope="col">依据</th>
                      <th scope="col">实施部门</th>
                      <th scope="col">适用场景</th>
                      <th scope="col">状态</th>
                      <th scope="col">版本</th>
                      <th scope="col">操作</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.measures.map((x) => (
                      <tr key={x.code} className={x.status === 'retired' ? 'row-idle' : undefined}>
                        <td>
                          {x.text}
                          <span className="code meta block">{x.code}</span>
                        </td>
                        <td data-label="依据">{x.legalBasis}</td>
                        <td data-label="实施部门">{implementers(x)}</td>
                        <td data-label="适用场景">{x.scenarios.map((s) => s.name).join('、')}</td>
                        <td data-label="状态">
                          {x.status === 'active' ? (
                            <span className="pill pill-done">有效</span>
                          ) : (
                            <span className="pill pill-idle">已停用</span>
                          )}
                        </td>
                        <td data-label="版本">第 {x.version} 版</td>
                        <td data-label="操作">
                          <Link href={`/console/measures/${encodeURIComponent(x.code)}`}>
                            {session.can.manageMeasures ? '编辑' : '查看'}
                            <span className="visually-hidden">措施 {x.code}</span>
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ));
        }}
      </Async>
    </>
  );
}
