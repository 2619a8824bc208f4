import { describe, it, expect } from 'vitest';
import { isWellFormed } from './result';
import { USCC_AUTHORITIES, orgCodeCheckChar, usccCheckChar, validateUscc } from './uscc';

const VALID = [
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
  '91440300085948158H',
];

describe('usccCheckChar', () => {
  it('computes position 18 with weights 3^(i-1) mod 31', () => {
    for (const code of VALID) expect(usccCheckChar(code.slice(0, 17)), code).toBe(code.charAt(17));
  });

  it('throws on characters outside the USCC alphabet', () => {
    expect(() => usccCheckChar('9111000060003734I')).toThrow(RangeError);
    expect(() => usccCheckChar('911100006000373')).toThrow(RangeError);
  });

  it('re-exports the organisation code check', () => {
    expect(orgCodeCheckChar('MA31DKY8')).toBe('0');
  });
});

describe('validateUscc', () => {
  it('accepts the published examples', () => {
    for (const code of VALID) {
      expect(validateUscc(code), code).toMatchObject({ ok: true, kind: 'uscc', checksumValid: true, warnings: [] });
    }
  });

  it('describes the parts of a valid code', () => {
    expect(validateUscc('91350503MA31DKY80A')).toMatchObject({
      subjectKind: 'legal_person',
      details: {
        authority: '9',
        authorityName: '工商',
        category: '1',
        categoryName: '企业',
        regionCode: '350503',
        orgCode: 'MA31DKY80',
        checkChar: 'A',
      },
    });
    expect(validateUscc('11230500001755309F')).toMatchObject({
      subjectKind: 'non_enterprise',
      details: { authorityName: '机构编制', categoryName: '机关', regionName: '黑龙江省双鸭山市' },
    });
  });

  it('flags real codes whose check character fails, keeping them well-formed', () => {
    for (const [code, expected] of [
      ['91350211M0000XUF46', 'R'],
      ['91350203M0001QAY9B', '9'],
    ] as const) {
      const r = validateUscc(code);
      expect(r).toMatchObject({ ok: false, reasonCode: 'CHECK_CHAR', checksumValid: false, subjectKind: 'legal_person' });
      expect(r.reason).toBe(`校验码错误：第18位应为 ${expected}，实为 ${code.charAt(17)}`);
      expect(isWellFormed(r)).toBe(true);
    }
  });

  it('names the expected check character', () => {
    expect(validateUscc('91110000600037341N').reason).toBe('校验码错误：第18位应为 L，实为 N');
  });

  it('rejects characters outside the alphabet with their position', () => {
    const r = validateUscc('9111I000600037341L');
    expect(r).toMatchObject({ ok: false, reasonCode: 'CHARSET', reason: '含非法字符 I（第5位）' });
    expect(isWellFormed(r)).toBe(false);
    expect(validateUscc('91110000600037341O').reason).toBe('含非法字符 O（第18位）');
  });

  it('rejects the wrong length', () => {
    expect(validateUscc('91110000600037341')).toMatchObject({ reasonCode: 'LENGTH', reason: '长度应为18位，实为17位' });
    expect(validateUscc('')).toMatchObject({ reasonCode: 'EMPTY' });
  });

  it('rejects unknown authority and category codes', () => {
    expect(validateUscc('B1110000600037341L')).toMatchObject({ reasonCode: 'AUTHORITY_CODE', reason: '登记管理部门代码 B 无效' });
    expect(validateUscc('94110000600037341L')).toMatchObject({ reasonCode: 'CATEGORY_CODE' });
    expect(validateUscc('94110000600037341L').reason).toBe('机构类别代码 4 对登记管理部门 9（工商）无效');
    expect(validateUscc('Y2110000600037341L').reasonCode).toBe('CATEGORY_CODE');
  });

  it('rejects a region part that is not 6 digits', () => {
    expect(validateUscc('9111000A600037341L')).toMatchObject({ reasonCode: 'REGION_CODE' });
  });

  it('only warns about an unknown or retired region (a code of an abolished division stays valid)', () => {
    const body = '91999999MA31DKY80';
    const unknown = validateUscc(body + usccCheckChar(body));
    expect(unknown.ok).toBe(true);
    expect(unknown.warnings).toEqual(['登记管理机关行政区划码 999999 不在行政区划代码表中']);
    const retired = `91372601MA31DKY80`;
    expect(validateUscc(retired + usccCheckChar(retired))).toMatchObject({ ok: true, warnings: [] });
  });

  it('rejects a bad embedded organisation code as a hard error', () => {
    const body = '91350503MA31DKY85';
    const r = validateUscc(body + usccCheckChar(body));
    expect(r).toMatchObject({
      ok: false,
      reasonCode: 'ORG_CODE_CHECK',
      reason: '主体标识码（组织机构代码）校验位错误：应为 0，实为 5',
    });
    expect(isWellFormed(r)).toBe(false);
  });

  it('maps 92 and 93 to the enterprise database and everything else to the non-enterprise one', () => {
    const make = (prefix: string) => {
      const body = `${prefix}370902MA31DKY80`;
      return validateUscc(body + usccCheckChar(body));
    };
    expect(make('92').subjectKind).toBe('legal_person');
    expect(make('93').subjectKind).toBe('legal_person');
    for (const prefix of ['11', '12', '13', '31', '51', '52', '53', '71', '81', 'N2', 'Y1', 'A1']) {
      expect(make(prefix), prefix).toMatchObject({ ok: true, subjectKind: 'non_enterprise' });
    }
  });

  it('accepts the 54 prefix of village committees with a warning', () => {
    const body = '54370902MA31DKY80';
    const r = validateUscc(body + usccCheckChar(body));
    expect(r).toMatchObject({ ok: true, subjectKind: 'non_enterprise', details: { categoryName: '基层群众性自治组织' } });
    expect(r.warnings).toHaveLength(1);
  });

  it('exports the authority table for the UI', () => {
    expect(USCC_AUTHORITIES['9']?.categories).toEqual({ '1': '企业', '2': '个体工商户', '3': '农民专业合作社' });
    expect(Object.keys(USCC_AUTHORITIES)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y']);
  });
});
