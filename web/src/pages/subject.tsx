import { useState } from 'react';
import { api, type IssuedReport, type Profile, type ProfileItem } from '../api';
import { Async, fmtTime, useApi, useTitle } from '../components';
import { Link } from '../router';
import { StatusBadge, guideHref } from '../record-context';

const REGISTRATION_LABELS: [string, string][] = [
  ['legalRepresentative', '法定代表人'],
  ['establishedOn', '成立日期'],
  ['registeredCapital', '注册资本（万元）'],
  ['industry', '所属行业'],
  ['registrationAuthority', '登记机关'],
  ['address', '住所'],
  ['businessScope', '经营范围'],
];

// 信用修复 is offered for a penalty once its minimum publicity period has passed (`repairFrom`, the profile's
// `asOf` being the platform's today); before that the page says from when.
function repairState(item: ProfileItem, today: string): 'open' | 'later' | 'none' {
  if (item.kind !== 'record' || item.item !== 'XZCF' || !item.repairFrom) return 'none';
  return item.repairFrom <= today ? 'open' : 'later';
}

function RecordItem({ item, subjectId, today }: { item: ProfileItem; subjectId: number; today: string }) {
  const which = `${item.itemName}${item.docNo ? ` ${item.docNo}` : ''}`;
  const repair = repairState(item, today);
  return (
    <li className="record">
      <details>
        <summary>
          <span className="record-title">{item.itemName}</span>
          {item.docNo ? <span className="meta">{item.docNo}</span> : null}
          <span className="meta">
            {item.provider ?? '—'} · {item.kind === 'list_entry' ? '列入日期' : '决定日期'} {item.decisionDate ?? '—'}
          </span>
          <StatusBadge status={item.publicityStatus} />
        </summary>
        <dl className="fields">
          {item.publicityEnd ? (
            <div className="field">
              <dt>公示截止日期</dt>
              <dd>{item.publicityEnd}</dd>
            </div>
          ) : null}
          {item.fields.map((f) => (
            <div key={f.code} className="field">
              <dt>{f.name}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      </details>
      <p className="record-actions">
        <Link href={guideHref('/objection', subjectId, item)}>
          提出异议<span className="visually-hidden">：{which}</span>
        </Link>
        {repair === 'open' ? (
          <Link href={guideHref('/repair', subjectId, item)}>
            申请信用修复<span className="visually-hidden">：{which}</span>
          </Link>
        ) : null}
        {repair === 'later' ? <span className="repair-later">信用修复：{item.repairFrom} 起可申请</span> : null}
      </p>
    </li>
  );
}

function ReportRequest({ subject }: { subject: Profile }) {
  const [state, setState] = useState<{ s: 'idle' } | { s: 'busy' } | { s: 'done'; report: IssuedReport } | { s: 'error'; message: string }>(
    { s: 'idle' },
  );
  const request = async () => {
    setState({ s: 'busy' });
    try {
      const report = await api.post<IssuedReport>('/api/v1/reports', { subject: subject.code });
      setState({ s: 'done', report });
    } catch (e) {
      setState({ s: 'error', message: e instanceof Error ? e.message : '申请失败' });
    }
  };
  if (subject.kind === 'natural_person') return null;
  return (
    <section className="card report" aria-labelledby="h-report">
      <h2 id="h-report">信用报告</h2>
      <p>出具《法人和非法人组织公共信用信息报告》，内容为当前可公开的信用信息，带报告编号和验证二维码。</p>
      <button type="button" onClick={() => void request()} disabled={state.s === 'busy'}>
        {state.s === 'busy' ? '正在出具…' : '申请信用报告'}
      </button>
      <div aria-live="polite">
        {state.s === 'done' ? (
          <div className="report-result">
            <p>
              报告已出具，编号 <strong className="code">{state.report.reportNo}</strong>，出具时间 {fmtTime(state.report.issuedAt)}。
            </p>
            <ul className="link-row">
              <li>
                <a href={state.report.pdfUrl} download>
                  下载 PDF 报告
                </a>
              </li>
              <li>
                <a href={state.report.jsonUrl}>JSON 数据</a>
              </li>
              <li>
                <Link href={`/verify/${state.report.reportNo}`}>验证此报告</Link>
              </li>
            </ul>
          </div>
        ) : null}
        {state.s === 'error' ? (
          <p className="error" role="alert">
            {state.message}
          </p>
        ) : null}
      </div>
    </section>
  );
}

export function SubjectPage({ id }: { id: string }) {
  const profile = useApi<Profile>(`/api/v1/subjects/${encodeURIComponent(id)}`);
  useTitle(profile.state === 'ok' ? profile.data.name : '主体详情');
  return (
    <Async value={profile} label="主体信息">
      {(p) => {
        const reg = p.registration ?? {};
        const total = p.sections.reduce((n, s) => n + s.items.length, 0);
        return (
          <>
            <nav aria-label="当前位置" className="crumbs">
              <Link href="/">首页</Link> › 主体详情
            </nav>
            <h1 className="subject-name">{p.name}</h1>
            <p className="meta">
              <span className="tag">{p.kindLabel}</span> {p.codeKindLabel ?? '统一社会信用代码'} <span className="code">{p.code}</span>
              {p.statusLabel ? ` · ${p.statusLabel}` : ''}
            </p>
            <section className="card" aria-labelledby="h-basic">
              <h2 id="h-basic">基本信息</h2>
              <dl className="fields basic">
                <div className="field">
                  <dt>所属地区</dt>
                  <dd>{p.region?.name ?? '—'}</dd>
                </div>
                {p.categoryLabel ? (
                  <div className="field">
                    <dt>机构类别</dt>
                    <dd>{p.categoryLabel}</dd>
                  </div>
                ) : null}
                {REGISTRATION_LABELS.filter(([k]) => reg[k]).map(([k, label]) => (
                  <div key={k} className={k === 'businessScope' || k === 'address' ? 'field wide' : 'field'}>
                    <dt>{label}</dt>
                    <dd>{reg[k]}</dd>
                  </div>
                ))}
                {p.formerNames?.length ? (
                  <div className="field wide">
                    <dt>曾用名</dt>
                    <dd>{p.formerNames.join('；')}</dd>
                  </div>
                ) : null}
              </dl>
              <p className="muted small">信息截至 {p.asOf}。只显示依法可公开的信息。</p>
            </section>
            <ReportRequest subject={p} />
            <h2>公共信用信息（{total} 条）</h2>
            {p.sections
              .filter((s) => s.items.length)
              .map((s) => (
                <section key={s.key} className="card" aria-labelledby={`h-sec-${s.key}`}>
                  <h3 id={`h-sec-${s.key}`}>
                    {s.title} <span className="count">{s.items.length} 条</span>
                  </h3>
                  <ul className="records">
                    {s.items.map((it) => (
                      <RecordItem key={`${it.kind}-${it.id}`} item={it} subjectId={p.id} today={p.asOf} />
                    ))}
                  </ul>
                </section>
              ))}
            {p.sections.some((s) => !s.items.length) ? (
              <p className="card muted">
                暂无信息的栏目：
                {p.sections
                  .filter((s) => !s.items.length)
                  .map((s) => s.title)
                  .join('、')}
              </p>
            ) : null}
          </>
        );
      }}
    </Async>
  );
}
