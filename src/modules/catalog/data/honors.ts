import type { CatalogItem } from '../catalog.types';
import { anySubjectFields, field, orgFields } from './fields';

// 守信激励: red lists and honours (诚实守信相关荣誉信息). 其他信息 per 山东省社会信用条例 art. 14.

/** A级纳税人名单: published yearly by 税务 (DOMAIN §8: grades published around April [P]). */
export const AJNSR: CatalogItem = {
  code: 'AJNSR',
  name: 'A级纳税人名单',
  section: 'honor',
  nature: 'other',
  disclosure: 'public',
  subjectKinds: ['legal_person'],
  doublePublicity: null,
  listFlag: 'red',
  providers: ['tax'],
  keyFields: ['PJND'],
  fields: [
    ...orgFields({ nameLabel: '纳税人名称', withLegalRep: false }),
    field('NSRSBH', '纳税人识别号', 'subject_code', { maxLength: 20, role: 'tax_no', aliases: ['税务登记号'] }),
    field('PJND', '评价年度', 'integer', { required: true, aliases: ['年度', '纳税信用评价年度'] }),
    field('FBRQ', '发布日期', 'date', { required: true, role: 'decision_date', aliases: ['公布日期', '发布时间'] }),
    field('FBJG', '发布税务机关', 'string', { required: true, maxLength: 200, role: 'authority', aliases: ['税务机关', '评价机关'] }),
    field('YXQZ', '有效期至', 'date', { role: 'valid_to' }),
  ],
  // Valid until the next annual evaluation replaces it (about one year) [U].
  publicity: { mode: 'list_term', term: { years: 1 }, hardLimit: false, note: '下一年度评价结果发布后由新名单替代。' },
  natureRules: [],
  generations: [],
  basis: '《纳税信用管理办法（试行）》及其后续修订；对纳税信用A级纳税人实施联合激励措施的合作备忘录；《山东省社会信用条例》第二十六条。',
  ruleNotes: ['A级纳税人可享受容缺受理、绿色通道等激励措施（山东省社会信用条例第二十六条）。'],
};

/** 守合同重信用企业: 市场监管 publication of contract-abiding enterprises. */
export const SHTXY: CatalogItem = {
  code: 'SHTXY',
  name: '守合同重信用企业',
  section: 'honor',
  nature: 'other',
  disclosure: 'public',
  subjectKinds: ['legal_person'],
  doublePublicity: null,
  listFlag: 'red',
  providers: ['market_regulation'],
  keyFields: ['GSND', 'RYJB'],
  fields: [
    ...orgFields({ nameLabel: '企业名称' }),
    field('GSND', '公示年度', 'integer', { required: true, aliases: ['年度', '公示年份', '认定年度'] }),
    field('RYJB', '公示级别', 'enum', { codeTable: 'RYJB', aliases: ['认定级别', '级别'] }),
    field('GSDW', '公示单位', 'string', { required: true, maxLength: 200, role: 'authority', aliases: ['认定单位', '公示机关'] }),
    field('GSWH', '公示文号', 'string', { maxLength: 100, role: 'doc_no', aliases: ['文号', '认定文号'] }),
    field('GSRQ', '公示日期', 'date', { required: true, role: 'decision_date', aliases: ['认定日期', '发布日期'] }),
    field('YXQZ', '有效期至', 'date', { role: 'valid_to' }),
  ],
  // A two-year validity of the 守合同重信用 publication is [U].
  publicity: { mode: 'list_term', term: { years: 2 }, hardLimit: false },
  natureRules: [],
  generations: [],
  basis: '《守合同重信用企业公示工作管理办法》（市场监管）；《山东省社会信用条例》第十四条、第二十六条。',
  // Withdrawal on listing is the usual practice of the 公示 schemes [U].
  ruleNotes: ['被列入经营异常名录或严重违法失信名单的，撤销公示。'],
};

/** 表彰奖励: honours and awards by any public body (劳动模范, 文明单位, 诚信典型 …). */
export const BZJL: CatalogItem = {
  code: 'BZJL',
  name: '表彰奖励信息',
  section: 'honor',
  nature: 'other',
  disclosure: 'public',
  naturalPersonDisclosure: 'authorized',
  subjectKinds: ['legal_person', 'non_enterprise', 'natural_person'],
  doublePublicity: null,
  // Honours are not a formal 红名单; the red flag is reserved for lists with identification rules.
  listFlag: null,
  providers: ['any'],
  keyFields: ['RYMC', 'SYRQ'],
  fields: [
    ...anySubjectFields('获奖主体名称'),
    field('RYMC', '荣誉名称', 'string', { required: true, maxLength: 200, aliases: ['表彰名称', '奖励名称', '荣誉称号'] }),
    field('RYJB', '荣誉级别', 'enum', { codeTable: 'RYJB', aliases: ['表彰级别', '奖励级别'] }),
    field('RYLB', '荣誉类别', 'string', {
      maxLength: 100,
      aliases: ['表彰类别'],
      description: '如劳动模范、文明单位、诚信典型、道德模范、见义勇为、志愿服务。',
    }),
    field('SYDW', '授予单位', 'string', {
      required: true,
      maxLength: 200,
      role: 'authority',
      aliases: ['表彰单位', '授予机关', '颁发单位'],
    }),
    field('SYWH', '表彰决定文号', 'string', { maxLength: 100, role: 'doc_no', aliases: ['文号', '表彰文号'] }),
    field('SYRQ', '授予日期', 'date', { required: true, role: 'decision_date', aliases: ['表彰日期', '授予时间', '获奖日期'] }),
    field('YXQZ', '有效期至', 'date', { role: 'valid_to' }),
  ],
  publicity: { mode: 'validity', hardLimit: false, note: '未载明有效期的长期展示；被撤销的即撤下。' },
  natureRules: [],
  generations: [],
  basis: '《山东省社会信用条例》第十四条（表彰、奖励，社会公益、志愿服务为其他信息）。',
  ruleNotes: ['自然人的表彰奖励信息不公开公示（山东省社会信用条例第二十条），仅授权查询、政务共享。'],
};
