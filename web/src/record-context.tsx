import type { Profile, ProfileItem } from './api';
import { Async, useApi } from './components';
import { Link, href } from './router';

/** How a profile record is named in a guide link's `record` parameter: `123` for a record, `list-45` for a list entry. */
export function recordParam(item: Pick<ProfileItem, 'kind' | 'id'>): string {
  return item.kind === 'list_entry' ? `list-${item.id}` : String(item.id);
}

/** The guide page's address for a record of a subject's profile. */
export function guideHref(guide: '/objection' | '/repair', subjectId: number, item: ProfileItem): string {
  return href(guide, { subject: subjectId, record: recordParam(item) });
}

function findRecord(profile: Profile, record: string): ProfileItem | undefined {
  for (const s of profile.sections) for (const it of s.items) if (recordParam(it) === record) return it;
  return undefined;
}

/**
 * The subject and record a visitor came from (`?subject=&record=`), shown at the top of a guide page so they
 * know which information the guide applies to. Renders nothing without a subject.
 */
export function SourceRecord({
  query,
  heading,
  note,
}: {
  query: URLSearchParams;
  heading: string;
  /** A remark on the record for this guide (e.g. "a licence needs no repair"), or nothing. */
  note?: (item: ProfileItem) => string | null;
}) {
  const subject = query.get('subject')?.trim() ?? '';
  const record = query.get('record')?.trim() ?? '';
  const profile = useApi<Profile>(subject ? `/api/v1/subjects/${encodeURIComponent(subject)}` : null);
  if (!subject) return null;
  return (
    <section className="card source" aria-labelledby="h-source">
      <h2 id="h-source">{heading}</h2>
      <Async value={profile} label="主体信息">
        {(p) => {
          const item = record ? findRecord(p, record) : undefined;
          const remark = item && note ? note(item) : null;
          return (
            <>
              <dl className="fields">
                <div className="field">
                  <dt>信用主体</dt>
                  <dd>
                    <Link href={`/subjects/${p.id}`}>{p.name}</Link>
                  </dd>
                </div>
                <div className="field">
                  <dt>{p.codeKindLabel ?? '统一社会信用代码'}</dt>
                  <dd className="code">{p.code}</dd>
                </div>
                {item ? (
                  <>
                    <div className="field">
                      <dt>信息类别</dt>
                      <dd>{item.itemName}</dd>
                    </div>
                    {item.docNo ? (
                      <div className="field">
                        <dt>决定文书号</dt>
                        <dd>{item.docNo}</dd>
                      </div>
                    ) : null}
                    <div className="field">
                      <dt>信息提供单位</dt>
                      <dd>{item.provider ?? '—'}</dd>
                    </div>
                    <div className="field">
                      <dt>{item.kind === 'list_entry' ? '列入日期' : '决定日期'}</dt>
                      <dd>{item.decisionDate ?? '—'}</dd>
                    </div>
                    <div className="field">
                      <dt>公示状态</dt>
                      <dd>{item.publicityStatus}</dd>
                    </div>
                    {item.publicityEnd ? (
                      <div className="field">
                        <dt>{item.kind === 'list_entry' ? '有效期至' : '公示截止日期'}</dt>
                        <dd>{item.publicityEnd}</dd>
                      </div>
                    ) : null}
                  </>
                ) : null}
              </dl>
              {record && !item ? (
                <p className="muted">这条信息目前不在网站公示（可能已经修复、撤销或超过公示期），以下说明仍可参考。</p>
              ) : null}
              {remark ? <p className="notice">{remark}</p> : null}
            </>
          );
        }}
      </Async>
    </section>
  );
}
