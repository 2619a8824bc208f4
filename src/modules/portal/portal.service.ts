import { chinaDate } from '../../shared/clock';
import { notFound } from '../../shared/errors';
import type { Ctx } from '../auth';
import { getCatalogItem } from '../catalog';
import { maskIdNumber } from '../subjects';
import { findListEntries, findPublicity } from './portal.repository';

export interface PublicityQuery {
  department?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  category?: string | undefined;
  region?: string | undefined;
  page: number;
  pageSize: number;
}

/** 双公示: licences or penalties in publicity, filtered and paged. */
export async function listPublicity(ctx: Ctx, kind: 'licenses' | 'penalties', query: PublicityQuery) {
  const item = kind === 'licenses' ? 'XZXK' : 'XZCF';
  const today = chinaDate(ctx.clock.now());
  const { rows, total } = await findPublicity(ctx.db, {
    item,
    today,
    department: query.department,
    from: query.from,
    to: query.to,
    category: query.category,
    region: query.region,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      subject: { id: r.subject_id, name: r.subject_name, code: r.subject_code },
      department: { code: r.department_code, name: r.department_name },
      docNo: r.doc_no,
      decisionDate: r.decision_date,
      title: (item === 'XZXK' ? r.fields.XK_XKWS : r.fields.CF_WFXW) ?? null,
      category: (item === 'XZXK' ? r.fields.XK_XKLB : r.fields.CF_CFLB?.replaceAll(';', '、')) ?? null,
      content: (item === 'XZXK' ? r.fields.XK_NR : r.fields.CF_NR) ?? null,
      publicityStatus: r.status === 'objection' ? '异议处理中' : '公示中',
      publicityEnd: item === 'XZCF' ? r.publicity_end : null,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Published entries of a list (红名单, 严重失信主体名单, 经营异常名录) in force today. Natural persons appear only
 * on the court-published 失信被执行人 list, with the identifier masked.
 */
export async function listPublishedEntries(ctx: Ctx, listType: string, page: number, pageSize: number) {
  const item = await getCatalogItem(ctx.db, listType).catch(() => undefined);
  if (!item || !item.listFlag || item.disclosure !== 'public') throw notFound(`名单不存在：${listType}`);
  const kinds =
    item.naturalPersonDisclosure === 'public' ? ['legal_person', 'non_enterprise', 'natural_person'] : ['legal_person', 'non_enterprise'];
  const { rows, total } = await findListEntries(ctx.db, {
    listType: item.code,
    today: chinaDate(ctx.clock.now()),
    kinds,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return {
    list: { code: item.code, name: item.name, flag: item.listFlag },
    items: rows.map((r) => ({
      id: r.id,
      subject: {
        id: r.subject_id,
        name: r.subject_name,
        code: r.subject_kind === 'natural_person' ? maskIdNumber(r.subject_code) : r.subject_code,
      },
      department: r.department_name,
      docNo: r.doc_no,
      reason: r.reason,
      startDate: r.start_date,
      endDate: r.end_date,
    })),
    total,
    page,
    pageSize,
  };
}
