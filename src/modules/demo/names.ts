import { COOP_KINDS, INDUSTRIES, SHOP_TYPES, type CoopKind, type Industry, type ShopType } from './industries';
import { placeOf, villageName, type Place } from './places';
import type { Random } from './prng';

// ───────────────────────────── persons ─────────────────────────────

/** Surnames with rough weights (national frequency, nudged toward Shandong: more 孙, 孟, 孔, 亓 …). */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 80],
  ['李', 72],
  ['张', 68],
  ['刘', 55],
  ['陈', 25],
  ['杨', 28],
  ['赵', 24],
  ['黄', 9],
  ['周', 12],
  ['吴', 10],
  ['徐', 14],
  ['孙', 22],
  ['马', 15],
  ['朱', 12],
  ['胡', 9],
  ['郭', 11],
  ['何', 5],
  ['林', 5],
  ['高', 14],
  ['罗', 4],
  ['郑', 6],
  ['梁', 6],
  ['谢', 4],
  ['宋', 10],
  ['唐', 4],
  ['许', 6],
  ['韩', 9],
  ['冯', 5],
  ['邓', 3],
  ['曹', 7],
  ['彭', 3],
  ['曾', 3],
  ['肖', 3],
  ['田', 7],
  ['董', 8],
  ['袁', 4],
  ['潘', 3],
  ['于', 11],
  ['蒋', 3],
  ['蔡', 3],
  ['杜', 5],
  ['程', 4],
  ['苏', 4],
  ['魏', 6],
  ['吕', 6],
  ['丁', 6],
  ['任', 5],
  ['姚', 3],
  ['卢', 4],
  ['姜', 8],
  ['崔', 6],
  ['范', 6],
  ['石', 5],
  ['贾', 5],
  ['夏', 3],
  ['付', 4],
  ['白', 3],
  ['孟', 8],
  ['秦', 4],
  ['尹', 4],
  ['薛', 4],
  ['闫', 5],
  ['段', 3],
  ['侯', 5],
  ['史', 3],
  ['毛', 3],
  ['郝', 3],
  ['邵', 3],
  ['武', 5],
  ['孔', 6],
  ['颜', 3],
  ['曲', 3],
  ['亓', 3],
  ['岳', 3],
  ['牛', 3],
  ['庞', 2],
  ['房', 2],
  ['宁', 2],
  ['鹿', 1],
  ['尚', 2],
  ['展', 1],
  ['厉', 1],
  ['乔', 2],
  ['安', 2],
  ['聂', 1],
  ['刁', 1],
  ['穆', 1],
  ['邢', 2],
  ['靳', 1],
  ['苗', 2],
  ['公', 1],
  ['左', 1],
  ['仇', 1],
  ['欧阳', 0.3],
];

// Given names by generation: what parents chose changed a lot between 1950 and 2005.
const MALE_OLD = [
  '建国',
  '建军',
  '建华',
  '国庆',
  '卫东',
  '振华',
  '德明',
  '玉山',
  '成林',
  '广田',
  '庆和',
  '保国',
  '立新',
  '志刚',
  '新民',
  '永胜',
  '传福',
  '兆祥',
  '学文',
  '汝良',
  '军',
  '刚',
  '明',
  '林',
  '海',
  '平',
  '山',
  '福',
  '胜',
  '华',
] as const;
const MALE_MID = [
  '伟',
  '磊',
  '勇',
  '涛',
  '斌',
  '鹏',
  '军',
  '强',
  '超',
  '辉',
  '亮',
  '峰',
  '波',
  '杰',
  '刚',
  '健',
  '凯',
  '东',
  '志强',
  '海涛',
  '建伟',
  '晓东',
  '永刚',
  '志勇',
  '红军',
  '春雷',
  '俊峰',
  '庆伟',
  '传海',
  '继东',
  '兆峰',
  '修军',
  '洪涛',
  '立军',
  '玉刚',
  '成龙',
] as const;
const MALE_YOUNG = [
  '浩',
  '宇',
  '轩',
  '博',
  '晨',
  '睿',
  '昊',
  '鑫',
  '帅',
  '子轩',
  '浩然',
  '宇航',
  '俊杰',
  '博文',
  '晨阳',
  '一鸣',
  '子豪',
  '嘉豪',
  '泽宇',
  '明哲',
  '思远',
  '皓轩',
  '家乐',
  '宇辰',
  '文博',
  '天宇',
  '志远',
  '瑞祥',
] as const;
const FEMALE_OLD = [
  '秀英',
  '桂兰',
  '玉兰',
  '淑珍',
  '凤英',
  '桂英',
  '秀兰',
  '玉梅',
  '秀珍',
  '兰英',
  '翠英',
  '玉珍',
  '素芳',
  '淑芬',
  '凤兰',
  '秀云',
  '英',
  '兰',
  '梅',
  '芳',
  '珍',
] as const;
const FEMALE_MID = [
  '丽',
  '娟',
  '敏',
  '静',
  '艳',
  '霞',
  '燕',
  '玲',
  '红',
  '梅',
  '芳',
  '婷',
  '丽娟',
  '海燕',
  '晓燕',
  '丽丽',
  '红霞',
  '艳红',
  '春燕',
  '爱华',
  '玉霞',
  '秀梅',
  '静静',
  '晓丽',
  '美玲',
  '雪梅',
] as const;
const FEMALE_YOUNG = [
  '欣怡',
  '梓萱',
  '雨桐',
  '一诺',
  '诗涵',
  '子涵',
  '佳怡',
  '梦琪',
  '思雨',
  '可欣',
  '若曦',
  '婉婷',
  '雅琪',
  '晨曦',
  '心怡',
  '萱',
  '琪',
  '悦',
  '妍',
  '婷',
  '璐',
  '洁',
  '倩',
  '雪',
  '佳琪',
  '嘉欣',
] as const;

// Descendants of 孔子, 孟子, 颜回, 曾子 in Shandong often still carry the shared generation character.
const GENERATION_CHARS: Readonly<Record<string, readonly string[]>> = {
  孔: ['祥', '令', '德', '维', '垂', '庆', '繁'],
  孟: ['庆', '繁', '祥', '令', '宪'],
  颜: ['廷', '景', '秉', '世'],
  曾: ['庆', '繁', '宪', '昭'],
};
const GENERATION_SECOND = [
  '文',
  '武',
  '军',
  '华',
  '明',
  '国',
  '民',
  '东',
  '平',
  '安',
  '林',
  '荣',
  '学',
  '杰',
  '伟',
  '勇',
  '利',
  '海',
  '峰',
  '涛',
] as const;

/** A person's name for sex and birth year: 王建国 (1952), 李丽娟 (1978), 张子轩 (2001), 孔令军. */
export function personName(rng: Random, sex: 'M' | 'F', birthYear: number): string {
  const surname = rng.weighted(SURNAMES);
  const generation = GENERATION_CHARS[surname];
  if (generation && sex === 'M' && rng.chance(0.5)) return surname + rng.pick(generation) + rng.pick(GENERATION_SECOND);
  const pool =
    sex === 'M'
      ? birthYear < 1965
        ? MALE_OLD
        : birthYear < 1990
          ? MALE_MID
          : MALE_YOUNG
      : birthYear < 1965
        ? FEMALE_OLD
        : birthYear < 1990
          ? FEMALE_MID
          : FEMALE_YOUNG;
  return surname + rng.pick(pool);
}

/** Surname of a name from personName (compound surnames included). */
export function surnameOf(name: string): string {
  return name.startsWith('欧阳') ? '欧阳' : name.charAt(0);
}

// ───────────────────────────── trade names (字号) ─────────────────────────────

/** Well-known local-flavoured trade names, used for ~20% of companies (so they collide on purpose). */
export const FAMOUS_TRADE_NAMES = [
  '泰山',
  '岱宗',
  '汶河',
  '鲁泰',
  '瑞丰',
  '宏达',
  '金桥',
  '华信',
  '中岳',
  '天颐',
  '宝泰隆',
  '岱岳',
  '泰盛',
  '东岳',
  '泰和',
  '汶阳',
  '徂徕',
  '莲花山',
  '望岳',
  '泰鑫',
  '华泰',
  '鲁信',
  '金泰',
  '傲徕',
  '红门',
  '南天门',
  '五岳',
  '玉皇',
  '大汶河',
  '柴汶',
  '佛桃',
  '东平湖',
  '水浒',
  '复圣',
  '新汶',
  '龙廷',
  '青云',
  '平阳',
  '汶源',
  '泰岳',
  '泰丰',
  '岱银',
  '泰通',
] as const;
// Two pools whose product gives ~5,000 plausible two-character trade names.
export const TRADE_FIRST = [
  '泰',
  '岱',
  '汶',
  '鲁',
  '瑞',
  '宏',
  '金',
  '华',
  '中',
  '天',
  '宝',
  '鑫',
  '恒',
  '盛',
  '嘉',
  '博',
  '永',
  '兴',
  '隆',
  '富',
  '德',
  '信',
  '诚',
  '祥',
  '和',
  '东',
  '福',
  '昌',
  '利',
  '源',
  '新',
  '润',
  '泽',
  '安',
  '康',
  '丰',
  '凯',
  '通',
  '远',
  '鸿',
  '海',
  '明',
  '正',
  '益',
  '佳',
  '万',
  '聚',
  '荣',
  '晟',
  '辉',
  '泓',
  '众',
  '裕',
  '达',
  '弘',
  '景',
  '骏',
  '卓',
  '峰',
  '汇',
  '亿',
  '佰',
  '立',
  '创',
  '启',
  '航',
  '蓝',
  '翔',
  '绿',
  '青',
  '银',
  '锦',
  '乾',
  '坤',
  '元',
  '宇',
  '宸',
  '旭',
  '润',
  '国',
] as const;
export const TRADE_SECOND = [
  '山',
  '宗',
  '河',
  '泰',
  '丰',
  '达',
  '桥',
  '信',
  '岳',
  '颐',
  '源',
  '昌',
  '发',
  '盛',
  '通',
  '远',
  '华',
  '邦',
  '鼎',
  '坤',
  '辰',
  '泽',
  '宇',
  '阳',
  '晨',
  '峰',
  '茂',
  '森',
  '瑞',
  '恒',
  '润',
  '禾',
  '川',
  '海',
  '旺',
  '祥',
  '康',
  '安',
  '鑫',
  '凯',
  '兴',
  '越',
  '腾',
  '耀',
  '诚',
  '德',
  '顺',
  '利',
  '和',
  '嘉',
  '福',
  '隆',
  '豪',
  '杰',
  '新',
  '宏',
  '汇',
  '锦',
  '程',
  '业',
  '成',
  '创',
  '诺',
  '航',
  '正',
  '益',
  '美',
  '佳',
  '力',
  '联',
] as const;

/** A 2-character (sometimes famous or 3-character) 字号. */
export function tradeName(rng: Random): string {
  if (rng.chance(0.2)) return rng.pick(FAMOUS_TRADE_NAMES);
  for (;;) {
    const a = rng.pick(TRADE_FIRST);
    const b = rng.pick(TRADE_SECOND);
    if (a !== b) return a + b;
  }
}

/** Characters appended to a 字号 to tell two companies apart (宏达 → 宏达兴), as registrars require. */
export const DISTINGUISHING_CHARS = [
  '兴',
  '盛',
  '源',
  '鑫',
  '恒',
  '达',
  '瑞',
  '华',
  '邦',
  '通',
  '泰',
  '祥',
  '润',
  '德',
  '丰',
  '宇',
  '隆',
  '昌',
  '诚',
  '嘉',
  '晟',
  '坤',
  '汇',
  '海',
] as const;
/** Branch-store suffixes for 个体工商户 with the same name: 王记面馆（东岳大街店）. */
const SHOP_BRANCH_WORDS = ['店', '分店', '经营点'] as const;

// ───────────────────────────── companies (91) ─────────────────────────────

export type CompanyForm = '有限公司' | '有限责任公司' | '股份有限公司' | '集团有限公司' | '分公司' | '商行' | '厂';

/** The parts of a company name, so a variant (former name, disambiguation) can change one part. */
export interface CompanyNameParts {
  prefix: string;
  trade: string;
  industry: Industry;
  form: CompanyForm;
  /** 字号 first, place in brackets: 宏达（泰安）建材有限公司. */
  bracketed: boolean;
  /** For 分公司: prefix of the parent company and the branch's place name. */
  parentPrefix?: string;
  branchOf?: string;
}

const COMPANY_FORMS: readonly (readonly [CompanyForm, number])[] = [
  ['有限公司', 56],
  ['有限责任公司', 28],
  ['股份有限公司', 4],
  ['集团有限公司', 2],
  ['分公司', 5],
  ['商行', 3],
  ['厂', 2],
];
const INDUSTRY_WEIGHTS = INDUSTRIES.map((i) => [i, i.weight] as const);
const SHOP_WEIGHTS = SHOP_TYPES.map((t) => [t, t.weight] as const);
const COOP_WEIGHTS = COOP_KINDS.map((k) => [k, k.weight] as const);
const PARENT_PREFIXES = [
  ['山东', 6],
  ['济南', 3],
  ['青岛', 2],
  ['淄博', 1],
  ['济宁', 1],
  ['北京', 1],
  ['江苏', 1],
] as const;

function companyPrefix(rng: Random, place: Place): string {
  const county = place.code === '370982' || place.code === '370983' || place.code === '370921' || place.code === '370923';
  if (county)
    return rng.weighted([
      [place.govPrefix, 40],
      ['泰安', 22],
      ['泰安市', 13],
      ['山东', 15],
      [place.govPrefix.slice(0, 2), 10],
    ]);
  if (place.code === '370902' || place.code === '370911')
    return rng.weighted([
      ['泰安', 42],
      ['泰安市', 30],
      ['山东', 15],
      [place.govPrefix, 13],
    ]);
  return rng.weighted([
    ['泰安', 48],
    ['泰安市', 22],
    ['山东', 30],
  ]);
}

/** Random name parts for a company in `place`. */
export function companyNameParts(rng: Random, place: Place): CompanyNameParts {
  const industry = rng.weighted(INDUSTRY_WEIGHTS);
  let form = rng.weighted(COMPANY_FORMS);
  // 厂 suits manufacturers and 商行 traders; anyone else registers a company.
  if ((form === '厂' && industry.sector !== '制造业') || (form === '商行' && industry.sector !== '批发和零售业')) form = '有限公司';
  const trade = tradeName(rng);
  if (form === '分公司') {
    // Branches in the two urban districts are usually just 泰安分公司.
    const branchOf = (place.code === '370902' || place.code === '370911') && rng.chance(0.4) ? '泰安' : place.branchName;
    return { prefix: '', trade, industry, form, bracketed: false, parentPrefix: rng.weighted(PARENT_PREFIXES), branchOf };
  }
  const prefix = companyPrefix(rng, place);
  // 字号 first with the place in brackets: allowed for companies, not for 商行/厂.
  const bracketed = form !== '商行' && form !== '厂' && rng.chance(0.03);
  return { prefix, trade, industry, form, bracketed };
}

/** The full name for parts: 泰安宏达建材有限公司, 山东华信物流有限公司泰山分公司, 宏达（泰安）建材有限公司. */
export function composeCompanyName(p: CompanyNameParts): string {
  // A 集团 usually carries no industry word (泰安宏达集团有限公司), nor does a 商行 that trades (泰安宏达商行).
  const industry = p.form === '集团有限公司' || (p.form === '商行' && /贸$/.test(p.industry.name)) ? '' : p.industry.name;
  if (p.form === '分公司') {
    return `${p.parentPrefix ?? '山东'}${p.trade}${industry}有限公司${p.branchOf ?? '泰安'}分公司`;
  }
  if (p.bracketed) return `${p.trade}（${p.prefix.startsWith('泰安') ? '泰安' : p.prefix.replace(/[市县]$/, '')}）${industry}${p.form}`;
  return `${p.prefix}${p.trade}${industry}${p.form}`;
}

// ───────────────────────────── 个体工商户 (92) ─────────────────────────────

export interface ShopNameParts {
  place: Place;
  shop: ShopType;
  /** 王记 / 李氏 / 张伟 / 鑫源 */
  owner: string;
  /** 东岳大街店 when a second shop needs telling apart. */
  branch?: string;
}

/** Name parts of a 个体工商户 run by `operator`. */
export function shopNameParts(rng: Random, place: Place, operator: string): ShopNameParts {
  const shop = rng.weighted(SHOP_WEIGHTS);
  const style = rng.pick(shop.styles);
  const surname = surnameOf(operator);
  const owner = style === 'ji' ? `${surname}记` : style === 'shi' ? `${surname}氏` : style === 'person' ? operator : tradeName(rng);
  return { place, shop, owner };
}

/** 泰山区王记面馆, 岱岳区张伟五金店, 宁阳县李氏建材经营部（金阳大街店）. */
export function composeShopName(p: ShopNameParts): string {
  const prefix = p.place.code === 'TA-GXQ' ? '泰安高新区' : p.place.code === 'TA-TSJQ' ? '泰山区' : p.place.name;
  return `${prefix}${p.owner}${p.shop.name}${p.branch ? `（${p.branch}）` : ''}`;
}

/** A branch label for the n-th attempt at telling two shops apart: 东岳大街店, 青年路分店 … */
export function shopBranch(rng: Random, place: Place): string {
  return rng.pick(place.roads) + rng.pick(SHOP_BRANCH_WORDS);
}

// ───────────────────────────── 农民专业合作社 (93) ─────────────────────────────

export interface CoopNameParts {
  place: Place;
  kind: CoopKind;
  /** Village or 字号: 王庄, 湖韵 … */
  lead: string;
  product: string;
}

const COOP_BRANDS = [
  '湖韵',
  '桃园',
  '金穗',
  '丰收',
  '绿源',
  '田园',
  '沃土',
  '汶水',
  '岱北',
  '山泉',
  '福满',
  '惠民',
  '润禾',
  '康农',
  '金秋',
  '青山',
] as const;

/** Name parts of a co-operative in `place`. */
export function coopNameParts(rng: Random, place: Place): CoopNameParts {
  const kind = rng.weighted(COOP_WEIGHTS);
  const lead = rng.chance(0.55) ? villageName(rng) : rng.chance(0.5) ? rng.pick(COOP_BRANDS) : tradeName(rng);
  const product = kind.products.length > 0 ? rng.pick(kind.products) : '';
  return { place, kind, lead, product };
}

/** 肥城市桃园种植专业合作社, 东平县湖韵水产养殖专业合作社. */
export function composeCoopName(p: CoopNameParts): string {
  const prefix = p.place.code === 'TA-GXQ' ? '泰安高新区' : p.place.code === 'TA-TSJQ' ? '泰安市泰山区' : p.place.govPrefix;
  return `${prefix}${p.lead}${p.product}${p.kind.activity}专业合作社`;
}

// ───────────────────────────── non-enterprise organisations ─────────────────────────────

/** USCC prefixes of the generated non-enterprise organisations. */
export type NonEnterpriseCategory = '11' | '12' | '51' | '52' | '54' | 'N2';

const COUNTY_BUREAUS = [
  '财政局',
  '教育和体育局',
  '卫生健康局',
  '民政局',
  '司法局',
  '人力资源和社会保障局',
  '自然资源局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '文化和旅游局',
  '应急管理局',
  '审计局',
  '统计局',
  '市场监督管理局',
  '行政审批服务局',
  '综合行政执法局',
  '退役军人事务局',
  '医疗保障局',
  '发展和改革局',
  '工业和信息化局',
  '人民政府办公室',
  '信访局',
] as const;
const PARTY_ORGANS = ['组织部', '宣传部', '统战部', '政法委员会', '机构编制委员会办公室'] as const;
const ZONE_BUREAUS = ['经济发展局', '财政金融局', '建设管理局', '社会事业局', '党群工作部', '综合执法局'] as const;
const TOWNSHIP_STATIONS = [
  ['市场监督管理局', '市场监管所'],
  ['司法局', '司法所'],
] as const;

const INSTITUTION_COUNTY = [
  '人民医院',
  '中医医院',
  '妇幼保健院',
  '疾病预防控制中心',
  '城市管理服务中心',
  '农业技术推广中心',
  '水利事业发展中心',
  '不动产登记中心',
  '公共就业和人才服务中心',
  '社会保险事业中心',
  '融媒体中心',
  '图书馆',
  '文化馆',
  '档案馆',
  '检验检测中心',
  '机关事务服务中心',
  '退役军人服务中心',
  '住房保障服务中心',
  '实验中学',
  '实验小学',
  '职业中等专业学校',
  '特殊教育学校',
  '第一中学',
  '第二中学',
  '第三中学',
] as const;
const INSTITUTION_TOWN = ['中心小学', '中学', '卫生院', '便民服务中心', '农业综合服务中心', '退役军人服务站', '中心幼儿园'] as const;
const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'] as const;

const SOCIETY_TOPICS = [
  '烹饪协会',
  '摄影家协会',
  '书法家协会',
  '作家协会',
  '音乐家协会',
  '美术家协会',
  '舞蹈家协会',
  '民间文艺家协会',
  '收藏家协会',
  '诗词学会',
  '楹联学会',
  '历史学会',
  '医学会',
  '护理学会',
  '中医药学会',
  '药学会',
  '会计学会',
  '统计学会',
  '法学会',
  '心理学会',
  '个体劳动者协会',
  '私营企业协会',
  '企业家协会',
  '青年企业家协会',
  '女企业家协会',
  '消费者协会',
  '质量协会',
  '建筑业协会',
  '房地产业协会',
  '物业管理协会',
  '物流协会',
  '旅游协会',
  '酒店业协会',
  '电子商务协会',
  '软件行业协会',
  '汽车流通协会',
  '建材行业协会',
  '食品工业协会',
  '茶文化协会',
  '养蜂协会',
  '果品协会',
  '蔬菜协会',
  '畜牧业协会',
  '登山协会',
  '篮球协会',
  '足球协会',
  '乒乓球协会',
  '羽毛球协会',
  '象棋协会',
  '围棋协会',
  '武术协会',
  '太极拳协会',
  '钓鱼协会',
  '老年人体育协会',
  '自行车运动协会',
  '信鸽协会',
  '志愿者协会',
  '慈善总会',
  '老科技工作者协会',
  '泰山文化研究会',
  '泰山石敢当文化研究会',
  '农业产业化促进会',
  '非物质文化遗产保护协会',
  '家庭教育研究会',
] as const;
const HOME_PROVINCES = ['浙江', '福建', '江苏', '河南', '安徽', '温州', '四川', '湖北', '江西', '河北', '潮汕', '东北'] as const;
const WELFARE_BRANDS = [
  '阳光',
  '启航',
  '爱心',
  '康乐',
  '温馨',
  '博雅',
  '春晖',
  '童心',
  '育才',
  '晨光',
  '夕阳红',
  '福寿',
  '颐和',
  '乐龄',
  '新星',
  '博学',
  '知行',
  '明德',
  '启明',
  '彩虹',
  '小太阳',
  '蓝天',
  '善德',
  '仁和',
] as const;
const WELFARE_TYPES = [
  ['幼儿园', 6],
  ['培训学校', 4],
  ['职业培训学校', 3],
  ['艺术培训学校', 3],
  ['养老服务中心', 4],
  ['颐养院', 2],
  ['社会工作服务中心', 3],
  ['康复中心', 2],
  ['残疾人康复中心', 1],
  ['心理咨询服务中心', 1],
  ['社区服务中心', 2],
  ['书画院', 1],
  ['体育俱乐部', 1],
  ['医院', 2],
  ['志愿服务中心', 1],
] as const;

/** Name and sector of one non-enterprise organisation. */
export interface NonEnterpriseName {
  name: string;
  /** 所属行业 */
  sector: string;
  /** What it is, for licences: hospital, school, kindergarten, elderly care … */
  role: 'government' | 'hospital' | 'school' | 'kindergarten' | 'training' | 'elderly' | 'association' | 'village' | 'other';
}

function roleOf(name: string): NonEnterpriseName['role'] {
  if (/医院|卫生院|保健院|康复中心/.test(name)) return 'hospital';
  if (/幼儿园/.test(name)) return 'kindergarten';
  if (/中学|小学|专业学校|特殊教育学校/.test(name)) return 'school';
  if (/培训学校/.test(name)) return 'training';
  if (/养老|颐养院/.test(name)) return 'elderly';
  return 'other';
}

/**
 * 泰安市泰山区财政局, 肥城市人民医院, 泰安市烹饪协会, 泰安市岱岳区阳光养老服务中心, …村民委员会.
 * `wide` (民办非企业单位 only) puts a town into the name: 新泰市羊流镇阳光幼儿园.
 */
export function nonEnterpriseName(rng: Random, category: NonEnterpriseCategory, place: Place, wide = false): NonEnterpriseName {
  const gov = place.govPrefix;
  switch (category) {
    case '11': {
      const roll = rng.next();
      if (place.code.startsWith('TA-'))
        return { name: gov + rng.pick(ZONE_BUREAUS), sector: '公共管理、社会保障和社会组织', role: 'government' };
      let name: string;
      if (roll < 0.45) name = gov + rng.pick(COUNTY_BUREAUS);
      else if (roll < 0.55) name = `中共${gov}委${rng.pick(PARTY_ORGANS)}`;
      else if (roll < 0.85) {
        const town = rng.pick(place.towns);
        name = gov + town + (town.endsWith('街道') ? '办事处' : '人民政府');
      } else {
        const [bureau, station] = rng.pick(TOWNSHIP_STATIONS);
        name = `${gov}${bureau}${rng.pick(place.towns).replace(/(街道|镇|乡)$/, '')}${station}`;
      }
      return { name, sector: '公共管理、社会保障和社会组织', role: 'government' };
    }
    case '12': {
      const roll = rng.next();
      let name: string;
      if (roll < 0.08) name = `泰安市第${rng.pick(CHINESE_NUMBERS)}中学`;
      else if (roll < 0.4) name = (place.code === 'TA-TSJQ' ? '泰安市泰山区' : gov) + rng.pick(INSTITUTION_COUNTY);
      else if (roll < 0.8) name = gov + rng.pick(place.towns) + rng.pick(INSTITUTION_TOWN);
      else name = `${gov}${rng.pick(place.towns)}${villageName(rng)}小学`;
      const role = roleOf(name);
      const sector =
        role === 'hospital' ? '卫生和社会工作' : role === 'school' || role === 'kindergarten' ? '教育' : '公共管理、社会保障和社会组织';
      return { name, sector, role };
    }
    case '51': {
      const prefix = rng.chance(0.6) ? '泰安市' : gov;
      const name = rng.chance(0.12) ? `泰安市${rng.pick(HOME_PROVINCES)}商会` : prefix + rng.pick(SOCIETY_TOPICS);
      return { name, sector: '公共管理、社会保障和社会组织', role: 'association' };
    }
    case '52': {
      // `wide` adds the town, for when the county-level names of a large data set are used up.
      const county = place.code === 'TA-TSJQ' ? '泰安市泰山区' : gov;
      const prefix = wide ? county + rng.pick(place.towns) : rng.chance(0.45) ? '泰安市' : county;
      const brand = rng.chance(0.6) ? rng.pick(WELFARE_BRANDS) : tradeName(rng);
      const name = prefix + brand + rng.weighted(WELFARE_TYPES);
      const role = roleOf(name);
      const sector =
        role === 'hospital' || role === 'elderly' ? '卫生和社会工作' : role === 'other' ? '居民服务、修理和其他服务业' : '教育';
      return { name, sector, role };
    }
    case '54': {
      const town = rng.pick(place.towns);
      const name =
        town.endsWith('街道') && rng.chance(0.6)
          ? `${gov}${town}${villageName(rng)}社区居民委员会`
          : `${gov}${town}${villageName(rng)}村民委员会`;
      return { name, sector: '公共管理、社会保障和社会组织', role: 'village' };
    }
    case 'N2':
      return { name: `${gov}${rng.pick(place.towns)}${villageName(rng)}村股份经济合作社`, sector: '农、林、牧、渔业', role: 'village' };
  }
}

/** Re-exported for tests and callers that want to show where a name came from. */
export { placeOf };
