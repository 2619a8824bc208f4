// Public surface of the codes module: other modules import only from here.
export { normalizeCode } from './normalize';
export {
  divisionExistedIn,
  isKnownDivision,
  lookupDivision,
  registrationRegionName,
  type Division,
  type DivisionPeriod,
} from './divisions';
export {
  USCC_ALPHABET,
  USCC_AUTHORITIES,
  USCC_EXTRA_CATEGORIES,
  orgCodeCheckChar,
  usccCheckChar,
  validateUscc,
  type UsccAuthority,
} from './uscc';
export { validateOrgCode } from './org-code';
export { regNoCheckDigit, validateRegNo } from './reg-no';
export { parseResidentId, residentIdCheckChar, upgradeResidentId15, validateResidentId, type ResidentIdOptions } from './resident-id';
export { isWellFormed, validateCode, type ValidateOptions } from './codes';
export type {
  CodeDetails,
  CodeKind,
  CodeResult,
  IdVariant,
  OrgCodeDetails,
  ReasonCode,
  RegNoDetails,
  ResidentIdDetails,
  SubjectKind,
  UsccDetails,
} from './result';
export { makeRegNo, makeResidentId, makeUscc, seededRandom, type MakeResidentIdOptions, type MakeUsccOptions, type Rand } from './generate';
export { formatCodeLine, runCodeCommand } from './format-line';
