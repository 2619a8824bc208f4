import { useEffect, useState, type FormEvent } from 'react';
import { Async, fmtTime, useTitle } from '../components';
import { Link } from '../router';
import { CheckResultView } from './check-result';
import { useSession } from './context';
import { call, useConsoleApi } from './session';
import { DECISIONS, KIND_LABELS, type CheckDetail, type CheckMeasure, type Decision, type Feedback } from './types';

type Answer = { applied: boolean | null; reason: string };

function FeedbackForm({ check, onDone }: { check: CheckDetail; onDone: () => void }) {
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(check.measures.map((m) => [m.code, { applied: null, reason: '' }])),
  );
  const [decision, setDecision] = useState<Decision | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const set = (code: string, a: Partial<Answer>) => setAnswers((x) => ({ ...x, [code]: { ...x[code]!, ...a } }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const gaps = new Set<string>();
    for (const m of check.measures) {
      const a = answers[m.code]!;
      if (a.applied === null) gaps.add(`${m.code}:applied`);
      if (a.applied === false && !a.reason.trim()) gaps.add(`${m.code}:reason`);
    }
    if (!decision) gaps.add('decision');
    setMissing(gaps);
    if (gaps.size) {
      setError(
        [...gaps].some((g) => g.endsWith(':applied'))
          ? '请对每项措施选择“已实施”或“未实施”'
          : [...gaps].some((g) => g.endsWith(':reason'))
            ? '未实施的措施须填写原因'
            : '请选择办理结果',
      );
      return;
    }
    setBusy(true);
    setError('');
    try {
      await call('POST', `/api/v1/checks/${check.id}/feedback`, {
        decision,
        ...(note.trim() ? { note: note.trim() } : {}),
        measures: check.measures.map((m) => {
          const a = answers[m.code]!;
          return a.applied ? { code: m.code, applied: true } : { code: m.code, applied: false, reason: a.reason.trim() };
        }),
      });
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : '提交失败');
      setBusy(false);
    }
  };

  return (
    <form className="card form feedback-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="h-feedback">
      <h2 id="h-feedback">反馈措施实施情况</h2>
      <p className="muted small">逐项说明是否实施；未实施的须写明原因。反馈提交后不能修改。</p>
      <ol className="feedback-measures">
        {check.measures.map((m, i) => (
          <MeasureAnswer
            key={m.code}
            index={i}
            measure={m}
            answer={answers[m.code]!}
            onChange={(a) => set(m.code, a)}
            missingChoice={missing.has(`${m.code}:applied`)}
            missingReason={missing.has(`${m.code}:reason`)}
          />
        ))}
      </ol>
      <div className="form-grid">
        <div className="form-row">
          <label htmlFor="fb-decision">办理结果</label>
          <select
            id="fb-decision"
            value={decision}
            onChange={(e) => setDecision(e.target.value as Decision | '')}
            required
            aria-invalid={missing.has('decision') ? true : undefined}
          >
            <option value="">请选择</option>
            {Object.entries(DECISIONS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div className="form-row wide">
          <label htmlFor="fb-note">备注（选填）</label>
          <textarea id="fb-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} rows={3} />
        </div>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? '正在提交…' : '提交反馈'}
        </button>
      </div>
    </form>
  );
}

function MeasureAnswer({
  index,
  measure,
  answer,
  onChange,
  missingChoice,
  missingReason,
}: {
  index: number;
  measure: CheckMeasure;
  answer: Answer;
  onChange: (a: Partial<Answer>) => void;
  missingChoice: boolean;
  missingReason: boolean;
}) {
  const id = `fb-${index}`;
  return (
    <li>
      <fieldset className={missingChoice ? 'choice invalid' : 'choice'} aria-describedby={`${id}-basis`}>
        <legend>
          <span className={`pill pill-${measure.kind}`}>{KIND_LABELS[measure.kind]}</span> {measure.text}
        </legend>
        <p id={`${id}-basis`} className="meta">
          依据：{measure.legalBasis}
        </p>
        <div className="choice-row">
          <label>
            <input type="radio" name={`${id}-applied`} checked={answer.applied === true} onChange={() => onChange({ applied: true })} />
            已实施
          </label>
          <label>
            <input type="radio" name={`${id}-applied`} checked={answer.applied === false} onChange={() => onChange({ applied: false })} />
            未实施
          </label>
        </div>
        {answer.applied === false ? (
          <div className="form-row">
            <label htmlFor={`${id}-reason`}>未实施的原因（必填）</label>
            <textarea
              id={`${id}-reason`}
              value={answer.reason}
              onChange={(e) => onChange({ reason: e.target.value })}
              maxLength={500}
              rows={2}
              required
              aria-invalid={missingReason ? true : undefined}
            />
          </div>
        ) : null}
      </fieldset>
    </li>
  );
}

function FeedbackView({ feedback, measures }: { feedback: Feedback; measures: CheckMeasure[] }) {
  const text = new Map(measures.map((m) => [m.code, m.text]));
  return (
    <section className="card feedback-view" aria-labelledby="h-feedback">
      <h2 id="h-feedback" tabIndex={-1}>
        已反馈{' '}
        <span className="count">
          实施 {feedback.appliedCount} 项，共 {feedback.measures.length} 项
        </span>
      </h2>
      <dl className="fields compact">
        <div className="field">
          <dt>办理结果</dt>
          <dd>{DECISIONS[feedback.decision] ?? feedback.decision}</dd>
        </div>
        <div className="field">
          <dt>反馈人</dt>
          <dd>{feedback.actor}</dd>
        </div>
        <div className="field">
          <dt>反馈时间</dt>
          <dd>{fmtTime(feedback.at)}</dd>
        </div>
        {feedback.note ? (
          <div className="field wide">
            <dt>备注</dt>
            <dd>{feedback.note}</dd>
          </div>
        ) : null}
      </dl>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">措施</th>
              <th scope="col">实施情况</th>
              <th scope="col">未实施原因</th>
            </tr>
          </thead>
          <tbody>
            {feedback.measures.map((m) => (
              <tr key={m.code}>
                <td data-label="措施">{text.get(m.code) ?? m.code}</td>
                <td data-label="实施情况">
                  {m.applied ? <span className="pill pill-done">已实施</span> : <span className="pill pill-waiting">未实施</span>}
                </td>
                <td data-label="未实施原因">{m.reason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One check: its answer and receipt, and the feedback form (the department that made it) or the feedback given. */
export function CheckDetailPage({ id }: { id: string }) {
  const { can } = useSession();
  const [version, setVersion] = useState(0);
  const check = useConsoleApi<CheckDetail>(`/api/v1/checks/${encodeURIComponent(id)}`, version);
  useTitle(check.state === 'ok' ? `核查记录 ${check.data.receiptNo}` : '核查记录');
  const given = check.state === 'ok' && check.data.feedback !== null;
  useEffect(() => {
    // After submitting, focus moves to the stored feedback so screen readers announce it.
    if (given && version > 0) document.getElementById('h-feedback')?.focus();
  }, [given, version]);
  return (
    <>
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/console/checks">核查记录</Link> › 核查详情
      </nav>
      <Async value={check} label="核查记录">
        {(c) => (
          <>
            <h1>核查记录 {c.receiptNo}</h1>
            <CheckResultView result={c} />
            {c.feedback ? (
              <FeedbackView feedback={c.feedback} measures={c.measures} />
            ) : c.measures.length === 0 ? (
              <p className="card muted">本次核查没有返回措施，无需反馈。</p>
            ) : can.runChecks ? (
              <FeedbackForm check={c} onDone={() => setVersion((v) => v + 1)} />
            ) : (
              <p className="card muted">核查部门尚未反馈措施实施情况。</p>
            )}
          </>
        )}
      </Async>
    </>
  );
}
