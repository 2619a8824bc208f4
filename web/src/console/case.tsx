import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Profile, ProfileItem } from '../api';
import { HistoryTable } from './history-table';
import { Async, fmtTime, useTitle, type Loadable } from '../components';
import { Link, href, navigate } from '../router';
import { failureOf, type FormFailure } from '../cases/form-kit';
import { fmtSize } from '../cases/evidence';
import { CaseStatusPill } from './cases';
import { useSession } from './context';
import { ConsoleApiError, call, readSession, useConsoleApi } from './session';
import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  COMPLAINT_OUTCOMES,
  OBJECTION_OUTCOMES,
  type CaseDetail,
  type CaseEvent,
  type CaseFile,
  type CatalogFields,
} from './types';

type CatalogField = CatalogFields['fields'][number];

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

/** Fields the platform lets a decision change: not the subject's identity (the server refuses those too). */
function correctable(f: CatalogField): boolean {
  return f.role !== 'subject_name' && f.role !== 'id_number' && f.type !== 'subject_code';
}

/**
 * The record the case is about, as the public profile shows it now: by its id, or (after a correction made a
 * new version) by its category and document number; undefined once it left publicity. Read again whenever the
 * case moves on (`version`).
 */
function useCurrentRecord(c: CaseDetail, version: number): Loadable<ProfileItem | undefined> {
  const profile = useConsoleApi<Profile>(
    c.subject && c.recordId ? `/api/v1/subjects/${encodeURIComponent(c.subject.code)}` : null,
    version,
  );
  if (profile.state !== 'ok') return profile;
  const items = profile.data.sections.flatMap((s) => s.items).filter((it) => it.kind === 'record');
  const docNo = str(c.target['docNo']);
  const item =
    items.find((it) => it.id === c.recordId) ??
    (docNo ? items.find((it) => it.item === c.target['itemCode'] && it.docNo === docNo) : undefined);
  return { state: 'ok', data: item };
}

/** Downloads an evidence file with the session's token (a plain link would carry none). */
async function download(caseNo: string, f: CaseFile): Promise<void> {
  const token = readSession()?.token;
  const res = await fetch(`/api/v1/cases/${encodeURIComponent(caseNo)}/files/${f.id}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) throw new ConsoleApiError(`下载失败（${res.status}）`, res.status, 'DOWNLOAD');
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = f.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

interface Correction {
  code: string;
  value: string;
}

/** Field code(s) of the record and their new values, beside the current public value of each. */
function CorrectionsEditor({
  outcome,
  catalog,
  record,
  rows,
  onChange,
  errors,
}: {
  outcome: 'corrected' | 'supplemented';
  catalog: CatalogFields;
  record: ProfileItem | undefined;
  rows: Correction[];
  onChange: (rows: Correction[]) => void;
  errors: Record<string, string>;
}) {
  const fields = catalog.fields.filter(correctable);
  const current = (code: string) => record?.fields.find((f) => f.code === code)?.value;
  const verb = outcome === 'corrected' ? '更正' : '补充';
  const set = (i: number, patch: Partial<Correction>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="checks corrections">
      <legend>{verb}的内容</legend>
      <p className="hint">
        选择“{catalog.name}”中要{verb}的字段并填写新内容；保存后形成该信息的新版本，原版本留档，网站显示新内容。
      </p>
      {errors['corrections'] ? (
        <p className="error" id="corr-error">
          {errors['corrections']}
        </p>
      ) : null}
      <ol className="correction-rows">
        {rows.map((r, i) => {
          const field = fields.find((f) => f.code === r.code);
          const table = field?.codeTable ? catalog.codeTables.find((t) => t.code === field.codeTable) : undefined;
          const suffix = rows.length > 1 ? `（第 ${i + 1} 项）` : '';
          const err = r.code ? errors[`corrections.${r.code}`] : undefined;
          const old = r.code ? current(r.code) : undefined;
          return (
            <li key={i}>
              <div className="form-grid">
                <div className="form-row">
                  <label htmlFor={`corr-field-${i}`}>
                    要{verb}的字段{suffix}
                  </label>
                  <select
                    id={`corr-field-${i}`}
                    value={r.code}
                    onChange={(e) => set(i, { code: e.target.value, value: '' })}
                    aria-invalid={err ? true : undefined}
                    aria-describedby={err ? `corr-field-${i}-error` : undefined}
                  >
                    <option value="">请选择字段</option>
                    {fields.map((f) => (
                      <option key={f.code} value={f.code} disabled={rows.some((x, j) => j !== i && x.code === f.code)}>
                        {f.name}（{f.code}）
                      </option>
                    ))}
                  </select>
                  {r.code ? (
                    <p className="hint">
                      现在的内容：{old ? <span className="old-value">{old}</span> : <span className="muted">（空）</span>}
                    </p>
                  ) : null}
                  {err ? (
                    <p id={`corr-field-${i}-error`} className="field-error">
                      {err}
                    </p>
                  ) : null}
                </div>
                <div className="form-row">
                  <label htmlFor={`corr-value-${i}`}>
                    {verb}后的内容{suffix}
                  </label>
                  {table && !field?.multiple ? (
                    <select id={`corr-value-${i}`} value={r.value} onChange={(e) => set(i, { value: e.target.value })} disabled={!r.code}>
                      <option value="">请选择</option>
                      {table.entries.map((en) => (
                        <option key={en.value} value={en.value}>
                          {en.label}
                        </option>
                      ))}
                    </select>
                  ) : field?.type === 'text' ? (
                    <textarea
                      id={`corr-value-${i}`}
                      value={r.value}
                      onChange={(e) => set(i, { value: e.target.value })}
                      rows={3}
                      maxLength={field.maxLength ?? 4000}
                      disabled={!r.code}
                    />
                  ) : (
                    <input
                      id={`corr-value-${i}`}
                      type={field?.type === 'date' ? 'date' : 'text'}
                      inputMode={field?.type === 'decimal' ? 'decimal' : undefined}
                      value={r.value}
                      onChange={(e) => set(i, { value: e.target.value })}
                      maxLength={field?.maxLength ?? 4000}
                      disabled={!r.code}
                    />
                  )}
                  {field?.type === 'decimal' && field.name.includes('万元') ? (
                    <p className="hint">单位为万元：1 万元填 1，2000 元填 0.2。</p>
                  ) : null}
                </div>
              </div>
              {rows.length > 1 ? (
                <button type="button" className="btn-secondary small-button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  删除第 {i + 1} 项
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn-secondary small-button" onClick={() => onChange([...rows, { code: '', value: '' }])}>
        再{verb}一个字段
      </button>
    </fieldset>
  );
}

const NOTE_LABELS: Record<string, { label: string; required: boolean }> = {
  accept: { label: '受理意见（内部，选填）', required: false },
  return: { label: '退回原因和需补正的内容（申请人可见）', required: true },
  dismiss: { label: '不予受理的理由（申请人可见）', required: true },
  route: { label: '转交说明（承办部门可见，选填）', required: false },
  decide: { label: '处理说明（申请人可见）', required: false },
  approve: { label: '修复意见（申请人可见，选填）', required: false },
  reject: { label: '不予修复的理由（申请人可见）', required: true },
  conclude: { label: '核查办理情况（举报人可见）', required: true },
};

function ActionForm({
  c,
  action,
  catalog,
  record,
  onDone,
  onCancel,
}: {
  c: CaseDetail;
  action: string;
  catalog: Loadable<CatalogFields> | null;
  record: Loadable<ProfileItem | undefined>;
  onDone: (c: CaseDetail) => void;
  onCancel: () => void;
}) {
  const session = useSession();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState('');
  const [department, setDepartment] = useState('');
  const [reward, setReward] = useState(false);
  const [rows, setRows] = useState<Correction[]>([{ code: '', value: '' }]);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const head = useRef<HTMLHeadingElement>(null);
  useEffect(() => head.current?.focus(), [action]);
  const errors = failure?.fields ?? {};
  const label = CASE_ACTION_LABELS[action] ?? action;
  const noteSpec = NOTE_LABELS[action] ?? { label: '说明（选填）', required: false };
  const upheld = action === 'decide' && outcome === 'upheld';
  const noteRequired = noteSpec.required || upheld;
  const noteLabel = upheld ? '维持原信息的理由（申请人可见）' : noteSpec.label;
  const provider = str(c.target['provider']);

  const outcomes =
    action === 'decide'
      ? Object.entries(OBJECTION_OUTCOMES).filter(([k]) =>
          c.listEntryId ? k !== 'corrected' && k !== 'supplemented' : k !== 'removed_from_list',
        )
      : Object.entries(COMPLAINT_OUTCOMES);
  const editing = action === 'decide' && (outcome === 'corrected' || outcome === 'supplemented');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if ((action === 'decide' || action === 'conclude') && !outcome) local['outcome'] = '请选择处理结果';
    if (action === 'route' && c.kind === 'complaint' && !department) local['department'] = '请选择承办部门';
    if (noteRequired && !note.trim()) local['note'] = `请填写${noteLabel.replace(/（.*）$/, '')}`;
    if (Object.keys(local).length) {
      return setFailure({ message: Object.values(local).join('；'), code: '', fields: local, details: null });
    }
    setBusy(true);
    setFailure(null);
    try {
      const corrections = editing ? Object.fromEntries(rows.filter((r) => r.code).map((r) => [r.code, r.value])) : undefined;
      const result = await call<CaseDetail>('POST', `/api/v1/cases/${encodeURIComponent(c.caseNo)}/transitions`, {
        action,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(outcome ? { outcome } : {}),
        ...(action === 'route' && c.kind === 'complaint' ? { department } : {}),
        ...(corrections ? { corrections } : {}),
        ...(action === 'conclude' ? { reward: reward && outcome === 'substantiated' } : {}),
      });
      onDone(result);
    } catch (err) {
      setFailure(failureOf(err));
      setBusy(false);
    }
  };

  const departments = [...session.departments].sort((a, b) => Number(b.member) - Number(a.member));
  return (
    <form className="card form action-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="h-action">
      <h2 id="h-action" ref={head} tabIndex={-1}>
        {label}
      </h2>
      {action === 'accept' ? (
        <p className="muted small">
          {c.kind === 'objection'
            ? '受理后，这条信息在网站上立即标注“异议处理中”。平台能自行核实的，收到之日起 3 个工作日内办结；需信息提供单位核实的，请转交，期限为 7 个工作日。'
            : '受理后进入审核。需要作出处罚决定的部门核实的，可以转交。'}
        </p>
      ) : null}
      {action === 'route' && c.kind !== 'complaint' ? (
        <p className="muted small">
          转交信息提供单位 <strong>{provider ?? '—'}</strong> 核实办理。
          {c.kind === 'objection' ? '办理期限改为收到申请之日起 7 个工作日。' : ''}
        </p>
      ) : null}
      {action === 'approve' ? (
        <p className="muted small">同意后，这条信息立即停止公示，包含它的信用报告验证时显示为已更新，修复结果同步报送省平台。</p>
      ) : null}
      {action === 'route' && c.kind === 'complaint' ? (
        <div className="form-row">
          <label htmlFor="act-department">承办部门</label>
          <select
            id="act-department"
            value={department}
            onChange={(e) => setDepartment(e.target.value)}
            aria-invalid={errors['department'] ? true : undefined}
            aria-describedby={errors['department'] ? 'act-department-error' : undefined}
          >
            <option value="">请选择</option>
            {departments.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
          {errors['department'] ? (
            <p id="act-department-error" className="field-error">
              {errors['department']}
            </p>
          ) : null}
          <p className="hint">承办部门自转交之日起 15 个工作日内核查办结。</p>
        </div>
      ) : null}
      {action === 'decide' || action === 'conclude' ? (
        <div className="form-row">
          <label htmlFor="act-outcome">处理结果</label>
          <select
            id="act-outcome"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            aria-invalid={errors['outcome'] ? true : undefined}
            aria-describedby={errors['outcome'] ? 'act-outcome-error' : undefined}
          >
            <option value="">请选择</option>
            {outcomes.map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
          {errors['outcome'] ? (
            <p id="act-outcome-error" className="field-error">
              {errors['outcome']}
            </p>
          ) : null}
        </div>
      ) : null}
      {editing ? (
        catalog?.state === 'ok' && record.state === 'ok' ? (
          <CorrectionsEditor
            outcome={outcome as 'corrected' | 'supplemented'}
            catalog={catalog.data}
            record={record.data}
            rows={rows}
            onChange={setRows}
            errors={errors}
          />
        ) : (
          <p className={catalog === null || catalog.state === 'error' || record.state === 'error' ? 'error' : 'muted'} role="status">
            {catalog === null
              ? '该异议不涉及信用记录，不能更正字段。'
              : catalog.state === 'error'
                ? catalog.message
                : record.state === 'error'
                  ? record.message
                  : '正在加载该信息的字段…'}
          </p>
        )
      ) : null}
      {action === 'conclude' ? (
        <label className="inline-check check-line">
          <input
            type="checkbox"
            checked={reward && outcome === 'substantiated'}
            onChange={(e) => setReward(e.target.checked)}
            disabled={outcome !== 'substantiated'}
          />
          举报属实且符合奖励条件，给予举报人奖励
        </label>
      ) : null}
      <div className="form-row">
        <label htmlFor="act-note">{noteLabel}</label>
        <textarea
          id="act-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={3}
          maxLength={2000}
          aria-invalid={errors['note'] ? true : undefined}
          aria-describedby={errors['note'] ? 'act-note-error' : undefined}
        />
        {errors['note'] ? (
          <p id="act-note-error" className="field-error">
            {errors['note']}
          </p>
        ) : null}
      </div>
      {failure ? (
        <p className="error" role="alert">
          {failure.message}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? '正在提交…' : `确认${label}`}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}

function historyNote(h: CaseEvent, catalog: CatalogFields | null): string {
  const parts: string[] = [];
  const outcome = str(h.details['outcome']);
  if (outcome) parts.push(`结果：${OBJECTION_OUTCOMES[outcome] ?? COMPLAINT_OUTCOMES[outcome] ?? outcome}`);
  const corrections = h.details['corrections'];
  if (corrections && typeof corrections === 'object') {
    for (const [code, value] of Object.entries(corrections as Record<string, unknown>)) {
      const name = catalog?.fields.find((f) => f.code === code)?.name ?? code;
      parts.push(`${name} → ${String(value)}`);
    }
  }
  const files = h.details['files'];
  if (typeof files === 'number' && files > 0) parts.push(`附材料 ${files} 个`);
  if (h.note) parts.push(h.note);
  return parts.join('；') || '—';
}

function Facts({ c, record }: { c: CaseDetail; record: Loadable<ProfileItem | undefined> }) {
  const t = c.target;
  if (c.kind === 'complaint')
    return (
      <section className="card" aria-labelledby="h-target">
        <h2 id="h-target">被举报主体</h2>
        <dl className="fields">
          <div className="field">
            <dt>主体名称</dt>
            <dd>{str(t['subjectName']) ?? '—'}</dd>
          </div>
          <div className="field">
            <dt>统一社会信用代码</dt>
            <dd className="code">{str(t['subjectCode']) ?? '未填写'}</dd>
          </div>
          {c.subject ? (
            <div className="field wide">
              <dt>平台收录的主体</dt>
              <dd>
                <a href={`/subjects/${c.subject.id}`} target="_blank" rel="noopener">
                  {c.subject.name}（公开信用信息，新窗口打开）
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>
    );
  return (
    <section className="card" aria-labelledby="h-target">
      <h2 id="h-target">涉及的信息</h2>
      <dl className="fields">
        <div className="field">
          <dt>信用主体</dt>
          <dd>
            {c.subject ? (
              <a href={`/subjects/${c.subject.id}`} target="_blank" rel="noopener">
                {c.subject.name}
              </a>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div className="field">
          <dt>统一社会信用代码</dt>
          <dd className="code">{c.subject?.code ?? '—'}</dd>
        </div>
        <div className="field">
          <dt>信息类别</dt>
          <dd>{str(t['itemName']) ?? '—'}</dd>
        </div>
        <div className="field">
          <dt>决定文书号</dt>
          <dd>{str(t['docNo']) ?? '—'}</dd>
        </div>
        <div className="field">
          <dt>信息提供单位</dt>
          <dd>{str(t['provider']) ?? '—'}</dd>
        </div>
        <div className="field">
          <dt>{c.listEntryId ? '列入日期' : '决定日期'}</dt>
          <dd>{str(t['decisionDate']) ?? '—'}</dd>
        </div>
        <div className="field">
          <dt>{c.listEntryId ? '名单信息编号' : '信息编号'}</dt>
          <dd>{c.recordId ?? c.listEntryId ?? '—'}</dd>
        </div>
        {c.recordId ? (
          <div className="field">
            <dt>网站公示状态</dt>
            <dd>
              {record.state === 'ok'
                ? (record.data?.publicityStatus ?? '已不在网站公示（已更正、修复或停止公示）')
                : record.state === 'loading'
                  ? '正在查询…'
                  : '—'}
            </dd>
          </div>
        ) : null}
      </dl>
      {record.state === 'ok' && record.data ? (
        <details className="record-now">
          <summary>当前公示内容（{record.data.fields.length} 项）</summary>
          <dl className="fields">
            {record.data.fields.map((f) => (
              <div key={f.code} className="field">
                <dt>
                  {f.name} <span className="code muted">{f.code}</span>
                </dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </section>
  );
}

function CaseView({ c, query, onChanged }: { c: CaseDetail; query: URLSearchParams; onChanged: (c: CaseDetail) => void }) {
  const [done, setDone] = useState('');
  const [problem, setProblem] = useState('');
  const record = useCurrentRecord(c, c.history.length);
  const itemCode = str(c.target['itemCode']);
  const catalogState = useConsoleApi<CatalogFields>(c.recordId && itemCode ? `/api/v1/catalog/${encodeURIComponent(itemCode)}` : null);
  const catalog = c.recordId && itemCode ? catalogState : null;
  const asked = query.get('action');
  const action = asked && c.actions.includes(asked) ? asked : null;
  const open = (a: string | null) => {
    setDone('');
    navigate(href(`/console/cases/${c.caseNo}`, { action: a ?? undefined }), { replace: true });
  };
  const finished = c.decidedOn !== null;
  return (
    <>
      <h1>
        {c.kindLabel} <span className="code">{c.caseNo}</span>
      </h1>
      <p className="meta case-meta">
        <CaseStatusPill status={c.status} label={c.statusLabel} />
        {c.overdue ? <span className="pill pill-overdue">已逾期</span> : null}
        <span>收到 {c.receivedOn}</span>
        {!finished && c.deadline ? <span>办理期限 {c.deadline}</span> : null}
        {finished ? <span>办结 {c.decidedOn}</span> : null}
        {c.department ? (
          <span>
            {c.kind === 'complaint' ? '承办部门' : '信息提供单位'}：{c.department}
          </span>
        ) : null}
      </p>
      <div aria-live="polite">{done ? <p className="ok-note">{done}</p> : null}</div>
      {c.actions.length ? (
        <div className="actions-row" role="group" aria-label="可执行的操作">
          {c.actions.map((a) => (
            <button
              key={a}
              type="button"
              className={a === 'dismiss' || a === 'reject' || a === 'return' ? 'btn-secondary' : undefined}
              aria-expanded={action === a}
              onClick={() => open(action === a ? null : a)}
            >
              {CASE_ACTION_LABELS[a] ?? a}
            </button>
          ))}
        </div>
      ) : !finished ? (
        <p className="muted">
          {c.status === 'with_department'
            ? `已转交${c.department ?? '承办部门'}办理，等待部门处理。`
            : c.status === 'returned'
              ? '已退回申请人补正，等待申请人补充材料。'
              : '当前无需您办理。'}
        </p>
      ) : null}
      {action ? (
        <ActionForm
          key={action}
          c={c}
          action={action}
          catalog={catalog}
          record={record}
          onCancel={() => open(null)}
          onDone={(next) => {
            open(null);
            setDone(`已${CASE_ACTION_LABELS[action] ?? action}，案件状态：${next.statusLabel}。`);
            onChanged(next);
          }}
        />
      ) : null}
      {c.outcomeLabel || (finished && c.outcomeNote) ? (
        <section className="card outcome-card" aria-labelledby="h-outcome">
          <h2 id="h-outcome">办理结果：{c.outcomeLabel ?? c.statusLabel}</h2>
          {c.outcomeNote ? <p>{c.outcomeNote}</p> : null}
          {c.kind === 'complaint' && c.request['reward'] === true ? <p className="ok-note">举报属实，符合奖励条件。</p> : null}
        </section>
      ) : null}
      <Facts c={c} record={record} />
      <section className="card" aria-labelledby="h-request">
        <h2 id="h-request">{c.kind === 'complaint' ? '举报内容' : '申请内容'}</h2>
        {c.grounds ? (
          <p>
            <strong>异议理由：</strong>
            {c.grounds}
          </p>
        ) : null}
        <p className="case-description">{c.description}</p>
        {c.kind === 'repair' && str(c.request['commitment']) ? (
          <div className="commitment-box">
            <h3>信用修复承诺书</h3>
            <p>{str(c.request['commitment'])}</p>
            <p className="meta">
              申请人已勾选签署{str(c.request['committedAt']) ? `，${fmtTime(String(c.request['committedAt']))}` : ''}。
            </p>
          </div>
        ) : null}
      </section>
      <section className="card" aria-labelledby="h-applicant">
        <h2 id="h-applicant">{c.kind === 'complaint' ? '举报人' : '申请人（联系人）'}</h2>
        <p className="notice small">个人信息仅用于办理本案，请勿外传；本次查阅已记入审计日志。</p>
        <dl className="fields">
          <div className="field">
            <dt>姓名</dt>
            <dd>{c.applicant['name'] ?? '—'}</dd>
          </div>
          <div className="field">
            <dt>联系电话</dt>
            <dd>{c.applicant['phone'] ?? '—'}</dd>
          </div>
          {c.applicant['email'] ? (
            <div className="field">
              <dt>电子邮箱</dt>
              <dd>{c.applicant['email']}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section className="card" aria-labelledby="h-files">
        <h2 id="h-files">证明材料（{c.files.length} 个）</h2>
        {c.files.length === 0 ? (
          <p className="muted">未上传材料。</p>
        ) : (
          <ul className="case-files">
            {c.files.map((f) => (
              <li key={f.id}>
                <a
                  href={`/api/v1/cases/${c.caseNo}/files/${f.id}`}
                  download={f.fileName}
                  onClick={(e) => {
                    e.preventDefault();
                    setProblem('');
                    download(c.caseNo, f).catch((err: unknown) => setProblem(err instanceof Error ? err.message : '下载失败'));
                  }}
                >
                  下载 {f.fileName}
                </a>
                <span className="meta">
                  {f.mime === 'application/pdf' ? 'PDF' : f.mime === 'image/png' ? 'PNG' : f.mime === 'image/jpeg' ? 'JPG' : f.mime} ·{' '}
                  {fmtSize(f.size)}
                </span>
                <span className="meta hash code" title="SHA-256">
                  SHA-256 {f.sha256.slice(0, 16)}…
                </span>
              </li>
            ))}
          </ul>
        )}
        {problem ? (
          <p className="error" role="alert">
            {problem}
          </p>
        ) : null}
      </section>
      <section className="card" aria-labelledby="h-history">
        <h2 id="h-history">办理过程</h2>
        <HistoryTable
          rows={c.history}
          stepHeading="环节"
          actorHeading="办理人"
          stepLabel={(a) => CASE_ACTION_LABELS[a] ?? a}
          statusLabel={(s) => CASE_STATUS_LABELS[s] ?? s}
          note={(h) => historyNote(h, catalog?.state === 'ok' ? catalog.data : null)}
        />
      </section>
    </>
  );
}

/** One case for its handler: what it is about, the applicant and evidence (an audited read), history and the open actions. */
export function CasePage({ no, query }: { no: string; query: URLSearchParams }) {
  const loaded = useConsoleApi<CaseDetail>(`/api/v1/cases/${encodeURIComponent(no)}`);
  // The answer of a transition is the case as it now stands: shown without reading it (and auditing a read) again.
  const [latest, setLatest] = useState<CaseDetail | null>(null);
  const value: Loadable<CaseDetail> = latest ? { state: 'ok', data: latest } : loaded;
  useTitle(value.state === 'ok' ? `${value.data.kindLabel} ${value.data.caseNo}` : '案件');
  return (
    <>
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/console/cases">案件办理</Link> › {no}
      </nav>
      <Async value={value} label="案件">
        {(c) => <CaseView c={c} query={query} onChanged={setLatest} />}
      </Async>
    </>
  );
}
