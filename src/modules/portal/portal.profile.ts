import { chinaDate } from '../../shared/clock';
import { notFound } from '../../shared/errors';
import type { Ctx } from '../auth';
import { listCatalogItems, SECTION_NAMES, type Section, type StoredCatalogItem } from '../catalog';
import { findCurrentRecordsOfSubject, findListEntriesInForce, isShownPublicly, publicFields, PUBLICITY_LABELS } from '../records';
import { findEntrySourceKeys } from '../lists';
import { listFormerNames, listIdentifiers, maskIdNumber, presentPublicSubject, resolveSubject, type SubjectRow } from '../subjects';

/** Report sections in the order of the 公共信用信息报告 standard (DOMAIN §4.1). */
export const PROFILE_SECTIONS: readonly Section[] = [
  'administration',
  'honor',
  'dishonesty',
  'abnormal',
  'commitment',
  'evaluation',
  'judicial',
  'qualification',
  'other',
];

export interface ProfileRecord {
  id: number;
  kind: 'record' | 'list_entry';
  item: string;
  itemName: string;
  provider: string | null;
  decisionDate: string | null;
  docNo: string | null;
  publicityStatus: string;
  /** Penalties: the day publicity ends automatically. */
  publicityEnd: string | null;
  /** Penalties: the first day a credit repair may be applied for (the minimum publicity period has passed). */
  repairFrom: string | null;
  fields: { code: string; name: string; value: string }[];
}

export interface ProfileSection {
  key: Section;
  title: string;
  items: ProfileRecord[];
}

/**
 * The public credit profile of a subject on `today`: its basic information and, per report section, the
 * records and list entries the disclosure mode and status allow. A natural person has a public profile only
 * while a court-published list (失信被执行人) names them, with the identifier masked.
 */
export async function getPublicProfile(ctx: Ctx, codeOrId: string) {
  const today = chinaDate(ctx.clock.now());
  const subject = await resolveSubject(ctx.db, codeOrId);
  if (!subject) throw notFound('未找到该信用主体');
  const items = new Map((await listCatalogItems(ctx.db)).map((i) => [i.code, i]));
  const sections = await publicSections(ctx, subject, items, today);
  if (subject.kind === 'natural_person' && !sections.some((s) => s.items.some((i) => i.item === 'SXBZXR'))) {
    throw notFound('未找到该信用主体');
  }
  const [identifiers, formerNames] = [
    await listIdentifiers(ctx.db, subject.id),
    await listFormerNames(ctx.db, subject.id, subject.name_norm),
  ];
  const basic = presentPublicSubject(subject, { identifiers, formerNames });
  return {
    ...basic,
    ...(subject.kind === 'natural_person'
      ? { code: maskIdNumber(subject.code), registration: emptyRegistration(), otherIdentifiers: [], formerNames: [] }
      : {}),
    asOf: today,
    sections,
  };
}

function emptyRegistration() {
  return {
    legalRepresentative: null,
    establishedOn: null,
    registeredCapital: null,
    address: null,
    businessScope: null,
    registrationAuthority: null,
    industry: null,
  };
}

/**
 * Enumerated fields are stored as the code table's canonical value, and a platform extension may use a code
 * (失信程度 `general`): the public reads the table's label instead. Several values (处罚类别 罚款;警告) read 罚款、警告.
 */
function withLabels(item: StoredCatalogItem, fields: ProfileRecord['fields']): ProfileRecord['fields'] {
  const tables = new Map(item.codeTables.map((t) => [t.code, t]));
  const tableOf = new Map(item.fields.flatMap((f) => (f.codeTable ? [[f.code, tables.get(f.codeTable)] as const] : [])));
  return fields.map((f) => {
    const table = tableOf.get(f.code);
    if (!table) return f;
    const labels = f.value.split(';').map((v) => table.entries.find((e) => e.value === v)?.label ?? v);
    return { ...f, value: labels.join('、') };
  });
}

async function publicSections(
  ctx: Ctx,
  subject: SubjectRow,
  items: Map<string, StoredCatalogItem>,
  today: string,
): Promise<ProfileSection[]> {
  const bySection = new Map<Section, ProfileRecord[]>(PROFILE_SECTIONS.map((s) => [s, []]));
  // A list decision is shown through its list entry, whose lifecycle (removal, repair, expiry) governs it.
  const carried = await findEntrySourceKeys(ctx.db, subject.id);
  for (const r of await findCurrentRecordsOfSubject(ctx.db, subject.id)) {
    const item = items.get(r.item_code);
    if (!item || (item.listFlag && carried.has(r.record_key))) continue;
    const facts = { isCurrent: r.is_current, status: r.status, publicityStart: r.publicity_start, publicityEnd: r.publicity_end };
    if (!isShownPublicly(item, subject.kind, facts, today)) continue;
    bySection.get(item.section)?.push({
      id: r.id,
      kind: 'record',
      item: item.code,
      itemName: item.name,
      provider: r.provider_name,
      decisionDate: r.decision_date,
      docNo: r.doc_no,
      publicityStatus: PUBLICITY_LABELS[r.status] ?? r.status,
      publicityEnd: item.doublePublicity === 'penalty' ? r.publicity_end : null,
      repairFrom: item.doublePublicity === 'penalty' ? r.repair_from : null,
      fields: withLabels(item, publicFields(item, r.fields)),
    });
  }
  for (const e of await findListEntriesInForce(ctx.db, subject.id, today)) {
    const item = items.get(e.list_type);
    if (!item) continue;
    const facts = { isCurrent: true, status: 'normal' as const, publicityStart: e.start_date, publicityEnd: e.end_date };
    if (!isShownPublicly(item, subject.kind, facts, today)) continue;
    const fields = [
      { code: 'reason', name: '列入事由', value: e.reason ?? '' },
      { code: 'legal_basis', name: '列入依据', value: e.legal_basis ?? '' },
      { code: 'start_date', name: '列入日期', value: e.start_date },
      { code: 'end_date', name: '有效期至', value: e.end_date ?? '' },
    ].filter((f) => f.value !== '');
    bySection.get(item.section)?.push({
      id: e.id,
      kind: 'list_entry',
      item: item.code,
      itemName: item.name,
      provider: e.department_name,
      decisionDate: e.start_date,
      docNo: e.doc_no,
      publicityStatus: '公示中',
      publicityEnd: e.end_date,
      repairFrom: null,
      fields,
    });
  }
  return PROFILE_SECTIONS.map((key) => ({ key, title: SECTION_NAMES[key], items: bySection.get(key) ?? [] }));
}
