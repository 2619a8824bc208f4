import { Async, fmtNumber, useTitle } from '../components';
import { Link, href } from '../router';
import { useConsoleApi } from './session';
import { CASE_KIND_LABELS, type CaseKind, type CaseOverview } from './types';

const KINDS: CaseKind[] = ['objection', 'repair', 'complaint'];

interface Row {
  department: string;
  counts: Record<CaseKind, { open: number; overdue: number }>;
  open: number;
  overdue: number;
}

/** One row per department, a pair of figures (open, overdue) per kind; most overdue first. */
function pivot(o: CaseOverview): Row[] {
  const rows = new Map<string, Row>();
  for (const r of o.departments) {
    const key = r.code ?? '';
    const row = rows.get(key) ?? {
      department: r.department,
      counts: { objection: { open: 0, overdue: 0 }, repair: { open: 0, overdue: 0 }, complaint: { open: 0, overdue: 0 } },
      open: 0,
      overdue: 0,
    };
    row.counts[r.kind] = { open: r.open, overdue: r.overdue };
    row.open += r.open;
    row.overdue += r.overdue;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open);
}

function Pair({ open, overdue, label }: { open: number; overdue: number; label: string }) {
  return (
    <>
      <td className="num" data-label={`${label}未办结`}>
        {fmtNumber(open)}
      </td>
      <td className={overdue ? 'num alert' : 'num'} data-label={`${label}逾期`}>
        {fmtNumber(overdue)}
      </td>
    </>
  );
}

/** 办理总览 (platform operator): open and overdue objections, repairs and complaints per department. */
export function CasesOverviewPage() {
  useTitle('办理总览');
  const overview = useConsoleApi<CaseOverview>('/api/v1/cases/overview');
  return (
    <>
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/console/cases">案件办理</Link> › 办理总览
      </nav>
      <h1>办理总览</h1>
      <Async value={overview} label="办理总览">
        {(o) => {
          const rows = pivot(o);
          return (
            <>
              <p className="muted">截至 {o.asOf}，各承办部门未办结和逾期的案件。未转交的案件由平台（泰安市公共信用信息中心）办理。</p>
              <ul className="figures console-figures" aria-label="合计">
                <li>
                  <strong>{fmtNumber(o.totals.open)}</strong>
                  <span>未办结</span>
                </li>
                <li>
                  <Link href={href('/console/cases', { overdue: 'true' })}>
                    <strong>{fmtNumber(o.totals.overdue)}</strong>
                    <span>逾期未办结</span>
                  </Link>
                </li>
              </ul>
              {rows.length === 0 ? (
                <p className="card muted">目前没有未办结的案件。</p>
              ) : (
                <div className="table-wrap">
                  <table className="stats-table overview-table">
                    <caption className="visually-hidden">各部门未办结和逾期案件数</caption>
                    <thead>
                      <tr>
                        <th scope="col" rowSpan={2}>
                          承办部门
                        </th>
                        {KINDS.map((k) => (
                          <th key={k} scope="colgroup" colSpan={2} className="num">
                            {CASE_KIND_LABELS[k]}
                          </th>
                        ))}
                        <th scope="colgroup" colSpan={2} className="num">
                          合计
                        </th>
                      </tr>
                      <tr>
                        {[...KINDS.map((k) => CASE_KIND_LABELS[k]), '合计'].flatMap((label) => [
                          <th key={`${label}-open`} scope="col" className="num">
                            未办结
                          </th>,
                          <th key={`${label}-overdue`} scope="col" className="num">
                            逾期
                          </th>,
                        ])}
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((r) => (
                        <tr key={r.department}>
                          <th scope="row">{r.department}</th>
                          {KINDS.map((k) => (
                            <Pair key={k} open={r.counts[k].open} overdue={r.counts[k].overdue} label={CASE_KIND_LABELS[k]} />
                          ))}
                          <Pair open={r.open} overdue={r.overdue} label="合计" />
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          );
        }}
      </Async>
    </>
  );
}
