import { LISTS, type HeadlineFigures, type ListPage, type Page, type PublicityItem } from '../api';
import { Async, fmtNumber, useApi, useTitle, type Loadable } from '../components';
import { Link, href } from '../router';
import { SearchForm } from '../search-form';
import { ServiceCards } from './services';

const FIGURES: { label: string; value: (f: HeadlineFigures) => number; link?: string }[] = [
  { label: '企业法人', value: (f) => f.subjects.legalPerson },
  { label: '非企业法人', value: (f) => f.subjects.nonEnterprise },
  { label: '行政许可（公示中）', value: (f) => f.publicity.licenses, link: href('/publicity', { tab: 'licenses' }) },
  { label: '行政处罚（公示中）', value: (f) => f.publicity.penalties, link: href('/publicity', { tab: 'penalties' }) },
  { label: '红名单（有效期内）', value: (f) => f.lists.red, link: href('/lists', { type: 'AJNSR' }) },
  { label: '黑名单（有效期内）', value: (f) => f.lists.black, link: href('/lists', { type: 'SXBZXR' }) },
  { label: '已出具信用报告', value: (f) => f.reportsIssued },
  { label: '数据提供部门', value: (f) => f.providingDepartments },
];

/** The headline figures, counted live by the server (GET /api/v1/stats/headline). */
function Figures({ value }: { value: Loadable<HeadlineFigures> }) {
  const shown = (f: (h: HeadlineFigures) => number) => (value.state === 'ok' ? fmtNumber(f(value.data)) : '—');
  return (
    <section aria-labelledby="h-figures" className="figures-block">
      <h2 id="h-figures" className="visually-hidden">
        数据概况
      </h2>
      <ul className="figures" aria-busy={value.state === 'loading'}>
        {FIGURES.map((f) => (
          <li key={f.label}>
            {f.link ? (
              <Link href={f.link}>
                <strong>{shown(f.value)}</strong>
                <span>{f.label}</span>
              </Link>
            ) : (
              <>
                <strong>{shown(f.value)}</strong>
                <span>{f.label}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {value.state === 'ok' ? (
        <p className="muted small figures-note">
          数据截至 {value.data.asOf}。自然人库收录 {fmtNumber(value.data.subjects.naturalPerson)} 人，自然人信息依法不在网站公开。
        </p>
      ) : null}
      {value.state === 'error' ? (
        <p className="muted small figures-note" role="status">
          数据概况暂时无法加载：{value.message}
        </p>
      ) : null}
    </section>
  );
}

function PublicityPreview({ title, kind, value }: { title: string; kind: string; value: Loadable<Page<PublicityItem>> }) {
  return (
    <section className="card" aria-labelledby={`h-${kind}`}>
      <div className="card-head">
        <h2 id={`h-${kind}`}>{title}</h2>
        <Link href={href('/publicity', { tab: kind })}>更多{title}</Link>
      </div>
      <Async value={value}>
        {(d) => (
          <ul className="plain-list">
            {d.items.map((it) => (
              <li key={it.id}>
                <div className="row">
                  <Link href={`/subjects/${it.subject.id}`}>{it.subject.name}</Link>
                  <span className="meta date">{it.decisionDate}</span>
                </div>
                <span className="meta">
                  {it.title ?? it.category ?? ''} · {it.department.name}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </section>
  );
}

function ListPreview({ code, value }: { code: string; value: Loadable<ListPage> }) {
  const info = LISTS.find((l) => l.code === code);
  const red = info?.flag === 'red';
  return (
    <section className={`card ${red ? 'flag-red' : 'flag-black'}`} aria-labelledby={`h-${code}`}>
      <div className="card-head">
        <h3 id={`h-${code}`}>
          <span className={`badge ${red ? 'badge-red' : 'badge-black'}`}>{red ? '红榜' : '黑榜'}</span>
          {value.state === 'ok' ? value.data.list.name : info?.name}
        </h3>
        <Link href={href('/lists', { type: code })}>查看全部</Link>
      </div>
      <Async value={value}>
        {(d) =>
          d.items.length ? (
            <ul className="plain-list">
              {d.items.map((e) => (
                <li key={e.id}>
                  <div className="row">
                    <Link href={`/subjects/${e.subject.id}`}>{e.subject.name}</Link>
                    <span className="meta date">列入 {e.startDate}</span>
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">暂无公示中的名单。</p>
          )
        }
      </Async>
    </section>
  );
}

export function HomePage() {
  useTitle('');
  const licenses = useApi<Page<PublicityItem>>('/api/v1/publicity/licenses?pageSize=5');
  const penalties = useApi<Page<PublicityItem>>('/api/v1/publicity/penalties?pageSize=5');
  const red = useApi<ListPage>('/api/v1/lists/AJNSR?pageSize=5');
  const black = useApi<ListPage>('/api/v1/lists/SXBZXR?pageSize=5');
  const headline = useApi<HeadlineFigures>('/api/v1/stats/headline');
  return (
    <>
      <section className="hero" aria-labelledby="h-hero">
        <h1 id="h-hero">查信用，上信用泰安</h1>
        <p>查询泰安市企业和其他组织的行政许可、行政处罚、红黑名单等公共信用信息。</p>
        <SearchForm big />
      </section>
      <Figures value={headline} />
      <div className="grid-2">
        <PublicityPreview title="行政许可" kind="licenses" value={licenses} />
        <PublicityPreview title="行政处罚" kind="penalties" value={penalties} />
      </div>
      <section aria-labelledby="h-lists">
        <h2 id="h-lists">红黑榜</h2>
        <div className="grid-2">
          <ListPreview code="AJNSR" value={red} />
          <ListPreview code="SXBZXR" value={black} />
        </div>
      </section>
      <section aria-labelledby="h-services">
        <h2 id="h-services">信用服务</h2>
        <ServiceCards headingLevel={3} />
      </section>
    </>
  );
}
