import type { Random } from './prng';

/**
 * Places of 泰安市 used to build names and addresses: the six county-level divisions and the two
 * functional zones of the profile, with their towns/sub-districts and some main roads. Town lists
 * follow the 2020s divisions closely but are demo data, not a gazetteer.
 */

/** Region codes of the taian profile: six GB/T 2260 county codes and two zone codes. */
export type RegionCode = '370902' | '370911' | '370982' | '370983' | '370921' | '370923' | 'TA-GXQ' | 'TA-TSJQ';

export interface Place {
  code: RegionCode;
  /** 泰山区, 新泰市, 泰安高新区 … */
  name: string;
  /** Prefix of government and institution names: 泰安市泰山区, 新泰市, 泰安高新技术产业开发区. */
  govPrefix: string;
  /** Prefix of addresses after 山东省: 泰安市泰山区, 泰安市新泰市, 泰安市高新区. */
  addressPrefix: string;
  /** One- or two-character abbreviation used in document numbers (岱, 新, 肥 …). */
  abbr: string;
  /** Short name in branch names: XX有限公司泰山分公司. */
  branchName: string;
  /** The GB/T 2260 county code the zone lies in (itself for counties): ID numbers, courts, licences. */
  division: string;
  /** Court code in 案号, e.g. 0902 in (2024)鲁0902执1234号, and the court's name. */
  court: { code: string; name: string };
  towns: readonly string[];
  roads: readonly string[];
}

/** The eight regions of the taian profile. */
export const PLACES: readonly Place[] = [
  {
    code: '370902',
    name: '泰山区',
    govPrefix: '泰安市泰山区',
    addressPrefix: '泰安市泰山区',
    abbr: '泰山',
    branchName: '泰山',
    division: '370902',
    court: { code: '0902', name: '泰安市泰山区人民法院' },
    towns: ['泰前街道', '岱庙街道', '财源街道', '上高街道', '徐家楼街道', '省庄镇', '邱家店镇'],
    roads: [
      '东岳大街',
      '泰山大街',
      '岱宗大街',
      '灵山大街',
      '财源大街',
      '擂鼓石大街',
      '青年路',
      '迎胜东路',
      '温泉路',
      '虎山路',
      '龙潭路',
      '升平街',
      '花园路',
      '文化路',
      '望岳东路',
    ],
  },
  {
    code: '370911',
    name: '岱岳区',
    govPrefix: '泰安市岱岳区',
    addressPrefix: '泰安市岱岳区',
    abbr: '岱',
    branchName: '岱岳',
    division: '370911',
    court: { code: '0911', name: '泰安市岱岳区人民法院' },
    towns: [
      '粥店街道',
      '天平街道',
      '满庄镇',
      '夏张镇',
      '道朗镇',
      '黄前镇',
      '大汶口镇',
      '马庄镇',
      '房村镇',
      '良庄镇',
      '下港镇',
      '祝阳镇',
      '范镇',
      '角峪镇',
      '山口镇',
      '化马湾乡',
    ],
    roads: ['长城路', '岱道庵路', '迎胜西路', '望岳西路', '明堂路', '泮河大街', '天平湖路', '万官大街', '御碑楼路', '粥店路', '东岳大街'],
  },
  {
    code: '370982',
    name: '新泰市',
    govPrefix: '新泰市',
    addressPrefix: '泰安市新泰市',
    abbr: '新',
    branchName: '新泰',
    division: '370982',
    court: { code: '0982', name: '新泰市人民法院' },
    towns: [
      '青云街道',
      '新汶街道',
      '新甫街道',
      '东都镇',
      '小协镇',
      '翟镇',
      '泉沟镇',
      '羊流镇',
      '果都镇',
      '西张庄镇',
      '天宝镇',
      '楼德镇',
      '禹村镇',
      '宫里镇',
      '谷里镇',
      '石莱镇',
      '放城镇',
      '刘杜镇',
      '汶南镇',
      '龙廷镇',
      '岳家庄乡',
    ],
    roads: ['青云路', '府前大街', '金斗路', '新汶大街', '平阳路', '东周路', '杏山路', '汶城路', '新兴路', '向阳街'],
  },
  {
    code: '370983',
    name: '肥城市',
    govPrefix: '肥城市',
    addressPrefix: '泰安市肥城市',
    abbr: '肥',
    branchName: '肥城',
    division: '370983',
    court: { code: '0983', name: '肥城市人民法院' },
    towns: [
      '新城街道',
      '老城街道',
      '王瓜店街道',
      '仪阳街道',
      '潮泉镇',
      '桃园镇',
      '王庄镇',
      '湖屯镇',
      '石横镇',
      '安临站镇',
      '孙伯镇',
      '安驾庄镇',
      '汶阳镇',
      '边院镇',
    ],
    roads: ['新城路', '龙山路', '长山街', '泰西大街', '向阳街', '桃园路', '康王河路', '白云山路', '仪阳路', '文化路'],
  },
  {
    code: '370921',
    name: '宁阳县',
    govPrefix: '宁阳县',
    addressPrefix: '泰安市宁阳县',
    abbr: '宁',
    branchName: '宁阳',
    division: '370921',
    court: { code: '0921', name: '宁阳县人民法院' },
    towns: [
      '文庙街道',
      '八仙桥街道',
      '磁窑镇',
      '华丰镇',
      '葛石镇',
      '东疏镇',
      '伏山镇',
      '堽城镇',
      '蒋集镇',
      '泗店镇',
      '东庄镇',
      '鹤山镇',
      '乡饮乡',
    ],
    roads: ['文庙路', '金阳大街', '复圣路', '宁阳大街', '七贤路', '汶河路', '东关路', '西关路'],
  },
  {
    code: '370923',
    name: '东平县',
    govPrefix: '东平县',
    addressPrefix: '泰安市东平县',
    abbr: '东',
    branchName: '东平',
    division: '370923',
    court: { code: '0923', name: '东平县人民法院' },
    towns: [
      '东平街道',
      '州城街道',
      '彭集街道',
      '沙河站镇',
      '老湖镇',
      '银山镇',
      '斑鸠店镇',
      '接山镇',
      '大羊镇',
      '梯门镇',
      '新湖镇',
      '戴庙镇',
      '商老庄乡',
      '旧县乡',
    ],
    roads: ['东平大街', '西山路', '佛山街', '东原路', '州城路', '稻香街', '湖滨路', '水浒大街', '银山路', '东山路'],
  },
  {
    code: 'TA-GXQ',
    name: '泰安高新区',
    govPrefix: '泰安高新技术产业开发区',
    addressPrefix: '泰安市高新区',
    abbr: '泰高新',
    branchName: '泰安高新区',
    division: '370911',
    court: { code: '0911', name: '泰安市岱岳区人民法院' },
    towns: ['北集坡街道', '良庄镇'],
    roads: ['中天门大街', '南天门大街', '凤天路', '创业大街', '科技路', '北集坡路', '泰山大街'],
  },
  {
    code: 'TA-TSJQ',
    name: '泰山景区',
    govPrefix: '泰山景区',
    addressPrefix: '泰安市泰山区',
    abbr: '泰景',
    branchName: '泰山景区',
    division: '370902',
    court: { code: '0902', name: '泰安市泰山区人民法院' },
    towns: ['大津口乡', '岱庙街道'],
    roads: ['红门路', '环山路', '天外村路', '普照寺路', '岱宗坊路', '虎山路', '樱桃园路', '桃花峪路'],
  },
];

const BY_CODE = new Map<string, Place>(PLACES.map((p) => [p.code, p]));

/** The place for a region code; throws for codes outside the profile (a bug in the caller). */
export function placeOf(code: string): Place {
  const p = BY_CODE.get(code);
  if (!p) throw new RangeError(`unknown demo region: ${code}`);
  return p;
}

/** Where enterprises are registered (weights ≈ share of market subjects). */
export const ENTERPRISE_REGIONS: readonly (readonly [RegionCode, number])[] = [
  ['370902', 20],
  ['370911', 20],
  ['370982', 17],
  ['370983', 14],
  ['370921', 10],
  ['370923', 10],
  ['TA-GXQ', 7],
  ['TA-TSJQ', 2],
];

/** Where people live (weights ≈ 2020 census population of the six counties; zones carved out). */
export const PERSON_REGIONS: readonly (readonly [RegionCode, number])[] = [
  ['370902', 15],
  ['370911', 16],
  ['370982', 23],
  ['370983', 17],
  ['370921', 13],
  ['370923', 12],
  ['TA-GXQ', 3],
  ['TA-TSJQ', 1],
];

/**
 * Retired division codes that still begin ID numbers of older residents, per current county, with
 * the last year each was in use (from the division table; see DOMAIN §2.3). A code is only given to
 * someone born no later than that year, as the codes module warns otherwise.
 */
export const HISTORIC_ID_CODES: Readonly<Record<string, readonly { code: string; until: number }[]>> = {
  '370902': [{ code: '372601', until: 1985 }],
  '370911': [{ code: '372601', until: 1985 }],
  '370982': [
    { code: '379005', until: 1990 },
    { code: '370920', until: 1986 },
    { code: '372603', until: 1985 },
  ],
  '370983': [
    { code: '370922', until: 1992 },
    { code: '372625', until: 1985 },
  ],
  '370921': [{ code: '372624', until: 1985 }],
  '370923': [{ code: '372626', until: 1985 }],
};

const VILLAGE_DIRECTIONS = ['', '', '', '东', '西', '南', '北', '前', '后', '大', '小', '上', '下'] as const;
const VILLAGE_ROOTS = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '孙',
  '徐',
  '马',
  '朱',
  '胡',
  '郭',
  '高',
  '宋',
  '韩',
  '于',
  '董',
  '田',
  '曹',
  '孟',
  '孔',
  '颜',
  '吕',
  '魏',
  '石',
  '姜',
  '侯',
  '范',
  '牛',
  '亓',
  '鹿',
  '尚',
  '岳',
  '贾',
  '武',
  '邢',
  '崔',
  '苗',
  '靳',
  '桃',
  '杏',
  '柳',
  '榆',
  '槐',
  '松',
  '峪',
  '泉',
  '河',
  '山',
  '石',
  '汶',
  '龙',
  '凤',
  '鹤',
  '金',
  '银',
  '白',
  '青',
  '黄',
] as const;
const VILLAGE_SUFFIXES = [
  '庄',
  '家庄',
  '村',
  '家峪',
  '家洼',
  '店',
  '家楼',
  '官庄',
  '家寨',
  '泉',
  '屯',
  '埠',
  '坡',
  '家营',
  '疃',
  '家林',
] as const;

/** A plausible village name: 东王庄, 李家峪, 后孙家楼 … (thousands of combinations, repeats are normal). */
export function villageName(rng: Random): string {
  return rng.pick(VILLAGE_DIRECTIONS) + rng.pick(VILLAGE_ROOTS) + rng.pick(VILLAGE_SUFFIXES);
}
