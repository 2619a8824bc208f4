import { fmtTime } from '../components';
import { KIND_LABELS, OUTCOME_LABELS, type CheckMeasure, type CheckResult, type SubjectRef } from './types';

function Measures({
  measures,
  kind,
  listNames,
}: {
  measures: CheckMeasure[];
  kind: 'punishment' | 'reward';
  listNames: Map<string, string>;
}) {
  const mine = measures.filter((m) => m.kind === kind);
  if (!mine.length) return null;
  return (
    <section className={`measure-group measure-${kind}`} aria-labelledby={`h-m-${kind}`}>
      <h3 id={`h-m-${kind}`}>
        {KIND_LABELS[kind]}措施 <span className="count">{mine.length} 项</span>
      </h3>
      <ol className="measure-list">
        {mine.map((m) => (
          <li key={m.code}>
            <p className="measure-text">{m.text}</p>
            <dl className="kv">
              <div>
                <dt>措施依据</dt>
                <dd>{m.legalBasis}</dd>
              </div>
              <div>
                <dt>备忘录</dt>
                <dd>
                  {m.memorandum.title}
                  {m.memorandum.docNo ? `（${m.memorandum.docNo}）` : ''}
                </dd>
              </div>
              <div>
                <dt>触发名单</dt>
                <dd>{m.triggeredBy.map((c) => listNames.get(c) ?? c).join('、')}</dd>
              </div>
              <div>
                <dt>措施编号</dt>
                <dd>
                  <span className="code">{m.code}</span>（第 {m.version} 版）
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A check's answer: the conclusion, the entries in force, the measures by kind, and the signed receipt. */
export function CheckResultView({
  result,
  onCheckCandidate,
  busy,
}: {
  result: CheckResult;
  /** By name: check the chosen candidate by its code. */
  onCheckCandidate?: (subject: SubjectRef) => void;
  busy?: boolean;
}) {
  const listNames = new Map(result.hits.map((h) => [h.listType.code, h.listType.name]));
  return (
    <>
      <section className={`card check-summary outcome-${result.outcome}`} aria-labelledby="h-result">
        <h2 id="h-result">
          核查结论 <span className={`pill pill-${result.outcome}`}>{OUTCOME_LABELS[result.outcome]}</span>
        </h2>
        <p className="summary">{result.summary}</p>
        {result.replayed ? <p className="notice small">该请求此前已核查过，以下为首次核查的结果和回执。</p> : null}
        <dl className="fields compact">
          {result.subject ? (
            <>
              <div className="field">
                <dt>核查主体</dt>
                <dd>{result.subject.name}</dd>
              </div>
              <div className="field">
                <dt>{result.subject.kind === 'natural_person' ? '证件号码' : '统一社会信用代码'}</dt>
                <dd className="code">{result.subject.code}</dd>
              </div>
            </>
          ) : null}
          <div className="field">
            <dt>核查场景</dt>
            <dd>{result.scenario.name}</dd>
          </div>
          <div className="field">
            <dt>审批事项编号</dt>
            <dd>{result.caseNo}</dd>
          </div>
          <div className="field">
            <dt>核查日期</dt>
            <dd>{result.checkDate}</dd>
          </div>
          <div className="field">
            <dt>核查部门</dt>
            <dd>{result.department.name}</dd>
          </div>
          <div className="field">
            <dt>核查回执编号</dt>
            <dd>
              <strong className="code">{result.receiptNo}</strong>
            </dd>
          </div>
        </dl>
      </section>

      {result.outcome === 'candidates' ? (
        <section className="card" aria-labelledby="h-candidates">
          <h2 id="h-candidates">候选主体</h2>
          {result.candidates.length === 0 ? (
            <p className="muted">没有找到名称相近的主体，请核对名称或改用统一社会信用代码核查。</p>
          ) : (
            <ul className="candidates">
              {result.candidates.map((c) => (
                <li key={c.subject.id}>
                  <div>
                    <p className="candidate-name">{c.subject.name}</p>
                    <p className="meta">
                      <span className="code">{c.subject.code}</span> · 匹配得分 {c.score.toFixed(2)}
                    </p>
                    <p className="meta">{c.explanation}</p>
                  </div>
                  {onCheckCandidate ? (
                    <button type="button" onClick={() => onCheckCandidate(c.subject)} disabled={busy}>
                      按此代码核查<span className="visually-hidden">：{c.subject.name}</span>
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {result.hits.length ? (
        <section className="card" aria-labelledby="h-hits">
          <h2 id="h-hits">
            有效名单 <span className="count">{result.hits.length} 条</span>
          </h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">名单</th>
                  <th scope="col">认定部门</th>
                  <th scope="col">文书号</th>
                  <th scope="col">列入事由</th>
                  <th scope="col">列入日期</th>
                  <th scope="col">有效期至</th>
                </tr>
              </thead>
              <tbody>
                {result.hits.map((h) => (
                  <tr key={h.entryId}>
                    <td data-label="名单">
                      <span className={`badge ${h.listType.flag === 'red' ? 'badge-red' : 'badge-black'}`}>
                        {h.listType.flag === 'red' ? '红' : '黑'}
                      </span>
                      {h.listType.name}
                    </td>
                    <td data-label="认定部门">{h.department ?? '—'}</td>
                    <td data-label="文书号">{h.docNo ?? '—'}</td>
                    <td data-label="列入事由">{h.reason ?? '—'}</td>
                    <td data-label="列入日期">{h.startDate}</td>
                    <td data-label="有效期至">{h.endDate ?? '长期'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {result.outcome === 'hit' ? (
        <section className="card" aria-labelledby="h-measures">
          <h2 id="h-measures">
            本部门适用的联合奖惩措施 <span className="count">{result.measures.length} 项</span>
          </h2>
          {result.measures.length === 0 ? <p className="muted">本部门在“{result.scenario.name}”场景没有适用的措施。</p> : null}
          <Measures measures={result.measures} kind="punishment" listNames={listNames} />
          <Measures measures={result.measures} kind="reward" listNames={listNames} />
        </section>
      ) : null}

      {result.receipt ? (
        <details className="card receipt">
          <summary>验签信息</summary>
          <p className="small muted">
            回执由平台以 Ed25519 签名，签名对象为回执编号、签发时间、密钥编号、请求摘要和答复摘要的规范化 JSON。可用
            <a href="/api/v1/checks/keys">平台公布的公钥</a>离线验证。
          </p>
          <dl className="kv receipt-fields">
            <div>
              <dt>回执编号</dt>
              <dd className="code">{result.receipt.receiptNo}</dd>
            </div>
            <div>
              <dt>签发时间</dt>
              <dd>{fmtTime(result.receipt.issuedAt)}</dd>
            </div>
            <div>
              <dt>密钥编号</dt>
              <dd className="code">{result.receipt.keyId}</dd>
            </div>
            <div>
              <dt>签名算法</dt>
              <dd>{result.receipt.algorithm}</dd>
            </div>
            <div>
              <dt>请求摘要（SHA-256）</dt>
              <dd className="code">{result.receipt.requestHash}</dd>
            </div>
            <div>
              <dt>答复摘要（SHA-256）</dt>
              <dd className="code">{result.receipt.answerHash}</dd>
            </div>
            <div>
              <dt>签名（Base64）</dt>
              <dd className="code">{result.receipt.signature}</dd>
            </div>
          </dl>
        </details>
      ) : null}
    </>
  );
}
