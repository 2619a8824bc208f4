import { normalizeCode } from './normalize';
import { badCharReason, rejected, type CodeResult } from './result';

// GB 11714-1997: weights 2^(9-i) mod 11 for the 8 body characters.
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * GB 11714 check character for an 8-character body of digits and upper-case letters. Letters take
 * A=10 … Z=35 (the full Latin alphabet, not the USCC's 31 characters). Result is '0'–'9' or 'X'.
 * Throws RangeError when `first8` is not 8 characters of [0-9A-Z].
 */
export function orgCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new RangeError(`organisation code body must be 8 of [0-9A-Z]: ${first8}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8.charAt(i), 36) * (WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Validates a 9-character organisation code (组织机构代码), machine form or printed `XXXXXXXX-X`.
 * Never throws. A wrong 9th character is a CHECK_CHAR failure (well-formed, checksum only).
 */
export function validateOrgCode(input: string): CodeResult {
  const code = normalizeCode(input);
  const base = { input, normalized: code, kind: 'org_code' as const };
  if (!code) return rejected(base, 'EMPTY', '代码为空');
  const bad = badCharReason(code, (ch) => /[0-9A-Z]/.test(ch));
  if (bad) return rejected(base, 'CHARSET', bad);
  if (code.length !== 9) return rejected(base, 'LENGTH', `长度应为9位，实为${code.length}位`);

  const body = code.slice(0, 8);
  const checkChar = code.charAt(8);
  const expectedCheckChar = orgCodeCheckChar(body);
  const details = { kind: 'org_code' as const, body, checkChar, expectedCheckChar, display: `${body}-${checkChar}` };
  if (checkChar !== expectedCheckChar) {
    return rejected(base, 'CHECK_CHAR', `校验码错误：第9位应为 ${expectedCheckChar}，实为 ${checkChar}`, {
      checksumValid: false,
      details,
    });
  }
  return { ...base, ok: true, warnings: [], checksumValid: true, details };
}
