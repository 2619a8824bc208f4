import '../cases/cases.css';
import { useState, type FormEvent } from 'react';
import { OBJECTION_GROUNDS, api, type CaseFiled, type ProfileItem } from '../api';
import { useTitle } from '../components';
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

// Grounds an objection may rest on: 山东省社会信用条例 art. 39 (错误、遗漏、侵犯合法权益) and the scope 信用中国-model
// portals accept (重复公示、不应公示、超期公示、与认定机关信息不一致).
const GROUND_TEXTS: Record<string, string> = {
  wrong: '公示的名称、代码、文书号、日期、金额或内容与事实不符。',
  missing: '应当公示的内容缺失或不完整，例如处罚已经履行完毕、决定已经变更却没有体现。',
  duplicate: '同一个决定被公示了两次或多次。',
  should_not_publish: '依法不应当向社会公开的信息被公示。',
  overdue_publicity: '已经超过公示期限，仍然在网站上公示。',
  differs_from_authority: '与作出决定或认定的机关公布的信息不一致。',
  infringement: '信息的归集、公示或使用侵犯了本单位的合法权益。',
};

function inProgressNote(it: ProfileItem): string | null {
  return it.publicityStatus === '异议处理中' ? '这条信息已有异议正在处理，处理结果出来前无需重复申请。' : null;
}

/** The objection form: the record, the grounds, the description, evidence and a contact. */
function ObjectionForm({ query, onFiled }: { query: URLSearchParams; onFiled: (f: CaseFiled, code: string) => void }) {
  const [target, setTarget] = useState<Target | null>(null);
  const [grounds, setGrounds] = useState('');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [applicant, setApplicant] = useState(NO_APPLICANT);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = failure?.fields ?? {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!target) local['subject'] = '请填写统一社会信用代码并查找主体';
    else if (!target.item) local['recordId'] = '请选择有异议的信息';
    if (!grounds) local['grounds'] = '请选择异议理由';
    if (Object.keys(local).length) {
      const n = Object.keys(local).length;
      return setFailure({
        message: n > 1 ? `有 ${n} 处需要修改，请查看标出的内容` : Object.values(local)[0]!,
        code: '',
        fields: local,
        details: null,
      });
    }
    const item = target!.item!;
    setBusy(true);
    setFailure(null);
    try {
      const filed = await api.post<CaseFiled>('/api/v1/objections', {
        subject: target!.profile.code,
        ...(item.kind === 'list_entry' ? { listEntryId: item.id } : { recordId: item.id }),
        grounds,
        description: description.trim(),
        applicant: applicantPayload(applicant),
        ...(files.length ? { evidence: evidencePayload(files) } : {}),
      });
      onFiled(filed, target!.profile.code);
    } catch (err) {
      setFailure(failureOf(err));
      setBusy(false);
    }
  };

  const open = failure?.code === 'CASE_OPEN' ? String((failure.details as { caseNo?: unknown })?.caseNo ?? '') : '';
  return (
    <form className="case-form card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="h-form">
      <h2 id="h-form">填写异议申请</h2>
      <TargetPicker
        query={query}
        prefix="obj"
        heading="有异议的信息"
        choosable={() => true}
        emptyNote="该主体目前没有在网站公示的信用信息。"
        errors={errors}
        onChange={setTarget}
        note={inProgressNote}
      />
      <fieldset className="form-section">
        <legend>异议内容</legend>
        <Field
          id="obj-grounds"
          label="异议理由"
          required
          error={errors['grounds']}
          hint={grounds ? GROUND_TEXTS[grounds] : '选择最符合的一项，具体情况在下面说明。'}
        >
          <select {...controlProps('obj-grounds', errors['grounds'], true)} value={grounds} onChange={(e) => setGrounds(e.target.value)}>
            <option value="">请选择</option>
            {OBJECTION_GROUNDS.map((g) => (
              <option key={g.code} value={g.code}>
                {g.label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="obj-description"
          label="异议内容和理由"
          required
          error={errors['description']}
          hint={<LengthHint text={description} min={10} max={4000} />}
        >
          <textarea
            {...controlProps('obj-description', errors['description'], true)}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            rows={5}
            maxLength={4000}
            placeholder="写明哪项内容有误、正确的内容是什么、依据是什么，例如：罚款金额应为 1 万元，见决定书第 2 页。"
          />
        </Field>
        <EvidencePicker
          id="obj-evidence"
          label="证明材料"
          hint="如决定书、撤销或变更决定书、复议决定书、判决书，或作出决定的机关出具的证明。"
          files={files}
          onChange={setFiles}
          serverError={errors['evidence']}
        />
      </fieldset>
      <ApplicantFields value={applicant} onChange={setApplicant} errors={errors} prefix="obj" legend="申请人（联系人）" />
      <FormMessage failure={failure}>
        {open ? (
          <p>
            <Link href={progressHref(open, target?.profile.code)}>查看异议 {open} 的办理进度</Link>
          </p>
        ) : null}
      </FormMessage>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? '正在提交…' : '提交异议申请'}
        </button>
      </div>
    </form>
  );
}

/** 异议申请: the online form, with the rules (who, grounds, deadlines, materials) beside it. */
export function ObjectionPage({ query }: { query: URLSearchParams }) {
  useTitle('异议申请');
  const [filed, setFiled] = useState<{ f: CaseFiled; code: string } | null>(null);
  const subject = query.get('subject') ?? '';
  const record = query.get('record') ?? '';
  return (
    <article className="case-page">
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/">首页</Link> › 异议申请
      </nav>
      <h1>信用信息异议申请</h1>
      <p className="lead">
        认为本网站公示的信用信息有误的，可以在线提出异议。异议受理后，相关信息会标注“异议处理中”，核实后依法处理并告知结果。
      </p>
      <div className="case-layout">
        <div className="case-main">
          {filed ? (
            <FiledPanel
              title="异议申请已提交"
              caseNo={filed.f.caseNo}
              receivedOn={filed.f.receivedOn}
              deadline={filed.f.deadline}
              code={filed.code}
            >
              <p>
                平台受理后，这条信息将标注“异议处理中”。需要信息提供单位核实的，办理期限延长为收到之日起 7
                个工作日。请记下办理编号，凭办理编号和统一社会信用代码查询办理进度。
              </p>
            </FiledPanel>
          ) : (
            <ObjectionForm query={query} onFiled={(f, code) => setFiled({ f, code })} />
          )}
        </div>
        <aside className="case-guide prose guide" aria-labelledby="h-guide">
          <h2 id="h-guide">办理须知</h2>
          <h3>谁可以申请</h3>
          <p>
            信用主体本身：认为自己的信用信息存在错误、遗漏，或者信息在归集、公示、使用中侵犯了自身合法权益的企业和其他组织。由法定代表人（负责人）办理，也可以委托经办人办理。
          </p>

          <h3>可以提出异议的情形</h3>
          <dl className="grounds">
            {OBJECTION_GROUNDS.map((g) => (
              <div key={g.code}>
                <dt>{g.label}</dt>
                <dd>{GROUND_TEXTS[g.code]}</dd>
              </div>
            ))}
          </dl>

          <h3>办理时限</h3>
          <ul>
            <li>平台受理后，即在相关信息上标注“异议处理中”。</li>
            <li>
              平台能够自行核实的，自收到申请之日起 <strong>3 个工作日</strong>内处理完毕并告知申请人。
            </li>
            <li>
              需要信息提供单位协助核实的，自收到申请之日起 <strong>7 个工作日</strong>内处理完毕并告知申请人。
            </li>
            <li>处理结果包括：更正信息、补充信息、停止公示、移出名单；经核实信息无误的，予以维持并说明理由。</li>
          </ul>
          <p className="muted small">依据：《山东省社会信用条例》第三十九条。工作日不含法定节假日和休息日。</p>

          <h3>需要准备的材料</h3>
          <ol>
            <li>写明对哪一条信息有异议、异议的理由和具体诉求（即上面的表单）。</li>
            <li>
              证明材料：行政许可、行政处罚信息，可提供决定书、撤销或变更决定书、行政复议决定书、行政诉讼判决书，或作出决定的机关出具的证明；名单类信息，可提供认定机关官方网站的相关页面截图或证明。
            </li>
            <li>材料不全的，平台会退回补正，可凭办理编号在“办理进度”页面补充。</li>
          </ol>

          <h3>也可以线下提出</h3>
          <p>可以向作出决定的部门（即信息提供单位，主体详情页每条信息都注明了提供单位）提出，也可以向泰安市公共信用信息中心提出。</p>

          <p className="link-row">
            {subject ? <Link href={`/subjects/${encodeURIComponent(subject)}`}>返回主体详情</Link> : null}
            <Link href={href('/repair', { subject, record })}>信用修复</Link>
            <Link href="/progress">查询办理进度</Link>
          </p>
        </aside>
      </div>
    </article>
  );
}
