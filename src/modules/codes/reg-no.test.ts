import { describe, it, expect } from 'vitest';
import { regNoCheckDigit, validateRegNo } from './reg-no';
import { isWellFormed } from './result';

// Straight from ISO 7064 MOD 11,10 as usually written, to cross-check the compact form in reg-no.ts.
function referenceMod1110(first14: string): string {
  let p = 10;
  for (const ch of first14) {
    let s = (p + Number(ch)) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  return String((11 - p) % 10);
}

describe('regNoCheckDigit', () => {
  it('matches a published registration number', () => {
    // 深圳 company whose USCC is 91440300085948158H.
    expect(regNoCheckDigit('44030110854837')).toBe('9');
  });

  it('agrees with the textbook MOD 11,10 on many bodies', () => {
    for (let n = 0; n < 2000; n++) {
      const body = `370902${String(n * 7919).padStart(8, '0')}`;
      expect(regNoCheckDigit(body)).toBe(referenceMod1110(body));
    }
  });

  it('throws on a body that is not 14 digits', () => {
    expect(() => regNoCheckDigit('3709020001234')).toThrow(RangeError);
  });
});

describe('validateRegNo', () => {
  it('accepts a valid number and describes it', () => {
    expect(validateRegNo('440301108548379')).toMatchObject({
      ok: true,
      kind: 'reg_no',
      subjectKind: 'legal_person',
      checksumValid: true,
      warnings: [],
      details: { regionCode: '440301', regionName: '广东省深圳市市辖区', sequence: '10854837', checkDigit: '9' },
    });
  });

  it('flags a wrong check digit as checksum-only', () => {
    const r = validateRegNo('440301108548370');
    expect(r).toMatchObject({ ok: false, reasonCode: 'CHECK_CHAR', reason: '校验码错误：第15位应为 9，实为 0', checksumValid: false });
    expect(isWellFormed(r)).toBe(true);
  });

  it('warns about an unknown region but still validates', () => {
    const body = '99999900001234';
    const r = validateRegNo(body + regNoCheckDigit(body));
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual(['登记机关行政区划码 999999 不在行政区划代码表中']);
  });

  it('rejects letters and wrong length', () => {
    expect(validateRegNo('4403011085483A9')).toMatchObject({ reasonCode: 'CHARSET', reason: '含非法字符 A（第14位）' });
    expect(validateRegNo('44030110854837')).toMatchObject({ reasonCode: 'LENGTH', reason: '长度应为15位，实为14位' });
  });
});
