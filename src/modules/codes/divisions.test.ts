import { describe, it, expect } from 'vitest';
import { divisionExistedIn, isKnownDivision, lookupDivision, registrationRegionName } from './divisions';

describe('lookupDivision', () => {
  it('gives the current Tai’an districts with their full names', () => {
    expect(lookupDivision('370911')).toMatchObject({
      code: '370911',
      name: '岱岳区',
      fullName: '山东省泰安市岱岳区',
      level: 'county',
      inUse: true,
      since: 2000,
    });
    expect(lookupDivision('370911')?.until).toBeUndefined();
    expect(lookupDivision('370900')).toMatchObject({ fullName: '山东省泰安市', level: 'prefecture' });
    expect(lookupDivision('370000')).toMatchObject({ fullName: '山东省', level: 'province' });
    expect(lookupDivision('110101')?.fullName).toBe('北京市东城区');
  });

  it('keeps the earlier name of a re-used code as a period', () => {
    const periods = lookupDivision('370911')?.periods ?? [];
    expect(periods.map((p) => [p.name, p.since, p.until])).toEqual([
      ['岱岳区', 2000, undefined],
      ['郊区', 1985, 2000],
    ]);
  });

  it('gives retired codes with their years, successors and the parent of the time', () => {
    expect(lookupDivision('372601')).toMatchObject({
      name: '泰安市',
      fullName: '山东省泰安地区泰安市',
      inUse: false,
      since: 1982,
      until: 1985,
      successors: ['370902', '370911'],
    });
    expect(lookupDivision('370922')).toMatchObject({ name: '肥城县', until: 1992, successors: ['370983'] });
    expect(lookupDivision('379005')).toMatchObject({ fullName: '山东省新泰市', successors: ['370982'] });
    // The prefecture was renamed later: the period keeps the name it had then.
    expect(lookupDivision('142221')?.fullName).toBe('山西省忻县地区忻县');
  });

  it('strips the hand-over years from successor codes', () => {
    expect(lookupDivision('372927')?.successors).toEqual(['370923', '370832']);
  });

  it('returns undefined for codes that never existed', () => {
    expect(lookupDivision('999999')).toBeUndefined();
    expect(lookupDivision('370901')).toBeUndefined();
  });
});

describe('isKnownDivision', () => {
  it('accepts current and historic codes', () => {
    for (const code of ['370902', '370911', '370921', '370923', '370982', '370983']) expect(isKnownDivision(code)).toBe(true);
    for (const code of ['372601', '370922', '379005', '372603', '370919']) expect(isKnownDivision(code)).toBe(true);
  });

  it('rejects unknown codes', () => {
    expect(isKnownDivision('999999')).toBe(false);
    expect(isKnownDivision('')).toBe(false);
  });
});

describe('divisionExistedIn', () => {
  it('counts both boundary years', () => {
    expect(divisionExistedIn('370922', 1985, 0)).toBe(true);
    expect(divisionExistedIn('370922', 1992, 0)).toBe(true);
    expect(divisionExistedIn('370922', 1993, 0)).toBe(false);
    expect(divisionExistedIn('370983', 1991, 0)).toBe(false);
  });

  it('allows one year either side by default', () => {
    expect(divisionExistedIn('370922', 1993)).toBe(true);
    expect(divisionExistedIn('370922', 1994)).toBe(false);
    expect(divisionExistedIn('370983', 1991)).toBe(true);
    expect(divisionExistedIn('370983', 1990)).toBe(false);
  });

  it('treats a code in use as existing up to now, across all its periods', () => {
    expect(divisionExistedIn('370911', 1990)).toBe(true);
    expect(divisionExistedIn('370911', 2024)).toBe(true);
    expect(divisionExistedIn('370911', 1980, 0)).toBe(false);
    expect(divisionExistedIn('999999', 2000)).toBe(false);
  });
});

describe('registrationRegionName', () => {
  it('names division codes, 市辖区 placeholders and national-level authorities', () => {
    expect(registrationRegionName('370902')).toBe('山东省泰安市泰山区');
    expect(registrationRegionName('440101')).toBe('广东省广州市市辖区');
    expect(registrationRegionName('100000')).toBe('国家');
    expect(registrationRegionName('999999')).toBeUndefined();
    expect(registrationRegionName('370001')).toBeUndefined();
  });
});
