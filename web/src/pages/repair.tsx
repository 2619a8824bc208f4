import '../cases/cases.css';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, type CaseFiled, type ProfileItem, type RepairEligibility } from '../api';
import { useApi, useTitle, type Loadable } from '../components';
import { Link, href } from '../router';
import { EvidencePicker, evidencePayload, type PickedFile } from '../cases/evidence';
import { FiledPanel, progressHref } from '../cases/filed';
import {
  ApplicantFields,
  Field,
  FormMessage,
  LengthHint,
  NO_APPLICANT,
  applicantPayload,
  controlProps,
  failureOf,
  type FormFailure,
} from '../cases/form-kit';
import { TargetPicker, type Target } from '../cases/target';

/** Penalty records are what this form repairs (list removal goes to the deciding unit). */
function repairable(item: ProfileItem): boolean {
  return item.kind === 'record' && item.item === 'XZCF';
}

// Why a record the visitor came from cannot be repaired here.
function repairNote(item: ProfileItem): string | null {
  if (item.item === 'XZXK') return '行政许可信息不属于失信信息，不需要信用修复。如认为信息有误，请提出异议。';
  if (item.kind === 'list_entry') return '名单信息的移出，请向作出认定的单位申请，由认定单位按名单管理规定决定。';
  if (!repairable(item)) return '这条信息不属于可在本平台申请修复的行政处罚信息。';
  return null;
}

/** A server message with the web address it names (www.gsxt.gov.cn) as a link. */
function withLinks(text: string): ReactNode {
  const parts = text.split(/(www\.[a-z0-9.-]+\.[a-z]{2,})/i);
  return parts.map((part, i) =>
    i % 2 ? (
      <a key={i} href={`https://${part}`} rel="noopener noreferrer">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

function EligibilityNote({ value }: { value: Loadable<RepairEligibility> }) {
  if (value.state === 'loading')
    return (
      <p className="hint" role="status">
        正在查询能否申请…
      </p>
    );
  if (value.state === 'error') return <p className="field-error">{value.message}</p>;
  const e = value.data;
  return (
    <p id="rep-eligibility" className={e.eligible ? 'ok-note' : 'notice'}>
      {e.eligible ? `最短公示期已满（${e.from ?? '—'} 起可申请），可以在线申请信用修复。` : withLinks(e.message)}
    </p>
  );
}

/** The repair form: the penalty, whether it may be repaired now, the description, evidence, the commitment and a contact. */
function RepairForm({ query, onFiled }: { query: URLSearchParams; onFiled: (f: CaseFiled, code: string) => void }) {
  const [target, setTarget] = useState<Target | null>(null);
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [committed, setCommitted] = useState(false);
  const [applicant, setApplicant] = useState(NO_APPLICANT);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = failure?.fields ?? {};
  const item = target?.item && repairable(target.item) ? target.item : null;
  const eligibility = useApi<RepairEligibility>(
    target && item ? href('/api/v1/repairs/eligibility', { subject: target.profile.code, recordId: item.id }) : null,
  );
  const known = item && eligibility.state === 'ok' ? eligibility.data : null;
  const blocked = !!item && (!known || !known.eligible);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!target) local['subject'] = '请填写统一社会信用代码并查找主体';
    else if (!item) local['recordId'] = '请选择要修复的行政处罚信息';
    if (!files.length) local['evidence'] = '请上传已纠正失信行为、履行义务的证明材料';
    if (!committed) local['commitment'] = '请阅读并签署信用修复承诺书';
    if (Object.keys(local).length) {
      const n = Object.keys(local).length;
      return setFailure({
        message: n > 1 ? `有 ${n} 处需要修改，请查看标出的内容` : Object.values(local)[0]!,
        code: '',
        fields: local,
        details: null,
      });
    }
    setBusy(true);
    setFailure(null);
    try {
      const filed = await api.post<CaseFiled>('/api/v1/repairs', {
        subject: target!.profile.code,
        recordId: item!.id,
        description: description.trim(),
        applicant: applicantPayload(applicant),
        commitment: committed,
        evidence: evidencePayload(files),
      });
      onFiled(filed, target!.profile.code);
    } catch (err) {
      setFailure(failureOf(err));
      setBusy(false);
    }
  };

  const open = failure?.code === 'CASE_OPEN' ? String((failure.details as { caseNo?: unknown })?.caseNo ?? '') : '';
  const commitmentError = errors['commitment'];
  return (
    <form className="case-form card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="h-form">
      <h2 id="h-form">填写信用修复申请</h2>
      <TargetPicker
        query={query}
        prefix="rep"
        heading="要修复的信息"
        choosable={repairable}
        emptyNote="该主体目前没有在网站公示的行政处罚信息，无需申请信用修复。"
        errors={errors}
        onChange={setTarget}
        note={repairNote}
        showRepairFrom
      />
      {item ? <EligibilityNote value={eligibility} /> : null}
      <fieldset className="form-section" disabled={blocked}>
        <legend>修复申请</legend>
        <Field
          id="rep-description"
          label="纠正失信行为、履行义务的情况"
          required
          error={errors['description']}
          hint={<LengthHint text={description} min={10} max={4000} />}
        >
          <textarea
            {...controlProps('rep-description', errors['description'], true)}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            rows={5}
            maxLength={4000}
            placeholder="例如：已于 2026 年 3 月 2 日缴清罚款，完成整改并通过复查。"
          />
        </Field>
        <EvidencePicker
          id="rep-evidence"
          label="证明材料"
          hint="已履行行政处罚决定的证明（如罚没款缴纳凭证），以及已纠正失信行为、消除不良影响的证明。"
          files={files}
          onChange={setFiles}
          required
          serverError={errors['evidence']}
        />
        <div className="form-row">
          <h3 className="commitment-title" id="rep-commitment-title">
            信用修复承诺书
          </h3>
          <blockquote className="commitment">{known?.commitment ?? '选择要修复的信息后显示承诺书全文。'}</blockquote>
          <label className="check-line">
            <input
              type="checkbox"
              checked={committed}
              onChange={(e) => setCommitted(e.target.checked)}
              disabled={!known}
              aria-invalid={commitmentError ? true : undefined}
              aria-describedby={commitmentError ? 'rep-commitment-error' : undefined}
            />
            <span>
              本单位（本人）已阅读并签署上述信用修复承诺书<span className="req">（必填）</span>
            </span>
          </label>
          {commitmentError ? (
            <p id="rep-commitment-error" className="field-error">
              {commitmentError}
            </p>
          ) : null}
        </div>
      </fieldset>
      <ApplicantFields value={applicant} onChange={setApplicant} errors={errors} prefix="rep" legend="申请人（联系人）" />
      <FormMessage failure={failure}>
        {open ? (
          <p>
            <Link href={progressHref(open, target?.profile.code)}>查看修复申请 {open} 的办理进度</Link>
          </p>
        ) : null}
      </FormMessage>
      <div className="form-actions">
        <button type="submit" disabled={busy || blocked} aria-describedby={blocked && known ? 'rep-eligibility' : undefined}>
          {busy ? '正在提交…' : '提交信用修复申请'}
        </button>
        {blocked && known ? <span className="hint">这条信息现在不能在本平台申请修复。</span> : null}
      </div>
    </form>
  );
}

/** 信用修复: the online application for penalty information, with the rules (when, materials, where) beside it. */
export function RepairPage({ query }: { query: URLSearchParams }) {
  useTitle('信用修复');
  const [filed, setFiled] = useState<{ f: CaseFiled; code: string } | null>(null);
  const subject = query.get('subject') ?? '';
  const record = query.get('record') ?? '';
  return (
    <article className="case-page">
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/">首页</Link> › 信用修复
      </nav>
      <h1>信用修复</h1>
      <p className="lead">
        信用主体纠正失信行为、履行法定义务、消除不良影响后，可以申请信用修复。修复后，相关信息在网站上提前停止公示，但仍依法保存在平台中。
      </p>
      <div className="case-layout">
        <div className="case-main">
          {filed ? (
            <FiledPanel
              title="信用修复申请已提交"
              caseNo={filed.f.caseNo}
              receivedOn={filed.f.receivedOn}
              deadline={filed.f.deadline}
              code={filed.code}
            >
              <p>平台将审核材料，必要时转交作出处罚决定的部门核实。修复通过后，这条信息在网站上停止公示。请记下办理编号。</p>
            </FiledPanel>
          ) : (
            <RepairForm query={query} onFiled={(f, code) => setFiled({ f, code })} />
          )}
        </div>
        <aside className="case-guide prose guide" aria-labelledby="h-guide">
          <h2 id="h-guide">办理须知</h2>
          <h3>谁可以申请</h3>
          <p>
            被公示失信信息的企业和其他组织，已经纠正失信行为、履行行政处罚决定等法定义务的，都可以申请。法律、法规和党中央、国务院政策文件规定不能修复的除外。
          </p>

          <h3>修复的方式</h3>
          <ul>
            <li>终止公示行政处罚信息（本页在线申请）；</li>
            <li>移出严重失信主体名单（向作出认定的单位申请）；</li>
            <li>修复其他失信信息。</li>
          </ul>

          <h3>什么时候可以申请</h3>
          <ul>
            <li>
              行政处罚信息的公示期从处罚决定作出之日起计算。<strong>最短公示期届满后</strong>才能申请修复：一般行政处罚最短 3
              个月；食品、药品、特种设备、安全生产、消防领域的行政处罚最短 1 年。
            </li>
            <li>公示期最长 3 年，期满自动停止公示，不需要申请。一个决定包含多种处罚的，按其中最长的期限计算。</li>
            <li>
              2023 年 5 月 1 日以前作出的处罚，按当时的规定执行：一般失信行为最短 3 个月、最长 1 年；严重失信行为最短 6 个月、最长 3 年。
            </li>
            <li>严重失信主体名单的移出，按各名单的认定和管理规定办理。</li>
          </ul>
          <p className="muted small">
            依据：《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号，2023 年 5 月 1
            日起施行）；此前的处罚适用发改办财金〔2019〕527号。每条行政处罚的公示截止日期见主体详情页。
          </p>

          <h3>需要准备的材料</h3>
          <ol>
            <li>纠正失信行为、履行义务情况的说明（即上面的表单）。</li>
            <li>信用修复承诺书（在表单中勾选签署）。</li>
            <li>已经履行行政处罚决定的证明（如罚没款缴纳凭证），以及已经纠正失信行为、消除不良影响的证明材料。</li>
          </ol>

          <h3>其他渠道</h3>
          <ul>
            <li>
              市场监管部门作出的行政处罚：按《市场监督管理信用修复管理办法》，通过
              <a href="https://www.gsxt.gov.cn" rel="noopener noreferrer">
                国家企业信用信息公示系统
              </a>
              申请。
            </li>
            <li>
              其他部门作出的行政处罚：除本页外，也可以在
              <a href="https://www.creditchina.gov.cn" rel="noopener noreferrer">
                “信用中国”网站
              </a>
              申请，或向作出处罚决定的部门申请。
            </li>
            <li>严重失信主体名单：向作出认定的单位申请移出。</li>
          </ul>

          <p className="link-row">
            {subject ? <Link href={`/subjects/${encodeURIComponent(subject)}`}>返回主体详情</Link> : null}
            <Link href={href('/objection', { subject, record })}>认为信息有误？提出异议</Link>
            <Link href="/progress">查询办理进度</Link>
          </p>
        </aside>
      </div>
    </article>
  );
}
