import { chinaDate } from '../../shared/clock';
import { notFound } from '../../shared/errors';
import type { Ctx } from '../auth';
import { getCatalogItem, listCatalogItems, type StoredCatalogItem } from '../catalog';
import { getMeta } from '../profile';
import { maskIdNumber } from '../subjects';
import {
  countListEntriesInForce,
  countProvidingDepartments,
  countPublicity,
  countReportsIssued,
  countSubjectsPerKind,
  findListEntries,
  findPublicity,
  findRegionTree,
} from './portal.repository';

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

// Natural persons appear on a published list only when the list says so (法院公布的失信被执行人).
function publicKindsOf(item: StoredCatalogItem): string[] {
  return item.naturalPersonDisclosure === 'public'
    ? ['legal_person', 'non_enterprise', 'natural_person']
    : ['legal_person', 'non_enterprise'];
}

/**
 * Published entries of a list (红名单, 严重失信主体名单, 经营异常名录) in force today. Natural persons appear only
 * on the court-published 失信被执行人 list, with the identifier masked.
 */
export async function listPublishedEntries(ctx: Ctx, listType: string, page: number, pageSize: number) {
  const item = await getCatalogItem(ctx.db, listType).catch(() => undefined);
  if (!item || !item.listFlag || item.disclosure !== 'public') throw notFound(`名单不存在：${listType}`);
  const { rows, total } = await findListEntries(ctx.db, {
    listType: item.code,
    today: chinaDate(ctx.clock.now()),
    kinds: publicKindsOf(item),
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

export interface HeadlineFigures {
  asOf: string;
  subjects: { legalPerson: number; nonEnterprise: number; naturalPerson: number };
  publicity: { licenses: number; penalties: number };
  lists: { red: number; black: number };
  reportsIssued: number;
  providingDepartments: number;
}

const HEADLINE_TTL_MS = 60_000;
// The figures are full counts over the largest tables and the home page asks for them on every visit: computed
// at most once a minute per database (and day), so a burst of visitors costs one set of counts.
const headlineCache = new WeakMap<object, { at: number; figures: HeadlineFigures }>();

/**
 * The portal's headline figures, counted from the database with the same visibility rules as the public
 * listings: subjects per database, 双公示 records in publicity, red and black list entries in force,
 * credit reports issued, and the departments that have provided data. Cached for a minute.
 */
export async function getHeadlineFigures(ctx: Ctx): Promise<HeadlineFigures> {
  const today = chinaDate(ctx.clock.now());
  const cached = headlineCache.get(ctx.db);
  if (cached && cached.figures.asOf === today && Date.now() - cached.at < HEADLINE_TTL_MS) return cached.figures;

  const lists = (await listCatalogItems(ctx.db)).filter(
    (i) => i.disclosure === 'public' && (i.listFlag === 'red' || i.listFlag === 'black'),
  );
  const allowed = new Map(lists.map((i) => [i.code, { flag: i.listFlag as 'red' | 'black', kinds: publicKindsOf(i) }]));
  const listCounts = { red: 0, black: 0 };
  for (const row of await countListEntriesInForce(ctx.db, { listTypes: [...allowed.keys()], today })) {
    const list = allowed.get(row.list_type);
    if (list?.kinds.includes(row.kind)) listCounts[list.flag] += row.n;
  }
  const subjects = await countSubjectsPerKind(ctx.db);
  const figures: HeadlineFigures = {
    asOf: today,
    subjects: {
      legalPerson: subjects.legal_person ?? 0,
      nonEnterprise: subjects.non_enterprise ?? 0,
      naturalPerson: subjects.natural_person ?? 0,
    },
    publicity: {
      licenses: await countPublicity(ctx.db, { item: 'XZXK', today }),
      penalties: await countPublicity(ctx.db, { item: 'XZCF', today }),
    },
    lists: listCounts,
    reportsIssued: await countReportsIssued(ctx.db),
    providingDepartments: await countProvidingDepartments(ctx.db),
  };
  headlineCache.set(ctx.db, { at: Date.now(), figures });
  return figures;
}

/**
 * The regions of this installation's profile, for filters: the profile's own region (a city) and its
 * sub-units (counties, cities and districts, functional zones) in profile order.
 */
export async function listRegions(ctx: Ctx) {
  const profile = await getMeta<{ region: string }>(ctx.db, 'profile');
  if (!profile) return { region: null, items: [] };
  const { root, children } = await findRegionTree(ctx.db, profile.region);
  return { region: root ?? null, items: children };
}
