/**
 * What demo subjects do: industries of companies (91), shop types of 个体工商户 (92), kinds of
 * 农民专业合作社 (93). Each lists the licences it typically holds and the penalties it typically
 * gets (keys into LICENSE_TYPES and PENALTY_TYPES, with weights), so that a restaurant gets a 食品经营
 * 许可证 and a fine from 市场监管 rather than a 排污许可证.
 */

type Weighted = readonly (readonly [string, number])[];

export interface Industry {
  /** The 行业 part of the name: 建材, 食品, 机械制造 … */
  name: string;
  /** GB/T 4754 门类 shown as 所属行业. */
  sector: string;
  /** 经营范围 (without the standard closing sentence). */
  scope: string;
  /** Share among companies. */
  weight: number;
  /** Licence type keys held in addition to registrations. */
  licenses: Weighted;
  penalties: Weighted;
  /** Typical registered capital in 万元 (chosen on a log scale between the two). */
  capital: readonly [number, number];
  /** Factories and farms often sit in a village rather than on a city road. */
  rural?: boolean;
}

/** Companies' industries. */
export const INDUSTRIES: readonly Industry[] = [
  {
    name: '建材',
    sector: '批发和零售业',
    weight: 7,
    capital: [50, 2000],
    scope: '建筑材料销售；轻质建筑材料销售；建筑装饰材料销售；水泥制品销售；五金产品零售',
    licenses: [
      ['pollutant_discharge', 2],
      ['water_intake', 1],
    ],
    penalties: [
      ['air_dust', 4],
      ['price_tag', 2],
      ['safety_training', 2],
      ['tax_late_filing', 2],
      ['invoice_not_issued', 1],
    ],
  },
  {
    name: '食品',
    sector: '制造业',
    weight: 5,
    capital: [50, 3000],
    rural: true,
    scope: '食品生产；食品销售；农副产品销售；食用农产品初加工',
    licenses: [
      ['food_production', 6],
      ['food_sales', 4],
      ['pollutant_discharge', 2],
      ['water_intake', 1],
    ],
    penalties: [
      ['food_label', 4],
      ['food_expired', 2],
      ['food_purchase_record', 2],
      ['safety_training', 1],
      ['water_exceed', 1],
    ],
  },
  {
    name: '机械制造',
    sector: '制造业',
    weight: 5,
    capital: [100, 5000],
    rural: true,
    scope: '通用设备制造（不含特种设备制造）；机械零件、零部件加工；金属结构制造；机械设备销售',
    licenses: [
      ['pollutant_discharge', 4],
      ['elevator_registration', 2],
    ],
    penalties: [
      ['safety_training', 3],
      ['safety_sign', 2],
      ['safety_hazard', 2],
      ['equipment_unregistered', 2],
      ['air_exceed', 1],
      ['fire_facility', 1],
    ],
  },
  {
    name: '商贸',
    sector: '批发和零售业',
    weight: 9,
    capital: [10, 1000],
    scope: '日用百货销售；五金产品批发；针纺织品销售；办公用品销售；食品销售（仅销售预包装食品）',
    licenses: [
      ['food_sales', 5],
      ['tobacco_retail', 2],
      ['hazardous_chemicals', 1],
    ],
    penalties: [
      ['price_tag', 4],
      ['food_expired', 3],
      ['food_label', 2],
      ['invoice_not_issued', 2],
      ['tax_late_filing', 2],
      ['absolute_ad', 1],
    ],
  },
  {
    name: '物流',
    sector: '交通运输、仓储和邮政业',
    weight: 5,
    capital: [50, 2000],
    scope: '道路货物运输（不含危险货物）；普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运',
    licenses: [['road_transport', 8]],
    penalties: [
      ['overload', 5],
      ['unlicensed_transport', 1],
      ['safety_training', 2],
      ['fire_facility', 1],
    ],
  },
  {
    name: '建筑工程',
    sector: '建筑业',
    weight: 7,
    capital: [200, 10000],
    scope: '建设工程施工；房屋建筑和市政基础设施项目工程总承包；土石方工程施工；园林绿化工程施工',
    licenses: [
      ['construction_permit', 6],
      ['construction_qualification', 3],
    ],
    penalties: [
      ['construction_dust', 4],
      ['wage_account', 2],
      ['no_construction_permit', 1],
      ['safety_hazard', 2],
      ['construction_waste', 1],
      ['labor_materials', 1],
    ],
  },
  {
    name: '餐饮管理',
    sector: '住宿和餐饮业',
    weight: 5,
    capital: [10, 500],
    scope: '餐饮服务；餐饮管理；食品销售；外卖递送服务',
    licenses: [
      ['food_catering', 8],
      ['fire_inspection', 2],
    ],
    penalties: [
      ['food_health_cert', 4],
      ['food_expired', 2],
      ['food_purchase_record', 2],
      ['fire_exit', 1],
      ['fire_facility', 1],
    ],
  },
  {
    name: '医药',
    sector: '批发和零售业',
    weight: 3,
    capital: [50, 2000],
    scope: '药品零售；第二类医疗器械销售；保健食品（预包装）销售；消毒剂销售（不含危险化学品）',
    licenses: [
      ['drug_retail', 6],
      ['drug_wholesale', 1],
      ['food_sales', 2],
    ],
    penalties: [
      ['drug_gsp', 4],
      ['medins_switch', 3],
      ['price_tag', 1],
    ],
  },
  {
    name: '纺织',
    sector: '制造业',
    weight: 2,
    capital: [200, 5000],
    rural: true,
    scope: '棉纺纱加工；面料纺织加工；针纺织品及原料销售；服装制造',
    licenses: [
      ['pollutant_discharge', 4],
      ['water_intake', 2],
    ],
    penalties: [
      ['fire_facility', 2],
      ['safety_training', 2],
      ['water_exceed', 1],
      ['stats_false', 1],
    ],
  },
  {
    name: '农业科技',
    sector: '农、林、牧、渔业',
    weight: 4,
    capital: [50, 1000],
    rural: true,
    scope: '农业科学研究和试验发展；谷物种植；蔬菜种植；化肥销售；农药零售（限制使用农药除外）',
    licenses: [
      ['pesticide_business', 4],
      ['water_intake', 1],
    ],
    penalties: [
      ['pesticide_label', 3],
      ['tax_late_filing', 2],
      ['stats_false', 1],
    ],
  },
  {
    name: '旅游开发',
    sector: '租赁和商务服务业',
    weight: 2,
    capital: [100, 5000],
    scope: '旅游开发项目策划咨询；游览景区管理；酒店管理；住宿服务；旅行社服务网点旅游招徕、咨询服务',
    licenses: [
      ['public_health', 4],
      ['travel_agency', 2],
      ['food_catering', 2],
      ['fire_inspection', 1],
    ],
    penalties: [
      ['public_health_cert', 3],
      ['fire_facility', 2],
      ['travel_unlicensed', 1],
      ['price_tag', 1],
    ],
  },
  {
    name: '房地产开发',
    sector: '房地产业',
    weight: 3,
    capital: [1000, 20000],
    scope: '房地产开发经营；住房租赁；非居住房地产租赁；物业管理',
    licenses: [
      ['planning_permit', 4],
      ['presale_permit', 4],
      ['construction_permit', 2],
    ],
    penalties: [
      ['presale_unlicensed', 2],
      ['absolute_ad', 2],
      ['construction_dust', 2],
      ['no_construction_permit', 1],
    ],
  },
  {
    name: '化工',
    sector: '制造业',
    weight: 3,
    capital: [200, 10000],
    rural: true,
    scope: '化工产品生产（不含许可类化工产品）；化工产品销售（不含许可类化工产品）；危险化学品经营',
    licenses: [
      ['hazardous_chemicals', 5],
      ['pollutant_discharge', 5],
      ['water_intake', 2],
    ],
    penalties: [
      ['safety_training', 3],
      ['safety_hazard', 3],
      ['hazchem_unlicensed', 1],
      ['air_exceed', 2],
      ['water_exceed', 1],
      ['no_discharge_permit', 1],
    ],
  },
  {
    name: '电子科技',
    sector: '信息传输、软件和信息技术服务业',
    weight: 4,
    capital: [50, 2000],
    scope: '电子产品销售；电子元器件制造；软件开发；信息系统集成服务；技术服务、技术开发、技术咨询',
    licenses: [['pollutant_discharge', 1]],
    penalties: [
      ['invoice_not_issued', 2],
      ['tax_late_filing', 2],
      ['stats_false', 1],
    ],
  },
  {
    name: '环保科技',
    sector: '科学研究和技术服务业',
    weight: 2,
    capital: [100, 2000],
    scope: '环保咨询服务；水污染治理；大气污染治理；固体废物治理；环境保护专用设备销售',
    licenses: [['pollutant_discharge', 2]],
    penalties: [
      ['eia_missing', 2],
      ['tax_late_filing', 1],
    ],
  },
  {
    name: '汽车销售',
    sector: '批发和零售业',
    weight: 3,
    capital: [100, 3000],
    scope: '汽车新车销售；二手车经销；汽车零配件零售；机动车修理和维护；汽车装饰用品销售',
    licenses: [['hazardous_chemicals', 1]],
    penalties: [
      ['price_tag', 2],
      ['absolute_ad', 2],
      ['false_publicity', 1],
      ['fire_facility', 1],
    ],
  },
  {
    name: '物业管理',
    sector: '房地产业',
    weight: 3,
    capital: [50, 500],
    scope: '物业管理；家政服务；停车场服务；城市绿化管理；专业保洁、清洗、消毒服务',
    licenses: [
      ['elevator_registration', 6],
      ['labor_dispatch', 1],
    ],
    penalties: [
      ['elevator_uninspected', 3],
      ['fire_facility', 3],
      ['fire_exit', 2],
    ],
  },
  {
    name: '教育咨询',
    sector: '租赁和商务服务业',
    weight: 3,
    capital: [10, 300],
    scope: '教育咨询服务（不含涉许可审批的教育培训活动）；会议及展览服务；组织文化艺术交流活动',
    licenses: [['fire_inspection', 1]],
    penalties: [
      ['absolute_ad', 2],
      ['false_publicity', 1],
      ['price_tag', 1],
    ],
  },
  {
    name: '文化传媒',
    sector: '文化、体育和娱乐业',
    weight: 4,
    capital: [10, 500],
    scope: '广告设计、代理；广告制作；组织文化艺术交流活动；影视策划；摄影扩印服务',
    licenses: [['outdoor_ad', 4]],
    penalties: [
      ['absolute_ad', 3],
      ['tax_late_filing', 1],
    ],
  },
  {
    name: '新能源',
    sector: '电力、热力、燃气及水生产和供应业',
    weight: 3,
    capital: [100, 10000],
    scope: '太阳能发电技术服务；光伏设备及元器件销售；储能技术服务；新能源汽车换电设施销售；发电业务',
    licenses: [['pollutant_discharge', 1]],
    penalties: [
      ['safety_training', 2],
      ['safety_sign', 1],
      ['stats_false', 1],
    ],
  },
  {
    name: '石材',
    sector: '制造业',
    weight: 2,
    capital: [50, 1000],
    rural: true,
    scope: '建筑用石加工；石棉水泥制品制造；石材销售；园林石雕制作',
    licenses: [['pollutant_discharge', 4]],
    penalties: [
      ['air_dust', 4],
      ['safety_hazard', 2],
      ['eia_missing', 1],
    ],
  },
  {
    name: '酒业',
    sector: '制造业',
    weight: 1,
    capital: [100, 3000],
    rural: true,
    scope: '酒制品生产；酒类经营；食品销售；包装材料及制品销售',
    licenses: [
      ['food_production', 6],
      ['food_sales', 3],
      ['pollutant_discharge', 1],
    ],
    penalties: [
      ['food_label', 3],
      ['absolute_ad', 1],
      ['safety_training', 1],
    ],
  },
  {
    name: '茶业',
    sector: '农、林、牧、渔业',
    weight: 1,
    capital: [10, 500],
    rural: true,
    scope: '茶叶种植；初级农产品收购；食品生产；食品销售；茶具销售',
    licenses: [
      ['food_production', 4],
      ['food_sales', 3],
    ],
    penalties: [
      ['food_label', 3],
      ['price_tag', 1],
    ],
  },
  {
    name: '生物科技',
    sector: '科学研究和技术服务业',
    weight: 2,
    capital: [100, 3000],
    scope: '生物饲料研发；生物有机肥料研发；生物基材料技术研发；技术服务、技术开发、技术咨询',
    licenses: [['pollutant_discharge', 2]],
    penalties: [
      ['eia_missing', 1],
      ['stats_false', 1],
      ['tax_late_filing', 1],
    ],
  },
  {
    name: '装饰工程',
    sector: '建筑业',
    weight: 4,
    capital: [50, 1000],
    scope: '住宅室内装饰装修；建筑装饰材料销售；家具安装和维修服务；建设工程施工',
    licenses: [['construction_qualification', 3]],
    penalties: [
      ['construction_dust', 2],
      ['construction_waste', 2],
      ['wage_account', 1],
    ],
  },
  {
    name: '信息技术',
    sector: '信息传输、软件和信息技术服务业',
    weight: 4,
    capital: [50, 1000],
    scope: '软件开发；信息技术咨询服务；数据处理和存储支持服务；计算机系统服务；网络技术服务',
    licenses: [],
    penalties: [
      ['invoice_not_issued', 2],
      ['tax_late_filing', 2],
      ['stats_false', 1],
    ],
  },
  {
    name: '能源',
    sector: '采矿业',
    weight: 1,
    capital: [1000, 20000],
    rural: true,
    scope: '煤炭及制品销售；煤炭洗选；选矿；非金属矿及制品销售',
    licenses: [
      ['pollutant_discharge', 4],
      ['water_intake', 3],
    ],
    penalties: [
      ['safety_hazard', 3],
      ['safety_training', 2],
      ['air_dust', 2],
      ['water_unlicensed', 1],
    ],
  },
  {
    name: '包装材料',
    sector: '制造业',
    weight: 2,
    capital: [50, 1000],
    rural: true,
    scope: '纸制品制造；包装材料及制品销售；塑料制品制造；包装服务',
    licenses: [['pollutant_discharge', 3]],
    penalties: [
      ['fire_facility', 2],
      ['safety_training', 2],
      ['air_exceed', 1],
    ],
  },
  {
    name: '钢结构',
    sector: '建筑业',
    weight: 2,
    capital: [200, 5000],
    scope: '钢结构工程施工；金属结构制造；建筑材料销售；轻质建筑材料制造',
    licenses: [
      ['construction_qualification', 4],
      ['pollutant_discharge', 1],
    ],
    penalties: [
      ['safety_hazard', 2],
      ['construction_dust', 1],
      ['wage_account', 1],
    ],
  },
  {
    name: '劳务',
    sector: '租赁和商务服务业',
    weight: 2,
    capital: [50, 500],
    scope: '劳务服务（不含劳务派遣）；建筑劳务分包；人力资源服务（不含职业中介活动、劳务派遣服务）',
    licenses: [['labor_dispatch', 3]],
    penalties: [
      ['wage_account', 2],
      ['labor_materials', 2],
      ['tax_late_filing', 1],
    ],
  },
  {
    name: '工贸',
    sector: '批发和零售业',
    weight: 3,
    capital: [50, 2000],
    scope: '金属制品销售；五金产品批发；机械设备租赁；金属材料销售；劳动保护用品销售',
    licenses: [['pollutant_discharge', 1]],
    penalties: [
      ['tax_late_filing', 2],
      ['invoice_not_issued', 2],
      ['safety_training', 1],
    ],
  },
  {
    name: '实业',
    sector: '租赁和商务服务业',
    weight: 2,
    capital: [500, 10000],
    scope: '以自有资金从事投资活动；企业管理；非居住房地产租赁；建筑材料销售；技术服务、技术开发',
    licenses: [],
    penalties: [
      ['tax_late_filing', 2],
      ['stats_false', 1],
    ],
  },
];

export interface ShopType {
  /** The shop part of a 个体工商户 name: 面馆, 五金店, 建材经营部 … */
  name: string;
  sector: string;
  scope: string;
  weight: number;
  licenses: Weighted;
  penalties: Weighted;
  /** Name patterns that fit: 王记面馆 (ji), 李氏建材经营部 (shi), 张三五金店 (person), 鑫源超市 (brand). */
  styles: readonly ('ji' | 'shi' | 'person' | 'brand')[];
}

const FOOD_PENALTIES: Weighted = [
  ['food_health_cert', 4],
  ['food_expired', 2],
  ['food_purchase_record', 2],
  ['food_unlicensed', 1],
  ['tax_late_filing', 2],
];
const SHOP_PENALTIES: Weighted = [
  ['food_expired', 3],
  ['price_tag', 3],
  ['food_label', 2],
  ['tax_late_filing', 2],
  ['fire_facility', 1],
];

/** Shop types of 个体工商户. */
export const SHOP_TYPES: readonly ShopType[] = [
  {
    name: '面馆',
    sector: '住宿和餐饮业',
    weight: 6,
    scope: '餐饮服务',
    licenses: [['food_catering', 1]],
    penalties: FOOD_PENALTIES,
    styles: ['ji', 'brand'],
  },
  {
    name: '饭店',
    sector: '住宿和餐饮业',
    weight: 6,
    scope: '餐饮服务；食品销售',
    licenses: [['food_catering', 1]],
    penalties: FOOD_PENALTIES,
    styles: ['ji', 'brand', 'person'],
  },
  {
    name: '小吃部',
    sector: '住宿和餐饮业',
    weight: 4,
    scope: '小餐饮',
    licenses: [['food_catering', 1]],
    penalties: FOOD_PENALTIES,
    styles: ['ji', 'person'],
  },
  {
    name: '水饺馆',
    sector: '住宿和餐饮业',
    weight: 3,
    scope: '餐饮服务',
    licenses: [['food_catering', 1]],
    penalties: FOOD_PENALTIES,
    styles: ['ji', 'brand'],
  },
  {
    name: '煎饼坊',
    sector: '住宿和餐饮业',
    weight: 2,
    scope: '小餐饮；食品小作坊经营',
    licenses: [['food_catering', 1]],
    penalties: FOOD_PENALTIES,
    styles: ['ji', 'shi'],
  },
  {
    name: '烧烤店',
    sector: '住宿和餐饮业',
    weight: 3,
    scope: '餐饮服务',
    licenses: [['food_catering', 1]],
    penalties: FOOD_PENALTIES,
    styles: ['ji', 'brand'],
  },
  {
    name: '超市',
    sector: '批发和零售业',
    weight: 8,
    scope: '食品销售；日用百货销售；烟草制品零售',
    licenses: [
      ['food_sales', 3],
      ['tobacco_retail', 2],
    ],
    penalties: SHOP_PENALTIES,
    styles: ['brand', 'person'],
  },
  {
    name: '便利店',
    sector: '批发和零售业',
    weight: 6,
    scope: '食品销售；日用百货销售；烟草制品零售',
    licenses: [
      ['food_sales', 3],
      ['tobacco_retail', 2],
    ],
    penalties: SHOP_PENALTIES,
    styles: ['brand', 'person'],
  },
  {
    name: '烟酒店',
    sector: '批发和零售业',
    weight: 3,
    scope: '烟草制品零售；酒类经营；食品销售',
    licenses: [
      ['tobacco_retail', 3],
      ['food_sales', 2],
    ],
    penalties: SHOP_PENALTIES,
    styles: ['brand', 'person'],
  },
  {
    name: '水果店',
    sector: '批发和零售业',
    weight: 3,
    scope: '水果零售；食用农产品零售',
    licenses: [['food_sales', 1]],
    penalties: [
      ['price_tag', 2],
      ['tax_late_filing', 1],
    ],
    styles: ['ji', 'person', 'brand'],
  },
  {
    name: '五金店',
    sector: '批发和零售业',
    weight: 4,
    scope: '五金产品零售；建筑材料销售；电线、电缆经营',
    licenses: [],
    penalties: [
      ['price_tag', 2],
      ['tax_late_filing', 2],
    ],
    styles: ['person', 'shi'],
  },
  {
    name: '建材经营部',
    sector: '批发和零售业',
    weight: 4,
    scope: '建筑材料销售；建筑装饰材料销售',
    licenses: [],
    penalties: [
      ['price_tag', 1],
      ['tax_late_filing', 2],
      ['air_dust', 1],
    ],
    styles: ['shi', 'person'],
  },
  {
    name: '农资经营部',
    sector: '批发和零售业',
    weight: 3,
    scope: '农药零售（限制使用农药除外）；化肥销售；农作物种子经营（仅限不再分装的包装种子）',
    licenses: [['pesticide_business', 3]],
    penalties: [
      ['pesticide_label', 3],
      ['tax_late_filing', 1],
    ],
    styles: ['person', 'brand'],
  },
  {
    name: '理发店',
    sector: '居民服务、修理和其他服务业',
    weight: 4,
    scope: '理发服务；美容服务',
    licenses: [['public_health', 2]],
    penalties: [
      ['public_health_cert', 3],
      ['price_tag', 1],
    ],
    styles: ['brand', 'person'],
  },
  {
    name: '汽车修理部',
    sector: '居民服务、修理和其他服务业',
    weight: 3,
    scope: '机动车修理和维护；汽车零配件零售',
    licenses: [],
    penalties: [
      ['fire_facility', 1],
      ['tax_late_filing', 2],
      ['air_dust', 1],
    ],
    styles: ['person', 'brand'],
  },
  {
    name: '服装店',
    sector: '批发和零售业',
    weight: 3,
    scope: '服装服饰零售；鞋帽零售',
    licenses: [],
    penalties: [
      ['price_tag', 2],
      ['tax_late_filing', 1],
    ],
    styles: ['brand', 'person'],
  },
  {
    name: '手机维修部',
    sector: '居民服务、修理和其他服务业',
    weight: 2,
    scope: '通讯设备修理；电子产品销售',
    licenses: [],
    penalties: [
      ['price_tag', 1],
      ['tax_late_filing', 1],
    ],
    styles: ['person', 'brand'],
  },
  {
    name: '家电维修部',
    sector: '居民服务、修理和其他服务业',
    weight: 2,
    scope: '日用电器修理；家用电器销售',
    licenses: [],
    penalties: [['tax_late_filing', 1]],
    styles: ['person', 'shi'],
  },
  {
    name: '茶叶店',
    sector: '批发和零售业',
    weight: 2,
    scope: '食品销售；茶具销售',
    licenses: [['food_sales', 2]],
    penalties: [
      ['food_label', 2],
      ['price_tag', 1],
    ],
    styles: ['brand', 'shi'],
  },
  {
    name: '诊所',
    sector: '卫生和社会工作',
    weight: 1,
    scope: '诊所服务',
    licenses: [['medical_institution', 3]],
    penalties: [
      ['medins_switch', 2],
      ['fire_facility', 1],
    ],
    styles: ['person', 'shi'],
  },
  {
    name: '大药房',
    sector: '批发和零售业',
    weight: 2,
    scope: '药品零售；第二类医疗器械销售',
    licenses: [['drug_retail', 3]],
    penalties: [
      ['drug_gsp', 3],
      ['medins_switch', 2],
    ],
    styles: ['brand'],
  },
  {
    name: '货运部',
    sector: '交通运输、仓储和邮政业',
    weight: 2,
    scope: '道路货物运输（不含危险货物）',
    licenses: [['road_transport', 3]],
    penalties: [
      ['overload', 4],
      ['tax_late_filing', 1],
    ],
    styles: ['person', 'brand'],
  },
];

export interface CoopKind {
  /** The activity part: 种植, 养殖, 农机服务 … */
  activity: string;
  /** Products that go in front of the activity: 桃 → 桃种植专业合作社. Empty for service co-ops. */
  products: readonly string[];
  scope: string;
  weight: number;
  licenses: Weighted;
  penalties: Weighted;
}

const COOP_PENALTIES: Weighted = [
  ['tax_late_filing', 3],
  ['water_unlicensed', 1],
  ['pesticide_label', 1],
];

/** Kinds of 农民专业合作社. */
export const COOP_KINDS: readonly CoopKind[] = [
  {
    activity: '种植',
    weight: 10,
    products: [
      '桃',
      '樱桃',
      '板栗',
      '核桃',
      '蔬菜',
      '大棚蔬菜',
      '葡萄',
      '苹果',
      '茶叶',
      '中药材',
      '花生',
      '小麦',
      '粮食',
      '食用菌',
      '大蒜',
      '草莓',
      '黄金梨',
      '金银花',
    ],
    scope: '组织收购、销售成员种植的农产品；引进新技术、新品种，开展技术培训、技术交流和咨询服务',
    licenses: [
      ['pesticide_business', 1],
      ['water_intake', 1],
    ],
    penalties: COOP_PENALTIES,
  },
  {
    activity: '养殖',
    weight: 6,
    products: ['生猪', '肉鸡', '蛋鸡', '奶牛', '肉牛', '肉羊', '水产', '淡水鱼', '蜜蜂', '肉兔', '鸭'],
    scope: '组织成员开展畜禽养殖；组织收购、销售成员养殖的畜禽产品；为成员提供养殖技术服务',
    licenses: [
      ['animal_epidemic', 3],
      ['water_intake', 1],
    ],
    penalties: COOP_PENALTIES,
  },
  {
    activity: '农机服务',
    weight: 2,
    products: [],
    scope: '为成员提供农机作业服务；农业机械租赁；农业机械维修',
    licenses: [],
    penalties: [['tax_late_filing', 2]],
  },
  {
    activity: '林果',
    weight: 2,
    products: ['', '苗木', '花卉'],
    scope: '组织成员种植林果苗木；组织收购、销售成员种植的林果产品',
    licenses: [],
    penalties: COOP_PENALTIES,
  },
];

/** Standard closing sentence of 经营范围 since the 2021 registration reform. */
export const SCOPE_TAIL = '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';
