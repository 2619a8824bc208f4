import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTitle } from '../components';
import { Link } from '../router';
import { CheckResultView } from './check-result';
import { call, useConsoleApi } from './session';
import type { CheckResult, MeasuresCatalogue, SubjectRef } from './types';

type By = 'code' | 'name';

/** 信用核查: a department checks a subject before it decides, by code (a verdict) or by name (candidates). */
export function CheckNewPage() {
  useTitle('信用核查');
  const catalogue = useConsoleApi<MeasuresCatalogue>('/api/v1/measures');
  const scenarios = catalogue.state === 'ok' ? catalogue.data.scenarios : [];
  const [by, setBy] = useState<By>('code');
  const [subject, setSubject] = useState('');
  const [scenario, setScenario] = useState('');
  const [caseNo, setCaseNo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: 'subject' | 'scenario' | 'caseNo'; message: string } | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const resultRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const run = async (payload: { subject?: string; name?: string; scenario: string; caseNo: string }) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await call<CheckResult>('POST', '/api/v1/checks', payload));
    } catch (e) {
      setError({ message: e instanceof Error ? e.message : '核查失败' });
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = subject.trim();
    if (!v) return setError({ field: 'subject', message: by === 'code' ? '请填写统一社会信用代码或证件号码' : '请填写主体名称' });
    if (by === 'name' && Array.from(v).length < 2) return setError({ field: 'subject', message: '按名称核查时名称至少 2 个字' });
    if (!scenario) return setError({ field: 'scenario', message: '请选择核查场景' });
    if (!caseNo.trim()) return setError({ field: 'caseNo', message: '请填写审批事项编号（案号）' });
    void run({ ...(by === 'code' ? { subject: v } : { name: v }), scenario, caseNo: caseNo.trim() });
  };

  const checkCandidate = (s: SubjectRef) => {
    setBy('code');
    setSubject(s.code);
    void run({ subject: s.code, scenario, caseNo: caseNo.trim() });
  };

  const invalid = (f: 'subject' | 'scenario' | 'caseNo') => (error?.field === f ? true : undefined);
  const describedBy = (f: 'subject' | 'scenario' | 'caseNo') => (error?.field === f ? 'check-error' : undefined);
  return (
    <>
      <h1>信用核查</h1>
      <p className="muted">
        在行政许可、政府采购、招标投标、财政资金安排等事项办理前核查主体信用，平台返回核查日有效的名单和本部门适用的奖惩措施，并出具签名回执。办理后请在核查记录中反馈措施实施情况。
      </p>
      <form className="card form check-form" onSubmit={submit} noValidate aria-label="信用核查">
        <fieldset className="choice">
          <legend>核查方式</legend>
          <label>
            <input type="radio" name="by" value="code" checked={by === 'code'} onChange={() => setBy('code')} />
            按统一社会信用代码（证件号码）
          </label>
          <label>
            <input type="radio" name="by" value="name" checked={by === 'name'} onChange={() => setBy('name')} />
            按主体名称
          </label>
        </fieldset>
        <div className="form-grid">
          <div className="form-row">
            <label htmlFor="check-subject">{by === 'code' ? '统一社会信用代码或证件号码' : '主体名称'}</label>
            <input
              id="check-subject"
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              maxLength={by === 'code' ? 64 : 200}
              autoComplete="off"
              spellCheck={false}
              required
              aria-invalid={invalid('subject')}
              aria-describedby={describedBy('subject') ?? 'check-subject-hint'}
            />
            <p id="check-subject-hint" className="hint">
              {by === 'code' ? '18 位统一社会信用代码，也可填组织机构代码、注册号或身份证号码' : '按名称核查只列出候选主体，不作结论'}
            </p>
          </div>
          <div className="form-row">
            <label htmlFor="check-scenario">核查场景</label>
            <select
              id="check-scenario"
              value={scenario}
              onChange={(e) => setScenario(e.target.value)}
              required
              aria-invalid={invalid('scenario')}
              aria-describedby={describedBy('scenario')}
            >
              <option value="">请选择</option>
              {scenarios.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-row">
            <label htmlFor="check-case">审批事项编号（案号）</label>
            <input
              id="check-case"
              value={caseNo}
              onChange={(e) => setCaseNo(e.target.value)}
              maxLength={100}
              autoComplete="off"
              required
              aria-invalid={invalid('caseNo')}
              aria-describedby={describedBy('caseNo')}
            />
          </div>
        </div>
        {error ? (
          <p id="check-error" className="error" role="alert">
            {error.message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {busy ? '正在核查…' : '核查'}
          </button>
        </div>
      </form>
      {result ? (
        <section ref={resultRef} tabIndex={-1} className="check-result" aria-label="核查结果">
          <CheckResultView key={result.id} result={result} onCheckCandidate={checkCandidate} busy={busy} />
          <p className="actions-row">
            {result.measures.length ? (
              <Link href={`/console/checks/${result.id}`} className="button-link">
                打开核查记录并反馈
              </Link>
            ) : (
              <Link href={`/console/checks/${result.id}`}>查看核查记录</Link>
            )}
            <Link href="/console/checks">全部核查记录</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
