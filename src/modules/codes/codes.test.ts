import { describe, it, expect } from 'vitest';
import { isWellFormed, validateCode } from './codes';
import { regNoCheckDigit } from './reg-no';
import { residentIdCheckChar } from './resident-id';
import { usccCheckChar } from './uscc';

const TODAY = new Date('2025-06-01T00:00:00Z');

const USCCS = [
  '91110000600037341L',
  '91110000101623741K',
  '911101066976941872',
  '91350100M000100Y43',
  '91330000755918469E',
  '91350200776049653A',
  '91350503MA31DKY80A',
  '91350200MA31E12PXF',
  '91440101MA5CJQ4N59',
  '9135021359498494XQ',
  '91230500MA1B3N1N2M',
  '11230500001755309F',
];
const RESIDENT_IDS = [
  '11010519491231002X',
  '360426199101010071',
  '120103198806018241',
  '230306196304054513',
  '810000199408230021',
  '830000199201300022',
];

describe('validateCode: detection', () => {
  it('detects every valid USCC, including all-digit ones', () => {
    for (const code of USCCS) expect(validateCode(code, { today: TODAY }), code).toMatchObject({ ok: true, kind: 'uscc' });
    expect(validateCode('911101066976941872').subjectKind).toBe('legal_person');
    expect(validateCode('11230500001755309F').subjectKind).toBe('non_enterprise');
  });

  it('detects every valid resident ID', () => {
    for (const id of RESIDENT_IDS) {
      expect(validateCode(id, { today: TODAY }), id).toMatchObject({ ok: true, kind: 'resident_id', subjectKind: 'natural_person' });
    }
  });

  it('detects 15-digit first-generation IDs and registration numbers', () => {
    expect(validateCode('610104620927690', { today: TODAY })).toMatchObject({
      ok: true,
      kind: 'resident_id',
      details: { id18: '610104196209276908' },
    });
    expect(validateCode('440301108548379')).toMatchObject({ ok: true, kind: 'reg_no', subjectKind: 'legal_person' });
  });

  it('detects organisation codes', () => {
    for (const code of ['MA31DKY80', 'MA5CJQ4N5', 'M0000XUF4', 'MA31DKY8-0']) {
      expect(validateCode(code), code).toMatchObject({ ok: true, kind: 'org_code' });
    }
  });

  it('prefers the ID reading when an all-digit string is valid both ways, with a warning', () => {
    // 15 digits valid as a first-generation ID and, by its check digit, as a registration number.
    const body = '37090262010100';
    const both = body + regNoCheckDigit(body);
    const r = validateCode(both, { today: TODAY });
    expect(r).toMatchObject({ ok: true, kind: 'resident_id' });
    expect(r.warnings).toEqual(['同时符合15位工商注册号格式，按一代身份证号码处理']);
    expect(validateCode(both, { expect: 'reg_no' })).toMatchObject({ ok: true, kind: 'reg_no' });
  });

  it('honours `expect`', () => {
    expect(validateCode('360426199101010071', { expect: 'uscc' })).toMatchObject({ ok: false, kind: 'uscc', reasonCode: 'CATEGORY_CODE' });
    expect(validateCode('MA31DKY80', { expect: 'uscc' })).toMatchObject({ ok: false, reasonCode: 'LENGTH' });
  });
});

describe('validateCode: reasons', () => {
  it('keeps checksum-only failures well-formed and names the expected character', () => {
    const a = validateCode('91350211M0000XUF46');
    expect(a).toMatchObject({ ok: false, kind: 'uscc', reasonCode: 'CHECK_CHAR', checksumValid: false });
    expect(a.reason).toContain('R');
    expect(isWellFormed(a)).toBe(true);
    const b = validateCode('91350203M0001QAY9B');
    expect(b).toMatchObject({ ok: false, reasonCode: 'CHECK_CHAR', checksumValid: false, reason: '校验码错误：第18位应为 9，实为 B' });
    expect(isWellFormed(b)).toBe(true);
    expect(validateCode('91110000600037341N').reason).toBe('校验码错误：第18位应为 L，实为 N');
  });

  it('reports the more likely reading of an all-digit 18-character string', () => {
    expect(validateCode('230307196304054513')).toMatchObject({ kind: 'resident_id', reasonCode: 'CHECK_CHAR' });
    expect(validateCode('360426199101010072')).toMatchObject({ kind: 'resident_id', reasonCode: 'CHECK_CHAR' });
    expect(validateCode('911101066976941873')).toMatchObject({
      kind: 'uscc',
      reasonCode: 'CHECK_CHAR',
      reason: '校验码错误：第18位应为 2，实为 3',
    });
    // Not a USCC prefix (37), so the ID reading is reported even though its date is wrong.
    expect(validateCode('000000199101010072')).toMatchObject({ kind: 'resident_id', reasonCode: 'ADDRESS_CODE' });
    expect(validateCode('370902194913310012')).toMatchObject({
      kind: 'resident_id',
      reasonCode: 'BIRTH_DATE',
      reason: '出生日期无效：19491331',
    });
    const future = `37090220300101001`;
    expect(validateCode(future + residentIdCheckChar(future), { today: TODAY })).toMatchObject({
      kind: 'resident_id',
      reasonCode: 'BIRTH_DATE',
      reason: '出生日期晚于今天：20300101',
    });
  });

  it('gives specific hard-reject reasons', () => {
    expect(validateCode('9111I000600037341L')).toMatchObject({ reasonCode: 'CHARSET', reason: '含非法字符 I（第5位）' });
    expect(validateCode('9111000060003734')).toMatchObject({ reasonCode: 'LENGTH', reason: '长度应为15或18位，实为16位' });
    expect(validateCode('91110000600037341')).toMatchObject({ reasonCode: 'LENGTH', reason: '长度应为18位，实为17位' });
    expect(validateCode('B1110000600037341L')).toMatchObject({ reasonCode: 'AUTHORITY_CODE', reason: '登记管理部门代码 B 无效' });
    expect(validateCode('94110000600037341L').reasonCode).toBe('CATEGORY_CODE');
    const badOrg = '91350503MA31DKY85';
    expect(validateCode(badOrg + usccCheckChar(badOrg))).toMatchObject({ reasonCode: 'ORG_CODE_CHECK' });
    const badAddr = '37099919800101003';
    expect(validateCode(badAddr + residentIdCheckChar(badAddr))).toMatchObject({
      reasonCode: 'ADDRESS_CODE',
      reason: '地址码 370999 不存在',
    });
    expect(validateCode('   ')).toMatchObject({ ok: false, reasonCode: 'EMPTY', warnings: [] });
    expect(validateCode('12345')).toMatchObject({ reasonCode: 'UNKNOWN_FORMAT' });
    expect(validateCode('9135010０、M000100Y43')).toMatchObject({ reasonCode: 'CHARSET', reason: '含非法字符 、（第9位）' });
    for (const r of [validateCode('12345'), validateCode('9111I000600037341L')]) expect(isWellFormed(r)).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    for (const input of ['', 'x', '💥💥💥💥💥💥💥💥💥', 'ß'.repeat(9), '0'.repeat(18), 'X'.repeat(18), '9'.repeat(15)]) {
      expect(() => validateCode(input)).not.toThrow();
    }
    expect(validateCode(undefined as unknown as string).reasonCode).toBe('EMPTY');
    expect(validateCode('11010519491231002X', { today: new Date('not a date') }).ok).toBe(true);
  });
});

describe('validateCode: normalisation', () => {
  it('accepts full-width, spaced, hyphenated and lower-case input and keeps the original input', () => {
    const r = validateCode(' ９１３５０１００ｍ０００１００ｙ４３ ');
    expect(r).toMatchObject({ ok: true, kind: 'uscc', normalized: '91350100M000100Y43', input: ' ９１３５０１００ｍ０００１００ｙ４３ ' });
    expect(validateCode('9135 0100 M000 100Y 43').ok).toBe(true);
    expect(validateCode('110105-19491231-002x')).toMatchObject({ ok: true, kind: 'resident_id', normalized: '11010519491231002X' });
    expect(validateCode('ma31dky8－0')).toMatchObject({ ok: true, kind: 'org_code' });
    expect(validateCode('110105\u300019491231002x').ok).toBe(true);
  });
});
