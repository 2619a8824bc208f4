import type { Queryable } from '../../db/db';
import { chinaDate } from '../../shared/clock';
import { AppError, forbidden, invalidInput, notFound } from '../../shared/errors';
import { recordAudit, SYSTEM_ACTOR } from '../audit';
import { actorOf, can, findDepartment, requirePermission, type Ctx, type DepartmentRow } from '../auth';
import { addWorkingDays, calendarCovers } from '../calendar';
import { addPeriod, listCatalogItems, type StoredCatalogItem } from '../catalog';
import { presentSubjectRef, resolveSubject } from '../subjects';
import { listTypeRule, type ListTypeRule } from './lists.data';
import { availableActions, nextStatus, type EndReason, type EntryAction, type EntryStatus } from './lists.machine';
import {
  endExpired,
  findEntries,
  findEntriesBySourceKeys,
  findEntry,
  findEntryEvents,
  findExpiredEntries,
  insertEntries,
  insertEntryEvents,
  updateEntry,
  type EntryRow,
  type NewEntry,
  type NewEntryEvent,
} from './lists.repository';

export interface ListType {
  code: string;
  name: string;
  flag: 'red' | 'black' | 'focus';
  deciders: readonly string[];
  term: StoredCatalogItem['publicity']['term'] | null;
  rule: ListTypeRule;
  basis: string;
}

/** Every list type: the catalogue items flagged as lists, with their lifecycle rule. */
export async function listListTypes(q: Queryable): Promise<ListType[]> {
  const items = await listCatalogItems(q);
  return items
    .filter((i): i is StoredCatalogItem & { listFlag: 'red' | 'black' | 'focus' } => i.listFlag !== null)
    .map((i) => ({
      code: i.code,
      name: i.name,
      flag: i.listFlag,
      deciders: i.providers,
      term: i.publicity.term ?? null,
      rule: listTypeRule(i.code, i.listFlag),
      basis: i.basis,
    }));
}

async function getListType(q: Queryable, code: string): Promise<ListType> {
  const t = (await listListTypes(q)).find((x) => x.code === code);
  if (!t) throw notFound(`名单类型不存在：${code}`);
  return t;
}

/** The department of a signed-in department user or client; platform operators act for the platform. */
async function departmentOf(ctx: Ctx): Promise<DepartmentRow | undefined> {
  if (!ctx.principal.departmentCode) return undefined;
  return findDepartment(ctx.db, ctx.principal.departmentCode);
}

function isOperator(ctx: Ctx): boolean {
  return ctx.principal.roles.includes('platform_operator');
}

/** A department may manage a list type when its functions include one of the list's deciding functions. */
function decides(dept: DepartmentRow | undefined, type: ListType): boolean {
  return !!dept && dept.functions.some((f) => type.deciders.includes(f));
}

export interface ProposeInput {
  listType: string;
  subject: string;
  docNo: string;
  reason: string;
  legalBasis: string;
  startDate?: string | undefined;
  endDate?: string | undefined;
}

/**
 * Proposes an entry (拟列入) for a subject on a list the caller's department decides. Retrying the same
 * list, subject and document number returns the entry already proposed. Throws NOT_FOUND for an unknown
 * list or subject, FORBIDDEN when the department does not decide this list.
 */
export async function proposeEntry(ctx: Ctx, input: ProposeInput): Promise<PresentedEntry> {
  requirePermission(ctx.principal, 'lists.manage');
  const type = await getListType(ctx.db, input.listType);
  const dept = await departmentOf(ctx);
  if (!isOperator(ctx) && !decides(dept, type)) throw forbidden(`本部门不是“${type.name}”的认定部门`);
  const subject = await resolveSubject(ctx.db, input.subject);
  if (!subject) throw notFound(`未找到信用主体：${input.subject}`);
  if (subject.kind === 'natural_person' && type.flag === 'red') throw invalidInput('红名单只适用于法人和非法人组织');
  const today = chinaDate(ctx.clock.now());
  const startDate = input.startDate ?? today;
  const endDate = input.endDate ?? (type.rule.defaultYears ? addPeriod(startDate, { years: type.rule.defaultYears }) : null);
  if (endDate !== null && endDate <= startDate) throw invalidInput('有效期至应晚于列入日期', { field: 'endDate' });
  const sourceKey = `manual:${dept?.code ?? 'platform'}:${type.code}:${input.docNo.trim()}`;
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`list-entry:${sourceKey}`]);
    const existing = (await findEntriesBySourceKeys(tx, [sourceKey])).find((e) => e.subject_id === subject.id);
    if (existing) return presentEntry(existing, type);
    const entry: NewEntry = {
      subjectId: subject.id,
      listType: type.code,
      departmentId: dept?.id ?? null,
      docNo: input.docNo.trim(),
      reason: input.reason,
      legalBasis: input.legalBasis,
      startDate,
      endDate,
      status: 'proposed',
      endReason: null,
      endedOn: null,
      sourceKey,
      recordId: null,
      publishedOn: null,
      details: {},
    };
    const [id] = await insertEntries(tx, [entry], at);
    await insertEntryEvents(tx, [event(ctx, subject.id, id!, 'propose', null, 'proposed', null, {})], at);
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'list.propose', targetKind: 'list_entry', targetId: String(id), subjectId: subject.id, details: { listType: type.code } },
      at,
    );
    return presentEntry((await findEntry(tx, id!))!, type);
  });
}

export interface TransitionInput {
  action: EntryAction;
  reason?: EndReason | undefined;
  note?: string | undefined;
  /** notify: how and when the written notice was served. */
  notice?: { servedOn: string; method: string; measures: string } | undefined;
}

/**
 * Moves an entry through its lifecycle (see lists.machine.ts). Publication waits for the objection
 * period: the working days after the notice was served, or the end of the red list's announcement.
 * Throws INVALID_TRANSITION for a move outside the table, OBJECTION_PERIOD_OPEN before the period ends.
 */
export async function transitionEntry(ctx: Ctx, id: number, input: TransitionInput): Promise<PresentedEntry> {
  requirePermission(ctx.principal, 'lists.manage');
  const dept = await departmentOf(ctx);
  const today = chinaDate(ctx.clock.now());
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const entry = await findEntry(tx, id, true);
    // Another department's entry looks the same as a missing one.
    if (!entry || (!isOperator(ctx) && entry.department_id !== dept?.id)) throw notFound(`名单条目不存在：${id}`);
    const type = await getListType(tx, entry.list_type);
    const next = nextStatus(type.flag, entry.status, input.action, input.reason);
    if (!next.ok) throw new AppError('INVALID_TRANSITION', next.message, 409);
    const change = changeFor(entry, type, input, today);
    await updateEntry(tx, entry.subject_id, entry.id, { ...change, status: next.to }, at);
    await insertEntryEvents(
      tx,
      [
        event(
          ctx,
          entry.subject_id,
          entry.id,
          input.action,
          entry.status,
          next.to,
          input.note ?? null,
          input.reason ? { reason: input.reason } : {},
        ),
      ],
      at,
    );
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'list.transition',
        targetKind: 'list_entry',
        targetId: String(entry.id),
        subjectId: entry.subject_id,
        details: { listType: entry.list_type, action: input.action, from: entry.status, to: next.to, reason: input.reason ?? null },
      },
      at,
    );
    return presentEntry((await findEntry(tx, entry.id))!, type);
  });
}

function changeFor(entry: EntryRow, type: ListType, input: TransitionInput, today: string) {
  switch (input.action) {
    case 'notify': {
      if (!input.notice) throw invalidInput('书面告知须填写送达日期、送达方式和拟采取的惩戒措施', { field: 'notice' });
      const { servedOn } = input.notice;
      if (servedOn > today) throw invalidInput('送达日期不能晚于今天', { field: 'notice.servedOn' });
      const objectBy = workingDaysAfter(servedOn, type.rule.objectionWorkingDays);
      return {
        notice: {
          ...input.notice,
          basis: entry.legal_basis,
          reasons: entry.reason,
          rightToObject: `当事人可在收到告知书之日起 ${type.rule.objectionWorkingDays} 个工作日内提出陈述、申辩或异议。`,
          objectBy,
        },
      };
    }
    case 'announce':
      return { announceFrom: today, announceTo: workingDaysAfter(today, type.rule.objectionWorkingDays) };
    case 'publish': {
      const until = entry.status === 'notified' ? String(entry.notice?.['objectBy'] ?? '') : (entry.announce_to ?? '');
      if (until && today <= until) {
        throw new AppError('OBJECTION_PERIOD_OPEN', `异议期至 ${until} 届满，届满后方可发布`, 409);
      }
      return { publishedOn: today };
    }
    case 'end':
      return { endReason: input.reason ?? null, endedOn: today };
  }
}

/** The last day of an objection period of `n` working days starting the day after `from`. */
function workingDaysAfter(from: string, n: number): string {
  if (n <= 0) return from;
  if (!calendarCovers(from)) throw invalidInput(`节假日安排未覆盖 ${from}，无法计算工作日期限`);
  return addWorkingDays(from, n);
}

function event(
  ctx: Ctx,
  subjectId: number,
  entryId: number,
  action: string,
  from: EntryStatus | null,
  to: EntryStatus,
  note: string | null,
  details: Record<string, unknown>,
): NewEntryEvent {
  return { subjectId, entryId, action, fromStatus: from, toStatus: to, note, details, actor: ctx.principal.name };
}

/**
 * Ends every published entry whose validity has run out by `today` (the scheduled job), in chunks, one
 * audit event per chunk. Returns how many entries ended.
 */
export async function expireEntries(db: Ctx['db'], now: Date): Promise<number> {
  const today = chinaDate(now);
  let total = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const due = await findExpiredEntries(tx, today, 1000);
      if (due.length === 0) return 0;
      await endExpired(tx, due, now);
      await insertEntryEvents(
        tx,
        due.map((d) => ({
          subjectId: d.subject_id,
          entryId: d.id,
          action: 'expire',
          fromStatus: 'published' as const,
          toStatus: 'ended' as const,
          note: null,
          details: { reason: 'expired' },
          actor: '系统（定时任务）',
        })),
        now,
      );
      await recordAudit(tx, SYSTEM_ACTOR, { action: 'list.expire', details: { count: due.length, ids: due.map((d) => d.id) } }, now);
      return due.length;
    });
    total += n;
    if (n < 1000) return total;
  }
}

export interface PresentedEntry {
  id: number;
  listType: { code: string; name: string; flag: string };
  subject: ReturnType<typeof presentSubjectRef>;
  department: string | null;
  docNo: string | null;
  reason: string | null;
  legalBasis: string | null;
  startDate: string;
  endDate: string | null;
  status: EntryStatus;
  endReason: EndReason | null;
  endedOn: string | null;
  notice: Record<string, unknown> | null;
  announceFrom: string | null;
  announceTo: string | null;
  source: 'intake' | 'console';
  actions: EntryAction[];
}

export function presentEntry(e: EntryRow, type: Pick<ListType, 'code' | 'name' | 'flag'>): PresentedEntry {
  return {
    id: e.id,
    listType: { code: type.code, name: type.name, flag: type.flag },
    subject: presentSubjectRef({ id: e.subject_id, kind: e.subject_kind as never, name: e.subject_name, code: e.subject_code }),
    department: e.department_name,
    docNo: e.doc_no,
    reason: e.reason,
    legalBasis: e.legal_basis,
    startDate: e.start_date,
    endDate: e.end_date,
    status: e.status,
    endReason: e.end_reason,
    endedOn: e.ended_on,
    notice: e.notice,
    announceFrom: e.announce_from,
    announceTo: e.announce_to,
    source: e.source_key?.startsWith('manual:') ? 'console' : 'intake',
    actions: availableActions(type.flag, e.status),
  };
}

/** One entry with its history, for its department or the platform operator. */
export async function getEntry(ctx: Ctx, id: number) {
  requirePermission(ctx.principal, 'lists.manage');
  const dept = await departmentOf(ctx);
  const entry = await findEntry(ctx.db, id);
  if (!entry || (!isOperator(ctx) && entry.department_id !== dept?.id)) throw notFound(`名单条目不存在：${id}`);
  const type = await getListType(ctx.db, entry.list_type);
  const history = await findEntryEvents(ctx.db, entry.subject_id, entry.id);
  return {
    ...presentEntry(entry, type),
    history: history.map((h) => ({
      action: h.action,
      from: h.from_status,
      to: h.to_status,
      note: h.note,
      details: h.details,
      actor: h.actor,
      at: h.at.toISOString(),
    })),
  };
}

/** Entries for the console: a department sees its own, the platform operator all. */
export async function listEntries(
  ctx: Ctx,
  f: { listType?: string | undefined; status?: EntryStatus | undefined; page: number; pageSize: number },
) {
  requirePermission(ctx.principal, 'lists.manage');
  const dept = await departmentOf(ctx);
  if (!isOperator(ctx) && !dept) throw forbidden();
  const types = new Map((await listListTypes(ctx.db)).map((t) => [t.code, t]));
  const { rows, total } = await findEntries(ctx.db, {
    listType: f.listType,
    status: f.status,
    departmentId: isOperator(ctx) ? undefined : dept!.id,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  const items = rows.map((r) => presentEntry(r, types.get(r.list_type) ?? { code: r.list_type, name: r.list_type, flag: 'black' }));
  return { items, total, page: f.page, pageSize: f.pageSize };
}

/** Whether the principal may manage list entries at all (for the console menu). */
export function canManageLists(ctx: Ctx): boolean {
  return can(ctx.principal, 'lists.manage');
}

/** A list item's record as intake stored it. */
export interface ListRecord {
  id: number;
  subjectId: number;
  recordKey: string;
  departmentId: number;
  docNo: string | null;
  decisionDate: string | null;
  publicityEnd: string | null;
  status: string;
  fields: Record<string, unknown>;
}

const REMOVED = new Set(['已移出', '移出', 'removed', '已退出', '已修复']);
const REVOKED_VALUES = new Set(['已撤销', '撤销', 'revoked']);

/**
 * Keeps list entries in step with the list records a deciding department submits through intake (in the
 * intake transaction): a new decision comes in published (the department has already notified the subject),
 * a changed one updates its entry, a removal or revocation ends it. Returns how many entries changed.
 */
export async function syncEntriesFromRecords(
  tx: Queryable,
  item: Pick<StoredCatalogItem, 'code' | 'fields' | 'listFlag' | 'publicity'>,
  records: readonly ListRecord[],
  o: { today: string; at: Date; actor: string },
): Promise<number> {
  if (!item.listFlag || records.length === 0) return 0;
  const byRole = (role: string) => item.fields.find((f) => f.role === role)?.code;
  const code = (c: string) => item.fields.find((f) => f.code === c)?.code;
  const reasonField = code('LRYY') ?? code('SXQX') ?? code('YCMLYY');
  const basisField = code('RDYJ');
  const statusField = byRole('status');
  const removedOn = code('YCRQ');
  const existing = new Map(
    (
      await findEntriesBySourceKeys(
        tx,
        records.map((r) => r.recordKey),
      )
    ).map((e) => [e.source_key!, e]),
  );
  const inserts: NewEntry[] = [];
  const events: NewEntryEvent[] = [];
  let changed = 0;
  for (const r of records) {
    if (!r.decisionDate) continue;
    // A decision without an end date runs for the list's term (catalogue), if it has one.
    const term = item.publicity.term;
    const endDate = r.publicityEnd ?? (term ? addPeriod(r.decisionDate, term) : null);
    const text = (f: string | undefined) => (f && r.fields[f] != null ? String(r.fields[f]) : null);
    const listed = text(statusField);
    const ended: { reason: EndReason; on: string } | null =
      r.status === 'revoked' || (listed && REVOKED_VALUES.has(listed))
        ? { reason: 'revoked', on: text(removedOn) ?? o.today }
        : (listed && REMOVED.has(listed)) || text(removedOn)
          ? { reason: 'removed', on: text(removedOn) ?? o.today }
          : endDate && endDate <= o.today
            ? { reason: 'expired', on: endDate }
            : null;
    const values = {
      docNo: r.docNo,
      reason: text(reasonField),
      legalBasis: text(basisField),
      startDate: r.decisionDate,
      endDate,
      recordId: r.id,
      publishedOn: r.decisionDate,
    };
    const prior = existing.get(r.recordKey);
    if (!prior) {
      inserts.push({
        subjectId: r.subjectId,
        listType: item.code,
        departmentId: r.departmentId,
        ...values,
        status: ended ? 'ended' : 'published',
        endReason: ended?.reason ?? null,
        endedOn: ended?.on ?? null,
        sourceKey: r.recordKey,
        details: {},
      });
      continue;
    }
    // A terminal entry stays ended; a correction of an ended entry only updates its facts.
    const to: EntryStatus = prior.status === 'ended' ? 'ended' : ended ? 'ended' : 'published';
    await updateEntry(
      tx,
      prior.subject_id,
      prior.id,
      { ...values, status: to, ...(to === 'ended' && prior.status !== 'ended' ? { endReason: ended!.reason, endedOn: ended!.on } : {}) },
      o.at,
    );
    events.push({
      subjectId: prior.subject_id,
      entryId: prior.id,
      action: to !== prior.status ? 'end' : 'update',
      fromStatus: prior.status,
      toStatus: to,
      note: '认定部门报送更新',
      details: ended ? { reason: ended.reason, recordId: r.id } : { recordId: r.id },
      actor: o.actor,
    });
    changed++;
  }
  const ids = await insertEntries(tx, inserts, o.at);
  inserts.forEach((e, i) =>
    events.push({
      subjectId: e.subjectId,
      entryId: ids[i]!,
      action: 'intake',
      fromStatus: null,
      toStatus: e.status,
      note: '认定部门报送',
      details: { recordId: e.recordId },
      actor: o.actor,
    }),
  );
  await insertEntryEvents(tx, events, o.at);
  return changed + inserts.length;
}

/**
 * Ends a published entry as the outcome of another workflow (a repair approved, an objection upheld against
 * the listing), inside the caller's transaction; the caller audits its own decision. Throws
 * INVALID_TRANSITION when the entry is not published.
 */
export async function endEntryFor(
  tx: Queryable,
  entry: { subjectId: number; id: number },
  reason: EndReason,
  o: { actor: string; at: Date; note: string },
): Promise<void> {
  const row = await findEntry(tx, entry.id, true);
  if (!row || row.subject_id !== entry.subjectId) throw notFound(`名单条目不存在：${entry.id}`);
  const type = await getListType(tx, row.list_type);
  const next = nextStatus(type.flag, row.status, 'end', reason);
  if (!next.ok) throw new AppError('INVALID_TRANSITION', next.message, 409);
  await updateEntry(tx, row.subject_id, row.id, { status: next.to, endReason: reason, endedOn: chinaDate(o.at) }, o.at);
  await insertEntryEvents(
    tx,
    [
      {
        subjectId: row.subject_id,
        entryId: row.id,
        action: 'end',
        fromStatus: row.status,
        toStatus: next.to,
        note: o.note,
        details: { reason },
        actor: o.actor,
      },
    ],
    o.at,
  );
}

/** One list entry with its type, for other workflows (no permission check: the caller has made it). */
export async function findEntryWithType(q: Queryable, id: number): Promise<{ entry: EntryRow; type: ListType } | undefined> {
  const entry = await findEntry(q, id);
  if (!entry) return undefined;
  return { entry, type: await getListType(q, entry.list_type) };
}

/**
 * An entry decided and published outside the console (demo data, a provider's own system): published on its
 * start date, or ended by expiry on its end date when that is past.
 */
export function publishedEntry(
  e: Pick<NewEntry, 'subjectId' | 'listType' | 'departmentId' | 'docNo' | 'reason' | 'legalBasis' | 'startDate' | 'endDate' | 'details'>,
  today: string,
): NewEntry {
  const ended = e.endDate !== null && e.endDate <= today;
  return {
    ...e,
    status: ended ? 'ended' : 'published',
    endReason: ended ? 'expired' : null,
    endedOn: ended ? e.endDate : null,
    sourceKey: null,
    recordId: null,
    publishedOn: e.startDate,
  };
}
