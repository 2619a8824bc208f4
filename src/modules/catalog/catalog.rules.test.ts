import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  computePublicityWindow,
  detectItem,
  disclosureFor,
  hardLimitFor,
  isOpenEnded,
  mapCodeValue,
  mapCodeValues,
  natureFor,
  normalizeHeader,
  resolveHeader,
  ruleVersionFor,
} from './catalog.rules';
import type { PublicityRule } from './catalog.types';
import { CATALOG_ITEMS, PUBLICITY_RULES } from './data';
import { CFLB, DQZT, XDR_LB, XKLB, ZJLX } from './data/code-tables';
import { XZCF, XZXK } from './data/double-publicity';
import { SXBZXR } from './data/lists';
import { ZYZG } from './data/persons';
import { RULE_2019_527, RULE_2023_58, RULE_2025_22, RULE_SD_2020 } from './data/publicity-rules';

describe('addPeriod', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addPeriod('2023-01-31', { months: 1 })).toBe('2023-02-28');
    expect(addPeriod('2024-01-31', { months: 1 })).toBe('2024-02-29');
    expect(addPeriod('2023-11-30', { months: 3 })).toBe('2024-02-29');
    expect(addPeriod('2023-08-31', { months: 1 })).toBe('2023-09-30');
  });

  it('keeps 29 February only in leap years', () => {
    expect(addPeriod('2024-02-29', { years: 1 })).toBe('2025-02-28');
    expect(addPeriod('2024-02-29', { years: 4 })).toBe('2028-02-29');
  });

  it('crosses year ends and adds days after months', () => {
    expect(addPeriod('2023-12-15', { months: 3 })).toBe('2024-03-15');
    expect(addPeriod('2023-12-31', { days: 1 })).toBe('2024-01-01');
    expect(addPeriod('2023-01-31', { months: 1, days: 1 })).toBe('2023-03-01');
    expect(addPeriod('2023-05-01', { months: 0 })).toBe('2023-05-01');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => addPeriod('2023/05/01', { months: 1 })).toThrow('日期格式应为 YYYY-MM-DD');
    expect(() => addPeriod('2023-02-29', { months: 1 })).toThrow('日期不存在');
  });

  it('reads 2099-12-31 as no expiry', () => {
    expect(isOpenEnded('2099-12-31')).toBe(true);
    expect(isOpenEnded(null)).toBe(true);
    expect(isOpenEnded('2030-12-31')).toBe(false);
  });
});

describe('ruleVersionFor', () => {
  it('keeps the 2019 rule the day before 2023-05-01 and switches on that day', () => {
    expect(ruleVersionFor('2023-04-30', PUBLICITY_RULES)?.version).toBe('2019-527');
    expect(ruleVersionFor('2023-05-01', PUBLICITY_RULES)?.version).toBe('2023-58');
  });

  it('leaves the 2025 rule off until it is enabled, then applies it from its effective date', () => {
    expect(ruleVersionFor('2025-12-01', PUBLICITY_RULES)?.version).toBe('2023-58');
    expect(ruleVersionFor('2025-12-01', PUBLICITY_RULES, { enabled: ['2025-22'] })?.version).toBe('2025-22');
    expect(ruleVersionFor('2025-06-21', PUBLICITY_RULES, { enabled: ['2025-22'] })?.version).toBe('2023-58');
    expect(ruleVersionFor('2025-06-22', PUBLICITY_RULES, { enabled: ['2025-22'] })?.version).toBe('2025-22');
  });

  it('finds no rule before the earliest one unless asked to fall back', () => {
    expect(ruleVersionFor('2018-03-01', PUBLICITY_RULES)).toBeUndefined();
    expect(ruleVersionFor('2018-03-01', PUBLICITY_RULES, { beforeEarliest: 'earliest' })?.version).toBe('2019-527');
  });

  it('never returns the Shandong hard limit as a period rule', () => {
    for (const d of ['2020-10-01', '2022-01-01', '2024-01-01']) expect(ruleVersionFor(d, PUBLICITY_RULES)?.kind).toBe('penalty_periods');
  });
});

describe('computePublicityWindow', () => {
  it('2023: three months to three years from the decision date', () => {
    expect(computePublicityWindow({ decisionDate: '2023-05-01', rule: RULE_2023_58 })).toEqual({
      start: '2023-05-01',
      repairFrom: '2023-08-01',
      end: '2026-05-01',
      ruleVersion: '2023-58',
      severity: 'any',
      publication: 'required',
    });
  });

  it('counts calendar months at month ends', () => {
    const w = computePublicityWindow({ decisionDate: '2023-11-30', rule: RULE_2023_58 });
    expect(w.repairFrom).toBe('2024-02-29');
    expect(computePublicityWindow({ decisionDate: '2024-02-29', rule: RULE_2023_58 }).end).toBe('2027-02-28');
  });

  it('2023: food, drugs, special equipment, work safety and fire penalties wait one year for repair', () => {
    for (const sector of ['food', 'drugs', 'special_equipment', 'work_safety', 'fire']) {
      const w = computePublicityWindow({ decisionDate: '2023-06-15', rule: RULE_2023_58, sectors: [sector] });
      expect(w.repairFrom).toBe('2024-06-15');
      expect(w.end).toBe('2026-06-15');
    }
    expect(computePublicityWindow({ decisionDate: '2023-06-15', rule: RULE_2023_58, sectors: ['tax'] }).repairFrom).toBe('2023-09-15');
  });

  it('the longest period wins across sectors and penalty types of one decision', () => {
    const several = computePublicityWindow({ decisionDate: '2023-06-15', rule: RULE_2023_58, sectors: ['other', 'fire'] });
    expect(several.repairFrom).toBe('2024-06-15');

    const rule: PublicityRule = {
      ...RULE_2023_58,
      penaltyTypes: [
        { types: ['警告', '通报批评'], max: { months: 6 }, note: 'test' },
        { types: ['限制从业'], min: { months: 18 }, max: { years: 5 }, note: 'test' },
      ],
    };
    const w = computePublicityWindow({ decisionDate: '2023-06-15', rule, penaltyTypes: ['警告', '限制从业'] });
    expect(w.repairFrom).toBe('2024-12-15');
    expect(w.end).toBe('2028-06-15');
    // A shorter type term never shortens the tier.
    expect(computePublicityWindow({ decisionDate: '2023-06-15', rule, penaltyTypes: ['警告'] }).end).toBe('2026-06-15');
  });

  it('2019: general three months to one year, serious six months to three years', () => {
    const general = computePublicityWindow({ decisionDate: '2020-03-15', rule: RULE_2019_527, severity: 'general' });
    expect([general.repairFrom, general.end]).toEqual(['2020-06-15', '2021-03-15']);
    const serious = computePublicityWindow({ decisionDate: '2020-03-15', rule: RULE_2019_527, severity: 'serious' });
    expect([serious.repairFrom, serious.end]).toEqual(['2020-09-15', '2023-03-15']);
    expect(computePublicityWindow({ decisionDate: '2020-03-15', rule: RULE_2019_527 }).severity).toBe('general');
    expect(computePublicityWindow({ decisionDate: '2020-03-15', rule: RULE_2019_527, severity: 'minor' }).end).toBe('2021-03-15');
  });

  it('2025: minor is repairable at once and optional, serious waits a year', () => {
    const minor = computePublicityWindow({ decisionDate: '2025-08-31', rule: RULE_2025_22, severity: 'minor' });
    expect(minor).toMatchObject({ repairFrom: '2025-08-31', end: '2025-11-30', publication: 'optional' });
    const serious = computePublicityWindow({ decisionDate: '2025-08-31', rule: RULE_2025_22, severity: 'serious' });
    expect([serious.repairFrom, serious.end]).toEqual(['2026-08-31', '2028-08-31']);
  });

  it('caps the window five years after the act ended in Shandong', () => {
    const w = computePublicityWindow({
      decisionDate: '2023-06-01',
      rule: RULE_2023_58,
      hardLimit: { rule: RULE_SD_2020, actEndDate: '2019-01-01' },
    });
    expect(w).toMatchObject({ end: '2024-01-01', repairFrom: '2023-09-01', limitedBy: 'sd-2020-38' });
    const untouched = computePublicityWindow({
      decisionDate: '2023-06-01',
      rule: RULE_2023_58,
      hardLimit: { rule: RULE_SD_2020, actEndDate: '2023-05-01' },
    });
    expect(untouched.end).toBe('2026-06-01');
    expect(untouched.limitedBy).toBeUndefined();
  });

  it('finds the hard limit only in Shandong and from 2020-10-01', () => {
    expect(hardLimitFor(PUBLICITY_RULES, '2023-06-01', '370900')?.version).toBe('sd-2020-38');
    expect(hardLimitFor(PUBLICITY_RULES, '2023-06-01', '110000')).toBeUndefined();
    expect(hardLimitFor(PUBLICITY_RULES, '2020-09-30', '370900')).toBeUndefined();
  });

  it('refuses a hard-limit rule as a period rule', () => {
    expect(() => computePublicityWindow({ decisionDate: '2023-06-01', rule: RULE_SD_2020 })).toThrow('不是处罚公示期限规则');
  });
});

describe('nature and disclosure', () => {
  it('简易程序 penalties are not 失信 in Shandong', () => {
    expect(natureFor(XZCF, { CF_CXLX: '简易程序' })).toBe('other');
    expect(natureFor(XZCF, { CF_CXLX: '普通程序' })).toBe('dishonest');
    expect(natureFor(XZCF, {})).toBe('dishonest');
  });

  it('natural persons are never public except on court-published lists', () => {
    expect(disclosureFor(XZCF, 'legal_person')).toBe('public');
    expect(disclosureFor(XZCF, 'natural_person')).toBe('authorized');
    expect(disclosureFor(SXBZXR, 'natural_person')).toBe('public');
    expect(disclosureFor(ZYZG, 'natural_person')).toBe('authorized');
  });
});

describe('resolveHeader', () => {
  const code = (item: typeof XZXK, h: string) => resolveHeader(item, h)?.code;

  it('maps both generations of 许可类别', () => {
    for (const h of ['XK_SPLB', 'XK_XKLB', '许可类别', '审批类别', 'xk_splb', 'ＸＫ＿ＳＰＬＢ', ' 审批 类别 ', '*许可类别（必填）']) {
      expect(code(XZXK, h), h).toBe('XK_XKLB');
    }
  });

  it('maps both generations of 处罚类别', () => {
    for (const h of ['CF_CFLB1', 'CF_CFLB', '处罚类别', '处罚类别1', '处罚种类']) expect(code(XZCF, h), h).toBe('CF_CFLB');
    expect(code(XZCF, 'CF_CFLB2')).toBe('CF_CFLB2');
  });

  it('maps subject codes with full-width or half-width brackets', () => {
    for (const h of [
      '行政相对人代码_1（统一社会信用代码）',
      '行政相对人代码_1(统一社会信用代码)',
      '行政相对人代码_1【统一社会信用代码】',
      '统一社会信用代码',
      'XK_XDR_SHXYM',
    ]) {
      expect(code(XZXK, h), h).toBe('XK_XDR_SHXYM');
    }
    expect(code(XZCF, '行政相对人代码_1（统一社会信用代码）')).toBe('CF_XDR_SHXYM');
  });

  it('tells the generations apart where they number codes differently', () => {
    expect(code(XZXK, '行政相对人代码_2（组织机构代码）')).toBe('XK_XDR_ZZJG');
    expect(code(XZXK, '行政相对人代码_2（工商注册号）')).toBe('XK_XDR_GSZC');
    expect(code(XZXK, 'XK_XDR_ZDM')).toBe('XK_XDR_ZZJG');
    expect(code(XZXK, 'XK_XDR_GSDJ')).toBe('XK_XDR_GSZC');
    expect(code(XZXK, '行政相对人代码_2')).toBeUndefined();
  });

  it('maps renamed v1 fields into the current shape', () => {
    expect(code(XZXK, 'XK_XDR')).toBe('XK_XDR_MC');
    expect(code(XZXK, 'XK_XDR_SFZ')).toBe('XK_XDR_ZJHM');
    expect(code(XZXK, '行政相对人代码_5（居民身份证号）')).toBe('XK_XDR_ZJHM');
    expect(code(XZXK, 'XK_JZQ')).toBe('XK_YXQZI');
    expect(code(XZXK, '许可截止期')).toBe('XK_YXQZI');
    expect(code(XZXK, 'XK_XZJG')).toBe('XK_XKJG');
    expect(code(XZCF, 'CF_JG')).toBe('CF_NR');
    expect(code(XZCF, '处罚结果')).toBe('CF_NR');
    expect(code(XZCF, '处罚事由')).toBe('CF_SY');
    expect(code(XZCF, 'CF_XZJG')).toBe('CF_CFJG');
    expect(code(XZCF, 'CF_FR')).toBe('CF_FRDB');
  });

  it('keeps fines in 万元 and refuses a unit-less fine column', () => {
    expect(code(XZCF, '罚款金额（万元）')).toBe('CF_NR_FK');
    expect(code(XZCF, '罚款金额(万元)')).toBe('CF_NR_FK');
    expect(code(XZCF, '罚款金额')).toBeUndefined();
  });

  it('normalises headers from spreadsheets', () => {
    expect(normalizeHeader('\uFEFF行政相对人名称 ')).toBe('行政相对人名称');
    expect(normalizeHeader('处罚决定日期：')).toBe('处罚决定日期');
  });
});

const V1_LICENSE = [
  'XK_WSH',
  'XK_XMMC',
  'XK_SPLB',
  'XK_NR',
  'XK_XDR',
  'XK_XDR_SHXYM',
  'XK_XDR_ZDM',
  'XK_XDR_GSDJ',
  'XK_XDR_SWDJ',
  'XK_XDR_SFZ',
  'XK_FR',
  'XK_JDRQ',
  'XK_JZQ',
  'XK_XZJG',
  'XK_ZT',
  'DFBM',
  'SJC',
  'BZ',
];
const V2_LICENSE = [
  'XK_XDR_MC',
  'XK_XDR_LB',
  'XK_XDR_SHXYM',
  'XK_XDR_GSZC',
  'XK_XDR_ZZJG',
  'XK_XDR_SWDJ',
  'XK_XDR_SYDW',
  'XK_XDR_SHZZ',
  'XK_FRDB',
  'XK_FR_ZJLX',
  'XK_FR_ZJHM',
  'XK_XDR_ZJLX',
  'XK_XDR_ZJHM',
  'XK_XKWS',
  'XK_WSH',
  'XK_XKLB',
  'XK_XKZS',
  'XK_XKBH',
  'XK_NR',
  'XK_JDRQ',
  'XK_YXQZ',
  'XK_YXQZI',
  'XK_XKJG',
  'XK_XKJGDM',
  'XK_ZT',
  'XK_LYDW',
  'XK_LYDWDM',
  'BZ',
];
const V1_PENALTY_CN = [
  '行政处罚决定书文号',
  '处罚名称',
  '处罚类别1',
  '处罚类别2',
  '处罚事由',
  '处罚依据',
  '行政相对人名称',
  '行政相对人代码_1（统一社会信用代码）',
  '行政相对人代码_2（组织机构代码）',
  '行政相对人代码_3（工商登记码）',
  '行政相对人代码_4（税务登记号）',
  '行政相对人代码_5（居民身份证号）',
  '法定代表人姓名',
  '处罚结果',
  '处罚决定日期',
  '处罚机关',
  '当前状态',
  '地方编码',
  '数据更新时间戳',
  '备注',
];
const V2_PENALTY = [
  'CF_XDR_MC',
  'CF_XDR_LB',
  'CF_XDR_SHXYM',
  'CF_XDR_GSZC',
  'CF_XDR_ZZJG',
  'CF_XDR_SWDJ',
  'CF_XDR_SYDW',
  'CF_XDR_SHZZ',
  'CF_FRDB',
  'CF_FR_ZJLX',
  'CF_FR_ZJHM',
  'CF_XDR_ZJLX',
  'CF_XDR_ZJHM',
  'CF_WSH',
  'CF_WFXW',
  'CF_SY',
  'CF_YJ',
  'CF_CFLB',
  'CF_NR',
  'CF_NR_FK',
  'CF_NR_WFFF',
  'CF_NR_ZKDX',
  'CF_JDRQ',
  'CF_YXQ',
  'CF_GSJZQ',
  'CF_CFJG',
  'CF_CFJGDM',
  'CF_SJLY',
  'CF_SJLYDM',
  'BZ',
];

describe('detectItem', () => {
  it('detects a v1 licence file by codes', () => {
    const d = detectItem(CATALOG_ITEMS, V1_LICENSE);
    expect(d).toMatchObject({ item: { code: 'XZXK' }, score: 1, generation: 'v1', unknown: [], ambiguous: false });
    // v1 has no 行政相对人类别 and no authority code: intake derives them.
    expect(d?.missingRequired).toEqual(expect.arrayContaining(['XK_XDR_LB', 'XK_XKJGDM']));
  });

  it('detects a v2 licence file by codes', () => {
    const d = detectItem(CATALOG_ITEMS, V2_LICENSE);
    expect(d).toMatchObject({ item: { code: 'XZXK' }, score: 1, generation: 'v2', missingRequired: [] });
  });

  it('detects a v1 penalty file by Chinese names', () => {
    const d = detectItem(CATALOG_ITEMS, V1_PENALTY_CN);
    expect(d).toMatchObject({ item: { code: 'XZCF' }, score: 1, generation: 'v1' });
  });

  it('detects a v2 penalty file and reports unknown headers', () => {
    const d = detectItem(CATALOG_ITEMS, [...V2_PENALTY, '联系电话', '']);
    expect(d).toMatchObject({ item: { code: 'XZCF' }, generation: 'v2', unknown: ['联系电话'] });
    expect(d?.score).toBeCloseTo(30 / 31, 3);
  });

  it('detects a v2 penalty file by Chinese names with full-width variants', () => {
    const d = detectItem(CATALOG_ITEMS, [
      '行政相对人名称',
      '行政相对人类别',
      '行政相对人代码_1(统一社会信用代码)',
      '行政处罚决定书文号',
      '违法行为类型',
      '违法事实',
      '处罚依据',
      '处罚类别',
      '处罚内容',
      '罚款金额（万元）',
      '处罚决定日期',
      '处罚机关',
      '处罚机关统一社会信用代码',
    ]);
    expect(d).toMatchObject({ item: { code: 'XZCF' }, score: 1, generation: 'v2', missingRequired: [] });
  });

  it('detects a court list', () => {
    const d = detectItem(CATALOG_ITEMS, [
      '被执行人姓名或名称',
      '身份证号码',
      '执行法院',
      '执行案号',
      '生效法律文书确定的义务',
      '被执行人的履行情况',
      '失信被执行人行为具体情形',
      '发布时间',
    ]);
    expect(d?.item.code).toBe('SXBZXR');
  });

  it('says when headers fit two items equally, and when nothing fits', () => {
    expect(detectItem([XZXK, XZCF], ['行政相对人名称', '统一社会信用代码'])?.ambiguous).toBe(true);
    expect(detectItem(CATALOG_ITEMS, ['foo', 'bar'])).toBeUndefined();
  });
});

describe('mapCodeValue', () => {
  it('maps old numeric codes and current texts to one value', () => {
    expect(mapCodeValue(CFLB, '1')).toBe('罚款');
    expect(mapCodeValue(CFLB, '罚款')).toBe('罚款');
    expect(mapCodeValue(CFLB, '0')).toBe('警告');
    expect(mapCodeValue(CFLB, '2')).toBe('没收违法所得、没收非法财物');
    expect(mapCodeValue(XKLB, '特许')).toBe('特许');
    expect(mapCodeValue(XKLB, '1')).toBe('特许');
    expect(mapCodeValue(XKLB, '0')).toBe('普通');
    expect(mapCodeValue(XKLB, '其他(须注明)')).toBe('其他');
    expect(mapCodeValue(XDR_LB, '法人及非法人组织')).toBe('法人及非法人组织');
    expect(mapCodeValue(ZJLX, '身份证')).toBe('01');
    expect(mapCodeValue(CFLB, ' 罚　款 ')).toBe('罚款');
    expect(mapCodeValue(XKLB, '7')).toBeUndefined();
  });

  it('does not read a current-generation digit with the old meaning', () => {
    expect(mapCodeValue(DQZT, '1')).toBe('撤销');
    expect(mapCodeValue(DQZT, '1', { legacyCodes: false })).toBeUndefined();
    expect(mapCodeValue(DQZT, '正常', { legacyCodes: false })).toBe('正常');
  });

  it('splits multi-valued cells but keeps compound legacy categories whole', () => {
    expect(mapCodeValues(CFLB, '罚款；没收违法所得')).toEqual({ values: ['罚款', '没收违法所得'], unknown: [] });
    expect(mapCodeValues(CFLB, '没收违法所得、没收非法财物')).toEqual({ values: ['没收违法所得、没收非法财物'], unknown: [] });
    expect(mapCodeValues(CFLB, '警告、拘留、批评教育')).toEqual({ values: ['警告', '行政拘留'], unknown: ['批评教育'] });
  });
});
