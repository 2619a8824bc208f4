import '../cases/cases.css';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type ComplaintFiled } from '../api';
import { useTitle } from '../components';
import { Link } from '../router';
import { EvidencePicker, evidencePayload, type PickedFile } from '../cases/evidence';
import { progressHref } from '../cases/filed';
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

/** After filing: the case number and the query code, shown once, with the advice to keep both. */
function ComplaintFiledPanel({ filed }: { filed: ComplaintFiled }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card filed" aria-labelledby="h-filed">
      <h2 id="h-filed" ref={heading} tabIndex={-1}>
        举报已提交
      </h2>
      <p>平台将把举报转交主管部门核查办理。凭下面的办理编号和查询码可以随时查询办理进度。</p>
      <div className="query-code-box">
        <p>
          办理编号
          <strong className="case-no code">{filed.caseNo}</strong>
        </p>
        <p>
          查询码
          <strong className="query-code code">{filed.queryCode}</strong>
        </p>
      </div>
      <p className="notice">
        <strong>请妥善保存办理编号和查询码</strong>
        ：可以抄写或截图保存。为保护举报人，查询码不会再次显示，也无法找回；查询进度时不需要再提供您的个人信息。
      </p>
      <dl className="fields">
        <div className="field">
          <dt>收到日期</dt>
          <dd>{filed.receivedOn}</dd>
        </div>
      </dl>
      <p className="link-row">
        <Link href={progressHref(filed.caseNo)} className="button-link">
          查询办理进度
        </Link>
        <Link href="/">返回首页</Link>
      </p>
    </section>
  );
}

function ComplaintForm({ onFiled }: { onFiled: (f: ComplaintFiled) => void }) {
  const [subjectName, setSubjectName] = useState('');
  const [subjectCode, setSubjectCode] = useState('');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [applicant, setApplicant] = useState(NO_APPLICANT);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = failure?.fields ?? {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      onFiled(
        await api.post<ComplaintFiled>('/api/v1/complaints', {
          subjectName: subjectName.trim(),
          ...(subjectCode.trim() ? { subjectCode: subjectCode.trim() } : {}),
          description: description.trim(),
          applicant: applicantPayload(applicant),
          ...(files.length ? { evidence: evidencePayload(files) } : {}),
        }),
      );
    } catch (err) {
      setFailure(failureOf(err));
      setBusy(false);
    }
  };

  return (
    <form className="case-form card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="h-form">
      <h2 id="h-form">填写举报内容</h2>
      <fieldset className="form-section">
        <legend>被举报主体</legend>
        <div className="form-grid">
          <Field id="jb-subject-name" label="主体名称" required error={errors['subjectName']}>
            <input
              {...controlProps('jb-subject-name', errors['subjectName'])}
              value={subjectName}
              onChange={(e) => setSubjectName(e.target.value)}
              maxLength={200}
              autoComplete="off"
            />
          </Field>
          <Field id="jb-subject-code" label="统一社会信用代码" error={errors['subjectCode']} hint="知道的请填写，便于准确核查。">
            <input
              {...controlProps('jb-subject-code', errors['subjectCode'], true)}
              value={subjectCode}
              onChange={(e) => setSubjectCode(e.target.value)}
              maxLength={64}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>举报内容</legend>
        <Field
          id="jb-description"
          label="失信行为的具体情况"
          required
          error={errors['description']}
          hint={<LengthHint text={description} min={10} max={4000} />}
        >
          <textarea
            {...controlProps('jb-description', errors['description'], true)}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            rows={6}
            maxLength={4000}
            placeholder="写明时间、地点、经过和涉及的人员或金额，例如：该公司自 2026 年 3 月起拖欠 12 名工人工资共计 18 万元。"
          />
        </Field>
        <EvidencePicker
          id="jb-evidence"
          label="证据材料"
          hint="如合同、票据、照片或有关部门的文书。"
          files={files}
          onChange={setFiles}
          serverError={errors['evidence']}
        />
      </fieldset>
      <ApplicantFields value={applicant} onChange={setApplicant} errors={errors} prefix="jb" legend="举报人（联系人）" />
      <FormMessage failure={failure} />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? '正在提交…' : '提交举报'}
        </button>
      </div>
    </form>
  );
}

/** 失信举报: report dishonest conduct; the platform routes it to the competent department. */
export function ComplaintPage() {
  useTitle('失信举报');
  const [filed, setFiled] = useState<ComplaintFiled | null>(null);
  return (
    <article className="case-page">
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/">首页</Link> › 失信举报
      </nav>
      <h1>失信行为举报</h1>
      <p className="lead">
        发现企业或其他组织有失信行为的，可以在线举报。平台核实举报内容后转交主管部门依法核查处理，办理结果可凭办理编号和查询码查询。
      </p>
      <div className="case-layout">
        <div className="case-main">{filed ? <ComplaintFiledPanel filed={filed} /> : <ComplaintForm onFiled={setFiled} />}</div>
        <aside className="case-guide prose guide" aria-labelledby="h-guide">
          <h2 id="h-guide">办理须知</h2>
          <h3>可以举报的情形</h3>
          <ul>
            <li>拒不履行法院判决、拖欠农民工工资、偷逃税款等失信行为；</li>
            <li>在行政许可、政府采购、招标投标中提供虚假材料；</li>
            <li>违背信用承诺，或违反市场监管、安全生产、生态环境等领域法律法规的行为。</li>
          </ul>
          <h3>办理流程</h3>
          <ol>
            <li>平台收到举报后审核，属于失信行为的转交主管部门，不属于的不予受理并说明理由。</li>
            <li>
              主管部门自收到转交之日起 <strong>15 个工作日</strong>内核查办结，结果可在“办理进度”查询。
            </li>
            <li>举报属实并符合条件的，按有关规定给予奖励。</li>
          </ol>
          <h3>举报人信息保护</h3>
          <p>举报人的姓名和联系方式只用于核实情况，依法保密，不会告知被举报人，也不会在网站公开。</p>
          <p className="muted small">请如实举报。捏造事实、诬告他人的，依法承担相应责任。</p>
          <p className="link-row">
            <Link href="/progress">查询办理进度</Link>
          </p>
        </aside>
      </div>
    </article>
  );
}
