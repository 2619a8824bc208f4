// The catalog module's public surface: other modules import from here only.

export type {
  CatalogField,
  CatalogItem,
  CodeTable,
  CodeTableEntry,
  Disclosure,
  DoublePublicity,
  FieldRole,
  FieldType,
  FunctionCode,
  Generation,
  ListFlag,
  LoadCounts,
  Nature,
  NatureRule,
  Period,
  ProviderRef,
  PublicityPolicy,
  PublicityRule,
  PublicityTier,
  Section,
  Severity,
  StandardRef,
  StoredCatalogItem,
  SubjectKind,
} from './catalog.types';
export {
  DISCLOSURES,
  DOUBLE_PUBLICITY,
  FIELD_ROLES,
  FIELD_TYPES,
  FUNCTION_CODES,
  FUNCTION_NAMES,
  LIST_FLAGS,
  NATURES,
  SECTION_NAMES,
  SECTIONS,
  SEVERITIES,
  SUBJECT_KINDS,
} from './catalog.types';

export {
  NO_EXPIRY_DATE,
  addPeriod,
  computePublicityWindow,
  detectItem,
  disclosureFor,
  fieldByRole,
  hardLimitFor,
  isOpenEnded,
  mapCodeValue,
  mapCodeValues,
  natureFor,
  normalizeHeader,
  resolveHeader,
  ruleVersionFor,
} from './catalog.rules';
export type { CodeMapOptions, ItemDetection, PublicityWindow, PublicityWindowInput, RuleSelection } from './catalog.rules';

export { checksumOf, itemDefinition, stableJson } from './catalog.definition';

export { getCatalogItem, getPublicityRules, listCatalogItems, listCatalogItemVersions, loadCatalog } from './catalog.service';
export type { LoadCatalogOptions, LoadCatalogResult } from './catalog.service';

export * from './catalog.schemas';

export { CATALOG_ITEMS, CATALOG_RELEASE, CODE_TABLES, PUBLICITY_RULES } from './data';
