import { describe, it, expect } from 'vitest';
import { badCharReason, isWellFormed, rejected, type CodeResult } from './result';

const base = { input: 'x', normalized: 'X' };

describe('isWellFormed', () => {
  it('is true for valid results and checksum-only failures, false for every hard reject', () => {
    const ok: CodeResult = { ...base, ok: true, warnings: [] };
    expect(isWellFormed(ok)).toBe(true);
    expect(isWellFormed(rejected(base, 'CHECK_CHAR', '校验码错误', { checksumValid: false }))).toBe(true);
    for (const code of ['EMPTY', 'LENGTH', 'CHARSET', 'AUTHORITY_CODE', 'ORG_CODE_CHECK', 'BIRTH_DATE', 'ADDRESS_CODE'] as const) {
      expect(isWellFormed(rejected(base, code, '…'))).toBe(false);
    }
  });
});

describe('badCharReason', () => {
  it('names the first refused character and its 1-based position', () => {
    expect(badCharReason('91I1O', (ch) => /[0-9A-H]/.test(ch))).toBe('含非法字符 I（第3位）');
    expect(badCharReason('123', (ch) => /\d/.test(ch))).toBeUndefined();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(badCharReason('1💥2', (ch) => /\d/.test(ch))).toBe('含非法字符 💥（第2位）');
  });
});
