import type { CodeTable, CodeTableEntry } from '../catalog.types';

// Code tables. Standard tables (双公示) use the current-standard text as the canonical value so both
// generations land on the words the current standard prints; the older generation's numeric codes are
// `legacyCodes` because the same digit means something else in the current generation (当前状态 `1`).
// Platform tables (severity, sector, occupation …) use snake tokens that rules and code refer to.

const e = (value: string, label: string, aliases: string[] = [], legacyCodes?: string[], description?: string) => {
  const entry: CodeTableEntry = { value, label, aliases };
  if (legacyCodes) entry.legacyCodes = legacyCodes;
  if (description) entry.description = description;
  return entry;
};

/** 行政相对人类别 — current standard: "填写法人及非法人组织、自然人、个体工商户三个类别中的一个" (DOMAIN §3.3 [V]). */
export const XDR_LB: CodeTable = {
  code: 'XDR_LB',
  name: '行政相对人类别',
  description: '旧版标准无此字段：导入时按所填代码推断（身份证号 → 自然人；统一社会信用代码以92开头 → 个体工商户）。',
  entries: [
    e('法人及非法人组织', '法人及非法人组织', ['法人和非法人组织', '法人及其他组织', '法人', '非法人组织', '单位', '企业']),
    e('自然人', '自然人', ['个人', '公民']),
    e('个体工商户', '个体工商户', ['个体户', '个体']),
  ],
};

/**
 * 许可类别. v1 XK_SPLB 0–5 (DOMAIN §3.2 [P]); v2 XK_XKLB text (§3.3 [V]); one v2 implementation
 * codes the texts 01–06 — the order is assumed to follow the texts [U].
 */
export const XKLB: CodeTable = {
  code: 'XKLB',
  name: '许可类别',
  entries: [
    e('普通', '普通', ['普通许可', '01'], ['0']),
    e('特许', '特许', ['特许许可', '02'], ['1']),
    e('认可', '认可', ['认可许可', '03'], ['2']),
    e('核准', '核准', ['核准许可', '04'], ['3']),
    e('登记', '登记', ['登记许可', '05'], ['4']),
    e('其他', '其他', ['其他（须注明）', '其他(须注明)', '06'], ['5']),
  ],
};

/**
 * 处罚类别. Canonical values are the types of 行政处罚法 (2021) art. 9 [V]. The older generation's
 * CF_CFLB1 codes 0–6 follow the pre-2021 law's art. 8 categories, two of which bundle several current
 * types; they keep their own entries so an old record is not silently narrowed to one type.
 */
export const CFLB: CodeTable = {
  code: 'CFLB',
  name: '处罚类别',
  description: '2021年行政处罚法第九条所列种类；旧版（CF_CFLB1）0–6为修订前第八条的类别。',
  entries: [
    e('警告', '警告', [], ['0'], '第九条（一）'),
    e('通报批评', '通报批评', [], undefined, '第九条（一）'),
    e('罚款', '罚款', ['罚金'], ['1'], '第九条（二）'),
    e('没收违法所得', '没收违法所得', [], undefined, '第九条（二）'),
    e('没收非法财物', '没收非法财物', [], undefined, '第九条（二）'),
    e('没收违法所得、没收非法财物', '没收违法所得、没收非法财物（旧法类别）', ['没收违法所得和非法财物'], ['2'], '修订前第八条（三）'),
    e('暂扣许可证件', '暂扣许可证件', ['暂扣许可证', '暂扣执照', '暂扣营业执照'], undefined, '第九条（三）'),
    e('降低资质等级', '降低资质等级', [], undefined, '第九条（三）'),
    e('吊销许可证件', '吊销许可证件', ['吊销许可证', '吊销执照', '吊销营业执照'], undefined, '第九条（三）'),
    e(
      '暂扣或者吊销许可证、暂扣或者吊销执照',
      '暂扣或者吊销许可证、暂扣或者吊销执照（旧法类别）',
      ['暂扣或吊销许可证、暂扣或吊销执照', '暂扣或者吊销许可证', '暂扣或者吊销执照'],
      ['4'],
      '修订前第八条（五）',
    ),
    e('限制开展生产经营活动', '限制开展生产经营活动', [], undefined, '第九条（四）'),
    e('责令停产停业', '责令停产停业', ['责令停产', '责令停业'], ['3'], '第九条（四）'),
    e('责令关闭', '责令关闭', [], undefined, '第九条（四）'),
    e('限制从业', '限制从业', [], undefined, '第九条（四）'),
    e('行政拘留', '行政拘留', ['拘留'], ['5'], '第九条（五）'),
    e('其他', '其他', ['其他行政处罚', '其他（需注明）', '其他(需注明)', '法律、行政法规规定的其他行政处罚'], ['6'], '第九条（六）'),
  ],
};

/** 证件类型 (natural persons, legal representatives): one v2 implementation's local list 01–05 [P]. */
export const ZJLX: CodeTable = {
  code: 'ZJLX',
  name: '证件类型',
  entries: [
    e('01', '居民身份证', ['身份证', '居民身份证号', '身份证号']),
    e('02', '护照', ['中国护照', '外国护照']),
    e('03', '港澳居民来往内地通行证', ['回乡证', '港澳通行证']),
    e('04', '台湾居民来往大陆通行证', ['台胞证']),
    e('05', '外国人永久居留身份证', ['外国人永久居留证', '永久居留身份证']),
  ],
};

/**
 * 当前状态. v1: 0 正常（或空白）/1 撤销/2 异议/3 其他 (DOMAIN §3.2 [P]). v2 files carry `1` whose meaning
 * is unknown ([U], possibly 有效): the digits are legacy codes, so mapping a v2 file must pass
 * `{ legacyCodes: false }` and keep the raw value for review.
 */
export const DQZT: CodeTable = {
  code: 'DQZT',
  name: '当前状态',
  description: '空白视为正常。现行版文件中的数字状态含义未经核实，不按旧版代码解释。',
  entries: [
    e('正常', '正常', ['有效'], ['0']),
    e('撤销', '撤销', ['已撤销', '撤回'], ['1']),
    e('异议', '异议', ['异议中', '异议处理中'], ['2']),
    e('其他', '其他', ['其他（备注说明）'], ['3']),
  ],
};

/** 程序类型 (platform extension): Shandong excludes 简易程序 penalties from 失信信息 (art. 13). */
export const CXLX: CodeTable = {
  code: 'CXLX',
  name: '程序类型',
  entries: [e('普通程序', '普通程序', ['一般程序', '普通', '一般']), e('简易程序', '简易程序', ['简易', '当场处罚', '当场作出'])],
};

/** 失信程度 (platform extension): the tiers of the publicity rules. */
export const SXCD: CodeTable = {
  code: 'SXCD',
  name: '失信程度',
  entries: [
    e('minor', '轻微', ['轻微失信', '轻微失信行为']),
    e('general', '一般', ['一般失信', '一般失信行为', '较轻']),
    e('serious', '严重', ['严重失信', '严重失信行为', '较重']),
  ],
};

/** 所属领域 (platform extension): sectors that change publicity minimums (58号令: 食品、药品、特种设备、安全生产、消防). */
export const HYLY: CodeTable = {
  code: 'HYLY',
  name: '所属领域',
  entries: [
    e('food', '食品', ['食品安全']),
    e('drugs', '药品', ['药品安全']),
    e('medical_devices', '医疗器械'),
    e('cosmetics', '化妆品'),
    e('special_equipment', '特种设备', ['特种设备安全']),
    e('work_safety', '安全生产'),
    e('fire', '消防', ['消防安全']),
    e('environment', '生态环境', ['环境保护', '环保']),
    e('construction', '工程建设', ['建筑市场', '住房城乡建设']),
    e('transport', '交通运输'),
    e('tax', '税务'),
    e('labor', '劳动保障', ['人力资源社会保障']),
    e('product_quality', '产品质量'),
    e('pricing', '价格'),
    e('culture_tourism', '文化旅游'),
    e('health', '医疗卫生'),
    e('education', '教育'),
    e('agriculture', '农业'),
    e('natural_resources', '自然资源', ['国土资源']),
    e('statistics', '统计'),
    e('public_security', '治安', ['公安']),
    e('other', '其他'),
  ],
};

export const XB: CodeTable = {
  code: 'XB',
  name: '性别',
  description: 'GB/T 2261.1 代码 1/2 亦可识别。',
  entries: [e('男', '男', ['1', '男性', 'M']), e('女', '女', ['2', '女性', 'F'])],
};

/** 失信被执行人 conduct: 最高人民法院关于公布失信被执行人名单信息的若干规定 (2013) art. 1 [V]. */
export const SXQX: CodeTable = {
  code: 'SXQX',
  name: '失信被执行人行为具体情形',
  entries: [
    e('refuse_with_ability', '有履行能力而拒不履行生效法律文书确定义务', [
      '其他有履行能力而拒不履行生效法律文书确定义务',
      '有履行能力而拒不履行',
    ]),
    e('obstruct', '以伪造证据、暴力、威胁等方法妨碍、抗拒执行', ['妨碍、抗拒执行', '以伪造证据、暴力、威胁等方法妨碍抗拒执行']),
    e('evade', '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行', ['规避执行']),
    e('property_report', '违反财产报告制度', []),
    e('consumption_ban', '违反限制高消费令', ['违反限制消费令']),
    e('settlement', '无正当理由拒不履行执行和解协议', ['拒不履行执行和解协议']),
  ],
};

export const LXQK: CodeTable = {
  code: 'LXQK',
  name: '被执行人的履行情况',
  entries: [e('none', '全部未履行', ['未履行']), e('partial', '部分未履行', ['部分履行']), e('full', '全部履行', ['已履行', '履行完毕'])],
};

export const MDZT: CodeTable = {
  code: 'MDZT',
  name: '名单状态',
  entries: [
    e('listed', '在列', ['列入', '有效', '公示中']),
    e('removed', '已移出', ['移出', '已退出', '已修复']),
    e('revoked', '已撤销', ['撤销']),
  ],
};

/** 经营异常名录 causes: 企业信息公示暂行条例 (2014) art. 17 and the annual-report rules [V]/[U] for the last two. */
export const YCMLYY: CodeTable = {
  code: 'YCMLYY',
  name: '列入经营异常名录原因',
  entries: [
    e('annual_report', '未按照规定的期限公示年度报告', ['未按规定期限公示年度报告', '未报送年度报告']),
    e('instant_info', '未在责令的期限内公示有关企业信息', ['未按规定公示即时信息']),
    e('false_info', '公示企业信息隐瞒真实情况、弄虚作假', ['隐瞒真实情况、弄虚作假']),
    e('unreachable', '通过登记的住所或者经营场所无法联系', ['通过登记的住所无法联系', '住所无法联系']),
  ],
};

export const NSXYDJ: CodeTable = {
  code: 'NSXYDJ',
  name: '纳税信用等级',
  description: '评价得分区间为商业页面转述 [P]；以税务机关公布为准。',
  entries: [
    e('A', 'A级', ['A'], undefined, '年度评价指标得分90分以上'),
    e('B', 'B级', ['B'], undefined, '70分以上不满90分'),
    e('M', 'M级', ['M'], undefined, '新设立企业或评价年度内无生产经营业务收入且得分70分以上'),
    e('C', 'C级', ['C'], undefined, '40分以上不满70分'),
    e('D', 'D级', ['D'], undefined, '不满40分或直接判级'),
  ],
};

/** Default evaluation template A/B/C/D (SPEC §3); the national 优/良/中/差 wording is [U]. */
export const PJDJ: CodeTable = {
  code: 'PJDJ',
  name: '公共信用综合评价等级',
  entries: [e('A', '优秀', ['优', 'A级']), e('B', '良好', ['良', 'B级']), e('C', '一般', ['中', 'C级']), e('D', '较差', ['差', 'D级'])],
};

/** 农户信用等级 (人民银行/农业农村 农户信用评定); the three-level scale is common practice [U]. */
export const NHXYDJ: CodeTable = {
  code: 'NHXYDJ',
  name: '农户信用等级',
  entries: [
    e('AAA', '优秀', ['信用优秀', 'AAA级']),
    e('AA', '较好', ['信用较好', 'AA级']),
    e('A', '一般', ['信用一般', 'A级']),
    e('unrated', '未评级', ['未评定']),
  ],
};

/** 信用村 designations [U]: local schemes differ; configure per profile. */
export const XYCDJ: CodeTable = {
  code: 'XYCDJ',
  name: '信用村等级',
  entries: [
    e('credit_village', '信用村', []),
    e('model_credit_village', '信用示范村', ['示范信用村']),
    e('revoked', '已撤销称号', ['撤销']),
  ],
};

/** 职业类别: the plan's key professional groups (公务员, 律师, 会计, 医务人员, 教师, 导游, 统计人员, 保险经纪人 …). */
export const ZYLB: CodeTable = {
  code: 'ZYLB',
  name: '职业类别',
  entries: [
    e('civil_servant', '公务员', ['参照公务员法管理人员']),
    e('lawyer', '律师', ['执业律师']),
    e('notary', '公证员', []),
    e('accountant', '会计人员', ['会计', '会计从业人员']),
    e('cpa', '注册会计师', ['CPA']),
    e('physician', '执业医师', ['医师', '执业助理医师']),
    e('nurse', '护士', ['执业护士']),
    e('pharmacist', '执业药师', ['药师']),
    e('teacher', '教师', ['教师资格']),
    e('tour_guide', '导游', ['导游人员']),
    e('statistician', '统计人员', ['统计从业人员']),
    e('insurance', '保险从业人员', ['保险经纪人', '保险代理人', '保险销售人员']),
    e('other', '其他专业人员', ['其他']),
  ],
};

export const ZGZT: CodeTable = {
  code: 'ZGZT',
  name: '资格状态',
  entries: [
    e('valid', '有效', ['正常', '在执业']),
    e('suspended', '暂停执业', ['暂停']),
    e('revoked', '吊销', ['已吊销']),
    e('cancelled', '注销', ['已注销']),
    e('expired', '过期', ['已过期', '失效']),
  ],
};

/** 从业人员失信行为 handling measures; sector rules differ, this is the common set [U]. */
export const CLCS: CodeTable = {
  code: 'CLCS',
  name: '处理措施',
  entries: [
    e('warning', '警告', []),
    e('criticism', '通报批评', []),
    e('fine', '罚款', []),
    e('suspend', '暂停执业', ['停止执业']),
    e('revoke', '吊销执业证书', ['吊销执业资格', '吊销证书']),
    e('practice_ban', '限制从业', ['禁止从业', '终身禁业']),
    e('disciplinary', '处分', ['政务处分', '行政处分', '纪律处分']),
    e('other', '其他', []),
  ],
};

export const CNLX: CodeTable = {
  code: 'CNLX',
  name: '承诺类型',
  description: '分类为各地常见做法 [U]，可按配置调整。',
  entries: [
    e('approval_substitute', '审批替代型', ['告知承诺', '证明事项告知承诺', '告知承诺制']),
    e('missing_documents', '容缺受理型', ['容缺受理']),
    e('industry_self_discipline', '行业自律型', ['行业自律']),
    e('repair', '信用修复型', ['信用修复承诺']),
    e('voluntary', '主动型', ['主动承诺', '主动公示型']),
  ],
};

export const LYZT: CodeTable = {
  code: 'LYZT',
  name: '履约状态',
  entries: [
    e('in_progress', '履约中', ['未到期', '正在履约']),
    e('fulfilled', '已履约', ['履约', '守诺']),
    e('breached', '未履约', ['违诺', '失诺', '违约']),
  ],
};

export const RYJB: CodeTable = {
  code: 'RYJB',
  name: '荣誉级别',
  entries: [
    e('national', '国家级', ['全国']),
    e('provincial', '省级', ['省部级']),
    e('city', '市级', ['地市级']),
    e('county', '县级', ['县区级', '县（市、区）级']),
    e('other', '其他', []),
  ],
};

export const SBXZ: CodeTable = {
  code: 'SBXZ',
  name: '社会保险险种',
  entries: [
    e('pension', '基本养老保险', ['养老保险', '企业职工基本养老保险']),
    e('medical', '基本医疗保险', ['医疗保险', '职工基本医疗保险']),
    e('unemployment', '失业保险', []),
    e('injury', '工伤保险', []),
    e('maternity', '生育保险', []),
  ],
};

export const BJSZT: CodeTable = {
  code: 'BJSZT',
  name: '补缴状态',
  entries: [e('unpaid', '未补缴', ['欠缴', '未缴']), e('partial', '部分补缴', []), e('paid', '已补缴', ['已缴清', '补缴完毕'])],
};

export const ZTLX: CodeTable = {
  code: 'ZTLX',
  name: '登记主体类型',
  entries: [
    e('enterprise', '企业', ['公司', '企业法人']),
    e('individual_business', '个体工商户', ['个体户']),
    e('farmer_cooperative', '农民专业合作社', ['合作社']),
    e('government', '机关', ['机关法人']),
    e('institution', '事业单位', ['事业单位法人']),
    e('social_organization', '社会组织', ['社会团体', '民办非企业单位', '基金会', '社会服务机构']),
    e('legal_service', '律师事务所、公证处等', ['律师事务所', '公证处', '司法鉴定机构']),
    e('mass_autonomy', '基层群众性自治组织', ['村民委员会', '居民委员会']),
    e('collective_economy', '农村集体经济组织', ['集体经济组织']),
    e('other', '其他', []),
  ],
};

export const DJZT: CodeTable = {
  code: 'DJZT',
  name: '登记状态',
  entries: [
    e('active', '存续', ['在业', '开业', '正常', '在营']),
    e('revoked', '吊销', ['吊销未注销', '已吊销']),
    e('cancelled', '注销', ['已注销']),
    e('moved_out', '迁出', []),
  ],
};

/** Every code table the shipped catalogue references. */
export const CODE_TABLES: CodeTable[] = [
  XDR_LB,
  XKLB,
  CFLB,
  ZJLX,
  DQZT,
  CXLX,
  SXCD,
  HYLY,
  XB,
  SXQX,
  LXQK,
  MDZT,
  YCMLYY,
  NSXYDJ,
  PJDJ,
  NHXYDJ,
  XYCDJ,
  ZYLB,
  ZGZT,
  CLCS,
  CNLX,
  LYZT,
  RYJB,
  SBXZ,
  BJSZT,
  ZTLX,
  DJZT,
];
