import { invalidInput } from '../../shared/errors';
import type {
  CatalogField,
  CatalogItem,
  CodeTable,
  Disclosure,
  FieldRole,
  Nature,
  Period,
  PublicityRule,
  PublicityTier,
  Severity,
  SubjectKind,
} from './catalog.types';

// Pure catalogue rules: publicity windows, header resolution, item detection, code mapping.
// Dates are calendar dates 'YYYY-MM-DD' handled as integers (no Date in local time, so no drift).

// ---------------------------------------------------------------------------------------------
// Dates

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2099/12/31 in a validity field means 长期 (no expiry) in the 双公示 standard. */
export const NO_EXPIRY_DATE = '2099-12-31';

function parseDate(date: string): { y: number; m: number; d: number } {
  const match = DATE_RE.exec(date);
  if (!match) throw invalidInput(`日期格式应为 YYYY-MM-DD：${date}`, { date });
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw invalidInput(`日期不存在：${date}`, { date });
  return { y, m, d };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Adds a calendar period: years and months first, clamping to the month's last day
 * (2023-01-31 + 1 month = 2023-02-28; 2024-02-29 + 1 year = 2025-02-28), then days.
 * Throws INVALID_INPUT for a malformed date.
 */
export function addPeriod(date: string, period: Period): string {
  const { y, m, d } = parseDate(date);
  const months = y * 12 + (m - 1) + (period.years ?? 0) * 12 + (period.months ?? 0);
  const ny = Math.floor(months / 12);
  const nm = (months % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  if (!period.days) return `${pad(ny, 4)}-${pad(nm)}-${pad(nd)}`;
  return new Date(Date.UTC(ny, nm - 1, nd + period.days)).toISOString().slice(0, 10);
}

const later = (a: string, b: string) => (a >= b ? a : b);
const earlier = (a: string, b: string) => (a <= b ? a : b);

/** True when a validity end date means "no expiry" (2099-12-31). */
export function isOpenEnded(date: string | null | undefined): boolean {
  return date === undefined || date === null || date === '' || date === NO_EXPIRY_DATE;
}

// ---------------------------------------------------------------------------------------------
// Publicity rules

export interface RuleSelection {
  /** Selectable versions switched on by configuration (e.g. ['2025-22']). */
  enabled?: readonly string[];
  /** Decisions before the earliest rule: no rule (default) or the earliest rule. */
  beforeEarliest?: 'none' | 'earliest';
}

const isActive = (rule: PublicityRule, opts: RuleSelection) =>
  rule.default || (rule.selectable && (opts.enabled ?? []).includes(rule.version));

const inForce = (rule: PublicityRule, date: string) =>
  rule.effectiveFrom <= date && (rule.effectiveTo === null || date <= rule.effectiveTo);

/**
 * The national penalty-period rule in force on a decision date (records keep the rule of their decision
 * date). Among active rules in force, the most recent one wins, so a selected 2025 rule supersedes 2023
 * from its effective date. Returns undefined when none applies. Throws INVALID_INPUT for a bad date.
 */
export function ruleVersionFor(decisionDate: string, rules: readonly PublicityRule[], opts: RuleSelection = {}): PublicityRule | undefined {
  parseDate(decisionDate);
  const candidates = rules.filter((r) => r.kind === 'penalty_periods' && isActive(r, opts));
  const found = candidates.filter((r) => inForce(r, decisionDate)).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
  if (found || opts.beforeEarliest !== 'earliest') return found;
  return candidates.filter((r) => decisionDate < r.effectiveFrom).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))[0];
}

/** The hard limit (山东 art. 38) binding in a region on a date, if any. `region` is a GB/T 2260 code. */
export function hardLimitFor(rules: readonly PublicityRule[], date: string, region: string): PublicityRule | undefined {
  parseDate(date);
  return rules.find((r) => r.kind === 'hard_limit' && r.default && inForce(r, date) && (!r.region || region.startsWith(r.region)));
}

export interface PublicityWindowInput {
  decisionDate: string;
  rule: PublicityRule;
  severity?: Severity;
  /** 所属领域 canonical values (code table HYLY). */
  sectors?: readonly string[];
  /** 处罚类别 canonical values (code table CFLB). */
  penaltyTypes?: readonly string[];
  /** Cap by a hard-limit rule counted from the end of the dishonest act. */
  hardLimit?: { rule: PublicityRule; actEndDate: string };
}

export interface PublicityWindow {
  /** First day of publicity: the decision date. */
  start: string;
  /** Earliest day a repair (early end) may be granted: start + minimum. */
  repairFrom: string;
  /** Day publicity ends automatically: start + maximum (shown while start ≤ day < end). */
  end: string;
  ruleVersion: string;
  severity: Severity | 'any';
  publication: PublicityTier['publication'];
  /** The hard limit shortened the window. */
  limitedBy?: string;
}

function tierFor(rule: PublicityRule, severity: Severity | undefined): PublicityTier {
  const wanted = severity ?? rule.defaultSeverity;
  const tier =
    rule.tiers.find((t) => t.severity === wanted) ??
    rule.tiers.find((t) => t.severity === 'any') ??
    rule.tiers.find((t) => t.severity === rule.defaultSeverity);
  if (!tier) throw invalidInput(`公示规则 ${rule.version} 没有适用于该失信程度的期限`, { severity });
  return tier;
}

/**
 * The publicity window of a penalty under one rule version: the severity tier, raised by any sector
 * minimum and any penalty-type term that applies — when several apply the longest wins, for the
 * minimum and the maximum alike — and capped by the hard limit when given.
 * Throws INVALID_INPUT for a bad date or a rule that is not a penalty-period rule.
 */
export function computePublicityWindow(input: PublicityWindowInput): PublicityWindow {
  const { decisionDate: start, rule } = input;
  if (rule.kind !== 'penalty_periods') throw invalidInput(`${rule.version} 不是处罚公示期限规则`);
  const tier = tierFor(rule, input.severity);
  let repairFrom = addPeriod(start, tier.min);
  let end = addPeriod(start, tier.max);

  const sectors = new Set(input.sectors ?? []);
  for (const s of rule.sectorMinimums) {
    if (s.sectors.some((x) => sectors.has(x))) repairFrom = later(repairFrom, addPeriod(start, s.min));
  }
  const types = new Set(input.penaltyTypes ?? []);
  for (const t of rule.penaltyTypes) {
    if (!t.types.some((x) => types.has(x))) continue;
    if (t.min) repairFrom = later(repairFrom, addPeriod(start, t.min));
    if (t.max) end = later(end, addPeriod(start, t.max));
  }
  // A minimum longer than the maximum (a sector minimum over a short tier) stretches the maximum.
  end = later(end, repairFrom);

  const window: PublicityWindow = {
    start,
    repairFrom,
    end,
    ruleVersion: rule.version,
    severity: tier.severity,
    publication: tier.publication,
  };
  const limit = input.hardLimit;
  if (!limit?.rule.limit) return window;
  const cap = addPeriod(limit.actEndDate, limit.rule.limit.max);
  if (cap >= end) return window;
  return { ...window, end: later(cap, start), repairFrom: earlier(repairFrom, later(cap, start)), limitedBy: limit.rule.version };
}

// ---------------------------------------------------------------------------------------------
// Nature and disclosure

/**
 * The nature of one record: the item's nature unless a value rule applies (简易程序 → 其他信息).
 * `values` are canonical field values keyed by field code.
 */
export function natureFor(item: CatalogItem, values: Readonly<Record<string, unknown>>): Nature {
  for (const rule of item.natureRules) {
    const v = values[rule.field];
    const list = Array.isArray(v) ? v : [v];
    if (list.some((x) => typeof x === 'string' && rule.values.includes(x))) return rule.nature;
  }
  return item.nature;
}

/** How a record of this item about a subject of this kind may be disclosed (natural persons: never public unless the item says so). */
export function disclosureFor(item: CatalogItem, kind: SubjectKind): Disclosure {
  if (kind !== 'natural_person') return item.disclosure;
  if (item.naturalPersonDisclosure) return item.naturalPersonDisclosure;
  return item.disclosure === 'public' ? 'authorized' : item.disclosure;
}

/** The field playing a role in an item (the decision date, the subject name …). */
export function fieldByRole(item: CatalogItem, role: FieldRole): CatalogField | undefined {
  return item.fields.find((f) => f.role === role);
}

// ---------------------------------------------------------------------------------------------
// Headers

/**
 * Normalises a column header for matching: NFKC (full-width → half-width), no spaces or BOM, brackets
 * unified to (), required-markers (*, （必填）) and separators (_ - ·) dropped, lower case.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s\uFEFF\u200B]+/g, '')
    .replace(/[【[{〔]/g, '(')
    .replace(/[】\]}〕]/g, ')')
    .replace(/^\*+|\*+$/g, '')
    .replace(/\((必填|选填|非必填|可选|必须填写)\)$/, '')
    .replace(/[:：]$/, '')
    .replace(/[_\-－—·]/g, '')
    .toLowerCase();
}

const headerIndexes = new WeakMap<CatalogItem, Map<string, CatalogField>>();

function headerIndex(item: CatalogItem): Map<string, CatalogField> {
  let index = headerIndexes.get(item);
  if (index) return index;
  index = new Map();
  for (const f of item.fields) {
    for (const h of [f.code, f.name, ...f.aliases]) {
      const key = normalizeHeader(h);
      if (key && !index.has(key)) index.set(key, f);
    }
  }
  headerIndexes.set(item, index);
  return index;
}

/** The field a column header maps to in an item (by code, name or alias, after normalisation), if any. */
export function resolveHeader(item: CatalogItem, header: string): CatalogField | undefined {
  return headerIndex(item).get(normalizeHeader(header));
}

export interface ItemDetection {
  item: CatalogItem;
  /** Share of the non-empty headers the item recognises, 0–1. */
  score: number;
  /** Share of the item's required fields present, 0–1. */
  requiredCoverage: number;
  matched: { header: string; field: string }[];
  unknown: string[];
  missingRequired: string[];
  /** The field-standard generation the headers follow, when they tell (双公示 v1/v2). */
  generation?: string;
  /** Another item recognises as large a share of the headers: ask the user to name the item. */
  ambiguous: boolean;
}

function generationOf(item: CatalogItem, matched: { header: string; field: CatalogField }[]): string | undefined {
  const votes = new Map<string, number>();
  for (const { header, field } of matched) {
    const h = normalizeHeader(header);
    const gens = new Set(
      (field.standard ?? []).filter((s) => normalizeHeader(s.code) === h || normalizeHeader(s.name) === h).map((s) => s.generation),
    );
    // A header both generations share says nothing; a field of one generation only says it even by alias.
    const only = gens.size === 1 ? [...gens] : gens.size === 0 && field.standard?.length === 1 ? [field.standard[0]!.generation] : [];
    for (const g of only) votes.set(g, (votes.get(g) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return undefined;
  return first[0];
}

function detectOne(item: CatalogItem, headers: readonly string[]): Omit<ItemDetection, 'ambiguous'> {
  const matched: { header: string; field: CatalogField }[] = [];
  const unknown: string[] = [];
  for (const h of headers) {
    const f = resolveHeader(item, h);
    if (f) matched.push({ header: h, field: f });
    else unknown.push(h);
  }
  const present = new Set(matched.map((m) => m.field.code));
  const required = item.fields.filter((f) => f.required);
  const missingRequired = required.filter((f) => !present.has(f.code)).map((f) => f.code);
  const detection: Omit<ItemDetection, 'ambiguous'> = {
    item,
    score: headers.length ? round(matched.length / headers.length) : 0,
    requiredCoverage: required.length ? round((required.length - missingRequired.length) / required.length) : 1,
    matched: matched.map((m) => ({ header: m.header, field: m.field.code })),
    unknown,
    missingRequired,
  };
  const generation = item.generations.length ? generationOf(item, matched) : undefined;
  if (generation) detection.generation = generation;
  return detection;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The item a file's headers fit best: ranked by the share of headers recognised, then by required
 * coverage. Returns undefined when no item recognises any header.
 */
export function detectItem(items: readonly CatalogItem[], headers: readonly string[]): ItemDetection | undefined {
  const cleaned = headers.filter((h) => normalizeHeader(h) !== '');
  const ranked = items
    .map((item) => detectOne(item, cleaned))
    .filter((d) => d.matched.length > 0)
    .sort((a, b) => b.score - a.score || b.requiredCoverage - a.requiredCoverage);
  const [best, next] = ranked;
  if (!best) return undefined;
  // Required coverage only orders the list: two items recognising the same share of headers is a tie.
  const ambiguous = !!next && next.score === best.score;
  return { ...best, ambiguous };
}

// ---------------------------------------------------------------------------------------------
// Code tables

export interface CodeMapOptions {
  /** Accept the older generation's numeric codes (default true; pass false for a file known to be current-generation). */
  legacyCodes?: boolean;
}

const normalizeValue = (raw: string) =>
  raw
    .normalize('NFKC')
    .replace(/[\s\uFEFF\u200B]+/g, '')
    .replace(/[【[〔]/g, '(')
    .replace(/[】\]〕]/g, ')')
    .toLowerCase();

const codeIndexes = new WeakMap<CodeTable, { current: Map<string, string>; all: Map<string, string> }>();

function codeIndex(table: CodeTable) {
  let index = codeIndexes.get(table);
  if (index) return index;
  const current = new Map<string, string>();
  for (const e of table.entries) {
    for (const s of [e.value, e.label, ...e.aliases]) {
      const key = normalizeValue(s);
      if (!current.has(key)) current.set(key, e.value);
    }
  }
  // Current spellings win over a colliding legacy digit.
  const all = new Map(current);
  for (const e of table.entries) {
    for (const s of e.legacyCodes ?? []) if (!all.has(normalizeValue(s))) all.set(normalizeValue(s), e.value);
  }
  index = { current, all };
  codeIndexes.set(table, index);
  return index;
}

/** The canonical value of a raw code-table value (`1` under 处罚类别 → 罚款; `特许` → 特许), or undefined. */
export function mapCodeValue(table: CodeTable, raw: string, opts: CodeMapOptions = {}): string | undefined {
  const index = codeIndex(table);
  return (opts.legacyCodes === false ? index.current : index.all).get(normalizeValue(raw));
}

/**
 * Maps a multi-valued cell (罚款；没收违法所得): the whole cell first — some canonical values contain 、 —
 * then each part split on ; ， 、 /. Returns the canonical values and the parts that did not map.
 */
export function mapCodeValues(table: CodeTable, raw: string, opts: CodeMapOptions = {}): { values: string[]; unknown: string[] } {
  const whole = mapCodeValue(table, raw, opts);
  if (whole !== undefined) return { values: [whole], unknown: [] };
  const values: string[] = [];
  const unknown: string[] = [];
  for (const part of raw
    .split(/[;；,，、/|]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const v = mapCodeValue(table, part, opts);
    if (v === undefined) unknown.push(part);
    else if (!values.includes(v)) values.push(v);
  }
  return { values, unknown };
}
