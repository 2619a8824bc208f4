import { describe, it, expect } from 'vitest';
import { isWellFormed } from './result';
import { looksLikeResidentId, parseResidentId, residentIdCheckChar, upgradeResidentId15, validateResidentId } from './resident-id';

const TODAY = new Date('2025-06-01T00:00:00Z');
const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

describe('residentIdCheckChar', () => {
  it('computes MOD 11-2 with X for 10', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('36042619910101007')).toBe('1');
  });

  it('throws on a body that is not 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
  });
});

describe('upgradeResidentId15', () => {
  it('inserts 19 and appends the check character', () => {
    expect(upgradeResidentId15('610104620927690')).toBe('610104196209276908');
  });

  it('throws unless given 15 digits', () => {
    expect(() => upgradeResidentId15('61010462092769')).toThrow(RangeError);
  });
});

describe('validateResidentId', () => {
  it('accepts the published test numbers', () => {
    for (const id of ['11010519491231002X', '360426199101010071', '120103198806018241', '230306196304054513']) {
      expect(validateResidentId(id, { today: TODAY }), id).toMatchObject({
        ok: true,
        kind: 'resident_id',
        subjectKind: 'natural_person',
        checksumValid: true,
        warnings: [],
      });
    }
  });

  it('parses birth date, sex and address', () => {
    expect(parseResidentId('11010519491231002X', { today: TODAY })).toMatchObject({
      birthDate: '1949-12-31',
      sex: 'F',
      addressCode: '110105',
      addressName: '北京市朝阳区',
      idVariant: 'resident',
      variantName: '居民身份证',
      generation: 18,
    });
    expect(parseResidentId('230306196304054513')?.sex).toBe('M');
    expect(parseResidentId('230307196304054513')).toBeUndefined();
  });

  it('accepts a lower-case x', () => {
    expect(validateResidentId('11010519491231002x').ok).toBe(true);
  });

  it('flags a wrong check character as checksum-only', () => {
    for (const [id, expected] of [
      ['230307196304054513', 'X'],
      ['360426199101010072', '1'],
    ] as const) {
      const r = validateResidentId(id);
      expect(r, id).toMatchObject({ ok: false, reasonCode: 'CHECK_CHAR', checksumValid: false });
      expect(r.reason).toBe(`校验码错误：第18位应为 ${expected}，实为 ${id.charAt(17)}`);
      expect(isWellFormed(r)).toBe(true);
    }
  });

  it('reports residence permits of Hong Kong, Macau and Taiwan residents', () => {
    expect(parseResidentId('810000199408230021')).toMatchObject({
      idVariant: 'hk_macau_permit',
      variantName: '港澳居民居住证',
      addressName: '香港特别行政区',
      birthDate: '1994-08-23',
    });
    expect(parseResidentId(withCheck('82000019900101002'))?.idVariant).toBe('hk_macau_permit');
    expect(parseResidentId('830000199201300022')).toMatchObject({ idVariant: 'taiwan_permit', variantName: '台湾居民居住证' });
  });

  it('accepts a foreign permanent residence ID without looking up its address part', () => {
    const r = validateResidentId(withCheck('93715619850615001'), { today: TODAY });
    expect(r).toMatchObject({ ok: true, details: { idVariant: 'foreign_permanent', birthDate: '1985-06-15' } });
  });

  it('accepts historic Tai’an address codes', () => {
    for (const addr of ['372601', '370922', '379005', '372603', '370911']) {
      const r = validateResidentId(withCheck(`${addr}19800101003`), { today: TODAY });
      expect(r, addr).toMatchObject({ ok: true, warnings: [] });
    }
    expect(parseResidentId(withCheck('37260119800101003'))?.addressName).toBe('山东省泰安地区泰安市');
  });

  it('warns when the address code was retired well before the birth year', () => {
    const r = validateResidentId(withCheck('37260119950101003'), { today: TODAY });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual(['地址码 372601（山东省泰安地区泰安市）已于1985年停用，早于出生年份']);
  });

  it('rejects an unknown address code', () => {
    expect(validateResidentId(withCheck('37099919800101003'), { today: TODAY })).toMatchObject({
      reasonCode: 'ADDRESS_CODE',
      reason: '地址码 370999 不存在',
    });
    expect(validateResidentId(withCheck('00000019800101003')).reason).toBe('地址码 000000 不存在');
    expect(validateResidentId(withCheck('37090119800101003')).reasonCode).toBe('ADDRESS_CODE');
  });

  it('rejects impossible, too early and future birth dates', () => {
    expect(validateResidentId(withCheck('11010519491331002'))).toMatchObject({
      reasonCode: 'BIRTH_DATE',
      reason: '出生日期无效：19491331',
    });
    expect(validateResidentId(withCheck('11010519010229002')).reason).toBe('出生日期无效：19010229');
    expect(validateResidentId(withCheck('11010520000229002'), { today: TODAY }).ok).toBe(true);
    expect(validateResidentId(withCheck('11010518991231002')).reason).toBe('出生日期早于1900年：18991231');
    const future = validateResidentId(withCheck('37090220250602002'), { today: TODAY });
    expect(future).toMatchObject({ reasonCode: 'BIRTH_DATE', reason: '出生日期晚于今天：20250602' });
    expect(isWellFormed(future)).toBe(false);
    expect(validateResidentId(withCheck('37090220250601002'), { today: TODAY }).ok).toBe(true);
  });

  it('accepts 15-digit first-generation numbers and gives their 18-digit form', () => {
    const r = validateResidentId('610104620927690', { today: TODAY });
    expect(r).toMatchObject({
      ok: true,
      details: { generation: 15, birthDate: '1962-09-27', sex: 'F', id18: '610104196209276908' },
    });
    expect(r.checksumValid).toBeUndefined();
    expect(validateResidentId('610104621327690').reason).toBe('出生日期无效：19621327');
  });

  it('rejects bad characters and lengths', () => {
    expect(validateResidentId('1101051949123100X2')).toMatchObject({ reasonCode: 'CHARSET', reason: '含非法字符 X（第17位）' });
    expect(validateResidentId('11010519491231002')).toMatchObject({
      reasonCode: 'LENGTH',
      reason: '长度应为18位（一代身份证为15位），实为17位',
    });
    expect(validateResidentId('61010462092769X').reasonCode).toBe('CHARSET');
  });
});

describe('looksLikeResidentId', () => {
  it('needs a province prefix and a real birth date', () => {
    expect(looksLikeResidentId('360426199101010072')).toBe(true);
    expect(looksLikeResidentId('830000199201300022')).toBe(true);
    expect(looksLikeResidentId('911101066976941872')).toBe(false);
    expect(looksLikeResidentId('001101199101010072')).toBe(false);
    expect(looksLikeResidentId('610104620927690')).toBe(true);
  });
});
