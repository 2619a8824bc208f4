import { z } from 'zod';

const Count = z.number().int().nonnegative();

/** GET /api/v1/stats/headline: the portal's headline figures. */
export const HeadlineFiguresSchema = z
  .object({
    asOf: z.string().describe('统计日期（YYYY-MM-DD，北京时间）'),
    subjects: z
      .object({
        legalPerson: Count.describe('企业法人库：企业、个体工商户、农民专业合作社等市场主体数'),
        nonEnterprise: Count.describe('非企业法人库：机关、事业单位、社会组织等非企业法人和非法人组织数'),
        naturalPerson: Count.describe('自然人库：收录人数（仅统计数量，自然人信息不公开）'),
      })
      .describe('三个基础库收录的信用主体数'),
    publicity: z
      .object({
        licenses: Count.describe('正在公示的行政许可决定数（与双公示栏目口径一致：法人和非法人组织，在公示期内）'),
        penalties: Count.describe('正在公示的行政处罚决定数（同上，已撤销、已修复、超过公示期的不计）'),
      })
      .describe('双公示'),
    lists: z
      .object({
        red: Count.describe('红名单：已发布且在有效期内的守信激励名单条目数'),
        black: Count.describe('黑名单：已发布且在有效期内的严重失信主体名单条目数（自然人仅计法院公布的失信被执行人）'),
      })
      .describe('红黑名单'),
    reportsIssued: Count.describe('已出具的公共信用信息报告份数'),
    providingDepartments: Count.describe('已报送信用信息（记录或名单）的部门数'),
  })
  .describe('信用泰安首页数据概况');

const Region = z.object({
  code: z.string().describe('区划代码（GB/T 2260）或功能区代码'),
  name: z.string().describe('名称'),
  level: z.string().describe('层级：city 市，county 县（市、区），zone 功能区'),
});

/** GET /api/v1/regions: the profile's region and its sub-units. */
export const RegionsSchema = z
  .object({
    region: Region.nullable().describe('本平台所属地区'),
    items: z.array(Region).describe('下辖县（市、区）和功能区，按配置顺序'),
  })
  .describe('所属区域');
