import type { CatalogItem, Generation } from '../catalog.types';
import { V1, V2, dpField, dpSubjectFields, dpTrailerFields, extField } from './fields';

// 双公示: administrative licensing and penalty decisions (DOMAIN §3). One internal item each; both
// generations of the national field standard import into it through the field aliases. Field lists are
// reconstructed from public implementations [P]; the official mandatory flags were not found [U], so
// `required` follows the current standard's validators and the platform's needs.

const GENERATIONS: Generation[] = [
  {
    id: V1,
    name: '双公示数据标准（早期版）',
    note: '约2015–2016年：字段代码如 XK_SPLB、CF_CFLB1，枚举为数字代码；无行政相对人类别；日期格式 YYYY/MM/DD。正式文件名称与文号未查到。',
  },
  {
    id: V2,
    name: '双公示数据标准（现行版，2019年前后）',
    note: '字段代码如 XK_XDR_LB、XK_XKLB，枚举为文本；罚款金额以万元计；有效期至 2099/12/31 表示长期。',
  },
];

/** 行政许可信息 (license). 基础信息 per 山东省社会信用条例 art. 12. */
export const XZXK: CatalogItem = {
  code: 'XZXK',
  name: '行政许可信息',
  section: 'administration',
  nature: 'basic',
  disclosure: 'public',
  naturalPersonDisclosure: 'authorized',
  subjectKinds: ['legal_person', 'non_enterprise', 'natural_person'],
  doublePublicity: 'license',
  listFlag: null,
  providers: ['any'],
  keyFields: ['XK_WSH', 'XK_XKBH'],
  fields: [
    ...dpSubjectFields('XK'),
    dpField(['XK_XKWS', '行政许可决定文书名称'], null, 'string', {
      required: true,
      maxLength: 200,
      aliases: ['许可决定文书名称', '决定文书名称'],
    }),
    dpField(['XK_WSH', '行政许可决定文书号'], ['XK_WSH', '行政许可决定书文号'], 'string', {
      required: true,
      maxLength: 100,
      role: 'doc_no',
      aliases: ['许可决定书文号', '许可文书号', '决定书文号', '决定文书号', '文书号', '文号'],
    }),
    dpField(null, ['XK_XMMC', '项目名称'], 'string', {
      maxLength: 500,
      aliases: ['许可项目名称', '审批项目名称', '审批事项名称'],
      description: '旧版字段；现行版以许可证书名称、许可内容表达。',
    }),
    dpField(['XK_XKLB', '许可类别'], ['XK_SPLB', '审批类别'], 'enum', {
      required: true,
      codeTable: 'XKLB',
      aliases: ['行政许可类别', '许可类型'],
    }),
    dpField(['XK_XKZS', '许可证书名称'], null, 'string', { maxLength: 200, aliases: ['行政许可证书名称', '证书名称'] }),
    dpField(['XK_XKBH', '许可编号'], null, 'string', { maxLength: 100, aliases: ['许可证编号', '许可证号', '证书编号'] }),
    dpField(['XK_NR', '许可内容'], ['XK_NR', '许可内容'], 'text', {
      required: true,
      maxLength: 4000,
      aliases: ['行政许可决定书的主要内容', '许可决定书主要内容', '许可事项'],
    }),
    dpField(['XK_JDRQ', '许可决定日期'], ['XK_JDRQ', '许可决定日期'], 'date', {
      required: true,
      role: 'decision_date',
      aliases: ['行政许可决定日期', '决定日期', '许可日期'],
    }),
    dpField(['XK_YXQZ', '有效期自'], null, 'date', { role: 'valid_from', aliases: ['有效期起', '有效期开始日期', '有效期起始日期'] }),
    dpField(['XK_YXQZI', '有效期至'], ['XK_JZQ', '许可截止期'], 'date', {
      role: 'valid_to',
      aliases: ['有效期止', '有效期截止日期', '有效期结束日期', '许可截止日期'],
      description: '2099/12/31 表示长期有效（无截止日期）。',
    }),
    dpField(['XK_XKJG', '许可机关'], ['XK_XZJG', '许可机关'], 'string', {
      required: true,
      maxLength: 200,
      role: 'authority',
      aliases: ['许可机关名称', '审批机关', '许可部门'],
    }),
    dpField(['XK_XKJGDM', '许可机关统一社会信用代码'], null, 'code', {
      required: true,
      maxLength: 18,
      role: 'authority_code',
      aliases: ['许可机关代码'],
      description: '旧版无此字段：导入时由提交部门的统一社会信用代码补齐。',
    }),
    dpField(['XK_LYDW', '数据来源单位'], null, 'string', { maxLength: 200, role: 'source_unit', aliases: ['来源单位'] }),
    dpField(['XK_LYDWDM', '数据来源单位统一社会信用代码'], null, 'code', {
      maxLength: 18,
      role: 'source_unit_code',
      aliases: ['来源单位统一社会信用代码', '数据来源单位代码'],
    }),
    ...dpTrailerFields('XK'),
  ],
  publicity: {
    mode: 'validity',
    hardLimit: false,
    note: '自许可决定日期起公示至有效期届满；有效期至 2099/12/31 视为长期。撤销、变更的，收到报告即撤下。',
  },
  natureRules: [],
  generations: GENERATIONS,
  basis:
    '《山东省社会信用条例》第十二条（行政许可为基础信息）；国办发〔2015〕51号、发改电〔2015〕557号（决定作出之日起7个工作日内上网公开）；《政府信息公开条例》第二十条。',
  ruleNotes: [
    '许可与处罚信息应自决定作出之日起7个工作日内报送并公示，平台据此统计各部门报送及时率。',
    '行政相对人为自然人的，不公开公示，仅授权查询、政务共享（山东省社会信用条例第二十条）。',
    '旧版文件无行政相对人类别、许可机关统一社会信用代码：导入时分别由所填代码、提交部门推断补齐。',
  ],
};

/** 行政处罚信息 (penalty). 失信信息 per 山东省社会信用条例 art. 13 (4), except 简易程序 penalties. */
export const XZCF: CatalogItem = {
  code: 'XZCF',
  name: '行政处罚信息',
  section: 'administration',
  nature: 'dishonest',
  disclosure: 'public',
  naturalPersonDisclosure: 'authorized',
  subjectKinds: ['legal_person', 'non_enterprise', 'natural_person'],
  doublePublicity: 'penalty',
  listFlag: null,
  providers: ['any'],
  keyFields: ['CF_WSH'],
  fields: [
    ...dpSubjectFields('CF'),
    dpField(['CF_WSH', '行政处罚决定书文号'], ['CF_WSH', '行政处罚决定书文号'], 'string', {
      required: true,
      maxLength: 100,
      role: 'doc_no',
      aliases: ['处罚决定书文号', '决定书文号', '决定文书号', '文书号', '文号'],
    }),
    dpField(null, ['CF_CFMC', '处罚名称'], 'string', { maxLength: 500, aliases: ['案件名称', '处罚事项名称'] }),
    dpField(['CF_WFXW', '违法行为类型'], null, 'string', {
      required: true,
      maxLength: 500,
      aliases: ['违法行为', '违法行为名称'],
      description: '旧版无此字段：导入时取处罚名称。',
    }),
    dpField(['CF_SY', '违法事实'], ['CF_SY', '处罚事由'], 'text', {
      required: true,
      maxLength: 4000,
      aliases: ['主要违法事实', '案由'],
    }),
    dpField(['CF_YJ', '处罚依据'], ['CF_YJ', '处罚依据'], 'text', { required: true, maxLength: 2000, aliases: ['法律依据'] }),
    dpField(['CF_CFLB', '处罚类别'], ['CF_CFLB1', '处罚类别1'], 'enum', {
      required: true,
      codeTable: 'CFLB',
      multiple: true,
      role: 'penalty_type',
      aliases: ['处罚种类', '处罚类型'],
      description: '一个决定有多种处罚的，逐项列出；公示期按期限最长的处罚类别确定。',
    }),
    dpField(null, ['CF_CFLB2', '处罚类别2'], 'enum', {
      codeTable: 'CFLB',
      multiple: true,
      role: 'penalty_type',
      description: '旧版：处罚类别超过两种时填写其余类别。',
    }),
    dpField(['CF_NR', '处罚内容'], ['CF_JG', '处罚结果'], 'text', {
      required: true,
      maxLength: 4000,
      aliases: ['处罚决定内容'],
    }),
    dpField(['CF_NR_FK', '罚款金额（万元）'], null, 'decimal', {
      aliases: ['罚款金额(万元)', '罚款数额（万元）'],
      // A bare "罚款金额" is not an alias: departments export it in 元, and a silent 10,000× error is worse than an unknown column.
      description: '单位为万元：罚款2000元填 0.2。',
    }),
    dpField(['CF_NR_WFFF', '没收违法所得、没收非法财物的金额（万元）'], null, 'decimal', {
      aliases: ['没收违法所得、没收非法财物金额（万元）', '没收金额（万元）'],
      description: '单位为万元。',
    }),
    dpField(['CF_NR_ZKDX', '暂扣或吊销证照名称及编号'], null, 'string', {
      maxLength: 500,
      aliases: ['暂扣或者吊销证照名称及编号'],
    }),
    dpField(['CF_JDRQ', '处罚决定日期'], ['CF_JDRQ', '处罚决定日期'], 'date', {
      required: true,
      role: 'decision_date',
      aliases: ['决定日期', '处罚日期', '作出处罚决定日期'],
    }),
    dpField(['CF_YXQ', '处罚有效期'], null, 'date', { aliases: ['处罚期限'] }),
    dpField(['CF_GSJZQ', '公示截止期'], null, 'date', {
      aliases: ['公示截止日期', '公示期限'],
      description: '提供单位填报值仅作参考：平台按决定日期适用的公示规则版本计算公示期。',
    }),
    dpField(['CF_CFJG', '处罚机关'], ['CF_XZJG', '处罚机关'], 'string', {
      required: true,
      maxLength: 200,
      role: 'authority',
      aliases: ['处罚机关名称', '作出处罚决定的机关', '执法机关'],
    }),
    dpField(['CF_CFJGDM', '处罚机关统一社会信用代码'], null, 'code', {
      required: true,
      maxLength: 18,
      role: 'authority_code',
      aliases: ['处罚机关代码'],
      description: '旧版无此字段：导入时由提交部门的统一社会信用代码补齐。',
    }),
    dpField(['CF_SJLY', '数据来源单位'], null, 'string', { maxLength: 200, role: 'source_unit', aliases: ['数据来源', '来源单位'] }),
    dpField(['CF_SJLYDM', '数据来源单位统一社会信用代码'], null, 'code', {
      maxLength: 18,
      role: 'source_unit_code',
      aliases: ['数据来源单位代码', '来源单位统一社会信用代码'],
    }),
    ...dpTrailerFields('CF'),
    extField('CF_CXLX', '程序类型', 'enum', {
      codeTable: 'CXLX',
      role: 'procedure',
      aliases: ['处罚程序', '适用程序', '是否简易程序'],
      description: '简易程序作出的处罚不作为失信信息（山东省社会信用条例第十三条）；空白视为普通程序。',
    }),
    extField('CF_SXCD', '失信程度', 'enum', {
      codeTable: 'SXCD',
      role: 'severity',
      aliases: ['失信行为严重程度', '严重程度', '失信等级'],
      description: '2019年规则分一般、严重；2025年规则分轻微、一般、严重；空白按规则版本的默认程度。',
    }),
    extField('CF_SSLY', '所属领域', 'enum', {
      codeTable: 'HYLY',
      multiple: true,
      role: 'sector',
      aliases: ['行业领域', '领域', '处罚领域'],
      description: '食品、药品、特种设备、安全生产、消防领域最短公示期一年（发改委令第58号）。',
    }),
    extField('CF_WFXWJSRQ', '违法行为终止日期', 'date', {
      role: 'act_end_date',
      aliases: ['失信行为终止日期', '违法行为结束日期'],
      description: '山东省失信信息自失信行为终止之日起最长披露五年。',
    }),
  ],
  publicity: {
    mode: 'penalty_rule',
    hardLimit: true,
    note: '公示期自处罚决定日期起算，按决定日期适用的公示规则版本确定最短、最长公示期；最短期满可申请信用修复，最长期满自动停止公示。',
  },
  natureRules: [
    {
      field: 'CF_CXLX',
      values: ['简易程序'],
      nature: 'other',
      basis: '《山东省社会信用条例》第十三条第二款：适用简易程序作出的行政处罚信息不纳入失信信息。',
    },
  ],
  generations: GENERATIONS,
  basis:
    '《山东省社会信用条例》第十三条第一款第四项；《行政处罚法》（2021）第九条、第四十八条；国办发〔2015〕51号、发改电〔2015〕557号；国家发展改革委令第58号（公示期限与信用修复）。',
  ruleNotes: [
    '简易程序作出的处罚，以及违法行为轻微并主动消除或者减轻危害后果的处罚，不作为失信信息（山东省社会信用条例第十三条）。',
    '处罚决定被变更、撤销、确认违法或无效的，应在3日内撤下公示信息并说明理由（行政处罚法第四十八条）；平台收到报告即撤下。',
    '市场监管部门的处罚在国家企业信用信息公示系统公示并按其规定修复；仅处警告的不公示（总局令第45号第二条）。',
    '行政相对人为自然人的，不公开公示，仅授权查询、政务共享。',
    '罚款金额、没收金额以万元计。',
  ],
};
