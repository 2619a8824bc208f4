import { LISTS, type Department, type ListPage, type Page, type PublicityItem } from '../api';
import { Async, fmtNumber, useApi, useTitle, type Loadable } from '../components';
import { Link, href } from '../router';
import { SearchForm } from '../search-form';

function total(v: Loadable<{ total: number }>): string {
  return v.state === 'ok' ? fmtNumber(v.data.total) : '—';
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
  const depts = useApi<{ items: Department[] }>('/api/v1/departments');
  const figures: [string, string][] = [
    ['行政许可公示', total(licenses)],
    ['行政处罚公示', total(penalties)],
    ['A级纳税人', total(red)],
    ['失信被执行人', total(black)],
    ['联席会议成员单位', depts.state === 'ok' ? fmtNumber(depts.data.items.filter((d) => d.member).length) : '—'],
  ];
  return (
    <>
      <section className="hero" aria-labelledby="h-hero">
        <h1 id="h-hero">查信用，上信用泰安</h1>
        <p>查询泰安市企业和其他组织的行政许可、行政处罚、红黑名单等公共信用信息。</p>
        <SearchForm big />
      </section>
      <section aria-labelledby="h-figures">
        <h2 id="h-figures" className="visually-hidden">
          数据概况
        </h2>
        <ul className="figures">
          {figures.map(([label, value]) => (
            <li key={label}>
              <strong>{value}</strong>
              <span>{label}</span>
            </li>
          ))}
        </ul>
      </section>
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
      <section className="card" aria-labelledby="h-verify">
        <h2 id="h-verify">信用报告</h2>
        <p>
          在主体详情页可申请《法人和非法人组织公共信用信息报告》（PDF）。拿到报告后，可在<Link href="/verify">报告验证</Link>
          页输入报告编号，确认报告真实有效。
        </p>
      </section>
    </>
  );
}
