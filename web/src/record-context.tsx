import type { ProfileItem } from './api';
import { href } from './router';

/** How a profile record is named in a guide link's `record` parameter: `123` for a record, `list-45` for a list entry. */
export function recordParam(item: Pick<ProfileItem, 'kind' | 'id'>): string {
  return item.kind === 'list_entry' ? `list-${item.id}` : String(item.id);
}

/** The form's address for a record of a subject's profile (异议 or 信用修复, with the record chosen). */
export function guideHref(guide: '/objection' | '/repair', subjectId: number, item: ProfileItem): string {
  return href(guide, { subject: subjectId, record: recordParam(item) });
}

/** The record's public status as a badge: 异议处理中 stands out from 公示中. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={status === '异议处理中' ? 'status status-objection' : 'status'}>{status}</span>;
}

/** What identifies a record of a profile: category, document number, provider, dates and public status. */
export function RecordFacts({ item, showRepairFrom = false }: { item: ProfileItem; showRepairFrom?: boolean }) {
  return (
    <dl className="fields">
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
        <dd>
          <StatusBadge status={item.publicityStatus} />
        </dd>
      </div>
      {item.publicityEnd ? (
        <div className="field">
          <dt>{item.kind === 'list_entry' ? '有效期至' : '公示截止日期'}</dt>
          <dd>{item.publicityEnd}</dd>
        </div>
      ) : null}
      {showRepairFrom && item.repairFrom ? (
        <div className="field">
          <dt>可申请修复日期</dt>
          <dd>{item.repairFrom} 起</dd>
        </div>
      ) : null}
    </dl>
  );
}
