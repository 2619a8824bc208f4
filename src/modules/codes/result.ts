/** The four identifier kinds the platform recognises. */
export type CodeKind = 'uscc' | 'org_code' | 'reg_no' | 'resident_id';

/** Which of the three basic databases a code belongs to (企业法人库 / 非企业法人库 / 自然人库). */
export type SubjectKind = 'legal_person' | 'non_enterprise' | 'natural_person';

/** Stable, English reason tokens: callers and tests match on these, people read `reason`. */
export type ReasonCode =
  | 'EMPTY'
  | 'UNKNOWN_FORMAT'
  | 'LENGTH'
  | 'CHARSET'
  | 'CHECK_CHAR'
  | 'AUTHORITY_CODE'
  | 'CATEGORY_CODE'
  | 'REGION_CODE'
  | 'ORG_CODE_CHECK'
  | 'BIRTH_DATE'
  | 'ADDRESS_CODE';

export interface UsccDetails {
  kind: 'uscc';
  /** Position 1 (登记管理部门代码) and its name, e.g. '9' 工商. */
  authority: string;
  authorityName: string;
  /** Position 2 (机构类别代码) and its name, e.g. '1' 企业. */
  category: string;
  categoryName: string;
  /** Positions 3–8: the registering authority's division code (not necessarily the subject's address). */
  regionCode: string;
  regionName?: string;
  /** Positions 9–17: the embedded GB 11714 organisation code. */
  orgCode: string;
  checkChar: string;
  expectedCheckChar: string;
}

export interface OrgCodeDetails {
  kind: 'org_code';
  body: string;
  checkChar: string;
  expectedCheckChar: string;
  /** Printed form `XXXXXXXX-X`. */
  display: string;
}

export interface RegNoDetails {
  kind: 'reg_no';
  regionCode: string;
  regionName?: string;
  sequence: string;
  checkDigit: string;
  expectedCheckDigit: string;
}

export type IdVariant = 'resident' | 'hk_macau_permit' | 'taiwan_permit' | 'foreign_permanent';

export interface ResidentIdDetails {
  kind: 'resident_id';
  birthDate: string;
  sex: 'M' | 'F';
  addressCode: string;
  /** Full name of the address code (for permits: the place); absent for foreign permanent residence IDs. */
  addressName?: string;
  idVariant: IdVariant;
  /** Chinese name of the document, e.g. 居民身份证, 港澳居民居住证. */
  variantName: string;
  generation: 15 | 18;
  /** The 18-digit form of a first-generation number. */
  id18?: string;
  checkChar?: string;
  expectedCheckChar?: string;
}

export type CodeDetails = UsccDetails | OrgCodeDetails | RegNoDetails | ResidentIdDetails;

/**
 * The verdict on one identifier. `ok` is true only when everything, check character included, is right.
 * `checksumValid` is set once the structure was good enough to compute the check character (absent for
 * 15-digit ID numbers, which have none). `details` is present for valid and checksum-only failures.
 */
export interface CodeResult {
  ok: boolean;
  /** The input as given. */
  input: string;
  /** The input after `normalizeCode`. */
  normalized: string;
  kind?: CodeKind;
  subjectKind?: SubjectKind;
  reason?: string;
  reasonCode?: ReasonCode;
  warnings: string[];
  checksumValid?: boolean;
  details?: CodeDetails;
}

/**
 * True when format, charset and structure are right even if the final check character is not: the
 * result is `ok`, or it failed with reasonCode `CHECK_CHAR` only. Some genuinely issued codes fail
 * their checksum (DOMAIN §2.1), so importers keep such records flagged `checksumValid: false` for
 * data-quality review; anything else that is malformed (length, charset, authority/category, embedded
 * organisation code, birth date, address) is a hard reject.
 */
export function isWellFormed(result: CodeResult): boolean {
  return result.ok || result.reasonCode === 'CHECK_CHAR';
}

type Base = Pick<CodeResult, 'input' | 'normalized' | 'kind'>;

/** A hard or checksum rejection with its stable code and Chinese reason. */
export function rejected(base: Base, reasonCode: ReasonCode, reason: string, extra: Partial<CodeResult> = {}): CodeResult {
  return { ...base, ok: false, reason, reasonCode, warnings: [], ...extra };
}

/** `含非法字符 I（第5位）` for the first character that `allowed` refuses, or undefined when all pass. */
export function badCharReason(code: string, allowed: (ch: string, index: number) => boolean): string | undefined {
  const chars = Array.from(code);
  const i = chars.findIndex((ch, index) => !allowed(ch, index));
  return i < 0 ? undefined : `含非法字符 ${chars[i] ?? ''}（第${i + 1}位）`;
}
