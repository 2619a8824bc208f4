import type { ProfileItem } from '../api';
import { useTitle } from '../components';
import { Link, href } from '../router';
import { SourceRecord } from '../record-context';

// What the guide says about one record the visitor came from.
function repairNote(item: ProfileItem): string | null {
  if (item.item === 'XZXK') return '行政许可信息不属于失信信息，不需要信用修复。如认为信息有误，请提出异议。';
  if (item.item === 'XZCF' && item.publicityEnd)
    return `这条行政处罚信息将于 ${item.publicityEnd} 起自动停止公示；在此之前，最短公示期届满后可以申请提前停止公示。`;
  if (item.kind === 'list_entry') return '名单信息的移出，请向作出认定的单位申请，由认定单位按名单管理规定决定。';
  return null;
}

/** 信用修复指南: who may apply, when (after the minimum publicity period), materials, where; online filing comes later. */
export function RepairGuidePage({ query }: { query: URLSearchParams }) {
  useTitle('信用修复');
  const subject = query.get('subject') ?? '';
  const record = query.get('record') ?? '';
  return (
    <article className="prose guide">
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/">首页</Link> › 信用修复
      </nav>
      <h1>信用修复</h1>
      <p className="lead">
        信用主体纠正失信行为、履行法定义务、消除不良影响后，可以申请信用修复。修复后，相关信息在网站上提前停止公示，但仍依法保存在平台中。
      </p>
      <SourceRecord query={query} heading="您要申请修复的信息" note={repairNote} />
      <p className="notice" role="note">
        本网站的网上修复申请将在下一版本开通。在此之前，请按下面的说明准备材料，通过相应渠道申请。
      </p>

      <h2>谁可以申请</h2>
      <p>
        被公示失信信息的企业和其他组织，已经纠正失信行为、履行行政处罚决定等法定义务的，都可以申请。法律、法规和党中央、国务院政策文件规定不能修复的除外。
      </p>

      <h2>修复的方式</h2>
      <ul>
        <li>终止公示行政处罚信息；</li>
        <li>移出严重失信主体名单；</li>
        <li>修复其他失信信息。</li>
      </ul>

      <h2>什么时候可以申请</h2>
      <ul>
        <li>
          行政处罚信息的公示期从处罚决定作出之日起计算。<strong>最短公示期届满后</strong>才能申请修复：一般行政处罚最短 3
          个月；食品、药品、特种设备、安全生产、消防领域的行政处罚最短 1 年。
        </li>
        <li>公示期最长 3 年，期满自动停止公示，不需要申请。一个决定包含多种处罚的，按其中最长的期限计算。</li>
        <li>2023 年 5 月 1 日以前作出的处罚，按当时的规定执行：一般失信行为最短 3 个月、最长 1 年；严重失信行为最短 6 个月、最长 3 年。</li>
        <li>严重失信主体名单的移出，按各名单的认定和管理规定办理。</li>
      </ul>
      <p className="muted small">
        依据：《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号，2023 年 5 月 1
        日起施行）；此前的处罚适用发改办财金〔2019〕527号。每条行政处罚的公示截止日期见主体详情页。
      </p>

      <h2>需要准备的材料</h2>
      <ol>
        <li>信用信息修复申请表。</li>
        <li>信用修复承诺书。</li>
        <li>营业执照或其他登记证书复印件。</li>
        <li>法定代表人身份证明书和经办人身份证件；委托他人办理的，另附授权委托书。</li>
        <li>已经履行行政处罚决定的证明（如罚没款缴纳凭证），以及已经纠正失信行为、消除不良影响的证明材料。</li>
      </ol>

      <h2>在哪里申请</h2>
      <ul>
        <li>
          市场监管部门作出的行政处罚：按《市场监督管理信用修复管理办法》，通过
          <a href="https://www.gsxt.gov.cn" rel="noopener noreferrer">
            国家企业信用信息公示系统
          </a>
          申请。
        </li>
        <li>
          其他部门作出的行政处罚：可以在
          <a href="https://www.creditchina.gov.cn" rel="noopener noreferrer">
            “信用中国”网站
          </a>
          在线申请，也可以向作出处罚决定的部门或泰安市公共信用信息中心申请。
        </li>
        <li>严重失信主体名单：向作出认定的单位申请移出。</li>
      </ul>

      <p className="link-row">
        {subject ? <Link href={`/subjects/${encodeURIComponent(subject)}`}>返回主体详情</Link> : null}
        <Link href={href('/objection', { subject, record })}>认为信息有误？提出异议</Link>
      </p>
    </article>
  );
}
