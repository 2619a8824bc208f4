import type { Random } from './prng';

/** Sectors whose penalties are publicised for at least one year (发改委令第58号). */
export type PenaltySector = '食品' | '药品' | '特种设备' | '安全生产' | '消防';

/** Who a penalty type applies to. */
export type PenaltyTarget = 'org' | 'person';

/** Context for writing the 违法事实 sentence. */
export interface FactContext {
  /** The party's name as it appears in the decision. */
  name: string;
  /** Date the violation was found, 'YYYY-MM-DD'. */
  found: string;
  rng: Random;
}

/** A legal basis valid from a date on (articles were renumbered by later revisions). */
export type VersionedBasis = readonly (readonly [from: string, basis: string])[];

/** One kind of administrative penalty. */
export interface PenaltyType {
  key: string;
  functions: readonly string[];
  sectors: readonly PenaltySector[];
  targets: readonly PenaltyTarget[];
  /** CF_WFXW 违法行为类型 */
  offence: string;
  /** CF_SY 违法事实 */
  fact: (c: FactContext) => string;
  /** CF_YJ 处罚依据: newest version whose date is on or before the decision. */
  basis: VersionedBasis;
  /** CF_CFLB options with weights; ';' joins several kinds in one decision. */
  kinds: readonly (readonly [string, number])[];
  /** Fine range in yuan for organisations (and persons unless personFine is given); null = no fine. */
  fine: readonly [number, number] | null;
  personFine?: readonly [number, number];
  /** Reduced fine range (行政处罚法 art. 32) and how often it applies. */
  reduced?: { range: readonly [number, number]; p: number };
  /** Share decided under the simplified (当场) procedure when the law allows it. */
  simplified?: number;
  /** Share counted as serious beyond the automatic rule (fine ≥ 10万元 or a suspension). */
  serious?: number;
  /** CF_NR for kind '其他' (no money involved). */
  otherContent?: string;
  /** Not decided before this date. */
  from?: string;
}

/** Appended to CF_YJ when a reduced fine is imposed. */
export const REDUCTION_CLAUSE = '、《中华人民共和国行政处罚法》第三十二条第（一）项';

const FOODS = ['面包', '火腿肠', '饮料', '方便面', '饼干', '酸奶', '糕点', '速冻水饺', '调味品'] as const;
const MONTH = (iso: string): string => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** Penalty types, keyed by `key`. */
export const PENALTY_TYPES: readonly PenaltyType[] = [
  {
    key: 'food_health_cert',
    functions: ['market_regulation'],
    sectors: ['食品'],
    targets: ['org'],
    offence: '安排未取得健康证明的人员从事接触直接入口食品的工作',
    fact: (c) => `${MONTH(c.found)}，执法人员检查发现，${c.name}安排${c.rng.int(1, 4)}名未取得健康证明的人员从事接触直接入口食品的工作。`,
    basis: [['2019-01-01', '《中华人民共和国食品安全法》第一百二十六条第一款第（六）项']],
    kinds: [
      ['警告', 3],
      ['警告;罚款', 3],
      ['罚款', 4],
    ],
    fine: [5000, 20000],
    simplified: 0.25,
  },
  {
    key: 'food_expired',
    functions: ['market_regulation'],
    sectors: ['食品'],
    targets: ['org'],
    offence: '经营超过保质期的食品',
    fact: (c) => {
      const n = c.rng.int(2, 30);
      return `${MONTH(c.found)}，执法人员检查发现，${c.name}经营场所货架上摆放超过保质期的${c.rng.pick(FOODS)}等食品共${n}件，货值金额${(n * c.rng.int(3, 25)).toFixed(0)}元。`;
    },
    basis: [['2019-01-01', '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项']],
    kinds: [
      ['罚款;没收违法所得、没收非法财物', 7],
      ['罚款', 3],
    ],
    fine: [50000, 100000],
    reduced: { range: [2000, 20000], p: 0.7 },
  },
  {
    key: 'food_purchase_record',
    functions: ['market_regulation'],
    sectors: ['食品'],
    targets: ['org'],
    offence: '未按规定查验供货者许可证和食品合格证明文件',
    fact: (c) => `${c.name}采购食品未按规定查验供货者的许可证和食品出厂检验合格证或者其他合格证明，未建立食品进货查验记录。`,
    basis: [['2019-01-01', '《中华人民共和国食品安全法》第一百二十六条第一款第（三）项']],
    kinds: [
      ['警告', 4],
      ['罚款', 4],
      ['警告;罚款', 2],
    ],
    fine: [5000, 30000],
    simplified: 0.2,
  },
  {
    key: 'food_label',
    functions: ['market_regulation'],
    sectors: ['食品'],
    targets: ['org'],
    offence: '生产经营标签不符合规定的预包装食品',
    fact: (c) =>
      `${c.name}生产经营的预包装食品标签未标注生产者联系方式及贮存条件，不符合食品安全国家标准的规定，货值金额${c.rng.int(200, 5000)}元。`,
    basis: [['2019-01-01', '《中华人民共和国食品安全法》第一百二十五条第一款第（二）项']],
    kinds: [
      ['罚款;没收违法所得、没收非法财物', 5],
      ['罚款', 5],
    ],
    fine: [5000, 50000],
  },
  {
    key: 'food_unlicensed',
    functions: ['market_regulation'],
    sectors: ['食品'],
    targets: ['org'],
    offence: '未取得食品经营许可从事食品经营活动',
    fact: (c) => `${c.name}未取得食品经营许可，自${MONTH(c.found)}起从事餐饮服务经营活动，违法所得${c.rng.int(300, 6000)}元。`,
    basis: [['2019-01-01', '《中华人民共和国食品安全法》第一百二十二条第一款']],
    kinds: [['罚款;没收违法所得、没收非法财物', 1]],
    fine: [50000, 100000],
    reduced: { range: [5000, 30000], p: 0.6 },
  },
  {
    key: 'drug_gsp',
    functions: ['market_regulation'],
    sectors: ['药品'],
    targets: ['org'],
    offence: '未遵守药品经营质量管理规范',
    fact: (c) =>
      `${c.name}未按规定对在库药品进行养护，${c.rng.pick(['冷藏药品未按要求在2-8℃条件下储存', '处方药与非处方药未分区陈列', '未按规定记录温湿度'])}，违反药品经营质量管理规范。`,
    basis: [['2019-12-01', '《中华人民共和国药品管理法》第一百二十六条']],
    kinds: [
      ['警告', 5],
      ['警告;罚款', 2],
      ['罚款', 3],
    ],
    fine: [100000, 500000],
    reduced: { range: [10000, 50000], p: 0.7 },
    from: '2019-12-01',
  },
  {
    key: 'price_tag',
    functions: ['market_regulation'],
    sectors: [],
    targets: ['org'],
    offence: '不按规定明码标价',
    fact: (c) => `${MONTH(c.found)}，执法人员检查发现，${c.name}销售的${c.rng.int(3, 40)}种商品未按规定明码标价。`,
    basis: [
      ['2019-01-01', '《中华人民共和国价格法》第四十二条、《价格违法行为行政处罚规定》第十三条第（一）项'],
      ['2022-07-01', '《中华人民共和国价格法》第四十二条、《明码标价和禁止价格欺诈规定》第二十一条'],
    ],
    kinds: [
      ['警告', 4],
      ['罚款', 5],
      ['警告;罚款', 1],
    ],
    fine: [500, 5000],
    simplified: 0.3,
  },
  {
    key: 'absolute_ad',
    functions: ['market_regulation'],
    sectors: [],
    targets: ['org'],
    offence: '发布含有绝对化用语的广告',
    fact: (c) =>
      `${c.name}在其${c.rng.pick(['微信公众号', '门店宣传海报', '网店商品详情页', '抖音短视频'])}发布的广告中使用“${c.rng.pick(['最佳', '第一品牌', '顶级', '国家级', '最好'])}”等绝对化用语。`,
    basis: [['2019-01-01', '《中华人民共和国广告法》第五十七条第（一）项']],
    kinds: [
      ['罚款', 8],
      ['罚款;没收违法所得、没收非法财物', 2],
    ],
    fine: [200000, 1000000],
    reduced: { range: [3000, 50000], p: 0.9 },
  },
  {
    key: 'false_publicity',
    functions: ['market_regulation'],
    sectors: [],
    targets: ['org'],
    offence: '对商品作虚假或者引人误解的商业宣传',
    fact: (c) =>
      `${c.name}在经营活动中对其商品的${c.rng.pick(['性能、功能', '销售状况、用户评价', '曾获荣誉'])}作虚假或者引人误解的商业宣传，欺骗、误导消费者。`,
    basis: [['2019-04-23', '《中华人民共和国反不正当竞争法》第二十条第一款']],
    kinds: [['罚款', 1]],
    fine: [200000, 1000000],
    reduced: { range: [10000, 100000], p: 0.8 },
    from: '2019-04-23',
  },
  {
    key: 'elevator_uninspected',
    functions: ['market_regulation'],
    sectors: ['特种设备'],
    targets: ['org'],
    offence: '使用未经定期检验的特种设备',
    fact: (c) => `${c.name}管理的${c.rng.int(1, 6)}台电梯超过定期检验有效期后未申报检验，仍继续使用。`,
    basis: [['2019-01-01', '《中华人民共和国特种设备安全法》第八十四条第（一）项']],
    kinds: [['罚款', 1]],
    fine: [30000, 300000],
    reduced: { range: [10000, 30000], p: 0.4 },
  },
  {
    key: 'equipment_unregistered',
    functions: ['market_regulation'],
    sectors: ['特种设备'],
    targets: ['org'],
    offence: '特种设备未按照规定办理使用登记',
    fact: (c) =>
      `${c.name}使用的${c.rng.int(1, 5)}台${c.rng.pick(['叉车', '桥式起重机', '储气罐'])}未按照规定办理使用登记，经责令限期改正逾期未改正。`,
    basis: [['2019-01-01', '《中华人民共和国特种设备安全法》第八十三条第（一）项']],
    kinds: [['罚款', 1]],
    fine: [10000, 100000],
  },
  {
    key: 'registration_no_change',
    functions: ['market_regulation'],
    sectors: [],
    targets: ['org'],
    offence: '未依法办理变更登记',
    fact: (c) => `${c.name}${c.rng.pick(['住所', '经营范围', '法定代表人'])}已实际变更，未依法办理变更登记，经责令改正拒不改正。`,
    basis: [['2022-03-01', '《中华人民共和国市场主体登记管理条例》第四十六条']],
    kinds: [['罚款', 1]],
    fine: [10000, 100000],
    from: '2022-03-01',
  },
  {
    key: 'air_dust',
    functions: ['ecology_environment'],
    sectors: [],
    targets: ['org'],
    offence: '未采取有效措施控制、减少粉尘排放',
    fact: (c) =>
      `${MONTH(c.found)}，执法人员现场检查发现，${c.name}露天堆放的${c.rng.pick(['砂石', '煤炭', '石粉', '水泥'])}等易产生扬尘的物料未采取覆盖、围挡等措施，产生扬尘污染。`,
    basis: [['2019-01-01', '《中华人民共和国大气污染防治法》第一百零八条第（五）项']],
    kinds: [['罚款', 1]],
    fine: [20000, 200000],
  },
  {
    key: 'air_exceed',
    functions: ['ecology_environment'],
    sectors: [],
    targets: ['org'],
    offence: '超过大气污染物排放标准排放大气污染物',
    fact: (c) =>
      `经监测，${c.name}${c.rng.pick(['烘干工序排气筒', '锅炉排气筒', '喷涂车间排气筒'])}${c.rng.pick(['颗粒物', '氮氧化物', '挥发性有机物'])}排放浓度超过《区域性大气污染物综合排放标准》（DB37/2376）规定的限值。`,
    basis: [['2019-01-01', '《中华人民共和国大气污染防治法》第九十九条第（二）项']],
    kinds: [['罚款', 1]],
    fine: [100000, 1000000],
    serious: 0.4,
  },
  {
    key: 'water_exceed',
    functions: ['ecology_environment'],
    sectors: [],
    targets: ['org'],
    offence: '超过水污染物排放标准排放水污染物',
    fact: (c) => `经监测，${c.name}废水总排口化学需氧量、氨氮排放浓度超过国家规定的水污染物排放标准。`,
    basis: [['2019-01-01', '《中华人民共和国水污染防治法》第八十三条第（二）项']],
    kinds: [['罚款', 1]],
    fine: [100000, 1000000],
    serious: 0.4,
  },
  {
    key: 'eia_missing',
    functions: ['ecology_environment'],
    sectors: [],
    targets: ['org'],
    offence: '建设项目环境影响报告表未经批准擅自开工建设',
    fact: (c) =>
      `${c.name}${c.rng.pick(['年产5万吨石材加工项目', '生物有机肥生产项目', '废旧物资回收加工项目', '设备扩建项目'])}环境影响报告表未经生态环境主管部门审批，擅自开工建设。`,
    basis: [['2019-01-01', '《中华人民共和国环境影响评价法》第三十一条第一款']],
    kinds: [['罚款', 1]],
    fine: [20000, 300000],
  },
  {
    key: 'no_discharge_permit',
    functions: ['ecology_environment'],
    sectors: [],
    targets: ['org'],
    offence: '未取得排污许可证排放污染物',
    fact: (c) => `${c.name}属于实行排污许可重点管理的排污单位，未依法取得排污许可证排放污染物。`,
    basis: [['2021-03-01', '《排污许可管理条例》第三十三条第（一）项']],
    kinds: [['罚款', 1]],
    fine: [200000, 1000000],
    serious: 0.5,
    from: '2021-03-01',
  },
  {
    key: 'safety_training',
    functions: ['emergency_management'],
    sectors: ['安全生产'],
    targets: ['org'],
    offence: '未按照规定对从业人员进行安全生产教育和培训',
    fact: (c) =>
      `${c.name}未按照规定对从业人员进行安全生产教育和培训，${c.rng.int(2, 12)}名从业人员未经安全生产教育和培训合格即上岗作业，且未如实记录安全生产教育和培训情况。`,
    basis: [
      ['2019-01-01', '《中华人民共和国安全生产法》第九十四条第（三）项'],
      ['2021-09-01', '《中华人民共和国安全生产法》第九十七条第（三）项'],
    ],
    kinds: [['罚款', 1]],
    fine: [10000, 50000],
  },
  {
    key: 'safety_sign',
    functions: ['emergency_management'],
    sectors: ['安全生产'],
    targets: ['org'],
    offence: '未在有较大危险因素的生产经营场所设置明显的安全警示标志',
    fact: (c) => `${c.name}${c.rng.pick(['配电室', '有限空间作业场所', '危险化学品储存区域', '机械加工车间'])}未设置明显的安全警示标志。`,
    basis: [
      ['2019-01-01', '《中华人民共和国安全生产法》第九十六条第（一）项'],
      ['2021-09-01', '《中华人民共和国安全生产法》第九十九条第（一）项'],
    ],
    kinds: [['罚款', 1]],
    fine: [5000, 30000],
  },
  {
    key: 'safety_hazard',
    functions: ['emergency_management'],
    sectors: ['安全生产'],
    targets: ['org'],
    offence: '未采取措施消除事故隐患',
    fact: (c) =>
      `执法人员检查发现${c.name}存在${c.rng.pick(['粉尘防爆除尘系统未设置泄爆装置', '有限空间作业未执行审批制度', '特种作业人员未持证上岗', '消防通道堆放杂物'])}等事故隐患，经责令限期整改逾期未消除。`,
    basis: [
      ['2019-01-01', '《中华人民共和国安全生产法》第九十九条'],
      ['2021-09-01', '《中华人民共和国安全生产法》第一百零二条'],
    ],
    kinds: [
      ['罚款', 8],
      ['责令停产停业;罚款', 2],
    ],
    fine: [10000, 50000],
  },
  {
    key: 'hazchem_unlicensed',
    functions: ['emergency_management'],
    sectors: ['安全生产'],
    targets: ['org'],
    offence: '未取得危险化学品经营许可证从事危险化学品经营',
    fact: (c) =>
      `${c.name}未取得危险化学品经营许可证，擅自经营${c.rng.pick(['甲醇', '油漆稀释剂', '液化石油气', '硫酸'])}等危险化学品，违法所得${c.rng.int(800, 20000)}元。`,
    basis: [['2019-01-01', '《危险化学品安全管理条例》第七十七条第三款']],
    kinds: [['罚款;没收违法所得、没收非法财物', 1]],
    fine: [100000, 200000],
    serious: 0.6,
  },
  {
    key: 'fire_facility',
    functions: ['fire_rescue'],
    sectors: ['消防'],
    targets: ['org'],
    offence: '消防设施、器材未保持完好有效',
    fact: (c) =>
      `${MONTH(c.found)}，消防救援机构检查发现，${c.name}${c.rng.pick(['部分灭火器压力不足', '室内消火栓无水', '应急照明灯损坏', '火灾自动报警系统故障'])}，消防设施、器材未保持完好有效。`,
    basis: [['2019-01-01', '《中华人民共和国消防法》第六十条第一款第（一）项']],
    kinds: [['罚款', 1]],
    fine: [5000, 50000],
  },
  {
    key: 'fire_exit',
    functions: ['fire_rescue'],
    sectors: ['消防'],
    targets: ['org'],
    offence: '占用、堵塞、封闭疏散通道、安全出口',
    fact: (c) =>
      `${c.name}${c.rng.pick(['将安全出口上锁封闭', '在疏散通道内堆放货物', '占用疏散楼梯间堆放杂物'])}，占用、堵塞、封闭疏散通道、安全出口。`,
    basis: [['2019-01-01', '《中华人民共和国消防法》第六十条第一款第（三）项']],
    kinds: [['罚款', 1]],
    fine: [5000, 50000],
  },
  {
    key: 'fire_person',
    functions: ['fire_rescue'],
    sectors: ['消防'],
    targets: ['person'],
    offence: '占用、堵塞疏散通道',
    fact: (c) => `${c.name}在居住小区楼道内为电动自行车充电并停放，占用、堵塞疏散通道。`,
    basis: [['2019-01-01', '《中华人民共和国消防法》第六十条第二款']],
    kinds: [
      ['警告', 5],
      ['罚款', 5],
    ],
    fine: null,
    personFine: [100, 500],
    simplified: 0.8,
  },
  {
    key: 'fire_unpermitted',
    functions: ['fire_rescue'],
    sectors: ['消防'],
    targets: ['org'],
    offence: '公众聚集场所未经消防救援机构许可擅自投入使用、营业',
    fact: (c) => `${c.name}经营场所属于公众聚集场所，未经消防救援机构许可，擅自投入使用、营业。`,
    basis: [['2021-06-01', '《中华人民共和国消防法》第五十八条第一款第（四）项']],
    kinds: [['责令停产停业;罚款', 1]],
    fine: [30000, 300000],
    from: '2021-06-01',
  },
  {
    key: 'overload',
    functions: ['transport'],
    sectors: [],
    targets: ['org', 'person'],
    offence: '车辆违法超限运输',
    fact: (c) => {
      const limit = c.rng.pick([18, 25, 31, 43, 49]);
      const weight = limit + c.rng.int(3, 30);
      return `${MONTH(c.found)}，${c.name}所属车牌号为鲁J${c.rng.pick(['A', 'B', 'C', 'D', 'F'])}${c.rng.int(10000, 99999)}的货运车辆车货总质量${weight}吨，超过限定标准${weight - limit}吨，在公路上行驶。`;
    },
    basis: [['2019-01-01', '《公路安全保护条例》第六十四条']],
    kinds: [['罚款', 1]],
    fine: [500, 30000],
    personFine: [500, 30000],
  },
  {
    key: 'unlicensed_transport',
    functions: ['transport'],
    sectors: [],
    targets: ['org', 'person'],
    offence: '未取得道路运输经营许可擅自从事道路运输经营',
    fact: (c) => `${c.name}未取得道路运输经营许可，擅自使用车辆从事${c.rng.pick(['道路旅客运输', '道路货物运输'])}经营。`,
    basis: [['2019-01-01', '《中华人民共和国道路运输条例》第六十三条']],
    kinds: [['罚款', 1]],
    fine: [30000, 100000],
    personFine: [30000, 100000],
    reduced: { range: [5000, 20000], p: 0.5 },
  },
  {
    key: 'construction_dust',
    functions: ['housing_construction'],
    sectors: [],
    targets: ['org'],
    offence: '施工工地未采取有效防尘降尘措施',
    fact: (c) =>
      `${c.name}承建的${c.rng.pick(['住宅楼', '市政道路', '厂房', '安置房'])}项目施工工地${c.rng.pick(['裸露土方未覆盖', '出入车辆未冲洗', '未设置硬质围挡'])}，未采取有效防尘降尘措施。`,
    basis: [['2019-01-01', '《中华人民共和国大气污染防治法》第一百一十五条第一款第（一）项']],
    kinds: [['罚款', 1]],
    fine: [10000, 100000],
  },
  {
    key: 'no_construction_permit',
    functions: ['housing_construction'],
    sectors: [],
    targets: ['org'],
    offence: '未取得施工许可证擅自施工',
    fact: (c) =>
      `${c.name}${c.rng.pick(['综合楼', '厂房', '住宅楼'])}工程未取得施工许可证即擅自开工建设，合同价款${c.rng.int(200, 5000)}万元。`,
    basis: [['2019-01-01', '《建筑工程施工许可管理办法》第十二条']],
    kinds: [['罚款', 1]],
    fine: [20000, 300000],
  },
  {
    key: 'wage_account',
    functions: ['human_resources'],
    sectors: [],
    targets: ['org'],
    offence: '施工总承包单位未按规定开设或者使用农民工工资专用账户',
    fact: (c) =>
      `${c.name}承建的${c.rng.pick(['住宅小区', '道路改造', '学校', '厂房'])}项目未按规定开设农民工工资专用账户，经责令限期整改逾期未改正。`,
    basis: [['2020-05-01', '《保障农民工工资支付条例》第五十五条第（一）项']],
    kinds: [['罚款', 1]],
    fine: [50000, 100000],
    from: '2020-05-01',
  },
  {
    key: 'labor_materials',
    functions: ['human_resources'],
    sectors: [],
    targets: ['org'],
    offence: '不按照劳动保障行政部门的要求报送书面材料',
    fact: (c) => `${c.name}未按照《劳动保障监察限期提供材料通知书》的要求报送用工情况、工资支付等书面材料。`,
    basis: [['2019-01-01', '《劳动保障监察条例》第三十条第一款第（三）项']],
    kinds: [['罚款', 1]],
    fine: [2000, 20000],
  },
  {
    key: 'tax_late_filing',
    functions: ['tax'],
    sectors: [],
    targets: ['org', 'person'],
    offence: '未按照规定期限办理纳税申报和报送纳税资料',
    fact: (c) => {
      const y = Number(c.found.slice(0, 4));
      const m = Number(c.found.slice(5, 7));
      const period = m > 1 ? `${y}年${m - 1}月` : `${y - 1}年12月`;
      return `${c.name}未按照规定期限办理${period}${c.rng.pick(['增值税', '个人所得税（代扣代缴）', '城市维护建设税', '印花税'])}纳税申报。`;
    },
    basis: [['2019-01-01', '《中华人民共和国税收征收管理法》第六十二条']],
    kinds: [['罚款', 1]],
    fine: [50, 2000],
    personFine: [50, 200],
    simplified: 0.45,
  },
  {
    key: 'invoice_not_issued',
    functions: ['tax'],
    sectors: [],
    targets: ['org'],
    offence: '应当开具而未开具发票',
    fact: (c) => `${c.name}在销售商品、提供服务收取款项时应当开具而未开具发票，涉及金额${c.rng.int(2, 80) * 1000}元。`,
    basis: [['2019-01-01', '《中华人民共和国发票管理办法》第三十五条第（一）项']],
    kinds: [['罚款', 1]],
    fine: [500, 10000],
  },
  {
    key: 'stats_false',
    functions: ['statistics'],
    sectors: [],
    targets: ['org'],
    offence: '提供不真实的统计资料',
    fact: (c) =>
      `${c.name}在${Number(c.found.slice(0, 4)) - 1}年统计联网直报中${c.rng.pick(['虚报营业收入', '虚报工业总产值', '虚报从业人员期末人数', '瞒报利润总额'])}，提供不真实的统计资料。`,
    basis: [['2019-01-01', '《中华人民共和国统计法》第四十一条第二款']],
    kinds: [
      ['警告;罚款', 6],
      ['警告', 4],
    ],
    fine: [5000, 50000],
  },
  {
    key: 'medins_switch',
    functions: ['medical_insurance'],
    sectors: [],
    targets: ['org'],
    offence: '串换药品、医用耗材、诊疗项目',
    fact: (c) =>
      `${c.name}将${c.rng.pick(['保健食品', '日用品', '非医保药品'])}串换为医保目录内药品进行医保结算，造成医疗保障基金损失${c.rng.int(1000, 40000)}元。`,
    basis: [['2021-05-01', '《医疗保障基金使用监督管理条例》第三十八条第（四）项']],
    kinds: [['罚款', 1]],
    fine: [2000, 80000],
    from: '2021-05-01',
  },
  {
    key: 'public_health_cert',
    functions: ['health'],
    sectors: [],
    targets: ['org'],
    offence: '公共场所从业人员未取得有效健康合格证明上岗',
    fact: (c) => `${c.name}安排${c.rng.int(1, 3)}名未取得有效健康合格证明的从业人员从事直接为顾客服务的工作。`,
    basis: [['2019-01-01', '《公共场所卫生管理条例实施细则》第三十八条']],
    kinds: [
      ['警告', 5],
      ['警告;罚款', 3],
      ['罚款', 2],
    ],
    fine: [500, 5000],
    simplified: 0.4,
  },
  {
    key: 'construction_waste',
    functions: ['urban_management'],
    sectors: [],
    targets: ['org', 'person'],
    offence: '随意倾倒、抛撒建筑垃圾',
    fact: (c) =>
      `${MONTH(c.found)}，${c.name}在${c.rng.pick(['城区道路', '河道管理范围内', '空闲地块'])}随意倾倒建筑垃圾约${c.rng.int(2, 60)}立方米。`,
    basis: [['2019-01-01', '《城市建筑垃圾管理规定》第二十六条']],
    kinds: [
      ['罚款', 8],
      ['警告;罚款', 2],
    ],
    fine: [5000, 50000],
    personFine: [50, 200],
    simplified: 0.3,
  },
  {
    key: 'illegal_felling',
    functions: ['forestry', 'natural_resources'],
    sectors: [],
    targets: ['person'],
    offence: '滥伐林木',
    fact: (c) =>
      `${c.name}未办理林木采伐许可证，擅自采伐其承包地内${c.rng.pick(['杨树', '刺槐', '侧柏'])}${c.rng.int(8, 120)}株，折合立木蓄积${c.rng.int(3, 40)}立方米。`,
    basis: [
      ['2019-01-01', '《中华人民共和国森林法》第三十九条第二款'],
      ['2020-07-01', '《中华人民共和国森林法》第七十六条第二款'],
    ],
    kinds: [['罚款', 1]],
    fine: null,
    personFine: [3000, 30000],
  },
  {
    key: 'illegal_homestead',
    functions: ['agriculture'],
    sectors: [],
    targets: ['person'],
    offence: '农村村民未经批准非法占用土地建住宅',
    fact: (c) => `${c.name}未经批准，擅自占用集体土地${c.rng.int(80, 400)}平方米建设住宅。`,
    basis: [['2020-01-01', '《中华人民共和国土地管理法》第七十八条第一款']],
    kinds: [['其他', 1]],
    fine: null,
    otherContent: '责令退还非法占用的土地，限期拆除在非法占用的土地上新建的房屋',
    from: '2020-01-01',
  },
  {
    key: 'pesticide_label',
    functions: ['agriculture'],
    sectors: [],
    targets: ['org'],
    offence: '销售包装、标签不符合规定的农药',
    fact: (c) => `${c.name}销售的${c.rng.int(2, 10)}个品种农药标签未标注农药登记证号等内容，不符合《农药标签和说明书管理办法》的规定。`,
    basis: [['2019-01-01', '《农药管理条例》第五十八条第一款第（三）项']],
    kinds: [['罚款', 1]],
    fine: [2000, 20000],
  },
  {
    key: 'water_unlicensed',
    functions: ['water'],
    sectors: [],
    targets: ['org'],
    offence: '未经批准擅自取水',
    fact: (c) =>
      `${c.name}未取得取水许可，擅自利用${c.rng.pick(['自备井', '汶河河道', '塘坝'])}取水，用于${c.rng.pick(['生产', '灌溉', '养殖'])}。`,
    basis: [['2019-01-01', '《中华人民共和国水法》第六十九条第（一）项']],
    kinds: [['罚款', 1]],
    fine: [20000, 100000],
  },
  {
    key: 'travel_unlicensed',
    functions: ['culture_tourism'],
    sectors: [],
    targets: ['org'],
    offence: '未经许可经营旅行社业务',
    fact: (c) => `${c.name}未取得旅行社业务经营许可，招徕、组织游客参加泰山一日游等旅游活动，违法所得${c.rng.int(500, 12000)}元。`,
    basis: [['2019-01-01', '《中华人民共和国旅游法》第九十五条第一款']],
    kinds: [['罚款;没收违法所得、没收非法财物', 1]],
    fine: [10000, 100000],
  },
  {
    key: 'presale_unlicensed',
    functions: ['housing_construction'],
    sectors: [],
    targets: ['org'],
    offence: '未取得商品房预售许可证预售商品房',
    fact: (c) => `${c.name}开发的${c.rng.int(1, 9)}号楼未取得商品房预售许可证，以认购、预订等方式向买受人收取预付款。`,
    basis: [['2019-01-01', '《城市商品房预售管理办法》第十四条']],
    kinds: [['罚款', 1]],
    fine: [10000, 30000],
  },
];

const BY_KEY = new Map(PENALTY_TYPES.map((t) => [t.key, t]));

/** The penalty type for a key; throws for unknown keys. */
export function penaltyType(key: string): PenaltyType {
  const t = BY_KEY.get(key);
  if (!t) throw new RangeError(`unknown penalty type: ${key}`);
  return t;
}

/** The legal basis in force on `date`. */
export function basisOn(basis: VersionedBasis, date: string): string {
  let chosen = basis[0]?.[1] ?? '';
  for (const [from, text] of basis) if (from <= date) chosen = text;
  return chosen;
}
