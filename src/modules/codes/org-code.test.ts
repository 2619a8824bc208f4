import { describe, it, expect } from 'vitest';
import { orgCodeCheckChar, validateOrgCode } from './org-code';
import { isWellFormed } from './result';

describe('orgCodeCheckChar', () => {
  it('uses the 36-character alphabet (A=10 … Z=35), not the USCC one', () => {
    expect(orgCodeCheckChar('MA31DKY8')).toBe('0');
    expect(orgCodeCheckChar('MA5CJQ4N')).toBe('5');
    expect(orgCodeCheckChar('M0000XUF')).toBe('4');
    expect(orgCodeCheckChar('08594815')).toBe('8');
  });

  it('maps 10 to X and 11 to 0', () => {
    expect(orgCodeCheckChar('59498494')).toBe('X'); // embedded in 9135021359498494XQ
    expect(orgCodeCheckChar('00000000')).toBe('0');
  });

  it('throws on a body that is not 8 of [0-9A-Z]', () => {
    expect(() => orgCodeCheckChar('MA31DKY')).toThrow(RangeError);
    expect(() => orgCodeCheckChar('ma31dky8')).toThrow(RangeError);
  });
});

describe('validateOrgCode', () => {
  it('accepts valid codes in machine and printed form', () => {
    for (const code of ['MA31DKY80', 'MA5CJQ4N5', 'M0000XUF4', '085948158', 'MA31DKY8-0', 'ma5cjq4n-5']) {
      const r = validateOrgCode(code);
      expect(r, code).toMatchObject({ ok: true, kind: 'org_code', checksumValid: true });
    }
    expect(validateOrgCode('MA31DKY8-0').details).toMatchObject({ body: 'MA31DKY8', display: 'MA31DKY8-0' });
  });

  it('flags a wrong check character as a checksum-only failure', () => {
    const r = validateOrgCode('MA31DKY85');
    expect(r).toMatchObject({ ok: false, reasonCode: 'CHECK_CHAR', checksumValid: false, reason: '校验码错误：第9位应为 0，实为 5' });
    expect(isWellFormed(r)).toBe(true);
  });

  it('rejects wrong length and characters', () => {
    expect(validateOrgCode('MA31DKY8')).toMatchObject({ reasonCode: 'LENGTH', reason: '长度应为9位，实为8位' });
    expect(validateOrgCode('MA31DK#80')).toMatchObject({ reasonCode: 'CHARSET', reason: '含非法字符 #（第7位）' });
    expect(validateOrgCode(' ')).toMatchObject({ reasonCode: 'EMPTY' });
    expect(isWellFormed(validateOrgCode('MA31DKY8'))).toBe(false);
  });
});
