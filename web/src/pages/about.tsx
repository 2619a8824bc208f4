import { useTitle } from '../components';
import { Link } from '../router';

export function AboutPage() {
  useTitle('关于');
  return (
    <article className="prose">
      <h1>关于信用泰安</h1>
      <p>
        信用泰安是泰安市公共信用信息平台的对外窗口，归集全市行政机关、司法机关和公共服务机构依法产生的公共信用信息，向社会提供信用查询、双公示、红黑名单公示和信用报告服务。
      </p>
      <h2>可以在这里做什么</h2>
      <ul>
        <li>
          <Link href="/">信用查询</Link>：按名称、简称或统一社会信用代码查询企业和其他组织的公开信用信息。
        </li>
        <li>
          <Link href="/publicity">双公示</Link>：查看行政许可和行政处罚决定。
        </li>
        <li>
          <Link href="/lists">红黑榜</Link>：查看守信激励名单、严重失信主体名单和经营异常名录。
        </li>
        <li>信用报告：在主体详情页申请《法人和非法人组织公共信用信息报告》。</li>
        <li>
          <Link href="/verify">报告验证</Link>：核对报告真伪及是否仍然有效。
        </li>
      </ul>
      <h2>信息公开原则</h2>
      <p>
        网站只公开依法可以公开的信息。自然人的信息不公开，法院公布的失信被执行人除外（身份证号码遮蔽）。已撤销、已完成信用修复或超过公示期的信息不再显示。
      </p>
      <h2>异议和信用修复</h2>
      <p>
        认为公示信息有误的，可以提出<Link href="/objection">异议申请</Link>；已经纠正失信行为、履行处罚决定的，可以申请
        <Link href="/repair">信用修复</Link>。两项申请都可以向信息提供单位或泰安市公共信用信息中心提出。
      </p>
      <h2>开放接口</h2>
      <p>
        本站数据同时通过开放接口提供，接口文档见 <a href="/api/docs">/api/docs</a>。本站由开源软件 xinyong 提供支持。
      </p>
    </article>
  );
}
