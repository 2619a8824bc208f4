import type { CatalogItem } from '../catalog.types';
import { anySubjectFields, field, orgFields } from './fields';

// Registration, commitments and social-insurance arrears.

/** 登记注册信息: 基础信息 per 山东省社会信用条例 art. 12 (登记或者注册事项). */
export const DJZC: CatalogItem = {
  code: 'DJZC',
  name: '登记注册信息',
  section: 'basic',
  nature: 'basic',
  disclosure: 'public',
  subjectKinds: ['legal_person', 'non_enterprise'],
  doublePublicity: null,
  listFlag: null,
  // 企业、个体、合作社 (市场监管); 社会组织 (民政); 机关、事业单位 (机构编制, under 组织); 律所、公证处 (司法); 集体经济组织 (农业农村).
  providers: ['market_regulation', 'civil_affairs', 'organization', 'justice', 'agriculture'],
  keyFields: ['TYSHXYDM'],
  fields: [
    ...orgFields({ nameLabel: '名称' }),
    field('ZTLX', '主体类型', 'enum', { required: true, codeTable: 'ZTLX', aliases: ['主体类别', '机构类型'] }),
    field('QYLX', '企业类型', 'string', { maxLength: 100, aliases: ['类型', '企业（机构）类型', '组织形式'] }),
    field('CLRQ', '成立日期', 'date', { required: true, role: 'decision_date', aliases: ['成立时间', '注册日期', '设立日期'] }),
    field('ZCZB', '注册资本（万元）', 'decimal', { aliases: ['注册资本(万元)', '开办资金（万元）'], description: '单位为万元。' }),
    field('JYFW', '经营范围', 'text', { maxLength: 4000, aliases: ['业务范围', '宗旨和业务范围'] }),
    field('ZS', '住所', 'string', { maxLength: 500, aliases: ['地址', '注册地址', '经营场所'] }),
    field('XZQHDM', '行政区划代码', 'code', { maxLength: 12, role: 'region_code', aliases: ['区划代码', '所属区域代码'] }),
    field('DJJG', '登记机关', 'string', { required: true, maxLength: 200, role: 'authority', aliases: ['登记管理机关', '发证机关'] }),
    field('HZRQ', '核准日期', 'date', { aliases: ['最近核准日期'] }),
    field('YYQXZ', '营业期限至', 'date', { role: 'valid_to', aliases: ['经营期限至', '有效期至'] }),
    field('DJZT', '登记状态', 'enum', { codeTable: 'DJZT', role: 'status', aliases: ['经营状态', '状态'] }),
  ],
  publicity: { mode: 'indefinite', hardLimit: false, note: '随登记机关变更同步更新，注销后保留历史。' },
  natureRules: [],
  generations: [],
  basis: '《山东省社会信用条例》第十二条；《企业信息公示暂行条例》；社会组织、事业单位登记管理法规。',
  ruleNotes: ['名称变更形成主体曾用名；旧注册号、组织机构代码作为关联标识保留。'],
};

/** 信用承诺及履行情况: 山东省社会信用条例 art. 32 [V]. Any department that accepts commitments. */
export const XYCN: CatalogItem = {
  code: 'XYCN',
  name: '信用承诺及履行情况',
  section: 'commitment',
  nature: 'other',
  disclosure: 'public',
  naturalPersonDisclosure: 'authorized',
  subjectKinds: ['legal_person', 'non_enterprise', 'natural_person'],
  doublePublicity: null,
  listFlag: null,
  providers: ['any'],
  keyFields: ['CNSBH'],
  fields: [
    ...anySubjectFields('承诺主体名称'),
    field('CNLX', '承诺类型', 'enum', { required: true, codeTable: 'CNLX', aliases: ['承诺类别'] }),
    field('CNSX', '承诺事项', 'string', { required: true, maxLength: 500, aliases: ['承诺事由', '办理事项'] }),
    field('CNNR', '承诺内容', 'text', { required: true, maxLength: 4000, aliases: ['承诺书内容'] }),
    field('CNSBH', '承诺书编号', 'string', { required: true, maxLength: 100, role: 'doc_no', aliases: ['承诺编号', '编号'] }),
    field('CNRQ', '承诺日期', 'date', { required: true, role: 'decision_date', aliases: ['承诺时间', '作出承诺日期'] }),
    field('CNYXQZ', '承诺有效期至', 'date', { role: 'valid_to', aliases: ['有效期至', '履约期限'] }),
    field('SLDW', '承诺受理单位', 'string', { required: true, maxLength: 200, role: 'authority', aliases: ['受理单位', '受理部门'] }),
    field('LYZT', '履约状态', 'enum', { codeTable: 'LYZT', role: 'status', aliases: ['履约情况', '履诺情况'] }),
    field('HCRQ', '履约核查日期', 'date', { aliases: ['核查日期'] }),
    field('WNQX', '违诺情形', 'text', { maxLength: 2000, aliases: ['失诺情形', '未履约情形'] }),
  ],
  publicity: { mode: 'validity', hardLimit: false },
  natureRules: [],
  generations: [],
  basis: '《山东省社会信用条例》第三十二条（告知承诺制审批中的信用承诺及履行情况纳入信用记录）。',
  ruleNotes: [
    '违诺的，受理单位依其规定作出处理；处理决定按相应条目（如行政处罚）另行报送。',
    '自然人的承诺信息不公开公示，仅授权查询、政务共享。',
  ],
};

/** 社会保险欠缴: refusing to pay social insurance is 失信信息 (山东省社会信用条例 art. 13 (1)). */
export const SBQJ: CatalogItem = {
  code: 'SBQJ',
  name: '社会保险费欠缴信息',
  section: 'administration',
  nature: 'dishonest',
  disclosure: 'shared',
  subjectKinds: ['legal_person', 'non_enterprise'],
  doublePublicity: null,
  listFlag: null,
  // Contributions are collected by 税务 in many places since 2019 and 医疗保险 is run by 医保 [U] for Shandong's split.
  providers: ['human_resources', 'tax', 'medical_insurance'],
  keyFields: ['JDWSH'],
  fields: [
    ...orgFields({ nameLabel: '用人单位名称' }),
    field('DWBH', '社会保险单位编号', 'string', { maxLength: 50, aliases: ['单位编号', '社保登记证号', '社会保险登记证编号'] }),
    field('QJXZ', '欠缴险种', 'enum', { required: true, codeTable: 'SBXZ', multiple: true, aliases: ['险种'] }),
    field('QJQSNY', '欠缴起始年月', 'string', { maxLength: 7, aliases: ['欠费起始年月'], description: '格式 YYYY-MM。' }),
    field('QJJZNY', '欠缴截止年月', 'string', { maxLength: 7, aliases: ['欠费截止年月'], description: '格式 YYYY-MM。' }),
    field('QJJE', '欠缴金额（万元）', 'decimal', { required: true, aliases: ['欠费金额（万元）'], description: '单位为万元。' }),
    field('JDWSH', '责令限期缴纳决定书文号', 'string', { required: true, maxLength: 100, role: 'doc_no', aliases: ['决定书文号', '文号'] }),
    field('RDRQ', '认定日期', 'date', { required: true, role: 'decision_date', aliases: ['决定日期'] }),
    field('RDJG', '认定机关', 'string', { required: true, maxLength: 200, role: 'authority', aliases: ['社会保险经办机构', '决定机关'] }),
    field('BJZT', '补缴状态', 'enum', { codeTable: 'BJSZT', role: 'status', aliases: ['缴纳状态'] }),
    field('BJRQ', '补缴完成日期', 'date', { role: 'act_end_date', aliases: ['补缴日期', '缴清日期'] }),
  ],
  publicity: { mode: 'indefinite', hardLimit: true, note: '补缴完毕后可申请信用修复；失信信息自补缴完成之日起最长披露五年。' },
  natureRules: [],
  generations: [],
  basis: '《社会保险法》第八十六条；《山东省社会信用条例》第十三条第一款第一项。',
  ruleNotes: ['仅政务共享：用于财政资金、评优评先等场景的信用核查。'],
};
