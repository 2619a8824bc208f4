import { useState, type FormEvent } from 'react';
import { useTitle } from '../components';
import { Link, navigate } from '../router';
import { manageableListTypes, termLabel, useSession } from './context';
import { call } from './session';
import { FLAG_LABELS, type ListEntry } from './types';

type Field = 'listType' | 'subject' | 'docNo' | 'reason' | 'legalBasis' | 'startDate' | 'endDate';

const REQUIRED: [Field, string][] = [
  ['listType', '请选择名单类型'],
  ['subject', '请填写主体的统一社会信用代码'],
  ['docNo', '请填写列入决定文书号'],
  ['reason', '请填写列入事由'],
  ['legalBasis', '请填写认定依据'],
];

/** 拟列入: a deciding department (or the operator) proposes a subject for a list. */
export function ProposePage() {
  useTitle('拟列入名单');
  const session = useSession();
  const types = manageableListTypes(session);
  const [form, setForm] = useState<Record<Field, string>>({
    listType: types.length === 1 ? types[0]!.code : '',
    subject: '',
    docNo: '',
    reason: '',
    legalBasis: '',
    startDate: '',
    endDate: '',
  });
  const [error, setError] = useState<{ field?: Field; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const type = types.find((t) => t.code === form.listType);
  const set = (f: Field) => (e: { target: { value: string } }) => setForm({ ...form, [f]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const gap = REQUIRED.find(([f]) => !form[f].trim());
    if (gap) return setError({ field: gap[0], message: gap[1] });
    if (form.startDate && form.endDate && form.endDate <= form.startDate)
      return setError({ field: 'endDate', message: '有效期至应晚于列入日期' });
    setBusy(true);
    setError(null);
    try {
      const entry = await call<ListEntry>('POST', '/api/v1/list-entries', {
        listType: form.listType,
        subject: form.subject.trim(),
        docNo: form.docNo.trim(),
        reason: form.reason.trim(),
        legalBasis: form.legalBasis.trim(),
        ...(form.startDate ? { startDate: form.startDate } : {}),
        ...(form.endDate ? { endDate: form.endDate } : {}),
      });
      navigate(`/console/lists/${entry.id}`);
    } catch (err) {
      setError({ message: err instanceof Error ? err.message : '提交失败' });
      setBusy(false);
    }
  };

  const attrs = (f: Field) => ({
    id: `pr-${f}`,
    value: form[f],
    onChange: set(f),
    'aria-invalid': error?.field === f ? true : undefined,
    'aria-describedby': error?.field === f ? 'pr-error' : undefined,
  });
  return (
    <>
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/console/lists">名单管理</Link> › 拟列入
      </nav>
      <h1>拟列入名单</h1>
      {types.length === 0 ? (
        <p className="notice">本部门不是任何名单的认定部门。</p>
      ) : (
        <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-label="拟列入名单">
          <div className="form-grid">
            <div className="form-row">
              <label htmlFor="pr-listType">名单类型</label>
              <select {...attrs('listType')} required>
                <option value="">请选择</option>
                {types.map((t) => (
                  <option key={t.code} value={t.code}>
                    {t.name}（{FLAG_LABELS[t.flag] ?? t.flag}）
                  </option>
                ))}
              </select>
            </div>
            <div className="form-row">
              <label htmlFor="pr-subject">主体统一社会信用代码</label>
              <input {...attrs('subject')} maxLength={64} autoComplete="off" spellCheck={false} required />
            </div>
            <div className="form-row">
              <label htmlFor="pr-docNo">列入决定文书号</label>
              <input {...attrs('docNo')} maxLength={100} autoComplete="off" required />
            </div>
            <div className="form-row wide">
              <label htmlFor="pr-reason">列入事由</label>
              <textarea {...attrs('reason')} rows={3} maxLength={2000} required />
            </div>
            <div className="form-row wide">
              <label htmlFor="pr-legalBasis">认定依据</label>
              <textarea {...attrs('legalBasis')} rows={2} maxLength={1000} required />
            </div>
            <div className="form-row">
              <label htmlFor="pr-startDate">列入日期（选填）</label>
              <input {...attrs('startDate')} type="date" aria-describedby="pr-start-hint" />
              <p id="pr-start-hint" className="hint">
                不填为今天
              </p>
            </div>
            <div className="form-row">
              <label htmlFor="pr-endDate">有效期至（选填）</label>
              <input {...attrs('endDate')} type="date" aria-describedby={error?.field === 'endDate' ? 'pr-error' : 'pr-end-hint'} />
              <p id="pr-end-hint" className="hint">
                不填按名单的有效期：{type ? termLabel(type.term) : '选择名单类型后显示'}
              </p>
            </div>
          </div>
          {type ? (
            <p className="notice small">
              {type.procedure === 'notice'
                ? `提交后为“拟列入”状态：须书面告知当事人${type.objectionWorkingDays ? `，${type.objectionWorkingDays} 个工作日异议期满后` : '后'}方可发布。`
                : `提交后为“拟列入”状态：须向社会公示 ${type.objectionWorkingDays} 个工作日，期满无异议后方可发布。`}
            </p>
          ) : null}
          {error ? (
            <p id="pr-error" className="error" role="alert">
              {error.message}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="submit" disabled={busy}>
              {busy ? '正在提交…' : '提交拟列入'}
            </button>
            <Link href="/console/lists">取消</Link>
          </div>
        </form>
      )}
    </>
  );
}
