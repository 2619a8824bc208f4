import { maskIdNumber } from './subjects.mask';
import { CATEGORY_LABELS, SUBJECT_DATABASES, SUBJECT_KIND_LABELS, type SubjectRow } from './subjects.types';

export const CODE_KIND_LABELS: Record<string, string> = {
  uscc: '统一社会信用代码',
  org_code: '组织机构代码',
  reg_no: '工商注册号',
  resident_id: '公民身份号码',
  tax_no: '税务登记号',
};

export const STATUS_LABELS: Record<string, string> = {
  active: '存续',
  cancelled: '注销',
  revoked: '吊销',
};

function regionOf(s: SubjectRow) {
  return s.region_code ? { code: s.region_code, name: s.region_name ?? s.region_code } : null;
}

/**
 * The public view of a legal person or non-enterprise organisation: a whitelist of registration facts.
 * Natural persons never pass through here (see presentPrivateSubject).
 */
export function presentPublicSubject(
  s: SubjectRow,
  extra: { identifiers: { code: string; kind: string; is_primary: boolean }[]; formerNames: { name: string; valid_to: string | null }[] },
) {
  const info = s.info;
  return {
    id: s.id,
    kind: s.kind,
    kindLabel: SUBJECT_KIND_LABELS[s.kind],
    database: SUBJECT_DATABASES[s.kind],
    name: s.name,
    code: s.code,
    codeKind: s.code_kind,
    codeKindLabel: CODE_KIND_LABELS[s.code_kind] ?? s.code_kind,
    category: s.category,
    categoryLabel: s.category ? (CATEGORY_LABELS[s.category] ?? null) : null,
    region: regionOf(s),
    status: s.status,
    statusLabel: STATUS_LABELS[s.status] ?? s.status,
    registration: {
      legalRepresentative: info.legalRepresentative ?? null,
      establishedOn: info.establishedOn ?? null,
      registeredCapital: info.registeredCapital ?? null,
      address: info.address ?? null,
      businessScope: info.businessScope ?? null,
      registrationAuthority: info.registrationAuthority ?? null,
      industry: info.industry ?? null,
    },
    otherIdentifiers: extra.identifiers
      // A person's ID number never appears on a public page, even linked to an organisation.
      .filter((i) => !i.is_primary && i.kind !== 'resident_id')
      .map((i) => ({ code: i.code, kind: i.kind, kindLabel: CODE_KIND_LABELS[i.kind] ?? i.kind })),
    formerNames: extra.formerNames.map((n) => ({ name: n.name, until: n.valid_to })),
  };
}

export type PublicSubject = ReturnType<typeof presentPublicSubject>;

/** The full record for authorised staff: everything, including a natural person's unmasked identifier. */
export function presentPrivateSubject(
  s: SubjectRow,
  extra: {
    identifiers: { code: string; kind: string; is_primary: boolean; checksum_ok: boolean }[];
    formerNames: { name: string; valid_to: string | null }[];
  },
) {
  return {
    id: s.id,
    kind: s.kind,
    kindLabel: SUBJECT_KIND_LABELS[s.kind],
    database: SUBJECT_DATABASES[s.kind],
    name: s.name,
    code: s.code,
    codeKind: s.code_kind,
    codeChecksumOk: s.code_checksum_ok,
    category: s.category,
    region: regionOf(s),
    status: s.status,
    info: s.info,
    identifiers: extra.identifiers.map((i) => ({ code: i.code, kind: i.kind, primary: i.is_primary, checksumOk: i.checksum_ok })),
    formerNames: extra.formerNames.map((n) => ({ name: n.name, until: n.valid_to })),
    createdAt: new Date(s.created_at).toISOString(),
    updatedAt: new Date(s.updated_at).toISOString(),
  };
}

/** A one-line reference to a subject safe for any public output: a natural person's identifier is masked. */
export function presentSubjectRef(s: Pick<SubjectRow, 'id' | 'kind' | 'name' | 'code'>) {
  return { id: s.id, kind: s.kind, name: s.name, code: s.kind === 'natural_person' ? maskIdNumber(s.code) : s.code };
}
