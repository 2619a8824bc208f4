import type { CatalogItem } from '../catalog.types';
import { DJZC, SBQJ, XYCN } from './general';
import { XZCF, XZXK } from './double-publicity';
import { AQSCSX, JYYC, SXBZXR, TQNMGGZ, YZWFSX, ZDSSWF, ZFCGSX } from './lists';
import { AJNSR, BZJL, SHTXY } from './honors';
import { GGXYPJ, NHXYDA, NSXYDJ, XYC } from './evaluations';
import { CYRYSX, ZYZG } from './persons';

export { CODE_TABLES } from './code-tables';
export { PUBLICITY_RULES } from './publicity-rules';

/**
 * The catalogue release shipped with this code. Loading a release compares each item with its stored
 * version: a changed definition becomes a new version; the release string only labels it.
 */
export const CATALOG_RELEASE = '2026.1';

/**
 * The shipped catalogue items. Item codes are stable tokens (pinyin initials of the Chinese name), never
 * reused for another meaning:
 *
 * | code    | item                                   |
 * |---------|----------------------------------------|
 * | DJZC    | 登记注册信息                           |
 * | XZXK    | 行政许可信息 (双公示)                  |
 * | XZCF    | 行政处罚信息 (双公示)                  |
 * | SBQJ    | 社会保险费欠缴信息                     |
 * | SXBZXR  | 失信被执行人                           |
 * | ZDSSWF  | 重大税收违法失信主体                   |
 * | YZWFSX  | 严重违法失信名单（市场监管）           |
 * | ZFCGSX  | 政府采购严重违法失信行为记录名单       |
 * | TQNMGGZ | 拖欠农民工工资失信联合惩戒对象名单     |
 * | AQSCSX  | 安全生产严重失信主体名单               |
 * | JYYC    | 经营异常名录                           |
 * | AJNSR   | A级纳税人名单                          |
 * | SHTXY   | 守合同重信用企业                       |
 * | BZJL    | 表彰奖励信息                           |
 * | XYCN    | 信用承诺及履行情况                     |
 * | NSXYDJ  | 纳税信用等级                           |
 * | GGXYPJ  | 公共信用综合评价结果                   |
 * | NHXYDA  | 农户信用档案                           |
 * | XYC     | 信用村评定                             |
 * | ZYZG    | 职业资格信息                           |
 * | CYRYSX  | 从业人员失信行为                       |
 */
export const CATALOG_ITEMS: CatalogItem[] = [
  DJZC,
  XZXK,
  XZCF,
  SBQJ,
  SXBZXR,
  ZDSSWF,
  YZWFSX,
  ZFCGSX,
  TQNMGGZ,
  AQSCSX,
  JYYC,
  AJNSR,
  SHTXY,
  BZJL,
  XYCN,
  NSXYDJ,
  GGXYPJ,
  NHXYDA,
  XYC,
  ZYZG,
  CYRYSX,
];
