import { chinaDate } from '../../shared/clock';
import { isKnownDivision, lookupDivision } from './divisions';
import { normalizeCode } from './normalize';
import { badCharReason, rejected, type CodeResult, type IdVariant, type ResidentIdDetails } from './result';

// GB 11643-1999, ISO 7064 MOD 11-2: weights 2^(18-i) mod 11; check = CHECK_CHARS[sum mod 11].
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// Residence permits (since 2018) use these fixed address codes; Taiwan's 830000 is not a GB/T 2260 code.
const PERMITS: Readonly<Record<string, { variant: IdVariant; place: string }>> = {
  '810000': { variant: 'hk_macau_permit', place: '香港特别行政区' },
  '820000': { variant: 'hk_macau_permit', place: '澳门特别行政区' },
  '830000': { variant: 'taiwan_permit', place: '台湾地区' },
};

const VARIANT_NAMES: Readonly<Record<IdVariant, string>> = {
  resident: '居民身份证',
  hk_macau_permit: '港澳居民居住证',
  taiwan_permit: '台湾居民居住证',
  foreign_permanent: '外国人永久居留身份证',
};

export interface ResidentIdOptions {
  /** "Today" for the not-in-the-future rule (China Standard Time date is used); defaults to now. */
  today?: Date;
}

/**
 * The 18th character (MOD 11-2, `10X98765432`) for the first 17 digits.
 * Throws RangeError when `first17` is not 17 digits.
 */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`ID number body must be 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * The 18-digit form of a first-generation 15-digit number: `19` inserted before the 2-digit birth
 * year, check character appended. Accepts spaces/full-width input. Throws RangeError unless 15 digits.
 */
export function upgradeResidentId15(id15: string): string {
  const code = normalizeCode(id15);
  if (!/^\d{15}$/.test(code)) throw new RangeError(`first-generation ID number must be 15 digits: ${id15}`);
  const first17 = `${code.slice(0, 6)}19${code.slice(6)}`;
  return first17 + residentIdCheckChar(first17);
}

/**
 * Validates a resident identity number: 18 digits (last may be X) or the 15-digit first generation
 * (no check digit, birth year 19YY). Never throws. Also covers 港澳/台湾居民居住证 (810000, 820000,
 * 830000) and the 2023 foreign permanent residence ID (first digit 9; its address part is not a
 * division code, so it is not looked up). Historic division codes are accepted: people keep the
 * number issued under the code in force then. Birth date: a real date, from 1900 to today.
 */
export function validateResidentId(input: string, opts: ResidentIdOptions = {}): CodeResult {
  const code = normalizeCode(input);
  const base = { input, normalized: code, kind: 'resident_id' as const };
  if (!code) return rejected(base, 'EMPTY', '代码为空');
  const long = code.length === 18;
  const bad = badCharReason(code, (ch, i) => /\d/.test(ch) || (long && i === 17 && ch === 'X'));
  if (bad) return rejected(base, 'CHARSET', bad);
  if (!long && code.length !== 15) {
    return rejected(base, 'LENGTH', `长度应为18位（一代身份证为15位），实为${code.length}位`);
  }

  const warnings: string[] = [];
  const addressCode = code.slice(0, 6);
  const permit = long ? PERMITS[addressCode] : undefined;
  const idVariant: IdVariant = long && code.startsWith('9') ? 'foreign_permanent' : (permit?.variant ?? 'resident');
  if (idVariant === 'resident' && !isKnownDivision(addressCode)) {
    return rejected(base, 'ADDRESS_CODE', `地址码 ${addressCode} 不存在`);
  }

  const ymd = long ? code.slice(6, 14) : `19${code.slice(6, 12)}`;
  const birthDate = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
  if (!isCalendarDate(ymd)) return rejected(base, 'BIRTH_DATE', `出生日期无效：${ymd}`);
  if (ymd < '19000101') return rejected(base, 'BIRTH_DATE', `出生日期早于1900年：${ymd}`);
  // An invalid `today` falls back to now: validation must not throw on a caller's bad clock.
  const today = opts.today && !Number.isNaN(opts.today.getTime()) ? opts.today : new Date();
  if (birthDate > chinaDate(today)) return rejected(base, 'BIRTH_DATE', `出生日期晚于今天：${ymd}`);

  const division = idVariant === 'resident' ? lookupDivision(addressCode) : undefined;
  const retiredIn = division && !division.inUse ? Math.max(...division.periods.map((p) => p.until ?? Infinity)) : Infinity;
  // Numbers are issued at or after birth, so a code retired well before the birth year is suspicious
  // (one year of slack, as in divisionExistedIn); a warning only, the table's years are not exact.
  if (Number(ymd.slice(0, 4)) > retiredIn + 1) {
    warnings.push(`地址码 ${addressCode}（${division?.fullName ?? ''}）已于${retiredIn}年停用，早于出生年份`);
  }

  const sexDigit = Number(code.charAt(long ? 16 : 14));
  const addressName = permit?.place ?? division?.fullName;
  const details: ResidentIdDetails = {
    kind: 'resident_id',
    birthDate,
    sex: sexDigit % 2 === 1 ? 'M' : 'F',
    addressCode,
    ...(addressName !== undefined && { addressName }),
    idVariant,
    variantName: VARIANT_NAMES[idVariant],
    generation: long ? 18 : 15,
  };
  const common = { subjectKind: 'natural_person' as const, warnings };
  if (!long) return { ...base, ok: true, ...common, details: { ...details, id18: upgradeResidentId15(code) } };

  const checkChar = code.charAt(17);
  const expectedCheckChar = residentIdCheckChar(code.slice(0, 17));
  const full = { ...details, checkChar, expectedCheckChar };
  if (checkChar !== expectedCheckChar) {
    return rejected(base, 'CHECK_CHAR', `校验码错误：第18位应为 ${expectedCheckChar}，实为 ${checkChar}`, {
      ...common,
      checksumValid: false,
      details: full,
    });
  }
  return { ...base, ok: true, ...common, checksumValid: true, details: full };
}

/** The facts in a valid ID number (birth date, sex, address code, variant …), undefined when invalid. */
export function parseResidentId(input: string, opts: ResidentIdOptions = {}): ResidentIdDetails | undefined {
  const r = validateResidentId(input, opts);
  return r.ok && r.details?.kind === 'resident_id' ? r.details : undefined;
}

/**
 * Cheap plausibility used to tell an all-digit 18-character USCC from an ID number: the first two
 * digits are a province code (or 83 for Taiwan permits, or 9 followed by the issuing province's first
 * digit for foreign permanent residence IDs) and positions 7–14 (15-digit: 19 + 7–12) are a real date.
 */
export function looksLikeResidentId(code: string): boolean {
  const province = code.slice(0, 2);
  const provinceOk = isKnownDivision(`${province}0000`) || province === '83' || /^9[1-6]$/.test(province);
  const ymd = code.length === 15 ? `19${code.slice(6, 12)}` : code.slice(6, 14);
  return provinceOk && /^\d+$/.test(ymd) && isCalendarDate(ymd);
}

function isCalendarDate(ymd: string): boolean {
  if (!/^\d{8}$/.test(ymd)) return false;
  const y = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(4, 6));
  const d = Number(ymd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
