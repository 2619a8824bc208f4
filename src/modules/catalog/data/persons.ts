import type { CatalogItem, ProviderRef } from '../catalog.types';
import { field, personFields } from './fields';

// Professional credit files (重点人群职业信用档案) for the plan's key groups, as records on natural
// persons. Never publicly displayed (山东省社会信用条例 art. 20): authorised query or government sharing.

const PROFESSION_PROVIDERS: ProviderRef[] = [
  'organization', // 公务员
  'justice', // 律师、公证员
  'finance', // 会计人员、注册会计师
  'health', // 执业医师、护士
  'market_regulation', // 执业药师 (药品监管 sits in 市场监管 at city level)
  'education', // 教师
  'culture_tourism', // 导游
  'statistics', // 统计人员
  'financial_regulation', // 保险从业人员
  'human_resources', // 其他职业资格
];

/** 职业资格信息: one record per qualification or practising certificate. */
export const ZYZG: CatalogItem = {
  code: 'ZYZG',
  name: '职业资格信息',
  section: 'qualification',
  nature: 'basic',
  disclosure: 'authorized',
  subjectKinds: ['natural_person'],
  doublePublicity: null,
  listFlag: null,
  providers: PROFESSION_PROVIDERS,
  keyFields: ['ZYLB', 'ZGZSBH'],
  fields: [
    ...personFields(),
    field('ZYLB', '职业类别', 'enum', { required: true, codeTable: 'ZYLB', aliases: ['人员类别', '职业'] }),
    field('ZGZSMC', '资格证书名称', 'string', { maxLength: 200, aliases: ['证书名称', '资格名称'] }),
    field('ZGZSBH', '资格证书编号', 'string', { required: true, maxLength: 100, role: 'doc_no', aliases: ['证书编号', '资格证号'] }),
    field('ZYZSBH', '执业证书编号', 'string', { maxLength: 100, aliases: ['执业证号', '执业证书号', '注册证书编号'] }),
    field('ZYFW', '执业范围', 'string', { maxLength: 200, aliases: ['执业类别', '专业', '学科'] }),
    field('GZDW', '执业机构（工作单位）', 'string', { maxLength: 200, aliases: ['工作单位', '执业机构', '执业单位', '所在单位'] }),
    field('QDRQ', '取得日期', 'date', { required: true, role: 'decision_date', aliases: ['发证日期', '取得资格日期', '注册日期'] }),
    field('YXQZ', '有效期至', 'date', { role: 'valid_to' }),
    field('FZJG', '发证机关', 'string', {
      required: true,
      maxLength: 200,
      role: 'authority',
      aliases: ['发证单位', '注册机关', '登记机关'],
    }),
    field('ZGZT', '资格状态', 'enum', { codeTable: 'ZGZT', role: 'status', aliases: ['状态', '执业状态'] }),
    field('BZ', '备注', 'text', { maxLength: 1000, role: 'remark' }),
  ],
  publicity: { mode: 'validity', hardLimit: false },
  natureRules: [],
  generations: [],
  basis:
    '《医师法》《律师法》《公证法》《会计法》《注册会计师法》《教师法》《导游人员管理条例》《统计法》《保险法》《公务员法》等职业管理法律法规；泰安市社会信用体系建设规划（2016-2020年）重点人群信用档案；《山东省社会信用条例》第二十条。',
  ruleNotes: ['公务员记录其登记信息（公务员不属职业资格，借用本条目建档）。', '自然人信息仅授权查询、政务共享，不公开公示。'],
};

/** 从业人员失信行为: sanctions on professionals by their supervising department. */
export const CYRYSX: CatalogItem = {
  code: 'CYRYSX',
  name: '从业人员失信行为',
  section: 'qualification',
  nature: 'dishonest',
  // Used in 评优评先, 公职录用 and licensing checks by departments: government sharing by default.
  disclosure: 'shared',
  subjectKinds: ['natural_person'],
  doublePublicity: null,
  listFlag: null,
  providers: PROFESSION_PROVIDERS,
  keyFields: ['JDWSH'],
  fields: [
    ...personFields(),
    field('ZYLB', '职业类别', 'enum', { required: true, codeTable: 'ZYLB', aliases: ['人员类别', '职业'] }),
    field('ZYZSBH', '执业证书编号', 'string', { maxLength: 100, aliases: ['执业证号', '资格证书编号', '证书编号'] }),
    field('GZDW', '执业机构（工作单位）', 'string', { maxLength: 200, aliases: ['工作单位', '执业机构', '所在单位'] }),
    field('SXXW', '失信行为', 'text', {
      required: true,
      maxLength: 2000,
      aliases: ['失信行为情形', '违法违规行为', '不良行为', '主要事实'],
    }),
    field('CLCS', '处理措施', 'enum', { required: true, codeTable: 'CLCS', multiple: true, aliases: ['处理类别', '处罚类别'] }),
    field('CLJG', '处理结果', 'text', { maxLength: 2000, aliases: ['处理决定', '处理内容'] }),
    field('CLYJ', '处理依据', 'text', { maxLength: 1000, aliases: ['法律依据', '依据'] }),
    field('JDWSH', '决定文书号', 'string', { required: true, maxLength: 100, role: 'doc_no', aliases: ['决定书文号', '文号'] }),
    field('JDRQ', '决定日期', 'date', { required: true, role: 'decision_date', aliases: ['处理日期', '作出决定日期'] }),
    field('SXXWJSRQ', '失信行为终止日期', 'date', { role: 'act_end_date' }),
    field('CLQXZ', '处理期限至', 'date', { role: 'valid_to', aliases: ['禁业期限至', '暂停执业期限至'] }),
    field('RDJG', '认定机关', 'string', { required: true, maxLength: 200, role: 'authority', aliases: ['处理机关', '决定机关'] }),
    field('BZ', '备注', 'text', { maxLength: 1000, role: 'remark' }),
  ],
  publicity: { mode: 'list_term', hardLimit: true, note: '至处理期限届满；未载明期限的，按失信信息最长披露期限。' },
  natureRules: [],
  generations: [],
  basis: '各职业管理法律法规中的执业处罚与处分规定；《山东省社会信用条例》第十三条、第二十条、第三十八条。',
  ruleNotes: [
    '自然人信息不公开公示；本人可查询，他人须经本人书面授权。',
    '失信信息自失信行为终止之日起最长披露五年（山东省社会信用条例第三十八条）。',
  ],
};
