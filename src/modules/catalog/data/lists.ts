import type { CatalogItem } from '../catalog.types';
import { adjust, anySubjectFields, field, listDecisionFields, orgFields } from './fields';

// 严重失信主体名单 and 经营异常名录 (DOMAIN §7.4). List terms marked [U] come from the sector rules
// (2017 court revision, 2021–2023 ministry orders) whose texts are not in DOMAIN: they are data, so an
// operator corrects them by shipping a new catalogue release, which becomes a new item version.

/**
 * 失信被执行人名单. Fields per 最高人民法院关于公布失信被执行人名单信息的若干规定 (2013) art. 6 [V].
 * The one list the law itself publishes with natural persons' names and ID numbers: public even for
 * natural persons, ID numbers masked on public pages.
 */
export const SXBZXR: CatalogItem = {
  code: 'SXBZXR',
  name: '失信被执行人',
  section: 'dishonesty',
  nature: 'dishonest',
  disclosure: 'public',
  naturalPersonDisclosure: 'public',
  subjectKinds: ['legal_person', 'non_enterprise', 'natural_person'],
  doublePublicity: null,
  listFlag: 'black',
  providers: ['court'],
  keyFields: ['ZXAH'],
  fields: [
    field('BZXRMC', '被执行人姓名或名称', 'string', {
      required: true,
      maxLength: 200,
      role: 'subject_name',
      aliases: ['被执行人名称', '被执行人姓名', '被执行人', '失信被执行人名称', '失信被执行人姓名', '姓名/名称', '名称'],
    }),
    field('TYSHXYDM', '统一社会信用代码', 'subject_code', { maxLength: 18, role: 'uscc', aliases: ['社会信用代码'] }),
    field('ZZJGDM', '组织机构代码', 'subject_code', { maxLength: 10, role: 'org_code' }),
    field('FDDBR', '法定代表人或者负责人姓名', 'string', {
      maxLength: 50,
      role: 'legal_rep',
      aliases: ['法定代表人', '负责人', '法定代表人姓名', '法定代表人或负责人姓名'],
    }),
    field('XB', '性别', 'enum', { codeTable: 'XB' }),
    field('NL', '年龄', 'integer'),
    field('ZJLX', '证件类型', 'enum', { codeTable: 'ZJLX', role: 'id_type', description: '空白视为居民身份证。' }),
    field('SFZHM', '身份证号码', 'subject_code', {
      maxLength: 64,
      role: 'id_number',
      aliases: ['身份证号', '证件号码', '居民身份证号'],
      description: '依法公布；公开页面遮蔽中间位。',
    }),
    field('SXWSYW', '生效法律文书确定的义务', 'text', {
      required: true,
      maxLength: 4000,
      aliases: ['法律生效文书确定的义务', '生效法律文书确定的义务内容'],
    }),
    field('LXQK', '被执行人的履行情况', 'enum', { required: true, codeTable: 'LXQK', aliases: ['履行情况'] }),
    field('SXQX', '失信被执行人行为具体情形', 'enum', {
      required: true,
      codeTable: 'SXQX',
      multiple: true,
      aliases: ['失信行为具体情形', '具体情形', '失信情形'],
    }),
    field('ZXYJDW', '执行依据制作单位', 'string', { maxLength: 200, aliases: ['做出执行依据单位', '作出执行依据单位'] }),
    field('ZXYJWH', '执行依据文号', 'string', { maxLength: 100 }),
    field('ZXAH', '执行案号', 'string', { required: true, maxLength: 100, role: 'doc_no', aliases: ['案号'] }),
    field('LASJ', '立案时间', 'date', { aliases: ['立案日期'] }),
    field('ZXFY', '执行法院', 'string', { required: true, maxLength: 200, role: 'authority', aliases: ['执行法院名称', '法院'] }),
    field('FBSJ', '发布时间', 'date', { required: true, role: 'decision_date', aliases: ['发布日期', '公布日期', '列入日期'] }),
    field('MDZT', '名单状态', 'enum', { codeTable: 'MDZT', role: 'status', aliases: ['状态'] }),
    field('YCRQ', '删除日期', 'date', { aliases: ['移出日期', '屏蔽日期', '撤销日期'] }),
    field('BZ', '备注', 'text', { maxLength: 1000, role: 'remark' }),
  ],
  publicity: {
    mode: 'list_term',
    hardLimit: true,
    // The 2017 revision (2-year term for some conduct, extendable by 1–3 years) is [U]; removal follows the court.
    note: '公布与删除以人民法院决定为准；平台收到删除信息即停止公示。',
  },
  natureRules: [],
  generations: [],
  basis:
    '《最高人民法院关于公布失信被执行人名单信息的若干规定》（2013年10月1日起施行，2017年修正）；《山东省社会信用条例》第十三条第一款第三项、第二十条（国家另有规定的除外）。',
  ruleNotes: [
    '人民法院依法公布的名单：自然人亦公开公示，但公开页面遮蔽身份证号码中间位。',
    '法人被执行人的法定代表人、主要负责人一并记录（山东省社会信用条例第三十一条）。',
    '名单信息由人民法院删除或屏蔽后，平台同步停止公示。',
  ],
};

/** 重大税收违法失信主体 (税收黑名单): published by 税务 since 2014, 21-department memorandum (DOMAIN §7.1 [V]). */
export const ZDSSWF: CatalogItem = {
  code: 'ZDSSWF',
  name: '重大税收违法失信主体',
  section: 'dishonesty',
  nature: 'dishonest',
  disclosure: 'public',
  naturalPersonDisclosure: 'authorized',
  subjectKinds: ['legal_person', 'natural_person'],
  doublePublicity: null,
  listFlag: 'black',
  providers: ['tax'],
  keyFields: ['JDWSH'],
  fields: [
    ...adjust(anySubjectFields('纳税人名称'), { TYSHXYDM: { aliases: ['纳税人识别号（统一社会信用代码）'] } }),
    field('NSRSBH', '纳税人识别号', 'subject_code', { maxLength: 20, role: 'tax_no', aliases: ['税务登记号'] }),
    field('ZCDZ', '注册地址', 'string', { maxLength: 500, aliases: ['注册经营地址', '地址'] }),
    field('FDDBRZJHM', '法定代表人证件号码', 'subject_code', {
      maxLength: 64,
      role: 'legal_rep_id_number',
      aliases: ['法定代表人身份证号码', '法定代表人或者负责人身份证件号码'],
      description: '个人信息：公开页面不显示。',
    }),
    field('CWFZR', '负有直接责任的财务负责人', 'string', { maxLength: 50, aliases: ['财务负责人', '财务负责人姓名'] }),
    field('ZJJG', '负有直接责任的中介机构', 'text', { maxLength: 1000, aliases: ['中介机构信息'] }),
    field('AJXZ', '案件性质', 'string', {
      required: true,
      maxLength: 100,
      description: '如偷税、逃避追缴欠税、骗取出口退税、抗税、虚开增值税专用发票等。',
    }),
    ...adjust(listDecisionFields({ authority: '检查机关' }), {
      LRYY: { name: '主要违法事实' },
      RDYJ: { name: '相关法律依据及税务处理处罚情况', aliases: ['税务处理处罚情况', '处理处罚情况'] },
      LRRQ: { name: '公布日期', aliases: ['公布时间'] },
      JDWSH: { aliases: ['税务处理决定书文号', '税务行政处罚决定书文号'] },
    }),
  ],
  // Publication term 3 years with early stop on payment (国家税务总局 2021 rule) is [U].
  publicity: { mode: 'list_term', term: { years: 3 }, sectors: ['tax'], hardLimit: true },
  natureRules: [],
  generations: [],
  basis:
    '《重大税收违法失信主体信息公布管理办法》（国家税务总局）；《对重大税收违法案件当事人实施联合惩戒措施的合作备忘录》；《山东省社会信用条例》第十三条第一款第一项、第二十九条。',
  ruleNotes: ['当事人为自然人的，不公开公示，仅授权查询、政务共享。', '财务负责人、中介机构人员的个人信息不在公开页面显示。'],
};

/** 严重违法失信名单 (市场监管; formerly 严重违法企业名单). */
export const YZWFSX: CatalogItem = {
  code: 'YZWFSX',
  name: '严重违法失信名单（市场监管）',
  section: 'dishonesty',
  nature: 'dishonest',
  disclosure: 'public',
  subjectKinds: ['legal_person'],
  doublePublicity: null,
  listFlag: 'black',
  providers: ['market_regulation'],
  keyFields: ['JDWSH'],
  fields: [
    ...orgFields({ nameLabel: '企业名称' }),
    ...adjust(listDecisionFields({ authority: '作出决定机关' }), {
      LRYY: { name: '列入严重违法失信名单事由', aliases: ['列入严重违法失信名单原因', '列入严重违法企业名单原因'] },
      YCYY: { name: '移出严重违法失信名单事由', aliases: ['移出严重违法失信名单原因'] },
    }),
  ],
  // 2014 条例 art. 17: listed after 3 years on 经营异常名录, removed after 5 years clean [V]; the 2021 SAMR
  // rule's 3-year term with earlier removal on application is [U].
  publicity: { mode: 'list_term', term: { years: 3 }, hardLimit: true },
  natureRules: [],
  generations: [],
  basis: '《企业信息公示暂行条例》第十七条；《市场监督管理严重违法失信名单管理办法》；《山东省社会信用条例》第二十九条、第三十条。',
  ruleNotes: [
    '被列入企业的法定代表人、负责人依法在一定期限内不得担任其他企业的法定代表人、负责人。',
    '在国家企业信用信息公示系统公示；移出按市场监管部门规定办理，平台同步结果。',
  ],
};

/** 经营异常名录: 企业信息公示暂行条例 art. 17 [V]. A focus list, not 失信信息: removed on compliance. */
export const JYYC: CatalogItem = {
  code: 'JYYC',
  name: '经营异常名录',
  section: 'abnormal',
  // The national catalogue keeps 经营异常 as its own category apart from 失信信息 (DOMAIN §4.1 [P]).
  nature: 'other',
  disclosure: 'public',
  subjectKinds: ['legal_person'],
  doublePublicity: null,
  listFlag: 'focus',
  providers: ['market_regulation'],
  keyFields: ['JDWSH'],
  fields: [
    ...orgFields({ nameLabel: '企业名称' }),
    field('LRYY', '列入经营异常名录原因', 'enum', {
      required: true,
      codeTable: 'YCMLYY',
      aliases: ['列入原因', '列入事由', '列入经营异常名录事由'],
    }),
    field('LRRQ', '列入日期', 'date', { required: true, role: 'decision_date', aliases: ['列入时间', '作出决定日期'] }),
    field('JDWSH', '列入决定书文号', 'string', { required: true, maxLength: 100, role: 'doc_no', aliases: ['决定书文号', '文号'] }),
    field('RDBM', '作出决定机关', 'string', {
      required: true,
      maxLength: 200,
      role: 'authority',
      aliases: ['作出列入决定机关', '列入机关', '决定机关'],
    }),
    field('MDZT', '名单状态', 'enum', { codeTable: 'MDZT', role: 'status', aliases: ['状态'] }),
    field('YCRQ', '移出日期', 'date', { role: 'act_end_date', aliases: ['移出时间'] }),
    field('YCYY', '移出经营异常名录原因', 'text', { maxLength: 1000, aliases: ['移出原因', '移出事由'] }),
    field('YCJG', '作出移出决定机关', 'string', { maxLength: 200, aliases: ['移出机关'] }),
    field('BZ', '备注', 'text', { maxLength: 1000, role: 'remark' }),
  ],
  publicity: {
    mode: 'list_term',
    hardLimit: false,
    note: '列入至移出期间公示；列入满3年仍未履行义务的，转入严重违法失信名单。',
  },
  natureRules: [],
  generations: [],
  basis: '《企业信息公示暂行条例》第十七条；《山东省社会信用条例》第二十八条（重点监督管理）。',
  ruleNotes: ['个体工商户为经营异常状态，亦在此条目记录。', '企业补报年度报告、更正信息后申请移出，平台同步移出结果。'],
};

/** 政府采购严重违法失信行为记录名单 (财政). */
export const ZFCGSX: CatalogItem = {
  code: 'ZFCGSX',
  name: '政府采购严重违法失信行为记录名单',
  section: 'dishonesty',
  nature: 'dishonest',
  disclosure: 'public',
  naturalPersonDisclosure: 'authorized',
  subjectKinds: ['legal_person', 'natural_person'],
  doublePublicity: null,
  listFlag: 'black',
  providers: ['finance'],
  keyFields: ['JDWSH'],
  fields: [
    ...anySubjectFields('供应商（代理机构）名称'),
    field('QYDZ', '地址', 'string', { maxLength: 500, aliases: ['企业地址', '供应商地址'] }),
    field('CFJG', '处罚结果', 'text', { required: true, maxLength: 2000, aliases: ['处罚结果及期限'] }),
    field('JZKSRQ', '禁止参加政府采购活动起始日期', 'date', { role: 'valid_from', aliases: ['禁止期限起'] }),
    ...adjust(listDecisionFields({ authority: '执法单位' }), {
      LRYY: { name: '严重违法失信行为的具体情形', aliases: ['严重违法失信行为具体情形', '违法失信行为'] },
      RDYJ: { name: '处罚依据' },
      LRRQ: { name: '处罚日期', aliases: ['记录日期'] },
      YXQZ: { name: '禁止参加政府采购活动截止日期', aliases: ['禁止期限至'] },
    }),
  ],
  // 政府采购法 art. 77 bans suppliers for 1–3 years; publication for the ban period is the common practice [U].
  publicity: { mode: 'list_term', term: { years: 3 }, hardLimit: true, note: '公布期限与禁止参加政府采购活动的期限一致。' },
  natureRules: [],
  generations: [],
  basis:
    '《中华人民共和国政府采购法》第七十七条、第七十八条；《中华人民共和国政府采购法实施条例》；《山东省社会信用条例》第三十条（限制参与政府采购）。',
  ruleNotes: ['自然人供应商不公开公示，仅授权查询、政务共享。', '政府采购活动中查询供应商信用记录时，本名单为必查项。'],
};

/** 拖欠农民工工资失信联合惩戒对象名单 (人社; memorandum 发改财金〔2017〕2058号 [V]). */
export const TQNMGGZ: CatalogItem = {
  code: 'TQNMGGZ',
  name: '拖欠农民工工资失信联合惩戒对象名单',
  section: 'dishonesty',
  nature: 'dishonest',
  disclosure: 'public',
  naturalPersonDisclosure: 'authorized',
  subjectKinds: ['legal_person', 'natural_person'],
  doublePublicity: null,
  listFlag: 'black',
  providers: ['human_resources'],
  keyFields: ['JDWSH'],
  fields: [
    ...anySubjectFields('用人单位（个人）名称'),
    field('QXJE', '拖欠工资数额（万元）', 'decimal', {
      aliases: ['拖欠金额（万元）', '拖欠工资金额（万元）'],
      description: '单位为万元。',
    }),
    field('QXRS', '拖欠人数', 'integer', { aliases: ['涉及农民工人数', '拖欠农民工人数'] }),
    field('ZRRY', '相关责任人员', 'text', {
      maxLength: 500,
      aliases: ['负有责任的人员'],
      description: '法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员；个人信息不公开。',
    }),
    ...adjust(listDecisionFields({ authority: '人力资源社会保障行政部门' }), {
      LRYY: { name: '拖欠农民工工资失信行为', aliases: ['主要失信事实'] },
    }),
  ],
  // 3-year term with early removal after payment (人社部 2021 rule) is [U].
  publicity: { mode: 'list_term', term: { years: 3 }, sectors: ['labor'], hardLimit: true },
  natureRules: [],
  generations: [],
  basis:
    '《保障农民工工资支付条例》第四十八条；《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》；发改财金〔2017〕2058号合作备忘录；《山东省社会信用条例》第二十九条。',
  ruleNotes: ['个人（包工头等）不公开公示，仅授权查询、政务共享。'],
};

/** 安全生产严重失信主体名单 (应急管理). */
export const AQSCSX: CatalogItem = {
  code: 'AQSCSX',
  name: '安全生产严重失信主体名单',
  section: 'dishonesty',
  nature: 'dishonest',
  disclosure: 'public',
  subjectKinds: ['legal_person'],
  doublePublicity: null,
  listFlag: 'black',
  providers: ['emergency_management'],
  keyFields: ['JDWSH'],
  fields: [
    ...adjust(orgFields({ nameLabel: '生产经营单位（机构）名称' }), {
      FDDBR: { name: '法定代表人或主要负责人', aliases: ['主要负责人姓名'] },
    }),
    field('SGXX', '事故或违法行为概况', 'text', { maxLength: 2000, aliases: ['事故概况', '违法行为概况'] }),
    ...adjust(listDecisionFields({ authority: '应急管理部门' }), { LRYY: { aliases: ['列入名单情形'] } }),
  ],
  // A 3-year management term (应急管理部 2023 rule) is [U].
  publicity: { mode: 'list_term', term: { years: 3 }, sectors: ['work_safety'], hardLimit: true },
  natureRules: [],
  generations: [],
  basis: '《中华人民共和国安全生产法》；《安全生产严重失信主体名单管理办法》（应急管理部）；《山东省社会信用条例》第二十九条。',
  ruleNotes: ['安全生产领域行政处罚最短公示期一年（发改委令第58号）。'],
};
