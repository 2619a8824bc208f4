import { useState, type FormEvent } from 'react';
import { type Verification } from '../api';
import { Async, fmtTime, useApi, useTitle } from '../components';
import { navigate } from '../router';

function Result({ no }: { no: string }) {
  const valid = /^\d{14}$/.test(no);
  const v = useApi<Verification>(valid ? `/api/v1/reports/${no}/verify` : null);
  if (!valid)
    return (
      <p className="error" role="alert">
        报告编号应为 14 位数字（出具日期 8 位 + 流水号 6 位）。
      </p>
    );
  return (
    <Async value={v} label="验证结果">
      {(r) => (
        <section className={`card verdict ${r.status === 'valid' ? 'ok' : 'stale'}`} aria-labelledby="h-verdict" aria-live="polite">
          <h2 id="h-verdict">{r.status === 'valid' ? '有效' : '信息已更新，本报告已失效'}</h2>
          <p>
            {r.status === 'valid'
              ? '这份报告由本平台出具，报告所含信息至今未发生变化。'
              : `这份报告由本平台出具，但出具后其中${r.changedItems ? ` ${r.changedItems} 条` : '的'}信息已变更、撤销、修复或公示期满，请重新申请报告。`}
          </p>
          <dl className="fields">
            <div className="field">
              <dt>报告编号</dt>
              <dd className="code">{r.reportNo}</dd>
            </div>
            <div className="field">
              <dt>信用主体</dt>
              <dd>{r.subject.name}</dd>
            </div>
            <div className="field">
              <dt>统一社会信用代码</dt>
              <dd className="code">{r.subject.code}</dd>
            </div>
            <div className="field">
              <dt>出具时间</dt>
              <dd>{fmtTime(r.issuedAt)}</dd>
            </div>
            <div className="field wide">
              <dt>内容摘要（SHA-256）</dt>
              <dd className="code hash">{r.contentHash}</dd>
            </div>
          </dl>
        </section>
      )}
    </Async>
  );
}

export function VerifyPage({ no }: { no?: string }) {
  useTitle('报告验证');
  const [value, setValue] = useState(no ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = value.replace(/\s+/g, '');
    if (v) navigate(`/verify/${encodeURIComponent(v)}`);
  };
  return (
    <>
      <h1>报告验证</h1>
      <p className="muted">输入信用报告封面上的报告编号，或扫描报告封面的二维码，查验报告是否由本平台出具、是否仍然有效。</p>
      <form className="search" onSubmit={submit}>
        <label htmlFor="report-no" className="visually-hidden">
          报告编号
        </label>
        <input
          id="report-no"
          inputMode="numeric"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="14 位报告编号，如 20260101000001"
          autoComplete="off"
          maxLength={20}
        />
        <button type="submit">验证</button>
      </form>
      {no ? <Result key={no} no={no} /> : null}
    </>
  );
}
