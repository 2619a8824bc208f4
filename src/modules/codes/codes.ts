import { normalizeCode } from './normalize';
import { validateOrgCode } from './org-code';
import { validateRegNo } from './reg-no';
import { looksLikeResidentId, validateResidentId } from './resident-id';
import { badCharReason, isWellFormed, rejected, type CodeKind, type CodeResult } from './result';
import { validateUscc } from './uscc';

export { isWellFormed } from './result';

export interface ValidateOptions {
  /** "Today" for the birth-date rule of ID numbers; defaults to now. */
  today?: Date;
  /** Validate as this kind only, skipping detection (e.g. a column known to hold 工商注册号). */
  expect?: CodeKind;
}

const VALIDATORS: Readonly<Record<CodeKind, (input: string, opts: ValidateOptions) => CodeResult>> = {
  uscc: (input) => validateUscc(input),
  org_code: (input) => validateOrgCode(input),
  reg_no: (input) => validateRegNo(input),
  resident_id: (input, opts) => validateResidentId(input, opts),
};

/**
 * Detects and validates any identifier the platform handles; never throws. After normalisation:
 * 18 characters → USCC or resident ID, 15 → first-generation ID or 工商注册号, 9 → organisation
 * code. When both readings of an all-digit string are valid the ID number wins: mistaking a person's
 * number for an enterprise code would publish it, the reverse only hides an enterprise code.
 * See `isWellFormed` for which failures importers keep (checksum only) and which they reject.
 */
export function validateCode(input: string, opts: ValidateOptions = {}): CodeResult {
  const raw = typeof input === 'string' ? input : '';
  const code = normalizeCode(raw);
  const base = { input: raw, normalized: code };
  if (!code) return rejected(base, 'EMPTY', '代码为空');
  const expected = opts.expect === undefined ? undefined : VALIDATORS[opts.expect];
  if (expected) return expected(raw, opts);
  const bad = badCharReason(code, (ch) => /[0-9A-Z]/.test(ch));
  if (bad) return rejected(base, 'CHARSET', bad);

  switch (code.length) {
    case 18:
      return eighteen(raw, code, opts);
    case 15:
      return fifteen(raw, code, opts);
    case 9:
      return validateOrgCode(raw);
    default:
      return wrongLength(base, code.length);
  }
}

function eighteen(raw: string, code: string, opts: ValidateOptions): CodeResult {
  // A letter anywhere except a final X rules out an ID number.
  if (/[A-Z]/.test(code.slice(0, 17)) || !/[\dX]$/.test(code)) return validateUscc(raw);
  const id = validateResidentId(raw, opts);
  const uscc = validateUscc(raw);
  if (id.ok && uscc.ok) return withWarning(id, '同时符合统一社会信用代码格式，按身份证号码处理');
  if (id.ok) return id;
  if (uscc.ok) return uscc;
  // Neither is valid: report the reading that got further (checksum-only beats a hard error), then
  // the ID reading when the string cannot even start a USCC, else the one the shape suggests.
  if (isWellFormed(id) !== isWellFormed(uscc)) return isWellFormed(id) ? id : uscc;
  if (uscc.reasonCode === 'AUTHORITY_CODE' || uscc.reasonCode === 'CATEGORY_CODE') return id;
  return looksLikeResidentId(code) ? id : uscc;
}

function fifteen(raw: string, code: string, opts: ValidateOptions): CodeResult {
  const id = validateResidentId(raw, opts);
  const regNo = validateRegNo(raw);
  if (id.ok && regNo.ok) return withWarning(id, '同时符合15位工商注册号格式，按一代身份证号码处理');
  if (id.ok) return id;
  if (regNo.ok) return regNo;
  // A first-generation ID has no check digit, so only its date can speak for it.
  return looksLikeResidentId(code) ? id : regNo;
}

function withWarning(result: CodeResult, warning: string): CodeResult {
  return { ...result, warnings: [...result.warnings, warning] };
}

// Lengths one off a known one are most likely a dropped or extra character: say which length was meant.
const NEAR_LENGTHS: Readonly<Record<number, string>> = { 8: '9', 10: '9', 14: '15', 16: '15或18', 17: '18', 19: '18', 20: '18' };

function wrongLength(base: { input: string; normalized: string }, length: number): CodeResult {
  const expected = NEAR_LENGTHS[length];
  if (expected) return rejected(base, 'LENGTH', `长度应为${expected}位，实为${length}位`);
  return rejected(
    base,
    'UNKNOWN_FORMAT',
    `无法识别的代码（${length}位）：应为18位统一社会信用代码或身份证号码、15位工商注册号或一代身份证号码、9位组织机构代码`,
  );
}
