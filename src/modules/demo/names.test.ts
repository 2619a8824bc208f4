import { describe, expect, it } from 'vitest';
import {
  composeCompanyName,
  composeCoopName,
  composeShopName,
  coopNameParts,
  nonEnterpriseName,
  personName,
  shopNameParts,
  surnameOf,
  TRADE_FIRST,
  TRADE_SECOND,
  tradeName,
  type NonEnterpriseCategory,
} from './names';
import { PLACES, placeOf } from './places';
import { createRandom } from './prng';

const CJK = /^[\u4e00-\u9fff（）—“”]+$/;

describe('names', () => {
  it('has thousands of trade names and repeats some', () => {
    expect(TRADE_FIRST.length * TRADE_SECOND.length).toBeGreaterThan(4000);
    const r = createRandom(1);
    const names = Array.from({ length: 2000 }, () => tradeName(r));
    const distinct = new Set(names).size;
    expect(distinct).toBeGreaterThan(1000);
    expect(distinct).toBeLessThan(2000);
  });

  it('builds person names of 2–4 Chinese characters', () => {
    const r = createRandom(2);
    for (let i = 0; i < 500; i++) {
      const name = personName(r, i % 2 ? 'M' : 'F', 1940 + (i % 66));
      expect(name).toMatch(CJK);
      expect(name.length).toBeGreaterThanOrEqual(2);
      expect(name.length).toBeLessThanOrEqual(4);
      expect(name.startsWith(surnameOf(name))).toBe(true);
    }
  });

  it('builds company, shop and co-operative names in the usual shapes', () => {
    const r = createRandom(3);
    for (let i = 0; i < 300; i++) {
      const place = r.pick(PLACES);
      const company = composeCompanyName({
        prefix: '泰安',
        trade: '宏达',
        industry: { name: '建材', sector: '批发和零售业', scope: '', weight: 1, licenses: [], penalties: [], capital: [1, 2] },
        form: '有限公司',
        bracketed: false,
      });
      expect(company).toBe('泰安宏达建材有限公司');
      const shop = composeShopName(shopNameParts(r, place, '王建国'));
      expect(shop).toMatch(CJK);
      expect(shop).toMatch(/^(泰山区|岱岳区|新泰市|肥城市|宁阳县|东平县|泰安高新区)/);
      const coop = composeCoopName(coopNameParts(r, place));
      expect(coop).toMatch(/专业合作社$/);
    }
  });

  it('names a 王记 shop after its operator', () => {
    const r = createRandom(4);
    let found = false;
    for (let i = 0; i < 200 && !found; i++) {
      const parts = shopNameParts(r, placeOf('370902'), '王建国');
      if (parts.owner.endsWith('记')) {
        expect(parts.owner).toBe('王记');
        found = true;
      }
    }
    expect(found).toBe(true);
  });

  it('builds non-enterprise names per category', () => {
    const r = createRandom(5);
    const patterns: Record<NonEnterpriseCategory, RegExp> = {
      '11': /(局|办事处|人民政府|部|委员会|办公室|所)$/,
      '12': /(学|院|中心|馆|站|园|学校)$/,
      '51': /(会)$/,
      '52': /(园|学校|中心|院|俱乐部|医院)$/,
      '54': /委员会$/,
      N2: /股份经济合作社$/,
    };
    for (const [category, pattern] of Object.entries(patterns) as [NonEnterpriseCategory, RegExp][]) {
      for (let i = 0; i < 100; i++) expect(nonEnterpriseName(r, category, r.pick(PLACES)).name).toMatch(pattern);
    }
  });
});
