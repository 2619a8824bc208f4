import { z } from 'zod';
import {
  DISCLOSURES,
  DOUBLE_PUBLICITY,
  FIELD_ROLES,
  FIELD_TYPES,
  FUNCTION_NAMES,
  LIST_FLAGS,
  NATURES,
  SECTIONS,
  SEVERITIES,
  SUBJECT_KINDS,
  type FunctionCode,
} from './catalog.types';

// One schema per shape: validation of shipped data at load time, the API representation of an item,
// and its OpenAPI documentation. Definition schemas are strict so a key the schema does not know fails
// loudly instead of being stripped from the stored definition.

const IsoDate = z.iso.date().describe('日期 YYYY-MM-DD');

export const SectionSchema = z.enum(SECTIONS).describe('报告栏目');
export const NatureSchema = z.enum(NATURES).describe('信息性质：basic 基础信息 / dishonest 失信信息 / other 其他信息');
export const DisclosureSchema = z.enum(DISCLOSURES).describe('披露方式：public 公开公示 / authorized 授权查询 / shared 政务共享');
export const SubjectKindSchema = z.enum(SUBJECT_KINDS).describe('主体类别');
export const ProviderSchema = z
  .union([z.enum(Object.keys(FUNCTION_NAMES) as [FunctionCode, ...FunctionCode[]]), z.literal('any')])
  .describe('提供单位职能代码；any 表示任何部门均可报送');

export const PeriodSchema = z.strictObject({
  years: z.number().int().nonnegative().optional(),
  months: z.number().int().nonnegative().optional(),
  days: z.number().int().nonnegative().optional(),
});

export const StandardRefSchema = z.strictObject({
  generation: z.string().describe('标准版本：v1 早期版 / v2 现行版'),
  code: z.string(),
  name: z.string(),
});

export const CatalogFieldSchema = z.strictObject({
  code: z.string().min(1).describe('字段代码（内部规范代码，优先采用现行版标准代码）'),
  name: z.string().min(1).describe('字段名称'),
  type: z.enum(FIELD_TYPES),
  required: z.boolean(),
  maxLength: z.number().int().positive().optional(),
  codeTable: z.string().optional().describe('代码表代码（enum 字段）'),
  multiple: z.boolean().optional().describe('可填多个值'),
  aliases: z.array(z.string()).describe('可识别的其他表头：旧版代码、两版中文名称、常见写法'),
  standard: z.array(StandardRefSchema).optional(),
  extension: z.boolean().optional().describe('平台扩展字段（不属于国家标准）'),
  role: z.enum(FIELD_ROLES).optional(),
  description: z.string().optional(),
});

export const CodeTableEntrySchema = z.strictObject({
  value: z.string().describe('规范值'),
  label: z.string(),
  aliases: z.array(z.string()),
  legacyCodes: z.array(z.string()).optional().describe('早期版标准的数字代码'),
  description: z.string().optional(),
});

export const CodeTableSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  entries: z.array(CodeTableEntrySchema).min(1),
});

export const PublicityPolicySchema = z.strictObject({
  mode: z.enum(['penalty_rule', 'validity', 'list_term', 'indefinite']),
  term: PeriodSchema.optional(),
  sectors: z.array(z.string()).optional(),
  hardLimit: z.boolean().describe('适用山东失信信息最长披露五年的规定'),
  note: z.string().optional(),
});

export const NatureRuleSchema = z.strictObject({
  field: z.string(),
  values: z.array(z.string()).min(1),
  nature: NatureSchema,
  basis: z.string(),
});

export const GenerationSchema = z.strictObject({ id: z.string(), name: z.string(), note: z.string() });

/** A catalogue item definition as shipped in data/ and stored in catalog_items.definition. */
export const CatalogItemSchema = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/)
    .describe('条目代码（稳定，不复用）'),
  name: z.string().min(1).describe('条目名称'),
  section: SectionSchema,
  nature: NatureSchema,
  disclosure: DisclosureSchema,
  naturalPersonDisclosure: DisclosureSchema.optional().describe('自然人记录的披露方式（默认授权查询）'),
  subjectKinds: z.array(SubjectKindSchema).min(1),
  doublePublicity: z.enum(DOUBLE_PUBLICITY).nullable().describe('双公示：license 行政许可 / penalty 行政处罚'),
  listFlag: z.enum(LIST_FLAGS).nullable().describe('名单标记：red 红名单 / black 严重失信主体名单 / focus 重点关注'),
  providers: z.array(ProviderSchema).min(1),
  fields: z.array(CatalogFieldSchema).min(1),
  keyFields: z.array(z.string()).describe('在同一主体内识别一条记录的字段'),
  publicity: PublicityPolicySchema,
  natureRules: z.array(NatureRuleSchema),
  generations: z.array(GenerationSchema),
  basis: z.string().min(1).describe('法律依据'),
  ruleNotes: z.array(z.string()),
});

/** An item as the API returns it: one stored version with its frozen code tables. */
export const CatalogItemResponseSchema = CatalogItemSchema.extend({
  version: z.number().int().positive(),
  checksum: z.string(),
  release: z.string().describe('目录发布版本，如 2026.1'),
  isCurrent: z.boolean(),
  loadedAt: z.string().describe('载入时间（ISO 8601）'),
  codeTables: z.array(CodeTableSchema),
});

/** A line of the catalogue listing. */
export const CatalogItemSummarySchema = CatalogItemSchema.pick({
  code: true,
  name: true,
  section: true,
  nature: true,
  disclosure: true,
  naturalPersonDisclosure: true,
  subjectKinds: true,
  doublePublicity: true,
  listFlag: true,
  providers: true,
  basis: true,
}).extend({
  version: z.number().int().positive(),
  release: z.string(),
  fieldCount: z.number().int().nonnegative(),
});

export const CatalogListResponseSchema = z.object({ items: z.array(CatalogItemSummarySchema) });

export const PublicityTierSchema = z.strictObject({
  severity: z.union([z.enum(SEVERITIES), z.literal('any')]),
  label: z.string(),
  min: PeriodSchema.describe('最短公示期（届满后可申请信用修复）'),
  max: PeriodSchema.describe('最长公示期（届满自动停止公示）'),
  publication: z.enum(['required', 'optional']),
});

export const PublicityRuleSchema = z.strictObject({
  version: z.string().min(1).describe('规则版本，如 2023-58'),
  name: z.string(),
  basis: z.string(),
  kind: z.enum(['penalty_periods', 'hard_limit']),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable(),
  selectable: z.boolean().describe('可由运营方选择启用'),
  default: z.boolean().describe('未经配置即适用'),
  region: z.string().optional(),
  defaultSeverity: z.enum(SEVERITIES).optional(),
  tiers: z.array(PublicityTierSchema),
  sectorMinimums: z.array(z.strictObject({ sectors: z.array(z.string()), min: PeriodSchema, basis: z.string() })),
  penaltyTypes: z.array(
    z.strictObject({ types: z.array(z.string()), min: PeriodSchema.optional(), max: PeriodSchema.optional(), note: z.string() }),
  ),
  limit: z.strictObject({ max: PeriodSchema, from: z.literal('act_end'), natures: z.array(NatureSchema) }).optional(),
  notes: z.array(z.string()),
});

export const PublicityRuleListResponseSchema = z.object({ rules: z.array(PublicityRuleSchema) });

export type CatalogItemResponse = z.infer<typeof CatalogItemResponseSchema>;
export type CatalogItemSummary = z.infer<typeof CatalogItemSummarySchema>;
