import type { PublicityRule } from '../catalog.types';

// Publicity rule versions (DOMAIN §5). Every period lives here; catalog.rules.ts only does arithmetic.
// A record keeps the version in force on its decision date, so an old rule is never edited once
// records point at it: a correction is a new version.

/** 发改办财金〔2019〕527号: 一般 3 months–1 year [P], 严重 6 months–3 years [V]. */
export const RULE_2019_527: PublicityRule = {
  version: '2019-527',
  name: '行政处罚信息信用修复机制（2019）',
  basis: '发改办财金〔2019〕527号《关于进一步完善"信用中国"网站及地方信用门户网站行政处罚信息信用修复机制的通知》',
  kind: 'penalty_periods',
  // [U] DOMAIN gives only the year; 2019-07-01 is assumed. Decisions before it fall back to this rule
  // only when the caller asks for it (ruleVersionFor opts.beforeEarliest).
  effectiveFrom: '2019-07-01',
  effectiveTo: '2023-04-30',
  selectable: false,
  default: true,
  defaultSeverity: 'general',
  tiers: [
    { severity: 'general', label: '一般失信行为', min: { months: 3 }, max: { years: 1 }, publication: 'required' },
    { severity: 'serious', label: '严重失信行为', min: { months: 6 }, max: { years: 3 }, publication: 'required' },
  ],
  sectorMinimums: [],
  penaltyTypes: [],
  notes: ['公示期自行政处罚决定作出之日起算。', '本规则不分轻微失信；轻微按一般处理。', '法律、法规另有规定的，从其规定。'],
};

/** 国家发展改革委令第58号, effective 2023-05-01 [V]: 3 months–3 years; 1-year minimum in five sectors. */
export const RULE_2023_58: PublicityRule = {
  version: '2023-58',
  name: '失信行为纠正后的信用信息修复管理办法（试行）',
  basis: '国家发展改革委令第58号（2023年1月13日公布，2023年5月1日起施行）',
  kind: 'penalty_periods',
  effectiveFrom: '2023-05-01',
  effectiveTo: null,
  selectable: false,
  default: true,
  defaultSeverity: 'general',
  // 58号令 does not tier by severity: one tier for all [P].
  tiers: [{ severity: 'any', label: '行政处罚信息', min: { months: 3 }, max: { years: 3 }, publication: 'required' }],
  sectorMinimums: [
    {
      sectors: ['food', 'drugs', 'special_equipment', 'work_safety', 'fire'],
      min: { years: 1 },
      basis: '涉及食品、药品、特种设备、安全生产、消防领域的行政处罚信息，最短公示期一年。',
    },
  ],
  // Per-type periods of 58号令 (e.g. whether 警告/通报批评-only penalties are published) could not be read
  // (DOMAIN §13); the mechanism is here so they can be added as data when confirmed.
  penaltyTypes: [],
  notes: [
    '公示期自行政处罚决定作出之日起算。',
    '最短公示期届满后方可申请信用修复；最长公示期届满自动停止公示。',
    '一个处罚决定涉及多种处罚类型、多个领域的，按公示期最长的确定。',
  ],
};

/**
 * 国办发〔2025〕22号 three tiers [V]. Selectable, not default: sector regulators still have to publish
 * their classifications, so an installation switches it on by configuration. effectiveFrom is the
 * document date 2025-06-22; an implementation date set by the regulators may differ [U].
 */
export const RULE_2025_22: PublicityRule = {
  version: '2025-22',
  name: '关于进一步完善信用修复制度的实施方案（2025）',
  basis: '国办发〔2025〕22号',
  kind: 'penalty_periods',
  effectiveFrom: '2025-06-22',
  effectiveTo: null,
  selectable: true,
  default: false,
  defaultSeverity: 'general',
  tiers: [
    // 轻微: may stay unpublished, repairable as soon as the obligation is fulfilled, at most 3 months if published.
    { severity: 'minor', label: '轻微失信信息', min: { months: 0 }, max: { months: 3 }, publication: 'optional' },
    { severity: 'general', label: '一般失信信息', min: { months: 3 }, max: { years: 1 }, publication: 'required' },
    { severity: 'serious', label: '严重失信信息', min: { years: 1 }, max: { years: 3 }, publication: 'required' },
  ],
  sectorMinimums: [],
  penaltyTypes: [],
  notes: [
    '失信信息分为轻微、一般、严重三类，具体分类标准由行业主管部门制定。',
    '轻微失信信息可不公示；公示的最长三个月，履行法定义务后即可修复。',
    '"信用中国"网站为信用修复总窗口，作出处罚决定时同步送达信用修复告知书（两书同达）。',
  ],
};

/** 山东省社会信用条例 art. 38 [V]: 失信信息 disclosed at most 5 years from the end of the dishonest act. */
export const RULE_SD_2020: PublicityRule = {
  version: 'sd-2020-38',
  name: '山东省失信信息最长披露期限',
  basis: '《山东省社会信用条例》第三十八条（2020年10月1日起施行）',
  kind: 'hard_limit',
  effectiveFrom: '2020-10-01',
  effectiveTo: null,
  selectable: false,
  default: true,
  region: '37',
  tiers: [],
  sectorMinimums: [],
  penaltyTypes: [],
  limit: { max: { years: 5 }, from: 'act_end', natures: ['dishonest'] },
  notes: ['期满后从网站删除，不再提供查询，不得作为失信惩戒依据；法律、行政法规另有规定的除外。'],
};

/** Every shipped rule version, oldest first. */
export const PUBLICITY_RULES: PublicityRule[] = [RULE_2019_527, RULE_SD_2020, RULE_2023_58, RULE_2025_22];
