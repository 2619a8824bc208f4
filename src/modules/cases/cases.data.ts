/**
 * The rules the case workflows read, as data (periods change with rule versions; DOMAIN §5–6).
 * Periods marked [U] are practice we could not read in a binding text; a deployment changes them here.
 */
export const CASE_RULES = {
  objection: {
    /** 山东省社会信用条例第三十九条: within the receiving unit's remit, 3 working days from receipt. */
    platformWorkingDays: 3,
    /** … when another unit (the provider) must verify, 7 working days from receipt. */
    providerWorkingDays: 7,
    basis: '《山东省社会信用条例》第三十九条',
  },
  repair: {
    /** Decision within 10 working days of acceptance (信用中国（江西）practice [U]; 58号令's own periods not read). */
    decisionWorkingDays: 10,
    basis: '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号）',
  },
  complaint: {
    /** The competent department concludes within 15 working days of routing [U]. */
    workingDays: 15,
  },
} as const;

/** Objection grounds (信用湛江's list, DOMAIN §6.3, plus infringement of rights from art. 39). */
export const OBJECTION_GROUNDS = {
  wrong: '信息错误',
  missing: '信息遗漏',
  duplicate: '重复公示',
  should_not_publish: '不应公示',
  overdue_publicity: '超期公示',
  differs_from_authority: '与认定机关信息不一致',
  infringement: '侵犯合法权益',
} as const;
export type ObjectionGround = keyof typeof OBJECTION_GROUNDS;

/** How an objection ends (山东省社会信用条例第三十九条 and DOMAIN §6.2). */
export const OBJECTION_OUTCOMES = {
  corrected: '信息已更正',
  supplemented: '信息已补充',
  publicity_stopped: '已停止公示',
  removed_from_list: '已移出名单',
  upheld: '经核实信息无误，维持原信息',
} as const;
export type ObjectionOutcome = keyof typeof OBJECTION_OUTCOMES;

export const COMPLAINT_OUTCOMES = {
  substantiated: '举报属实，已依法处理',
  unsubstantiated: '经核查举报不属实',
} as const;
export type ComplaintOutcome = keyof typeof COMPLAINT_OUTCOMES;

/**
 * Penalties the platform does not repair locally, by the provider's function: the form says where to apply.
 * 市场监管 penalties are repaired through the national enterprise credit publicity system (DOMAIN §5.5).
 */
export const REPAIR_ELSEWHERE: Record<string, string> = {
  market_regulation:
    '市场监管部门作出的行政处罚信息，请通过国家企业信用信息公示系统（www.gsxt.gov.cn）向作出处罚决定的市场监管部门申请信用修复，修复结果将同步至本平台。',
};

/** The credit commitment the applicant signs with a repair application. */
export const REPAIR_COMMITMENT =
  '本单位（本人）承诺：已经纠正失信行为、履行相关义务、消除不良影响；所提交材料真实、准确、完整；修复后如再次发生同类失信行为，自愿接受相关部门依法依规实施的惩戒措施。';

export const EVIDENCE_LIMITS = {
  maxFiles: 5,
  maxBytes: 5 * 1024 * 1024,
  types: { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG' } as Record<string, string>,
};
