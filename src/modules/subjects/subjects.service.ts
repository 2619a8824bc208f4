import type { Queryable } from '../../db/db';
import { AppError, invalidInput, notFound } from '../../shared/errors';
import { recordAudit } from '../audit';
import { actorOf, requirePermission, type Ctx } from '../auth';
import { chinaDate } from '../../shared/clock';
import type { Page } from '../../shared/paging';
import { isWellFormed, normalizeCode, validateCode } from '../codes';
import { maskIdNumber } from './subjects.mask';
import { presentPrivateSubject } from './subjects.presenter';
import {
  findSubjectByCode,
  findSubjectById,
  findSubjectsByAnyCode,
  insertSubjects,
  listFormerNames,
  listIdentifiers,
  lockIdentity,
  searchSubjectNames,
} from './subjects.repository';
import { highlightRanges, planNameSearch, QUERY_TOO_SHORT_MESSAGE, type Range } from './subjects.search';
import { SUBJECT_KIND_LABELS, type NewSubject, type SubjectInfo, type SubjectKind, type SubjectRow } from './subjects.types';

export interface SubjectRefInput {
  code: string;
  name: string;
  kind?: SubjectKind | undefined;
  region?: string | null | undefined;
  info?: SubjectInfo | undefined;
  source?: string | undefined;
}

/**
 * Finds the subject known by this identifier, or creates it in the database its identifier belongs to
 * (企业法人库 / 非企业法人库 / 自然人库). A code whose only fault is its check character is accepted and
 * stored with `code_checksum_ok = false` for review (some issued codes fail it); any other malformed
 * code is rejected with the reason. Run inside the caller's transaction.
 */
export async function findOrCreateSubject(tx: Queryable, input: SubjectRefInput): Promise<{ subject: SubjectRow; created: boolean }> {
  const result = validateCode(input.code);
  if (!result.ok && !isWellFormed(result)) {
    throw invalidInput(`主体标识无效：${result.reason ?? '格式不正确'}`, { field: 'code', reasonCode: result.reasonCode });
  }
  const code = result.normalized;
  await lockIdentity(tx, code);
  const existing = await findSubjectByCode(tx, code, result.kind);
  if (existing) return { subject: existing, created: false };
  const kind = input.kind ?? result.subjectKind;
  if (!kind || !result.kind) throw invalidInput(`无法判断主体类别：${input.code}`, { field: 'code' });
  if (result.subjectKind && kind !== result.subjectKind) {
    throw new AppError(
      'SUBJECT_KIND_MISMATCH',
      `标识 ${code} 属于${result.subjectKind === 'natural_person' ? '自然人' : '法人或非法人组织'}，与所填主体类别不符`,
      400,
    );
  }
  const subject: NewSubject = {
    kind,
    name: input.name.trim(),
    code,
    codeKind: result.kind,
    checksumOk: result.ok,
    category: result.kind === 'uscc' ? code.slice(0, 2) : result.kind === 'resident_id' ? 'resident' : null,
    region: input.region ?? null,
    info: input.info ?? {},
    ...(input.source ? { source: input.source } : {}),
  };
  const [id] = await insertSubjects(tx, [subject]);
  const created = await findSubjectById(tx, id!);
  return { subject: created!, created: true };
}

/** By identifier first (an all-digit 组织机构代码 must not be mistaken for an id), then by platform id. */
/** The subject of an identifier (any kind, primary or legacy; an all-digit 组织机构代码 is not an id), else of a platform id. */
export async function resolveSubject(q: Queryable, codeOrId: string): Promise<SubjectRow | undefined> {
  const result = validateCode(codeOrId);
  const byCode = await findSubjectByCode(q, result.normalized || codeOrId.trim(), result.kind);
  if (byCode) return byCode;
  return /^\d{1,12}$/.test(codeOrId.trim()) ? findSubjectById(q, Number(codeOrId.trim())) : undefined;
}

/**
 * The full record of any subject, natural persons included, for authorised staff. The read is audited in
 * the same transaction that reads it.
 */
export async function getPrivateSubject(ctx: Ctx, codeOrId: string, purpose: string) {
  requirePermission(ctx.principal, 'subjects.read_private');
  return ctx.db.transaction(async (tx) => {
    const s = await resolveSubject(tx, codeOrId);
    if (!s) throw notFound('未找到该信用主体');
    const [identifiers, formerNames] = [await listIdentifiers(tx, s.id), await listFormerNames(tx, s.id, s.name_norm)];
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'subject.read_private',
        targetKind: 'subject',
        targetId: String(s.id),
        subjectId: s.id,
        details: { purpose },
      },
      ctx.clock.now(),
    );
    return presentPrivateSubject(s, { identifiers, formerNames });
  });
}

export interface SearchInput {
  q: string;
  kind?: SubjectKind | undefined;
  region?: string | undefined;
  page: number;
  pageSize: number;
}

export interface SearchHit {
  id: number;
  kind: SubjectKind;
  kindLabel: string;
  name: string;
  code: string;
  region: { code: string; name: string } | null;
  /** The former name that matched; null when the current name did. */
  matchedName: string | null;
  /** Matched parts of `matchedName ?? name`, UTF-16 ranges [start, end). */
  highlights: Range[];
}

/** Below this many substring hits, fuzzy (one-typo) matches are added. Fixed, so totals agree across pages. */
const FUZZY_BELOW = 10;
const PUBLIC_KINDS: readonly SubjectKind[] = ['legal_person', 'non_enterprise', 'natural_person'];
// An identifier as people type it: after normalizeCode, 9 (组织机构代码), 15 (注册号) or 18 characters.
const CODE_SHAPE = /^(?=.*\d)(?:[0-9A-Z]{9}|[0-9A-Z]{15}|[0-9A-Z]{18})$/;

/**
 * Public search of credit subjects. An identifier in any form (full width, spaces, hyphens, lower case;
 * primary or legacy) answers with that subject alone; otherwise names (current and former) are matched
 * as described in subjects.search.ts. Natural persons appear only while on the published 失信被执行人
 * list, with the ID number masked. Throws INVALID_INPUT for a query of fewer than 2 characters.
 */
export async function searchSubjects(ctx: Ctx, input: SearchInput): Promise<Page<SearchHit>> {
  const today = chinaDate(ctx.clock.now());
  const q = input.q.trim();
  const page = { page: input.page, pageSize: input.pageSize };
  const code = normalizeCode(q);
  if (CODE_SHAPE.test(code)) {
    const found = (await findSubjectsByAnyCode(ctx.db, code, today)).filter(
      (s) => (!input.kind || s.kind === input.kind) && (!input.region || s.region_code === input.region),
    );
    if (found.length > 0) {
      const items = found.map((s) => presentHit(s, null, []));
      return { items: items.slice((page.page - 1) * page.pageSize, page.page * page.pageSize), total: items.length, ...page };
    }
  }
  const plan = planNameSearch(q);
  if (plan.mode === 'too_short') throw invalidInput(QUERY_TOO_SHORT_MESSAGE, { field: 'q' });
  const base = {
    ...plan,
    kinds: input.kind ? [input.kind] : PUBLIC_KINDS,
    region: input.region ?? null,
    today,
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  };
  let result = await searchSubjectNames(ctx.db, { ...base, fuzzy: false });
  if (plan.mode === 'trigram' && result.total < FUZZY_BELOW) {
    // A name that matches exactly needs no typo candidates (the slow part of a search): decided on the
    // first page's best hit, so every page of one query agrees.
    const best =
      page.page === 1 ? result.rows[0] : (await searchSubjectNames(ctx.db, { ...base, limit: 1, offset: 0, fuzzy: false })).rows[0];
    if (best?.rank !== 0) result = await searchSubjectNames(ctx.db, { ...base, fuzzy: true });
  }
  const items = result.rows.map((r) => {
    const former = r.is_current ? null : r.matched_name;
    return presentHit(r, former, highlightRanges(former ?? r.name, q));
  });
  return { items, total: result.total, ...page };
}

/** A search hit: a whitelist of public fields; a natural person (失信被执行人) with the ID number masked. */
function presentHit(s: SubjectRow, matchedName: string | null, highlights: Range[]): SearchHit {
  const person = s.kind === 'natural_person';
  return {
    id: s.id,
    kind: s.kind,
    kindLabel: person ? '自然人（失信被执行人）' : SUBJECT_KIND_LABELS[s.kind],
    name: s.name,
    code: person ? maskIdNumber(s.code) : s.code,
    region: s.region_code ? { code: s.region_code, name: s.region_name ?? s.region_code } : null,
    matchedName,
    highlights,
  };
}
