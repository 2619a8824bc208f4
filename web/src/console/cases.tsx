import { useState, type FormEvent } from 'react';
import { Async, Pager, fmtNumber, useTitle } from '../components';
import { Link, href, navigate } from '../router';
import { useSession } from './context';
import { useConsoleApi } from './session';
import { CASE_KIND_LABELS, type CaseKind, type CaseListItem } from './types';

const FINISHED = new Set(['decided', 'dismissed', 'approved', 'rejected', 'concluded']);

/** A case's status as a pill: waiting for the platform, with a department, returned, finished. */
export function CaseStatusPill({ status, label }: { status: string; label: string }) {
  const tone = FINISHED.has(status)
    ? status === 'dismissed' || status === 'rejected'
      ? 'pill-status-ended'
      : 'pill-done'
    : status === 'returned'
      ? 'pill-waiting'
      : 'pill-status-proposed';
  return <span className={`pill ${tone}`}>{label}</span>;
}

/** What a case is about: the record (category and document number) or, for a complaint, the subject named. */
export function caseMatter(target: Record<string, unknown>): string {
  const s = (k: string) => (typeof target[k] === 'string' ? (target[k] as string) : '');
  if (s('subjectName')) return s('subjectName');
  return [s('itemName'), s('docNo')].filter(Boolean).join(' ') || '—';
}

function subjectOf(c: CaseListItem): string {
  if (c.subject) return c.subject;
  const name = c.target['subjectName'];
  return typeof name === 'string' ? name : '—';
}

/** 案件办理: the inbox of objections, repair applications and complaints (a department: those routed to it). */
export function CasesPage({ query }: { query: URLSearchParams }) {
  useTitle('案件办理');
  const session = useSession();
  const kind = (query.get('kind') ?? '') as CaseKind | '';
  const open = query.get('open') === 'true';
  const overdue = query.get('overdue') === 'true';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const list = useConsoleApi<{ items: CaseListItem[]; total: number; page: number; pageSize: number }>(
    href('/api/v1/cases', { kind, open: open ? 'true' : undefined, overdue: overdue ? 'true' : undefined, page, pageSize: 20 }),
  );
  const [draft, setDraft] = useState({ kind, open, overdue });
  const [seen, setSeen] = useState(query.toString());
  if (seen !== query.toString()) {
    setSeen(query.toString());
    setDraft({ kind, open, overdue });
  }
  const apply = (e: FormEvent) => {
    e.preventDefault();
    navigate(
      href('/console/cases', {
        kind: draft.kind,
        open: draft.open ? 'true' : undefined,
        overdue: draft.overdue ? 'true' : undefined,
      }),
    );
  };
  const filtered = !!(kind || open || overdue);
  return (
    <>
      <div className="page-head">
        <h1>案件办理</h1>
        {session.can.operator ? <Link href="/console/cases/overview">办理总览</Link> : null}
      </div>
      <p className="muted">
        {session.can.operator
          ? '网上提交的异议申请、信用修复申请和失信举报，按办理期限排列。'
          : `转交${session.department?.name ?? '本部门'}核实办理的异议、信用修复申请和举报。`}
        期限按工作日计算，逾期未办结的标红。
      </p>
      <form className="filters" onSubmit={apply} aria-label="筛选案件">
        <label>
          类型
          <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as CaseKind | '' })}>
            <option value="">全部类型</option>
            {(Object.keys(CASE_KIND_LABELS) as CaseKind[]).map((k) => (
              <option key={k} value={k}>
                {CASE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={draft.open} onChange={(e) => setDraft({ ...draft, open: e.target.checked })} />
          只看未办结
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={draft.overdue} onChange={(e) => setDraft({ ...draft, overdue: e.target.checked })} />
          只看逾期
        </label>
        <button type="submit">筛选</button>
        {filtered ? (
          <Link href="/console/cases" className="clear">
            清除筛选
          </Link>
        ) : null}
      </form>
      <Async value={list} label="案件">
        {(d) => (
          <section aria-labelledby="h-cases">
            <h2 id="h-cases" className="result-count">
              {filtered ? '符合条件的案件' : '全部案件'} 共 {fmtNumber(d.total)} 件
            </h2>
            {d.items.length === 0 ? (
              <p className="card muted">{overdue ? '没有逾期未办结的案件。' : '暂无案件。'}</p>
            ) : (
              <div className="table-wrap">
                <table className="cases-table">
                  <thead>
                    <tr>
                      <th scope="col">办理编号</th>
                      <th scope="col">类型</th>
                      <th scope="col">主体</th>
                      <th scope="col">事项</th>
                      {session.can.operator ? <th scope="col">部门</th> : null}
                      <th scope="col">收到日期</th>
                      <th scope="col">办理期限</th>
                      <th scope="col">状态</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.items.map((c) => (
                      <tr key={c.caseNo} className={c.overdue ? 'row-overdue' : undefined}>
                        <td>
                          <Link href={`/console/cases/${c.caseNo}`} className="code">
                            {c.caseNo}
                          </Link>
                        </td>
                        <td data-label="类型">{CASE_KIND_LABELS[c.kind] ?? c.kindLabel}</td>
                        <td data-label="主体">{subjectOf(c)}</td>
                        <td data-label="事项">{caseMatter(c.target)}</td>
                        {session.can.operator ? <td data-label="部门">{c.department ?? '—'}</td> : null}
                        <td data-label="收到日期" className="nowrap">
                          {c.receivedOn}
                        </td>
                        <td data-label="办理期限" className="nowrap">
                          {c.deadline ?? '—'} {c.overdue ? <span className="pill pill-overdue">已逾期</span> : null}
                        </td>
                        <td data-label="状态">
                          <CaseStatusPill status={c.status} label={c.statusLabel} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Pager
              page={d.page}
              pageSize={d.pageSize}
              total={d.total}
              path="/console/cases"
              query={{ kind: kind || undefined, open: open ? 'true' : undefined, overdue: overdue ? 'true' : undefined }}
            />
          </section>
        )}
      </Async>
    </>
  );
}
