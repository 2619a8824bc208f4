import { useEffect, useRef, useState, type FormEvent } from 'react';
import { HistoryTable } from './history-table';
import { Async, useTitle } from '../components';
import { Link, href, navigate } from '../router';
import { StatusPill } from './entries';
import { useSession } from './context';
import { call, useConsoleApi } from './session';
import {
  ACTION_LABELS,
  END_REASON_LABELS,
  EVENT_LABELS,
  FLAG_LABELS,
  STATUS_LABELS,
  type EndReason,
  type EntryAction,
  type EntryStatus,
  type ListEntryDetail,
  type ListType,
} from './types';

const SERVICE_METHODS = ['直接送达', '邮寄送达', '电子送达', '留置送达', '公告送达'];

function today(): string {
  // The platform's calendar day is China's (UTC+8) whatever the browser's zone.
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The end reasons open to an entry: before publication only 撤销; afterwards the list type's exits. */
function endReasons(entry: ListEntryDetail, type: ListType | undefined): { reason: EndReason; text: string }[] {
  if (entry.status !== 'published') return [{ reason: 'revoked', text: '列入决定被依法撤销' }];
  const exits = type?.exits ?? [];
  const all: EndReason[] = ['expired', 'repaired', 'removed', 'revoked'];
  return all.map((r) => ({ reason: r, text: exits.find((e) => e.reason === r)?.text ?? '' }));
}

function ActionForm({
  entry,
  type,
  action,
  onDone,
  onCancel,
}: {
  entry: ListEntryDetail;
  type: ListType | undefined;
  action: EntryAction;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [servedOn, setServedOn] = useState(today());
  const [method, setMethod] = useState(SERVICE_METHODS[0]!);
  const [measures, setMeasures] = useState('');
  const reasons = endReasons(entry, type);
  const [reason, setReason] = useState<EndReason | ''>(reasons.length === 1 ? reasons[0]!.reason : '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const first = useRef<HTMLHeadingElement>(null);
  useEffect(() => first.current?.focus(), [action]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (action === 'notify' && (!servedOn || !method.trim() || !measures.trim()))
      return setError('书面告知须填写送达日期、送达方式和拟采取的惩戒措施');
    if (action === 'end' && !reason) return setError('请选择移出原因');
    setBusy(true);
    setError('');
    try {
      await call('POST', `/api/v1/list-entries/${entry.id}/transitions`, {
        action,
        ...(action === 'notify' ? { notice: { servedOn, method: method.trim(), measures: measures.trim() } } : {}),
        ...(action === 'end' ? { reason } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onDone(`已${ACTION_LABELS[action]}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : '操作失败');
      setBusy(false);
    }
  };

  const objection = type?.objectionWorkingDays ?? 0;
  // The last day of the objection period: after the written notice, or of the red list's announcement.
  const until = entry.status === 'notified' ? String(entry.notice?.['objectBy'] ?? '') : (entry.announceTo ?? '');
  return (
    <form className="card form action-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="h-action">
      <h2 id="h-action" ref={first} tabIndex={-1}>
        {ACTION_LABELS[action]}
      </h2>
      {action === 'notify' ? (
        <>
          <p className="muted small">
            书面告知当事人拟列入的事由、依据、拟采取的惩戒措施和陈述申辩的权利。
            {objection ? `送达后 ${objection} 个工作日为异议期，期满后方可发布。` : '该名单无异议期，告知后即可发布。'}
          </p>
          <div className="form-grid">
            <div className="form-row">
              <label htmlFor="act-served">送达日期</label>
              <input id="act-served" type="date" value={servedOn} max={today()} onChange={(e) => setServedOn(e.target.value)} required />
            </div>
            <div className="form-row">
              <label htmlFor="act-method">送达方式</label>
              <select id="act-method" value={method} onChange={(e) => setMethod(e.target.value)} required>
                {SERVICE_METHODS.map((m) => (
                  <option key={m}>{m}</option>
                ))}
              </select>
            </div>
            <div className="form-row wide">
              <label htmlFor="act-measures">拟采取的惩戒措施</label>
              <textarea
                id="act-measures"
                value={measures}
                onChange={(e) => setMeasures(e.target.value)}
                rows={3}
                maxLength={2000}
                required
              />
            </div>
          </div>
        </>
      ) : null}
      {action === 'announce' ? <p className="muted small">自今天起向社会公示 {objection} 个工作日，公示期满无异议后方可发布。</p> : null}
      {action === 'publish' ? (
        <p className="muted small">
          发布后条目在信用泰安网站公开，并在信用核查中生效。
          {until ? (until >= today() ? `异议期至 ${until} 届满，届满后方可发布。` : `异议期已于 ${until} 届满。`) : ''}
        </p>
      ) : null}
      {action === 'end' ? (
        <fieldset className="choice">
          <legend>移出原因</legend>
          {reasons.map((r) => (
            <label key={r.reason} className="choice-block">
              <input type="radio" name="end-reason" value={r.reason} checked={reason === r.reason} onChange={() => setReason(r.reason)} />
              <span>
                {END_REASON_LABELS[r.reason]}
                {r.text ? <span className="meta block">{r.text}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="form-row">
        <label htmlFor="act-note">说明（选填）</label>
        <textarea id="act-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} />
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? '正在提交…' : `确认${ACTION_LABELS[action]}`}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}

function historyText(h: ListEntryDetail['history'][number]): string {
  const reason = h.details['reason'];
  const parts = [
    typeof reason === 'string' && reason in END_REASON_LABELS ? `原因：${END_REASON_LABELS[reason as EndReason]}` : '',
    h.note ?? '',
  ];
  return parts.filter(Boolean).join('；') || '—';
}

/** One list entry: its facts, the written notice or announcement, the open actions and the history. */
export function EntryPage({ id, query }: { id: string; query: URLSearchParams }) {
  const session = useSession();
  const [version, setVersion] = useState(0);
  const [done, setDone] = useState('');
  const entry = useConsoleApi<ListEntryDetail>(`/api/v1/list-entries/${encodeURIComponent(id)}`, version);
  const asked = query.get('action') as EntryAction | null;
  useTitle(entry.state === 'ok' ? `名单条目 · ${entry.data.subject.name}` : '名单条目');
  const open = (a: EntryAction | null) => {
    setDone('');
    navigate(href(`/console/lists/${id}`, { action: a ?? undefined }), { replace: true });
  };
  return (
    <>
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/console/lists">名单管理</Link> › 名单条目
      </nav>
      <Async value={entry} label="名单条目">
        {(e) => {
          const type = session.listTypes.find((t) => t.code === e.listType.code);
          const action = asked && e.actions.includes(asked) ? asked : null;
          const notice = e.notice as Record<string, string | undefined> | null;
          return (
            <>
              <h1>{e.subject.name}</h1>
              <p className="meta">
                <span className="tag">{FLAG_LABELS[e.listType.flag] ?? e.listType.flag}</span> {e.listType.name} ·{' '}
                <StatusPill status={e.status} />
                {e.source === 'intake' ? ' · 部门报送' : ' · 后台录入'}
              </p>
              <div aria-live="polite">{done ? <p className="ok-note">{done}。</p> : null}</div>
              {e.actions.length ? (
                <div className="actions-row" role="group" aria-label="可执行的操作">
                  {e.actions.map((a) => (
                    <button
                      key={a}
                      type="button"
                      className={a === 'end' ? 'btn-secondary' : undefined}
                      aria-expanded={action === a}
                      onClick={() => open(action === a ? null : a)}
                    >
                      {ACTION_LABELS[a]}
                    </button>
                  ))}
                </div>
              ) : null}
              {action ? (
                <ActionForm
                  key={action}
                  entry={e}
                  type={type}
                  action={action}
                  onCancel={() => open(null)}
                  onDone={(m) => {
                    open(null);
                    setDone(m);
                    setVersion((v) => v + 1);
                  }}
                />
              ) : null}
              <section className="card" aria-labelledby="h-entry">
                <h2 id="h-entry">列入信息</h2>
                <dl className="fields">
                  <div className="field">
                    <dt>{e.subject.kind === 'natural_person' ? '证件号码' : '统一社会信用代码'}</dt>
                    <dd className="code">{e.subject.code}</dd>
                  </div>
                  <div className="field">
                    <dt>认定部门</dt>
                    <dd>{e.department ?? '—'}</dd>
                  </div>
                  <div className="field">
                    <dt>列入决定文书号</dt>
                    <dd>{e.docNo ?? '—'}</dd>
                  </div>
                  <div className="field">
                    <dt>列入日期 / 有效期至</dt>
                    <dd>
                      {e.startDate} 至 {e.endDate ?? '长期'}
                    </dd>
                  </div>
                  <div className="field wide">
                    <dt>列入事由</dt>
                    <dd>{e.reason ?? '—'}</dd>
                  </div>
                  <div className="field wide">
                    <dt>认定依据</dt>
                    <dd>{e.legalBasis ?? '—'}</dd>
                  </div>
                  {e.status === 'ended' ? (
                    <div className="field">
                      <dt>移出</dt>
                      <dd>
                        {e.endedOn ?? '—'} {e.endReason ? END_REASON_LABELS[e.endReason] : ''}
                      </dd>
                    </div>
                  ) : null}
                </dl>
              </section>
              {notice ? (
                <section className="card" aria-labelledby="h-notice">
                  <h2 id="h-notice">书面告知</h2>
                  <dl className="fields">
                    <div className="field">
                      <dt>送达日期</dt>
                      <dd>{notice.servedOn ?? '—'}</dd>
                    </div>
                    <div className="field">
                      <dt>送达方式</dt>
                      <dd>{notice.method ?? '—'}</dd>
                    </div>
                    <div className="field">
                      <dt>异议期至</dt>
                      <dd>{notice.objectBy ?? '—'}</dd>
                    </div>
                    <div className="field wide">
                      <dt>拟采取的惩戒措施</dt>
                      <dd>{notice.measures ?? '—'}</dd>
                    </div>
                    {notice.rightToObject ? (
                      <div className="field wide">
                        <dt>当事人权利</dt>
                        <dd>{notice.rightToObject}</dd>
                      </div>
                    ) : null}
                  </dl>
                </section>
              ) : null}
              {e.announceFrom ? (
                <section className="card" aria-labelledby="h-announce">
                  <h2 id="h-announce">公示</h2>
                  <p>
                    公示期 {e.announceFrom} 至 {e.announceTo ?? '—'}
                  </p>
                </section>
              ) : null}
              <section className="card" aria-labelledby="h-history">
                <h2 id="h-history">处理历史</h2>
                {e.history.length === 0 ? (
                  <p className="muted">暂无处理记录。</p>
                ) : (
                  <HistoryTable
                    rows={e.history}
                    stepHeading="操作"
                    actorHeading="经办人"
                    stepLabel={(a) => EVENT_LABELS[a] ?? a}
                    statusLabel={(s) => STATUS_LABELS[s as EntryStatus] ?? s}
                    note={historyText}
                  />
                )}
              </section>
            </>
          );
        }}
      </Async>
    </>
  );
}
