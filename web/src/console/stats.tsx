import { useState, type FormEvent } from 'react';
import { Async, fmtNumber, useTitle } from '../components';
import { href, navigate } from '../router';
import { useSession } from './context';
import { useConsoleApi } from './session';
import type { CheckStats, DepartmentFigures, Ratio } from './types';

function pct(r: Ratio): string {
  return `${(r.ratio * 100).toFixed(1)}%`;
}

function Indicator({ no, title, ratio, note }: { no: number; title: string; ratio: Ratio; note: string }) {
  return (
    <div className="indicator card">
      <h3>
        <span className="indicator-no">指标 {no}</span>
        {title}
      </h3>
      <p className="indicator-figure">
        <strong>{pct(ratio)}</strong>
        <span>
          {fmtNumber(ratio.numerator)} / {fmtNumber(ratio.denominator)} 个成员单位
        </span>
      </p>
      <div className="bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, ratio.ratio * 100)}%` }} />
      </div>
      <p className="meta">{note}</p>
    </div>
  );
}

const COLUMNS: { key: keyof DepartmentFigures; label: string }[] = [
  { key: 'checks', label: '核查次数' },
  { key: 'hitChecks', label: '命中名单' },
  { key: 'measuresReturned', label: '返回措施' },
  { key: 'feedbackGiven', label: '已反馈' },
  { key: 'measuresApplied', label: '实施措施' },
  { key: 'awaitingFeedback', label: '待反馈' },
  { key: 'overdueFeedback', label: '逾期未反馈' },
];

function OwnFigures({ row }: { row: DepartmentFigures | undefined }) {
  if (!row) return <p className="card muted">本部门在该期间没有核查记录。</p>;
  return (
    <ul className="figures console-figures" aria-label={`${row.name}核查与反馈`}>
      {COLUMNS.map((c) => (
        <li key={c.key} data-figure={c.key}>
          <strong>{fmtNumber(row[c.key] as number)}</strong>
          <span>{c.label}</span>
        </li>
      ))}
    </ul>
  );
}

function DepartmentTable({ rows }: { rows: DepartmentFigures[] }) {
  const [activeOnly, setActiveOnly] = useState(false);
  // Departments that checked come first, busiest on top; the rest keep the profile's order.
  const sorted = [...rows].sort((a, b) => b.checks - a.checks).filter((r) => !activeOnly || r.checks > 0);
  return (
    <>
      <div className="filters">
        <label className="inline-check">
          <input type="checkbox" checked={activeOnly} onChange={(e) => setActiveOnly(e.target.checked)} />
          只看有核查的部门
        </label>
      </div>
      <div className="table-wrap">
        <table className="stats-table">
          <caption className="visually-hidden">各部门核查与反馈情况</caption>
          <thead>
            <tr>
              <th scope="col">部门</th>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" className="num">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.code} data-dept={r.code} className={r.checks === 0 ? 'row-idle' : undefined}>
                <th scope="row">
                  {r.name}
                  {r.isMember ? null : <span className="tag">非成员单位</span>}
                </th>
                {COLUMNS.map((c) => (
                  <td
                    key={c.key}
                    data-label={c.label}
                    className={c.key === 'overdueFeedback' && r.overdueFeedback > 0 ? 'num alert' : 'num'}
                  >
                    {fmtNumber(r[c.key] as number)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** 统计: per-department check and feedback figures and the plan's indicators 6 and 7; a department sees its own row. */
export function StatsPage({ query }: { query: URLSearchParams }) {
  const { can, department } = useSession();
  const title = can.operator ? '核查与反馈统计' : '本部门统计';
  useTitle(title);
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const stats = useConsoleApi<CheckStats>(href('/api/v1/checks/stats', { from, to }));
  const [draft, setDraft] = useState({ from, to });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    navigate(href('/console/stats', draft));
  };
  return (
    <>
      <h1>{title}</h1>
      <form className="filters" onSubmit={apply} aria-label="统计期间">
        <label>
          起始日期
          <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          截止日期
          <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <button type="submit">统计</button>
      </form>
      <Async value={stats} label="统计">
        {(s) => (
          <>
            <p className="muted">
              统计期间 {s.from} 至 {s.to}。返回措施的核查应在核查后 {s.feedbackDueWorkingDays} 个工作日内反馈，逾期未反馈单独列出。
            </p>
            {can.operator ? null : (
              <section aria-labelledby="h-own">
                <h2 id="h-own">{department?.name ?? '本部门'}</h2>
                <OwnFigures row={s.departments[0]} />
              </section>
            )}
            <section aria-labelledby="h-indicators">
              <h2 id="h-indicators">规划指标</h2>
              <div className="grid-2">
                <Indicator
                  no={6}
                  title="使用信用信息或信用报告的市直部门"
                  ratio={s.indicators.usingCreditInformation}
                  note="期间内至少核查一次的联席会议成员单位占全部成员单位的比例。"
                />
                <Indicator
                  no={7}
                  title="实施联合奖惩的市直部门"
                  ratio={s.indicators.applyingMeasures}
                  note="期间内反馈中至少实施了一项措施的成员单位占全部成员单位的比例。"
                />
              </div>
            </section>
            {can.operator ? (
              <section aria-labelledby="h-depts">
                <h2 id="h-depts">各部门核查与反馈</h2>
                <DepartmentTable rows={s.departments} />
              </section>
            ) : null}
          </>
        )}
      </Async>
    </>
  );
}
