import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/harness';
import { parseProfile, readProfile } from './profile';

const REQUIRED_DEPARTMENTS = [
  '泰安市发展和改革委员会',
  '泰安市市场监督管理局',
  '国家税务总局泰安市税务局',
  '泰安市中级人民法院',
  '泰安市公安局',
  '泰安市人力资源和社会保障局',
  '泰安市住房和城乡建设局',
  '泰安市交通运输局',
  '泰安市生态环境局',
  '泰安市卫生健康委员会',
  '泰安市应急管理局',
  '中国人民银行泰安市分行',
];

describe('the taian profile', () => {
  const profile = readProfile('taian');

  it('covers region 370900, its six county-level units and two functional zones', () => {
    expect(profile.region).toMatchObject({ code: '370900', name: '泰安市' });
    const units = profile.subUnits.map((u) => `${u.code} ${u.name}`);
    expect(units).toEqual([
      '370902 泰山区',
      '370911 岱岳区',
      '370982 新泰市',
      '370983 肥城市',
      '370921 宁阳县',
      '370923 东平县',
      'TA-GXQ 泰安高新技术产业开发区',
      'TA-TSJQ 泰山景区',
    ]);
  });

  it('lists at least 40 member departments of the joint conference, with the names others refer to', () => {
    expect(profile.departments.filter((d) => d.member).length).toBeGreaterThanOrEqual(40);
    const names = profile.departments.map((d) => d.name);
    for (const n of REQUIRED_DEPARTMENTS) expect(names).toContain(n);
  });

  it('carries the 2020 census population as the personal-database denominator', () => {
    expect(profile.indicators.population.value).toBe(5_472_217);
  });

  it('is already in the template database: regions and departments', async () => {
    const db = await createTestDb();
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::bigint AS n FROM departments WHERE is_member');
    expect(rows[0]!.n).toBe(profile.departments.filter((d) => d.member).length);
    const zones = await db.query<{ code: string }>(`SELECT code FROM regions WHERE level = 'zone' ORDER BY code`);
    expect(zones.rows.map((r) => r.code)).toEqual(['TA-GXQ', 'TA-TSJQ']);
  });
});

describe('parseProfile', () => {
  it('names every inconsistency of a broken profile', () => {
    const raw = structuredClone(readProfile('taian')) as unknown as { departments: { region: string; code: string }[] };
    raw.departments[0]!.region = '999999';
    raw.departments[2]!.code = raw.departments[1]!.code;
    expect(() => parseProfile(raw)).toThrow(/department fgw: unknown region 999999[\s\S]*department code xyzx appears twice/);
  });

  it('refuses an unknown profile key', () => {
    expect(() => readProfile('atlantis')).toThrow('profile "atlantis" not found');
  });
});
