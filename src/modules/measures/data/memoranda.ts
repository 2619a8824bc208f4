import type { Scenario } from './scenarios';

/**
 * The shipped measures catalogue (联合奖惩措施清单): memoranda and local regulations, each with its measures,
 * the list types they apply to, the implementing department functions ('*' = every department) and the
 * scenarios where the measure bites. Sources: DOMAIN §7. Document numbers marked [U] are recalled, not read;
 * the operator corrects them on the console, which adds a new version.
 */
export interface MeasureSeed {
  text: string;
  legalBasis: string;
  implementers: readonly string[];
  scenarios: readonly Scenario[];
}

export interface MemorandumSeed {
  code: string;
  docNo: string | null;
  title: string;
  kind: 'reward' | 'punishment';
  listTypes: readonly string[];
  issuedOn: string | null;
  note?: string;
  measures: readonly MeasureSeed[];
}

const PROCUREMENT = ['finance', 'public_resources_trading'];
const BIDDING = ['development_reform', 'housing_construction', 'transport', 'water', 'public_resources_trading'];
const FUNDS = ['finance', 'development_reform', 'industry_it', 'science_technology', 'agriculture', 'commerce'];
const APPROVAL = ['administrative_approval', 'market_regulation', 'housing_construction', 'transport', 'ecology_environment', 'health'];
const LENDING = ['pbc', 'financial_regulation'];

export const MEMORANDA: readonly MemorandumSeed[] = [
  {
    code: 'SXBZXR-2016',
    docNo: '发改财金〔2016〕141号',
    title: '关于对失信被执行人实施联合惩戒的合作备忘录',
    kind: 'punishment',
    listTypes: ['SXBZXR'],
    issuedOn: '2016-01-20',
    note: '文号与日期为回忆所得，未经核对 [U]。',
    measures: [
      {
        text: '限制失信被执行人参与政府采购活动',
        legalBasis: '《中华人民共和国政府采购法》第二十二条',
        implementers: PROCUREMENT,
        scenarios: ['gov_procurement'],
      },
      {
        text: '限制失信被执行人参与政府投资项目和使用财政资金项目的招标投标',
        legalBasis: '《中华人民共和国招标投标法实施条例》',
        implementers: BIDDING,
        scenarios: ['bidding'],
      },
      {
        text: '限制失信被执行人取得国有土地使用权',
        legalBasis: '《最高人民法院关于公布失信被执行人名单信息的若干规定》第八条',
        implementers: ['natural_resources'],
        scenarios: ['land_transfer'],
      },
      {
        text: '限制或取消失信被执行人获得政府补贴、财政资金支持',
        legalBasis: '《最高人民法院关于公布失信被执行人名单信息的若干规定》第八条',
        implementers: FUNDS,
        scenarios: ['fiscal_funds'],
      },
      {
        text: '失信被执行人为自然人的，不得录用为公务员、事业单位工作人员',
        legalBasis: '《中华人民共和国公务员法》；《事业单位人事管理条例》',
        implementers: ['organization', 'human_resources'],
        scenarios: ['civil_service'],
      },
      {
        text: '限制失信被执行人担任企业法定代表人、董事、监事、高级管理人员',
        legalBasis: '《中华人民共和国公司法》第一百七十八条',
        implementers: ['market_regulation'],
        scenarios: ['qualification', 'administrative_license'],
      },
      {
        text: '金融机构在融资授信时审慎评估，限制对失信被执行人发放贷款',
        legalBasis: '《最高人民法院关于公布失信被执行人名单信息的若干规定》第八条',
        implementers: LENDING,
        scenarios: ['financing'],
      },
      {
        text: '取消参加评优评先资格，不授予文明单位、荣誉称号',
        legalBasis: '《关于加快推进失信被执行人信用监督、警示和惩戒机制建设的意见》',
        implementers: ['*'],
        scenarios: ['awards'],
      },
    ],
  },
  {
    code: 'ZDSSWF-2014',
    docNo: '发改财金〔2014〕3062号',
    title: '关于对重大税收违法案件当事人实施联合惩戒措施的合作备忘录',
    kind: 'punishment',
    listTypes: ['ZDSSWF'],
    issuedOn: '2014-12-30',
    note: '备忘录由 21 个部门签署、含 18 项措施（DOMAIN §7.1）；文号为回忆所得 [U]。此处收录与本市审批场景相关的措施。',
    measures: [
      {
        text: '禁止参加政府采购活动',
        legalBasis: '《中华人民共和国政府采购法》第二十二条',
        implementers: PROCUREMENT,
        scenarios: ['gov_procurement'],
      },
      {
        text: '限制取得政府供应土地',
        legalBasis: '《招标拍卖挂牌出让国有建设用地使用权规定》',
        implementers: ['natural_resources'],
        scenarios: ['land_transfer'],
      },
      {
        text: '限制享受财政资金支持和税收优惠政策',
        legalBasis: '《重大税收违法失信主体信息公布管理办法》',
        implementers: FUNDS,
        scenarios: ['fiscal_funds'],
      },
      {
        text: '列为重点监督对象，提高监督检查频次',
        legalBasis: '《中华人民共和国税收征收管理法》',
        implementers: ['tax', 'market_regulation'],
        scenarios: ['supervision'],
      },
      {
        text: '在融资授信时作为审慎性参考',
        legalBasis: '《征信业管理条例》',
        implementers: LENDING,
        scenarios: ['financing'],
      },
    ],
  },
  {
    code: 'SXQY-2015',
    docNo: '发改财金〔2015〕2045号',
    title: '失信企业协同监管和联合惩戒合作备忘录',
    kind: 'punishment',
    listTypes: ['YZWFSX', 'JYYC'],
    issuedOn: '2015-11-10',
    note: '38 个部门签署；对象为被列入经营异常名录或严重违法失信企业名单的企业及其法定代表人（DOMAIN §7.1）。',
    measures: [
      {
        text: '对其申请的登记、备案事项从严审查，依法不予登记或责令变更登记',
        legalBasis: '《企业信息公示暂行条例》第十八条',
        implementers: ['market_regulation', 'administrative_approval'],
        scenarios: ['administrative_license'],
      },
      {
        text: '严重违法失信企业的法定代表人、负责人三年内不得担任其他企业的法定代表人、董事、监事、高级管理人员',
        legalBasis: '《企业信息公示暂行条例》第十七条',
        implementers: ['market_regulation'],
        scenarios: ['qualification'],
      },
      {
        text: '在政府采购活动中依法限制',
        legalBasis: '《企业信息公示暂行条例》第十八条',
        implementers: PROCUREMENT,
        scenarios: ['gov_procurement'],
      },
      {
        text: '在工程招投标、国有土地出让中依法限制',
        legalBasis: '《企业信息公示暂行条例》第十八条',
        implementers: [...BIDDING, 'natural_resources'],
        scenarios: ['bidding', 'land_transfer'],
      },
      {
        text: '不予授予荣誉称号，取消评优评先资格',
        legalBasis: '《企业信息公示暂行条例》第十八条',
        implementers: ['*'],
        scenarios: ['awards'],
      },
    ],
  },
  {
    code: 'TQGZ-2017',
    docNo: '发改财金〔2017〕2058号',
    title: '关于对严重拖欠农民工工资用人单位及其有关人员开展联合惩戒的合作备忘录',
    kind: 'punishment',
    listTypes: ['TQNMGGZ'],
    issuedOn: '2017-12-01',
    measures: [
      {
        text: '限制或取消政府资金支持和补贴',
        legalBasis: '《保障农民工工资支付条例》第四十八条',
        implementers: FUNDS,
        scenarios: ['fiscal_funds'],
      },
      {
        text: '在政府投资项目招标中依法予以限制',
        legalBasis: '《保障农民工工资支付条例》第四十八条',
        implementers: BIDDING,
        scenarios: ['bidding'],
      },
      {
        text: '在政府采购活动中依法予以限制',
        legalBasis: '《保障农民工工资支付条例》第四十八条',
        implementers: PROCUREMENT,
        scenarios: ['gov_procurement'],
      },
      {
        text: '在融资授信、发行债券时审慎评估',
        legalBasis: '《保障农民工工资支付条例》第四十八条',
        implementers: LENDING,
        scenarios: ['financing'],
      },
      {
        text: '取消评优评先资格，不予授予劳动模范等荣誉',
        legalBasis: '《保障农民工工资支付条例》第四十八条',
        implementers: ['*'],
        scenarios: ['awards'],
      },
    ],
  },
  {
    code: 'ZFCG-2016',
    docNo: '财库〔2016〕125号',
    title: '关于在政府采购活动中查询及使用信用记录有关问题的通知',
    kind: 'punishment',
    listTypes: ['ZFCGSX', 'SXBZXR', 'ZDSSWF'],
    issuedOn: '2016-08-01',
    note: '文号为回忆所得 [U]。',
    measures: [
      {
        text: '对列入失信被执行人、重大税收违法案件当事人名单、政府采购严重违法失信行为记录名单的供应商，拒绝其参与政府采购活动',
        legalBasis: '《中华人民共和国政府采购法》第二十二条、第七十七条',
        implementers: PROCUREMENT,
        scenarios: ['gov_procurement'],
      },
    ],
  },
  {
    code: 'AQSC-2016',
    docNo: '发改财金〔2016〕1001号',
    title: '关于对安全生产领域失信生产经营单位及其有关人员开展联合惩戒的合作备忘录',
    kind: 'punishment',
    listTypes: ['AQSCSX'],
    issuedOn: '2016-05-04',
    note: '文号与日期为回忆所得 [U]。',
    measures: [
      {
        text: '加大执法检查频次，列为重点监管对象',
        legalBasis: '《中华人民共和国安全生产法》第七十八条',
        implementers: ['emergency_management', 'fire_rescue'],
        scenarios: ['supervision'],
      },
      {
        text: '从严审核安全生产许可等行政许可申请',
        legalBasis: '《中华人民共和国安全生产法》第七十八条',
        implementers: ['emergency_management', 'housing_construction', 'administrative_approval'],
        scenarios: ['administrative_license'],
      },
      {
        text: '限制享受财政资金支持',
        legalBasis: '《安全生产严重失信主体名单管理办法》',
        implementers: FUNDS,
        scenarios: ['fiscal_funds'],
      },
    ],
  },
  {
    code: 'AJNSR-2016',
    docNo: '发改财金〔2016〕1467号',
    title: '关于对纳税信用A级纳税人实施联合激励措施的合作备忘录',
    kind: 'reward',
    listTypes: ['AJNSR'],
    issuedOn: '2016-07-01',
    note: '文号与日期为回忆所得 [U]。',
    measures: [
      {
        text: '办理行政审批事项时开辟绿色通道，实行容缺受理',
        legalBasis: '《纳税信用管理办法》第二十九条',
        implementers: APPROVAL,
        scenarios: ['administrative_license'],
      },
      {
        text: '同等条件下优先安排财政资金支持',
        legalBasis: '《纳税信用管理办法》第二十九条',
        implementers: FUNDS,
        scenarios: ['fiscal_funds'],
      },
      {
        text: '在融资授信中给予支持，提供便利化服务',
        legalBasis: '《纳税信用管理办法》第二十九条',
        implementers: LENDING,
        scenarios: ['financing'],
      },
      {
        text: '减少日常检查频次',
        legalBasis: '《纳税信用管理办法》第二十九条',
        implementers: ['tax', 'market_regulation'],
        scenarios: ['supervision'],
      },
    ],
  },
  {
    code: 'SD-26',
    docNo: '山东省社会信用条例第二十六条',
    title: '山东省社会信用条例——守信激励措施',
    kind: 'reward',
    listTypes: ['AJNSR', 'SHTXY'],
    issuedOn: '2017-08-01',
    measures: [
      {
        text: '在行政管理和公共服务中给予绿色通道、容缺受理、简化程序等便利',
        legalBasis: '《山东省社会信用条例》第二十六条第一项',
        implementers: ['*'],
        scenarios: ['administrative_license'],
      },
      {
        text: '在财政资金补助、评优评先、表彰奖励中同等条件下优先考虑',
        legalBasis: '《山东省社会信用条例》第二十六条第二项',
        implementers: ['*'],
        scenarios: ['fiscal_funds', 'awards'],
      },
      {
        text: '在公共资源交易中给予提高信用等次等激励',
        legalBasis: '《山东省社会信用条例》第二十六条第三项',
        implementers: ['public_resources_trading', 'finance'],
        scenarios: ['bidding', 'gov_procurement'],
      },
      {
        text: '在日常检查、专项检查中优化检查频次，降低抽查比例',
        legalBasis: '《山东省社会信用条例》第二十六条第四项',
        implementers: ['*'],
        scenarios: ['supervision'],
      },
    ],
  },
  {
    code: 'SD-28',
    docNo: '山东省社会信用条例第二十八条',
    title: '山东省社会信用条例——失信惩戒措施',
    kind: 'punishment',
    listTypes: ['JYYC', 'YZWFSX', 'ZDSSWF', 'SXBZXR', 'ZFCGSX', 'TQNMGGZ', 'AQSCSX'],
    issuedOn: '2017-08-01',
    measures: [
      {
        text: '在行政管理中限制适用告知承诺、容缺受理等简化程序',
        legalBasis: '《山东省社会信用条例》第二十八条第一项',
        implementers: ['*'],
        scenarios: ['administrative_license'],
      },
      {
        text: '限制申请财政资金项目，限制参加表彰奖励',
        legalBasis: '《山东省社会信用条例》第二十八条第二项',
        implementers: ['*'],
        scenarios: ['fiscal_funds', 'awards'],
      },
      {
        text: '在公共资源交易中给予降低信用等次等限制',
        legalBasis: '《山东省社会信用条例》第二十八条第三项',
        implementers: ['public_resources_trading', 'finance'],
        scenarios: ['bidding', 'gov_procurement'],
      },
      {
        text: '列为重点监督管理对象，提高检查比例和频次，依法进行现场检查',
        legalBasis: '《山东省社会信用条例》第二十八条第四项',
        implementers: ['*'],
        scenarios: ['supervision'],
      },
    ],
  },
  {
    code: 'SD-30',
    docNo: '山东省社会信用条例第三十条',
    title: '山东省社会信用条例——严重失信主体惩戒措施',
    kind: 'punishment',
    listTypes: ['SXBZXR', 'ZDSSWF', 'YZWFSX', 'ZFCGSX', 'TQNMGGZ', 'AQSCSX'],
    issuedOn: '2017-08-01',
    measures: [
      {
        text: '限制进入相关市场和行业，依法限制相关行政许可',
        legalBasis: '《山东省社会信用条例》第三十条第一项',
        implementers: APPROVAL,
        scenarios: ['administrative_license'],
      },
      {
        text: '限制任职资格，撤销相关荣誉称号',
        legalBasis: '《山东省社会信用条例》第三十条第二项',
        implementers: ['*'],
        scenarios: ['qualification', 'awards', 'civil_service'],
      },
      {
        text: '限制获得融资授信',
        legalBasis: '《山东省社会信用条例》第三十条第三项',
        implementers: LENDING,
        scenarios: ['financing'],
      },
      {
        text: '限制参与财政投资的公共工程建设项目和政府特许经营',
        legalBasis: '《山东省社会信用条例》第三十条第四项',
        implementers: [...BIDDING, 'finance'],
        scenarios: ['bidding', 'fiscal_funds'],
      },
      {
        text: '限制参与政府采购、政府投资项目招标投标、国有土地出让',
        legalBasis: '《山东省社会信用条例》第三十条第五项',
        implementers: [...PROCUREMENT, ...BIDDING, 'natural_resources'],
        scenarios: ['gov_procurement', 'bidding', 'land_transfer'],
      },
    ],
  },
];
