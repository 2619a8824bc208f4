import type { EndReason } from './lists.machine';

/**
 * What a list type adds to its catalogue item (name, deciding departments and validity come from the
 * catalogue): how an entry is made public (prior written notice or public announcement, with the days given
 * to object) and when it leaves the list. Periods marked [U] are common practice, not a text we hold: they
 * are data, so a deployment changes them here without touching the lifecycle.
 */
export interface ListTypeRule {
  /** The catalogue item code of the list. */
  code: string;
  /** notice: 书面告知 before publication (失信 lists); announcement: 公示 before publication (red lists). */
  procedure: 'notice' | 'announcement';
  /** Working days the subject (notice) or the public (announcement) has to object before publication. */
  objectionWorkingDays: number;
  /** Validity when the decision gives none, in years from the start date; null = until removed. */
  defaultYears: number | null;
  /** How entries leave the list, in the words shown on the console and the public page. */
  exits: readonly { reason: EndReason; text: string }[];
  basis: string;
}

const REVOKED = { reason: 'revoked', text: '列入决定被依法撤销的，自撤销之日起移出' } as const;

export const LIST_TYPE_RULES: readonly ListTypeRule[] = [
  {
    code: 'SXBZXR',
    procedure: 'notice',
    objectionWorkingDays: 0,
    defaultYears: null,
    exits: [
      { reason: 'removed', text: '被执行人履行义务或人民法院决定删除的，以法院删除信息为准移出' },
      { reason: 'expired', text: '人民法院确定的期限届满的，自动移出' },
      REVOKED,
    ],
    basis: '《最高人民法院关于公布失信被执行人名单信息的若干规定》：由人民法院决定纳入、删除，平台收到即同步。',
  },
  {
    code: 'ZDSSWF',
    procedure: 'notice',
    objectionWorkingDays: 5,
    defaultYears: 3,
    exits: [
      { reason: 'expired', text: '公布期满（3年）的，自动移出' },
      { reason: 'repaired', text: '缴清税款、滞纳金和罚款并经税务机关确认提前停止公布的，移出' },
      REVOKED,
    ],
    basis: '重大税收违法失信主体信息公布管理办法；书面告知后 5 个工作日陈述申辩期为常见做法 [U]。',
  },
  {
    code: 'YZWFSX',
    procedure: 'notice',
    objectionWorkingDays: 5,
    defaultYears: 3,
    exits: [
      { reason: 'expired', text: '列入满 3 年且未再发生相关违法行为的，自动移出' },
      { reason: 'repaired', text: '提前申请信用修复并经市场监管部门决定的，移出' },
      REVOKED,
    ],
    basis: '市场监督管理严重违法失信名单管理办法：列入前告知拟列入事由、依据及当事人享有的陈述申辩权。',
  },
  {
    code: 'JYYC',
    procedure: 'notice',
    objectionWorkingDays: 0,
    defaultYears: null,
    exits: [
      { reason: 'removed', text: '补报年度报告、更正公示信息或恢复联系后，经市场监管部门决定移出' },
      { reason: 'revoked', text: '列入决定有误被撤销的，移出' },
    ],
    basis: '《企业信息公示暂行条例》第十七条：履行公示义务后申请移出；满 3 年未履行的列入严重违法失信名单。',
  },
  {
    code: 'ZFCGSX',
    procedure: 'notice',
    objectionWorkingDays: 5,
    defaultYears: 3,
    exits: [{ reason: 'expired', text: '禁止参加政府采购活动的期限届满的，自动移出' }, REVOKED],
    basis: '《政府采购法》第七十七条；财政部门处罚决定确定的禁止期限。',
  },
  {
    code: 'TQNMGGZ',
    procedure: 'notice',
    objectionWorkingDays: 5,
    defaultYears: 3,
    exits: [
      { reason: 'expired', text: '列入满 3 年的，自动移出' },
      { reason: 'repaired', text: '已清偿拖欠工资并经人社部门决定提前移出的，移出' },
      REVOKED,
    ],
    basis: '拒不支付劳动报酬失信联合惩戒对象名单管理暂行办法：列入前书面告知，当事人可在 5 个工作日内陈述申辩 [U]。',
  },
  {
    code: 'AQSCSX',
    procedure: 'notice',
    objectionWorkingDays: 5,
    defaultYears: 3,
    exits: [
      { reason: 'expired', text: '管理期限（3年）届满的，自动移出' },
      { reason: 'repaired', text: '完成整改并经应急管理部门决定提前移出的，移出' },
      REVOKED,
    ],
    basis: '安全生产严重失信主体名单管理办法 [U]：列入前书面告知。',
  },
  {
    code: 'AJNSR',
    procedure: 'announcement',
    objectionWorkingDays: 5,
    defaultYears: 1,
    exits: [
      { reason: 'expired', text: '评价年度届满、新一年度评价结果公布后移出' },
      { reason: 'removed', text: '评价期内发生失信行为、被税务机关调整级别的，移出' },
      REVOKED,
    ],
    basis: '纳税信用管理办法；列入红名单前向社会公示征求意见 [U]。',
  },
  {
    code: 'SHTXY',
    procedure: 'announcement',
    objectionWorkingDays: 5,
    defaultYears: 2,
    exits: [
      { reason: 'expired', text: '公示有效期届满的，移出' },
      { reason: 'removed', text: '发生严重失信行为的，由认定部门取消并移出' },
      REVOKED,
    ],
    basis: '“守合同重信用”企业公示活动规则 [U]：拟公示名单经社会公示无异议后发布。',
  },
];

const BY_CODE = new Map(LIST_TYPE_RULES.map((r) => [r.code, r]));

/** The rule of a list type; a list item shipped without one gets the punitive default (notice, no term). */
export function listTypeRule(code: string, flag: 'red' | 'black' | 'focus'): ListTypeRule {
  return (
    BY_CODE.get(code) ?? {
      code,
      procedure: flag === 'red' ? 'announcement' : 'notice',
      objectionWorkingDays: 5,
      defaultYears: null,
      exits: [{ reason: 'removed', text: '由认定部门决定移出' }, REVOKED],
      basis: '',
    }
  );
}
