import '../cases/cases.css';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, caseKindOf, type CaseProgress } from '../api';
import { fmtTime, useTitle } from '../components';
import { Link, href, navigate } from '../router';
import { EvidencePicker, evidencePayload, type PickedFile } from '../cases/evidence';
import { Field, FormMessage, controlProps, failureOf, type FormFailure } from '../cases/form-kit';

const CASE_NO = /^(YY|XF|JB)\d{12}$/;
const FINISHED = new Set(['decided', 'dismissed', 'approved', 'rejected', 'concluded']);

function normalizeNo(v: string): string {
  return v.replace(/\s+/g, '').toUpperCase();
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

/** 补正: a returned case gets a further explanation and more evidence, and goes back to the platform. */
function SupplementForm({ no, code, onDone }: { no: string; code: string; onDone: (p: CaseProgress) => void }) {
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = failure?.fields ?? {};
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const p = await api.post<CaseProgress>(href(`/api/v1/cases/${encodeURIComponent(no)}/supplement`, { code }), {
        description: description.trim(),
        ...(files.length ? { evidence: evidencePayload(files) } : {}),
      });
      onDone(p);
    } catch (err) {
      setFailure(failureOf(err));
      setBusy(false);
    }
  };
  return (
    <form className="case-form card supplement" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="h-supplement">
      <h2 id="h-supplement">补正材料</h2>
      <p>申请被退回补正。请按上面的退回说明补充说明和材料，提交后平台重新审核。</p>
      <Field id="sup-description" label="补正说明" required error={errors['description']}>
        <textarea
          {...controlProps('sup-description', errors['description'])}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={4}
          maxLength={4000}
        />
      </Field>
      <EvidencePicker id="sup-evidence" label="补充材料" files={files} onChange={setFiles} serverError={errors['evidence']} />
      <FormMessage failure={failure} />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? '正在提交…' : '提交补正'}
        </button>
      </div>
    </form>
  );
}

function statusClass(p: CaseProgress): string {
  if (p.status === 'returned') return 'pill pill-warn';
  if (p.status === 'dismissed' || p.status === 'rejected') return 'pill pill-stop';
  if (FINISHED.has(p.status)) return 'pill pill-done';
  return 'pill pill-open';
}

function ProgressView({ p, code, onChange }: { p: CaseProgress; code: string; onChange: (p: CaseProgress) => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p.caseNo]);
  const t = p.target;
  const finished = FINISHED.has(p.status);
  return (
    <>
      <section className="card progress" aria-labelledby="h-progress">
        <h2 id="h-progress" ref={heading} tabIndex={-1}>
          {p.kindLabel} <span className="code">{p.caseNo}</span>
        </h2>
        <p className="progress-status">
          当前状态：<span className={statusClass(p)}>{p.statusLabel}</span>
        </p>
        <dl className="fields">
          <div className="field">
            <dt>收到日期</dt>
            <dd>{p.receivedOn}</dd>
          </div>
          {finished ? (
            <div className="field">
              <dt>办结日期</dt>
              <dd>{p.decidedOn ?? '—'}</dd>
            </div>
          ) : (
            <div className="field">
              <dt>办理期限</dt>
              <dd>{p.deadline ? `${p.deadline} 前` : '平台审核后确定'}</dd>
            </div>
          )}
          {p.department ? (
            <div className="field">
              <dt>{p.kind === 'complaint' ? '承办部门' : '信息提供单位'}</dt>
              <dd>{p.department}</dd>
            </div>
          ) : null}
          {p.grounds ? (
            <div className="field">
              <dt>异议理由</dt>
              <dd>{p.grounds}</dd>
            </div>
          ) : null}
          {p.kind === 'complaint' ? (
            <div className="field wide">
              <dt>被举报主体</dt>
              <dd>{text(t['subjectName']) ?? '—'}</dd>
            </div>
          ) : (
            <div className="field wide">
              <dt>涉及的信息</dt>
              <dd>{[text(t['itemName']), text(t['docNo']), text(t['provider'])].filter(Boolean).join('，') || '—'}</dd>
            </div>
          )}
        </dl>
        {p.outcomeLabel || (finished && p.outcomeNote) ? (
          <div className={`outcome ${p.status === 'rejected' || p.status === 'dismissed' ? 'outcome-stop' : 'outcome-ok'}`}>
            <h3>办理结果：{p.outcomeLabel ?? p.statusLabel}</h3>
            {p.outcomeNote ? <p>{p.outcomeNote}</p> : null}
          </div>
        ) : null}
        <h3>办理过程</h3>
        <ol className="steps">
          {p.steps.map((s, i) => (
            <li key={i}>
              <span className="step-label">{s.label}</span>
              <time className="meta" dateTime={s.at}>
                {fmtTime(s.at)}
              </time>
              {s.note ? <p className="step-note">{s.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      {p.status === 'returned' ? <SupplementForm key={p.steps.length} no={p.caseNo} code={code} onDone={onChange} /> : null}
    </>
  );
}

type Lookup = { s: 'idle' } | { s: 'busy' } | { s: 'ok'; p: CaseProgress; code: string } | { s: 'error'; message: string };

/** 办理进度: an objection, repair application or complaint by its number and the subject's code (a complaint: its query code). */
export function ProgressPage({ query }: { query: URLSearchParams }) {
  useTitle('办理进度');
  const [no, setNo] = useState(query.get('no') ?? '');
  const [code, setCode] = useState(query.get('code') ?? '');
  const [errors, setErrors] = useState<{ no?: string; code?: string }>({});
  const [lookup, setLookup] = useState<Lookup>({ s: 'idle' });
  const kind = caseKindOf(normalizeNo(no));
  const codeLabel = kind?.codeLabel ?? '统一社会信用代码或查询码';

  const run = async (n: string, c: string) => {
    const k = caseKindOf(n)!;
    setLookup({ s: 'busy' });
    try {
      const p = await api.get<CaseProgress>(href(`${k.path}/${encodeURIComponent(n)}`, { code: c }));
      setLookup({ s: 'ok', p, code: c });
    } catch (e) {
      setLookup({ s: 'error', message: e instanceof Error ? e.message : '查询失败' });
    }
  };

  useEffect(() => {
    // Arriving with both (the link after filing an objection or a repair): look it up at once.
    const n = normalizeNo(query.get('no') ?? '');
    const c = (query.get('code') ?? '').trim();
    if (CASE_NO.test(n) && c) void run(n, c);
    // Only on arrival: later lookups come from the form.
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = normalizeNo(no);
    const c = code.trim();
    const found: { no?: string; code?: string } = {};
    if (!CASE_NO.test(n)) found.no = '办理编号为 YY、XF 或 JB 加 12 位数字，如 YY202612050001';
    if (!c) found.code = `请填写${codeLabel}`;
    setErrors(found);
    if (found.no || found.code) return;
    // A complaint's query code stays out of the address (history, shared links); the subject's code is public.
    navigate(href('/progress', { no: n, code: caseKindOf(n)!.kind === 'complaint' ? undefined : c }), { replace: true });
    void run(n, c);
  };

  return (
    <article className="case-page progress-page">
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/">首页</Link> › 办理进度
      </nav>
      <h1>办理进度查询</h1>
      <p className="lead">查询异议申请、信用修复申请和失信举报的办理进度。无需登录，凭办理编号和统一社会信用代码（举报为查询码）查询。</p>
      <form className="case-form card lookup-form" onSubmit={submit} noValidate aria-label="查询办理进度">
        <div className="form-grid">
          <Field id="pg-no" label="办理编号" required error={errors.no} hint="提交申请后显示的编号：YY 异议、XF 信用修复、JB 举报">
            <input
              {...controlProps('pg-no', errors.no, true)}
              value={no}
              onChange={(e) => setNo(e.target.value)}
              maxLength={20}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          <Field
            id="pg-code"
            label={codeLabel}
            required
            error={errors.code}
            hint={kind?.kind === 'complaint' ? '提交举报时显示的 6 位查询码' : '申请所涉信用主体的 18 位统一社会信用代码'}
          >
            <input
              {...controlProps('pg-code', errors.code, true)}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              maxLength={64}
              autoComplete="off"
              spellCheck={false}
              inputMode={kind?.kind === 'complaint' ? 'numeric' : undefined}
            />
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" disabled={lookup.s === 'busy'}>
            {lookup.s === 'busy' ? '正在查询…' : '查询'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {lookup.s === 'error' ? (
          <p className="error" role="alert">
            {lookup.message}
          </p>
        ) : null}
      </div>
      {lookup.s === 'ok' ? (
        <ProgressView p={lookup.p} code={lookup.code} onChange={(p) => setLookup({ s: 'ok', p, code: lookup.code })} />
      ) : null}
      <p className="link-row muted small">
        <span>还没有提交？</span>
        <Link href="/objection">异议申请</Link>
        <Link href="/repair">信用修复</Link>
        <Link href="/complaint">失信举报</Link>
      </p>
    </article>
  );
}
