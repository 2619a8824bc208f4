import { describe, it, expect } from 'vitest';
import { validateCode } from './codes';
import { makeRegNo, makeResidentId, makeUscc, seededRandom } from './generate';
import { validateRegNo } from './reg-no';
import { USCC_AUTHORITIES } from './uscc';

const TODAY = new Date('2025-06-01T00:00:00Z');
const TAIAN = ['370900', '370902', '370911', '370921', '370923', '370982', '370983'];
const HISTORIC = ['372601', '370922', '379005', '372603', '370920'];
const PAIRS = Object.entries(USCC_AUTHORITIES).flatMap(([a, { categories }]) => Object.keys(categories).map((c) => [a, c] as const));

describe('seededRandom', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
});

describe('generators', () => {
  it('make the same codes for the same seed', () => {
    const make = () => makeUscc({ rand: seededRandom(7) });
    expect(make()).toBe(make());
    expect(make()).toMatch(/^91370902MA/);
  });

  it('produce 500 valid USCCs across all authorities and categories', () => {
    const rand = seededRandom(2024);
    for (let i = 0; i < 500; i++) {
      const [authority, category] = PAIRS[i % PAIRS.length] ?? ['9', '1'];
      const region = TAIAN[i % TAIAN.length] ?? '370902';
      const code = makeUscc({ authority, category, region, rand });
      const r = validateCode(code, { today: TODAY });
      expect(r, code).toMatchObject({ ok: true, kind: 'uscc', warnings: [] });
      expect(r.subjectKind).toBe(authority === '9' ? 'legal_person' : 'non_enterprise');
    }
  });

  it('produce 500 valid resident IDs with the requested facts', () => {
    const rand = seededRandom(11643);
    for (let i = 0; i < 500; i++) {
      const addressCode = [...TAIAN, ...HISTORIC][i % 12] ?? '370902';
      const sex = i % 2 === 0 ? 'M' : 'F';
      const birthDate = HISTORIC.includes(addressCode) ? '1975-03-09' : undefined;
      const id = makeResidentId({ addressCode, sex, rand, ...(birthDate && { birthDate }) });
      const r = validateCode(id, { today: TODAY });
      expect(r, id).toMatchObject({ ok: true, kind: 'resident_id', details: { sex, addressCode } });
      if (birthDate) expect(r.details).toMatchObject({ birthDate });
    }
  });

  it('produce 500 valid registration numbers detected as such', () => {
    const rand = seededRandom(17710);
    for (let i = 0; i < 500; i++) {
      const code = makeRegNo(TAIAN[i % TAIAN.length] ?? '370902', rand);
      expect(validateRegNo(code), code).toMatchObject({ ok: true, warnings: [] });
      expect(validateCode(code, { today: TODAY }).kind).toBe('reg_no');
    }
  });

  it('refuse impossible input', () => {
    const rand = seededRandom(1);
    expect(() => makeUscc({ authority: '9', category: '4', rand })).toThrow(RangeError);
    expect(() => makeUscc({ region: '3709', rand })).toThrow(RangeError);
    expect(() => makeResidentId({ birthDate: '1990-02-30', rand })).toThrow(RangeError);
    expect(() => makeResidentId({ addressCode: '37090', rand })).toThrow(RangeError);
    expect(() => makeRegNo('37A902', rand)).toThrow(RangeError);
  });
});
