import { registrationRegionName } from './divisions';
import { normalizeCode } from './normalize';
import { badCharReason, rejected, type CodeResult, type RegNoDetails } from './result';

/**
 * Check digit of a 15-digit 工商注册号 (GS15-2006) from its first 14 digits: ISO 7064 MOD 11,10
 * (GB/T 17710). Throws RangeError when `first14` is not 14 digits.
 */
export function regNoCheckDigit(first14: string): string {
  if (!/^\d{14}$/.test(first14)) throw new RangeError(`registration number body must be 14 digits: ${first14}`);
  let p = 10;
  for (const ch of first14) {
    const s = ((Number(ch) + p) % 10) * 2;
    p = (s === 0 ? 20 : s) % 11;
  }
  return String((11 - p) % 10);
}

/**
 * Validates a 15-digit 工商注册号 (pre-2015 business registration number). Never throws.
 * The first 6 digits are the registering authority's region: unknown → warning, not rejection.
 * Registration numbers belong to market subjects, hence `subjectKind: 'legal_person'`.
 */
export function validateRegNo(input: string): CodeResult {
  const code = normalizeCode(input);
  const base = { input, normalized: code, kind: 'reg_no' as const };
  if (!code) return rejected(base, 'EMPTY', '代码为空');
  const bad = badCharReason(code, (ch) => /\d/.test(ch));
  if (bad) return rejected(base, 'CHARSET', bad);
  if (code.length !== 15) return rejected(base, 'LENGTH', `长度应为15位，实为${code.length}位`);

  const warnings: string[] = [];
  const regionCode = code.slice(0, 6);
  const regionName = registrationRegionName(regionCode);
  if (regionName === undefined) warnings.push(`登记机关行政区划码 ${regionCode} 不在行政区划代码表中`);
  const checkDigit = code.charAt(14);
  const expectedCheckDigit = regNoCheckDigit(code.slice(0, 14));
  const details: RegNoDetails = {
    kind: 'reg_no',
    regionCode,
    ...(regionName !== undefined && { regionName }),
    sequence: code.slice(6, 14),
    checkDigit,
    expectedCheckDigit,
  };
  const common = { subjectKind: 'legal_person' as const, warnings, details };
  if (checkDigit !== expectedCheckDigit) {
    return rejected(base, 'CHECK_CHAR', `校验码错误：第15位应为 ${expectedCheckDigit}，实为 ${checkDigit}`, {
      ...common,
      checksumValid: false,
    });
  }
  return { ...base, ok: true, ...common, checksumValid: true };
}
