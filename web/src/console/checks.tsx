import { Async, Pager, fmtNumber, useTitle } from '../components';
import { Link, href } from '../router';
import { useSession } from './context';
import { useConsoleApi } from './session';
import { OUTCOME_LABELS, type CheckListItem } from './types';

const FILTERS = [
  { key: '', label: '全部', api: {} },
  { key: 'awaiting', label: '待反馈', api: { awaitingFeedback: 'true' } },
  { key: 'overdue', label: '逾期未反馈', api: { overdue: 'true' } },
] as const;

function FeedbackState({ item }: { item: CheckListItem }) {
  if (item.feedbackGiven) return <span className="pill pill-done">已反馈</span>;
  if (item.measureCount === 0) return <span className="muted">无需反馈</span>;
  if (item.overdue) return <span className="pill pill-overdue">逾期未反馈</span>;
  return <span className="pill pill-waiting">待反馈</span>;
}

function subjectOf(item: CheckListItem): string {
  if (item.subject) return item.subject.name;
  if (item.query.name) return `${item.query.name}（按名称）`;
  return item.query.subject ?? '—';
}

/** 核查记录: the department's checks (the operator: every department's), filtered by feedback state. */
export function ChecksPage({ query }: { query: URLSearchParams }) {
  useTitle('核查记录');
  const { can } = useSession();
  const filter = FILTERS.find((f) => f.key === (query.get('filter') ?? '')) ?? FILTERS[0];
  const page = Math.max(1, Number(query.get('page')) || 1);
  const list = useConsoleApi<{ items: CheckListItem[]; total: number; page: number; pageSize: number }>(
    href('/api/v1/checks', { ...filter.api, page, pageSize: 20 }),
  );
  return (
    <>
      <h1>核查记录</h1>
      <p className="muted">
        {can.operator ? '各部门的信用核查记录。' : '本部门的信用核查记录。'}返回了措施的核查，须在反馈期限前反馈措施实施情况。
      </p>
      <nav className="tabs" aria-label="按反馈状态筛选">
        {FILTERS.map((f) => (
          <Link key={f.key} href={href('/console/checks', { filter: f.key })} aria-current={f.key === filter.key ? 'page' : undefined}>
            {f.label}
          </Link>
        ))}
      </nav>
      <Async value={list} label="核查记录">
        {(d) => (
          <section aria-labelledby="h-checks">
            <h2 id="h-checks" className="result-count">
              {filter.key ? filter.label : '全部核查'} 共 {fmtNumber(d.total)} 条
            </h2>
            {d.items.length === 0 ? (
              <p className="card muted">{filter.key === 'overdue' ? '没有逾期未反馈的核查。' : '暂无核查记录。'}</p>
            ) : (
              <div className="table-wrap">
                <table className="checks-table">
                  <thead>
                    <tr>
                      <th scope="col">回执编号</th>
                      <th scope="col">核查主体</th>
                      <th scope="col">场景</th>
                      <th scope="col">审批事项编号</th>
                      {can.operator ? <th scope="col">核查部门</th> : null}
                      <th scope="col">核查日期</th>
                      <th scope="col">结果</th>
                      <th scope="col">措施</th>
                      <th scope="col">反馈期限</th>
                      <th scope="col">反馈</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.items.map((c) => (
                      <tr key={c.id} className={c.overdue ? 'row-overdue' : undefined}>
                        <td>
                          <Link href={`/console/checks/${c.id}`} className="code">
                            {c.receiptNo}
                          </Link>
                        </td>
                        <td data-label="核查主体">{subjectOf(c)}</td>
                        <td data-label="场景">{c.scenario.name}</td>
                        <td data-label="审批事项编号">{c.caseNo}</td>
                        {can.operator ? <td data-label="核查部门">{c.department}</td> : null}
                        <td data-label="核查日期">{c.checkDate}</td>
                        <td data-label="结果">{OUTCOME_LABELS[c.outcome]}</td>
                        <td data-label="措施">{c.measureCount} 项</td>
                        <td data-label="反馈期限">{c.feedbackDue ?? '—'}</td>
                        <td data-label="反馈">
                          <FeedbackState item={c} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Pager page={d.page} pageSize={d.pageSize} total={d.total} path="/console/checks" query={{ filter: filter.key || undefined }} />
          </section>
        )}
      </Async>
    </>
  );
}
