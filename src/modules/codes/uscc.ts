import { registrationRegionName } from './divisions';
import { normalizeCode } from './normalize';
import { orgCodeCheckChar } from './org-code';
import { badCharReason, rejected, type CodeResult, type UsccDetails } from './result';

export { orgCodeCheckChar } from './org-code';

/** The USCC alphabet (GB 32100): digits and upper-case letters without I, O, Z, S, V; value = index. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export interface UsccAuthority {
  /** 登记管理部门 */
  readonly name: string;
  /** 机构类别代码 → name */
  readonly categories: Readonly<Record<string, string>>;
}

/** GB 32100-2015 table of registration authorities (position 1) and their categories (position 2). */
export const USCC_AUTHORITIES: Readonly<Record<string, UsccAuthority>> = {
  '1': { name: '机构编制', categories: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { name: '外交', categories: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    categories: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' },
  },
  '4': { name: '文化', categories: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': {
    name: '旅游',
    categories: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' },
  },
  '7': { name: '宗教', categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', categories: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商', categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', categories: { '1': '军队事业单位', '9': '其他' } },
  N: { name: '农业', categories: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' } },
  Y: { name: '其他', categories: { '1': '其他' } },
};

/**
 * Categories seen on issued codes but not in the GB 32100-2015 table: accepted with a warning so
 * that real records are not rejected. 村（居）民委员会 received USCCs from 民政 from 2017–2018 on;
 * the prefix 54 is the one commonly seen (DOMAIN §2.1 marks it unverified).
 */
export const USCC_EXTRA_CATEGORIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '5': { '4': '基层群众性自治组织' },
};

// 3^(i-1) mod 31 for positions 1..17.
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/**
 * The USCC check character (position 18) for the first 17 characters.
 * Throws RangeError when `first17` is not 17 characters of the USCC alphabet.
 */
export function usccCheckChar(first17: string): string {
  const values = Array.from(first17, (ch) => USCC_ALPHABET.indexOf(ch));
  if (values.length !== 17 || values.some((v) => v < 0)) throw new RangeError(`not 17 USCC characters: ${first17}`);
  const sum = values.reduce((s, v, i) => s + v * (WEIGHTS[i] ?? 0), 0);
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Validates an 18-character unified social credit code (统一社会信用代码, GB 32100-2015). Never throws.
 * Order of checks: length, charset, authority, category, region (digits; unknown → warning only,
 * since codes of abolished divisions stay valid), embedded organisation code (hard reject), then the
 * check character (CHECK_CHAR: well-formed, `checksumValid: false`). 91/92/93 go to the 企业法人库
 * (`legal_person`), every other prefix to the 非企业法人库 (`non_enterprise`).
 */
export function validateUscc(input: string): CodeResult {
  const code = normalizeCode(input);
  const base = { input, normalized: code, kind: 'uscc' as const };
  if (!code) return rejected(base, 'EMPTY', '代码为空');
  if (code.length !== 18) {
    const bad = badCharReason(code, (ch) => /[0-9A-Z]/.test(ch));
    return bad ? rejected(base, 'CHARSET', bad) : rejected(base, 'LENGTH', `长度应为18位，实为${code.length}位`);
  }
  const bad = badCharReason(code, (ch) => USCC_ALPHABET.includes(ch));
  if (bad) return rejected(base, 'CHARSET', bad);

  const warnings: string[] = [];
  const authority = code.charAt(0);
  const category = code.charAt(1);
  const auth = USCC_AUTHORITIES[authority];
  if (!auth) return rejected(base, 'AUTHORITY_CODE', `登记管理部门代码 ${authority} 无效`);
  let categoryName = auth.categories[category];
  if (categoryName === undefined) {
    categoryName = USCC_EXTRA_CATEGORIES[authority]?.[category];
    if (categoryName === undefined) {
      return rejected(base, 'CATEGORY_CODE', `机构类别代码 ${category} 对登记管理部门 ${authority}（${auth.name}）无效`);
    }
    warnings.push(`机构类别代码 ${authority}${category}（${categoryName}）不在 GB 32100-2015 代码表中`);
  }

  const regionCode = code.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) {
    return rejected(base, 'REGION_CODE', `登记管理机关行政区划码应为6位数字，实为 ${regionCode}`);
  }
  const regionName = registrationRegionName(regionCode);
  if (regionName === undefined) warnings.push(`登记管理机关行政区划码 ${regionCode} 不在行政区划代码表中`);

  const orgCode = code.slice(8, 17);
  const orgExpected = orgCodeCheckChar(orgCode.slice(0, 8));
  const orgActual = orgCode.charAt(8);
  if (orgActual !== orgExpected) {
    return rejected(base, 'ORG_CODE_CHECK', `主体标识码（组织机构代码）校验位错误：应为 ${orgExpected}，实为 ${orgActual}`, {
      warnings,
    });
  }

  const checkChar = code.charAt(17);
  const expectedCheckChar = usccCheckChar(code.slice(0, 17));
  const details: UsccDetails = {
    kind: 'uscc',
    authority,
    authorityName: auth.name,
    category,
    categoryName,
    regionCode,
    ...(regionName !== undefined && { regionName }),
    orgCode,
    checkChar,
    expectedCheckChar,
  };
  const subjectKind = authority === '9' ? 'legal_person' : 'non_enterprise';
  if (checkChar !== expectedCheckChar) {
    return rejected(base, 'CHECK_CHAR', `校验码错误：第18位应为 ${expectedCheckChar}，实为 ${checkChar}`, {
      subjectKind,
      warnings,
      checksumValid: false,
      details,
    });
  }
  return { ...base, ok: true, subjectKind, warnings, checksumValid: true, details };
}
