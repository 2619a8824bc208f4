import { useTitle } from '../components';
import { Link, href } from '../router';
import { SourceRecord } from '../record-context';

// Grounds an objection may rest on: 山东省社会信用条例 art. 39 (错误、遗漏、侵犯合法权益) and the scope 信用中国-model
// portals accept (重复公示、不应公示、超期公示、与认定机关信息不一致).
const GROUNDS: [string, string][] = [
  ['信息错误', '公示的名称、代码、文书号、日期、金额或内容与事实不符。'],
  ['信息遗漏', '应当公示的内容缺失或不完整，例如处罚已经履行完毕、决定已经变更却没有体现。'],
  ['重复公示', '同一个决定被公示了两次或多次。'],
  ['不应公示', '依法不应当向社会公开的信息被公示。'],
  ['超期公示', '已经超过公示期限，仍然在网站上公示。'],
  ['与认定机关信息不一致', '与作出决定或认定的机关公布的信息不一致。'],
  ['侵犯合法权益', '信息的归集、公示或使用侵犯了本单位的合法权益。'],
];

/** 异议申请指南: who may object, on what grounds, deadlines, materials; online filing comes with the objection workflow. */
export function ObjectionGuidePage({ query }: { query: URLSearchParams }) {
  useTitle('异议申请');
  const subject = query.get('subject') ?? '';
  const record = query.get('record') ?? '';
  return (
    <article className="prose guide">
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/">首页</Link> › 异议申请
      </nav>
      <h1>信用信息异议申请</h1>
      <p className="lead">
        认为本网站公示的信用信息有误的，可以提出异议。异议受理后，相关信息会标注“异议处理中”，核实后依法处理并告知结果。
      </p>
      <SourceRecord
        query={query}
        heading="您要提出异议的信息"
        note={(it) => (it.publicityStatus === '异议处理中' ? '这条信息已有异议正在处理，处理结果出来前无需重复申请。' : null)}
      />
      <p className="notice" role="note">
        网上提交异议的功能将在下一版本开通。在此之前，请按下面的说明准备材料，向信息提供单位或泰安市公共信用信息中心提出。
      </p>

      <h2>谁可以申请</h2>
      <p>
        信用主体本身：认为自己的信用信息存在错误、遗漏，或者信息在归集、公示、使用中侵犯了自身合法权益的企业和其他组织。由法定代表人（负责人）办理，也可以委托经办人办理。
      </p>

      <h2>可以提出异议的情形</h2>
      <dl className="grounds">
        {GROUNDS.map(([name, text]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>

      <h2>办理时限</h2>
      <ul>
        <li>收到申请后，平台即在相关信息上标注“异议处理中”。</li>
        <li>
          平台能够自行核实的，自收到申请之日起 <strong>3 个工作日</strong>内处理完毕并告知申请人。
        </li>
        <li>
          需要信息提供单位协助核实的，自收到申请之日起 <strong>7 个工作日</strong>内处理完毕并告知申请人。
        </li>
        <li>处理结果包括：更正信息、补充信息、停止公示、移出名单；经核实信息无误的，予以维持并说明理由。</li>
      </ul>
      <p className="muted small">依据：《山东省社会信用条例》第三十九条。工作日不含法定节假日和休息日。</p>

      <h2>需要准备的材料</h2>
      <ol>
        <li>异议申请表：写明对哪一条信息有异议、异议的理由和具体诉求。</li>
        <li>营业执照或其他登记证书复印件。</li>
        <li>法定代表人（负责人）身份证明和经办人身份证件；委托他人办理的，另附授权委托书。</li>
        <li>
          证明材料：行政许可、行政处罚信息，可提供决定书、撤销或变更决定书、行政复议决定书、行政诉讼判决书，或作出决定的机关出具的证明；名单类信息，可提供认定机关官方网站的相关页面截图或证明。
        </li>
        <li>异议申请信用承诺书：承诺所提供的材料真实、准确，并加盖单位公章。</li>
      </ol>

      <h2>向谁提出</h2>
      <p>可以向作出决定的部门（即信息提供单位，主体详情页每条信息都注明了提供单位）提出，也可以向泰安市公共信用信息中心提出。</p>

      <p className="link-row">
        {subject ? <Link href={`/subjects/${encodeURIComponent(subject)}`}>返回主体详情</Link> : null}
        <Link href={href('/repair', { subject, record })}>信用修复说明</Link>
      </p>
    </article>
  );
}
