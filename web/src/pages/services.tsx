import { useTitle } from '../components';
import { Link } from '../router';

const SERVICES: { key: string; title: string; text: string; href: string; link: string }[] = [
  {
    key: 'report',
    title: '信用报告',
    text: '在主体详情页可以申请《法人和非法人组织公共信用信息报告》（PDF）。报告带编号和二维码，可以随时核对真伪。',
    href: '/verify',
    link: '验证信用报告',
  },
  {
    key: 'objection',
    title: '异议申请',
    text: '认为公示的信用信息有错误、遗漏或不应公示，可以在线提出异议。平台核实后更正、补充或停止公示。',
    href: '/objection',
    link: '在线提出异议',
  },
  {
    key: 'repair',
    title: '信用修复',
    text: '已纠正失信行为、履行处罚决定的，在最短公示期满后可以在线申请信用修复，提前停止公示。',
    href: '/repair',
    link: '申请信用修复',
  },
  {
    key: 'complaint',
    title: '失信举报',
    text: '发现企业或其他组织有失信行为，可以在线举报，平台转交主管部门核查处理。',
    href: '/complaint',
    link: '我要举报',
  },
  {
    key: 'progress',
    title: '办理进度',
    text: '凭办理编号和统一社会信用代码（举报凭查询码）查询异议、修复和举报的办理进度，无需登录。',
    href: '/progress',
    link: '查询办理进度',
  },
];

/** The public services as cards: reports, objections, repair, complaints and the progress lookup. */
export function ServiceCards({ headingLevel }: { headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="grid-services">
      {SERVICES.map((s) => (
        <section key={s.key} className="card service" aria-labelledby={`h-svc-${s.key}`}>
          <H id={`h-svc-${s.key}`}>{s.title}</H>
          <p>{s.text}</p>
          <Link href={s.href}>{s.link}</Link>
        </section>
      ))}
    </div>
  );
}

/** 信用服务: where the services of the site are. */
export function ServicesPage() {
  useTitle('信用服务');
  return (
    <>
      <nav aria-label="当前位置" className="crumbs">
        <Link href="/">首页</Link> › 信用服务
      </nav>
      <h1>信用服务</h1>
      <p className="muted">以下服务均可在网上办理，无需注册登录。</p>
      <ServiceCards headingLevel={2} />
    </>
  );
}
