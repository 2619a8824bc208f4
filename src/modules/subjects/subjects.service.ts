import type { Queryable } from '../../db/db';
import { AppError, invalidInput, notFound } from '../../shared/errors';
import { recordAudit } from '../audit';
import { actorOf, requirePermission, type Ctx } from '../auth';
import { isWellFormed, validateCode } from '../codes';
import { presentPrivateSubject, presentPublicSubject } from './subjects.presenter';
import { findSubjectByCode, findSubjectById, insertSubjects, listFormerNames, listIdentifiers, lockIdentity } from './subjects.repository';
import type { NewSubject, SubjectInfo, SubjectKind, SubjectRow } from './subjects.types';

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
async function resolve(q: Queryable, codeOrId: string): Promise<SubjectRow | undefined> {
  const result = validateCode(codeOrId);
  const byCode = await findSubjectByCode(q, result.normalized || codeOrId.trim(), result.kind);
  if (byCode) return byCode;
  return /^\d{1,12}$/.test(codeOrId.trim()) ? findSubjectById(q, Number(codeOrId.trim())) : undefined;
}

/**
 * The public basic information of a legal person or organisation, by any of its identifiers or by id.
 * Natural persons are not public (山东省社会信用条例 art. 20): they are answered exactly like an unknown code.
 */
export async function getPublicSubject(ctx: Ctx, codeOrId: string) {
  const s = await resolve(ctx.db, codeOrId);
  if (!s || s.kind === 'natural_person') throw notFound('未找到该信用主体');
  const [identifiers, formerNames] = await Promise.all([listIdentifiers(ctx.db, s.id), listFormerNames(ctx.db, s.id, s.name_norm)]);
  return presentPublicSubject(s, { identifiers, formerNames });
}

/**
 * The full record of any subject, natural persons included, for authorised staff. The read is audited in
 * the same transaction that reads it.
 */
export async function getPrivateSubject(ctx: Ctx, codeOrId: string, purpose: string) {
  requirePermission(ctx.principal, 'subjects.read_private');
  return ctx.db.transaction(async (tx) => {
    const s = await resolve(tx, codeOrId);
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
