import { useState, type FormEvent } from 'react';
import { Async, fmtTime, useTitle } from '../components';
import { Link } from '../router';
import { functionLabel, useSession } from './context';
import { useImplementers } from './measures';
import { call, useConsoleApi } from './session';
import { KIND_LABELS, type Measure, type MeasuresCatalogue, type Memorandum, type Named } from './types';

interface Draft {
  text: string;
  legalBasis: string;
  implementers: string[];
  scenarios: string[];
  status: 'active' | 'retired';
}

function draftOf(m: Measure): Draft {
  return {
    text: m.text,
    legalBasis: m.legalBasis,
    implementers: [...m.implementers],
    scenarios: m.scenarios.map((s) => s.code),
    status: m.status,
  };
}

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

function EditForm({ measure, scenarios, onSaved }: { measure: Measure; scenarios: Named[]; onSaved: (m: Measure) => void }) {
  const { departments } = useSession();
  const [draft, setDraft] = useState<Draft>(() => draftOf(measure));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  // Every department function once (member departments first), plus the ones the measure already names.
  const functions = [
    '*',
    ...new Set([
      ...departments.filter((d) => d.member).flatMap((d) => d.functions),
      ...departments.flatMap((d) => d.functions),
      ...measure.implementers.filter((f) => f !== '*'),
    ]),
  ];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (draft.text.trim().length < 2) return setError('请填写措施内容');
    if (draft.legalBasis.trim().length < 2) return setError('请填写措施依据');
    if (!draft.implementers.length) return setError('请至少选择一个实施部门');
    if (!draft.scenarios.length) return setError('请至少选择一个适用场景');
    setBusy(true);
    setError('');
    try {
      const saved = await call<Measure>('PUT', `/api/v1/measures/${encodeURIComponent(measure.code)}`, {
        ...draft,
        text: draft.text.trim(),
        legalBasis: draft.legalBasis.trim(),
      });
      onSaved(saved);
    } catch (err) {
      setError(err instanceof Error ? err.message : '保存失败');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="h-edit">
      <h2 id="h-edit">修改措施</h2>
      <div className="form-row">
        <label htmlFor="ms-text">措施内容</label>
        <textarea id="ms-text" rows={3} maxLength={500} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
      </div>
      <div className="form-row">
        <label htmlFor="ms-basis">措施依据</label>
        <textarea
          id="ms-basis"
          rows={2}
          maxLength={500}
          value={draft.legalBasis}
          onChange={(e) => setDraft({ ...draft, legalBasis: e.target.value })}
        />
      </div>
      <fieldset className="checks">
        <legend>适用场景</legend>
        <div className="check-grid">
          {scenarios.map((s) => (
            <label key={s.code}>
              <input
                type="checkbox"
                checked={draft.scenarios.includes(s.code)}
                onChange={(e) => setDraft({ ...draft, scenarios: toggle(draft.scenarios, s.code, e.target.checked) })}
              />
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="checks">
        <legend>实施部门</legend>
        <div className="check-grid check-grid-wide">
          {functions.map((f) => (
            <label key={f}>
              <input
                type="checkbox"
                checked={draft.implementers.includes(f)}
                onChange={(e) => setDraft({ ...draft, implementers: toggle(draft.implementers, f, e.target.checked) })}
              />
              {functionLabel(departments, f)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="choice">
        <legend>状态</legend>
        <label>
          <input
            type="radio"
            name="ms-status"
            checked={draft.status === 'active'}
            onChange={() => setDraft({ ...draft, status: 'active' })}
          />
          有效
        </label>
        <label>
          <input
            type="radio"
            name="ms-status"
            checked={draft.status === 'retired'}
            onChange={() => setDraft({ ...draft, status: 'retired' })}
          />
          停用（核查不再返回）
        </label>
      </fieldset>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? '正在保存…' : '保存为新版本'}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setDraft(draftOf(measure))}>
          恢复当前版本
        </button>
      </div>
    </form>
  );
}

function History({ code, version }: { code: string; version: number }) {
  const history = useConsoleApi<{ versions: Measure[] }>(`/api/v1/measures/${encodeURIComponent(code)}/history`, version);
  const implementers = useImplementers();
  return (
    <section className="card" aria-labelledby="h-history">
      <h2 id="h-history">版本历史</h2>
      <Async value={history} label="版本历史">
        {(h) => (
          <ol className="versions" reversed>
            {[...h.versions].reverse().map((v, i, all) => {
              const prev = all[i + 1];
              const changed = (a: string, b: string | undefined) => (prev && a !== b ? <span className="tag">有修改</span> : null);
              return (
                <li key={v.version}>
                  <p className="version-head">
                    <strong>第 {v.version} 版</strong> {fmtTime(v.changedAt)} · {v.changedBy}
                    {v.status === 'retired' ? <span className="pill pill-idle">已停用</span> : null}
                  </p>
                  <dl className="kv">
                    <div>
                      <dt>措施内容</dt>
                      <dd>
                        {v.text} {changed(v.text, prev?.text)}
                      </dd>
                    </div>
                    <div>
                      <dt>措施依据</dt>
                      <dd>
                        {v.legalBasis} {changed(v.legalBasis, prev?.legalBasis)}
                      </dd>
                    </div>
                    <div>
                      <dt>实施部门</dt>
                      <dd>
                        {implementers(v)} {changed(v.implementers.join(), prev?.implementers.join())}
                      </dd>
                    </div>
                    <div>
                      <dt>适用场景</dt>
                      <dd>
                        {v.scenarios.map((s) => s.name).join('、')}{' '}
                        {changed(v.scenarios.map((s) => s.code).join(), prev?.scenarios.map((s) => s.code).join())}
                      </dd>
                    </div>
                  </dl>
                </li>
              );
            })}
          </ol>
        )}
      </Async>
    </section>
  );
}

/** One measure: its current version; for the operator an edit form (each save is a new version) and the history. */
export function MeasurePage({ code }: { code: string }) {
  const session = useSession();
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState('');
  const catalogue = useConsoleApi<MeasuresCatalogue>('/api/v1/measures', version);
  const implementers = useImplementers();
  useTitle(`措施 ${code}`);
  return (
    <>
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/console/measures">措施清单</Link> › 措施 {code}
      </nav>
      <Async value={catalogue} label="措施">
        {(c) => {
          const memo: Memorandum | undefined = c.memoranda.find((m) => m.measures.some((x) => x.code === code));
          const m = memo?.measures.find((x) => x.code === code);
          if (!memo || !m) return <p className="error">措施不存在：{code}</p>;
          return (
            <>
              <h1>
                <span className={`pill pill-${m.kind}`}>{KIND_LABELS[m.kind]}</span> {m.text}
              </h1>
              <p className="meta">
                {memo.title}
                {memo.docNo ? `（${memo.docNo}）` : ''} · <span className="code">{m.code}</span> · 第 {m.version} 版 · 更新于{' '}
                {fmtTime(m.changedAt)} · {m.changedBy}
              </p>
              <div aria-live="polite">{saved ? <p className="ok-note">{saved}</p> : null}</div>
              <section className="card" aria-labelledby="h-current">
                <h2 id="h-current">当前版本</h2>
                <dl className="fields">
                  <div className="field wide">
                    <dt>措施依据</dt>
                    <dd>{m.legalBasis}</dd>
                  </div>
                  <div className="field wide">
                    <dt>实施部门</dt>
                    <dd>{implementers(m)}</dd>
                  </div>
                  <div className="field">
                    <dt>适用场景</dt>
                    <dd>{m.scenarios.map((s) => s.name).join('、')}</dd>
                  </div>
                  <div className="field">
                    <dt>状态</dt>
                    <dd>{m.status === 'active' ? '有效' : '已停用'}</dd>
                  </div>
                </dl>
              </section>
              {session.can.manageMeasures ? (
                <>
                  <EditForm
                    key={m.version}
                    measure={m}
                    scenarios={c.scenarios}
                    onSaved={(x) => {
                      setSaved(x.version > m.version ? `已保存为第 ${x.version} 版。` : '内容没有变化，未生成新版本。');
                      setVersion((v) => v + 1);
                    }}
                  />
                  <History code={code} version={version} />
                </>
              ) : null}
            </>
          );
        }}
      </Async>
    </>
  );
}
