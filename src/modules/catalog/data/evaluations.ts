import type { CatalogItem } from '../catalog.types';
import { field, orgFields, personFields } from './fields';

// 信用评价信息: grades and ratings. Grades are 其他信息; the consequences of a low grade (D级, 差) are
// for the measures catalogue, not a change of nature.

/** 纳税信用等级 A/B/M/C/D (DOMAIN §8 [P]). Only A is published by 税务; the full scale is shared. */
export const NSXYDJ: CatalogItem = {
  code: 'NSXYDJ',
  name: '纳税信用等级',
  section: 'evaluation',
  nature: 'other',
  disclosure: 'shared',
  subjectKinds: ['legal_person'],
  doublePublicity: null,
  listFlag: null,
  providers: ['tax'],
  keyFields: ['PJND'],
  fields: [
    ...orgFields({ nameLabel: '纳税人名称', withLegalRep: false }),
    field('NSRSBH', '纳税人识别号', 'subject_code', { maxLength: 20, role: 'tax_no', aliases: ['税务登记号'] }),
    field('PJND', '评价年度', 'integer', { required: true, aliases: ['年度'] }),
    field('XYDJ', '纳税信用等级', 'enum', { required: true, codeTable: 'NSXYDJ', aliases: ['信用等级', '等级'] }),
    field('PJDF', '评价得分', 'decimal', { aliases: ['得分', '分数'] }),
    field('PJJG', '评价税务机关', 'string', { required: true, maxLength: 200, role: 'authority', aliases: ['税务机关', '评价机关'] }),
    field('PJRQ', '评价日期', 'date', { required: true, role: 'decision_date', aliases: ['发布日期', '评定日期'] }),
    field('YXQZ', '有效期至', 'date', { role: 'valid_to' }),
  ],
  publicity: { mode: 'validity', hardLimit: false, note: '政务共享，用于信用分级分类监管；A级另见A级纳税人名单。' },
  natureRules: [],
  generations: [],
  basis: '《纳税信用管理办法（试行）》及其后续修订；《山东省社会信用条例》第二十六条（信用分级分类管理）。',
  ruleNotes: ['A级结果公开公示（见A级纳税人名单）；B、M、C、D级仅政务共享、本人查询。'],
};

/** 公共信用综合评价结果 (GB/T 45255-2025; credit centre). Automated, so explainable and reviewable. */
export const GGXYPJ: CatalogItem = {
  code: 'GGXYPJ',
  name: '公共信用综合评价结果',
  section: 'evaluation',
  nature: 'other',
  disclosure: 'shared',
  subjectKinds: ['legal_person', 'non_enterprise'],
  doublePublicity: null,
  listFlag: null,
  providers: ['credit_center'],
  keyFields: ['MXBB', 'PJRQ'],
  fields: [
    ...orgFields({ withLegalRep: false }),
    field('PJDJ', '评价等级', 'enum', { required: true, codeTable: 'PJDJ', aliases: ['综合评价等级', '信用等级', '等级'] }),
    field('PJDF', '评价得分', 'decimal', { aliases: ['综合得分', '得分'] }),
    field('MXBB', '评价模型版本', 'string', { required: true, maxLength: 50, aliases: ['模型版本'] }),
    field('PJRQ', '评价日期', 'date', { required: true, role: 'decision_date', aliases: ['评价时间'] }),
    field('YXQZ', '有效期至', 'date', { role: 'valid_to' }),
    field('PJJG', '评价机构', 'string', { required: true, maxLength: 200, role: 'authority', aliases: ['评价单位'] }),
    field('PJSM', '评价说明', 'text', { maxLength: 4000, aliases: ['等级说明', '评价依据'] }),
  ],
  publicity: { mode: 'validity', hardLimit: false, note: '新结果生成后替代旧结果，历史结果保留。' },
  natureRules: [],
  generations: [],
  basis: 'GB/T 45255-2025《公共信用综合评价规范》（2025-06-01实施）；《山东省社会信用条例》第二十六条。',
  ruleNotes: ['自动生成的评价结果须可解释、可人工复核。', '等级符号采用平台默认模板 A/B/C/D，国家标准的等级表示未核实。'],
};

/** 农户信用档案 (农业农村 / 人民银行 rural credit system). Never income, deposits or real estate. */
export const NHXYDA: CatalogItem = {
  code: 'NHXYDA',
  name: '农户信用档案',
  section: 'evaluation',
  nature: 'other',
  disclosure: 'authorized',
  subjectKinds: ['natural_person'],
  doublePublicity: null,
  listFlag: null,
  providers: ['agriculture', 'pbc'],
  keyFields: ['PDRQ'],
  fields: [
    ...personFields('户主姓名'),
    field('SZC', '所在村', 'string', { required: true, maxLength: 200, aliases: ['村名称', '所在村（社区）', '户籍所在村'] }),
    field('XZQHDM', '行政区划代码', 'code', { maxLength: 12, role: 'region_code', aliases: ['区划代码'] }),
    field('JTRK', '家庭人口', 'integer', { aliases: ['家庭人口数'] }),
    field('JYXM', '主要生产经营项目', 'string', { maxLength: 200, aliases: ['经营项目', '主要经营项目'] }),
    field('JYGM', '经营规模', 'string', { maxLength: 200, description: '如种植面积（亩）、养殖数量，不含收入与资产。' }),
    field('XYDJ', '农户信用等级', 'enum', { required: true, codeTable: 'NHXYDJ', aliases: ['信用等级', '评定等级'] }),
    field('PDRQ', '评定日期', 'date', { required: true, role: 'decision_date', aliases: ['评定时间', '评级日期'] }),
    field('YXQZ', '有效期至', 'date', { role: 'valid_to' }),
    field('PDJG', '评定机构', 'string', { required: true, maxLength: 200, role: 'authority', aliases: ['评定单位', '评级机构'] }),
  ],
  publicity: { mode: 'validity', hardLimit: false },
  natureRules: [],
  generations: [],
  basis: '人民银行、农业农村部门农村信用体系建设（农户信用信息采集与评定）；《山东省社会信用条例》第二十条、第四十二条。',
  ruleNotes: [
    '不得将收入、存款、有价证券、商业保险、不动产信息作为公共信用信息采集（山东省社会信用条例第四十二条）。',
    '自然人信息仅授权查询、政务共享，不公开公示。',
  ],
};

/** 信用村 ratings: the village committee (非企业法人库) is the subject. */
export const XYC: CatalogItem = {
  code: 'XYC',
  name: '信用村评定',
  section: 'evaluation',
  nature: 'other',
  disclosure: 'public',
  subjectKinds: ['non_enterprise'],
  doublePublicity: null,
  listFlag: null,
  providers: ['agriculture', 'pbc'],
  keyFields: ['PDND'],
  fields: [
    ...orgFields({ nameLabel: '村民委员会名称', withLegalRep: false, required: false }),
    field('CWHZR', '村民委员会主任', 'string', { maxLength: 50, role: 'legal_rep', aliases: ['村委会主任', '负责人'] }),
    field('SSXZ', '所属乡（镇、街道）', 'string', { maxLength: 100, aliases: ['所属乡镇', '乡镇（街道）'] }),
    field('XZQHDM', '行政区划代码', 'code', { maxLength: 12, role: 'region_code', aliases: ['区划代码'] }),
    field('DJ', '信用村等级', 'enum', { required: true, codeTable: 'XYCDJ', aliases: ['评定结果', '等级'] }),
    field('PDND', '评定年度', 'integer', { required: true, aliases: ['年度'] }),
    field('PDRQ', '评定日期', 'date', { required: true, role: 'decision_date', aliases: ['评定时间'] }),
    field('PDDW', '评定单位', 'string', { required: true, maxLength: 200, role: 'authority', aliases: ['评定机构'] }),
    field('PDWH', '评定文号', 'string', { maxLength: 100, role: 'doc_no', aliases: ['文号'] }),
    field('YXQZ', '有效期至', 'date', { role: 'valid_to' }),
  ],
  publicity: { mode: 'validity', hardLimit: false },
  natureRules: [],
  generations: [],
  basis: '人民银行、农业农村部门信用村（信用乡镇）评定；《山东省社会信用条例》第十四条。',
  ruleNotes: ['村民委员会未取得统一社会信用代码的，按名称与行政区划代码关联主体。'],
};
