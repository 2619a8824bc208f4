import { readFileSync } from 'node:fs';

/** Storage format of data/divisions.json (written by scripts/build-divisions.ts): see that script. */
export type DivisionRow = [name: string, since: number, until: number | null, successors?: string | null, parent?: string];
export type DivisionData = Record<string, DivisionRow | DivisionRow[]>;

/** One period in which a code carried one name (a code may be renamed or re-used). */
export interface DivisionPeriod {
  name: string;
  fullName: string;
  since: number;
  /** Last year listed; absent while the code is in use. */
  until?: number;
  /** Codes that took over (from the CSV's 新代码), absent when none are listed. */
  successors?: string[];
}

export interface Division {
  code: string;
  /** Current name, or the last name the code carried before it was retired. */
  name: string;
  /** With province and prefecture, e.g. 山东省泰安市岱岳区, 山东省泰安地区泰安市. */
  fullName: string;
  level: 'province' | 'prefecture' | 'county';
  inUse: boolean;
  since: number;
  until?: number;
  successors?: string[];
  /** Every period of the code, newest first. */
  periods: DivisionPeriod[];
}

// Loaded on first use rather than imported: the file is ~280 kB and typing it would slow every tsc run.
const DATA_URL = new URL('./data/divisions.json', import.meta.url);
let table: Map<string, Division> | undefined;

function load(): Map<string, Division> {
  if (table) return table;
  const data = JSON.parse(readFileSync(DATA_URL, 'utf8')) as DivisionData;
  const rowsOf = (code: string): DivisionRow[] => {
    const v = data[code];
    if (v === undefined) return [];
    return Array.isArray(v[0]) ? (v as DivisionRow[]) : [v as DivisionRow];
  };
  // The row in use, else the one retired last; ties keep file order (the build script relies on this).
  const primary = (rows: DivisionRow[]): DivisionRow | undefined =>
    rows.reduce<DivisionRow | undefined>((best, r) => (!best || rank(r) > rank(best) ? r : best), undefined);
  const nameOf = (code: string): string => primary(rowsOf(code))?.[0] ?? '';

  const map = new Map<string, Division>();
  for (const code of Object.keys(data)) {
    const rows = rowsOf(code);
    const top = primary(rows);
    if (!top) continue;
    const level = code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county';
    const province = level === 'province' ? '' : nameOf(`${code.slice(0, 2)}0000`);
    const period = ([name, since, until, successors, parent]: DivisionRow): DivisionPeriod => {
      const prefecture = level === 'county' ? (parent ?? nameOf(`${code.slice(0, 4)}00`)) : '';
      const p: DivisionPeriod = { name, fullName: province + prefecture + name, since };
      if (until !== null) p.until = until;
      const next = parseSuccessors(successors);
      if (next.length > 0) p.successors = next;
      return p;
    };
    const periods = [...rows].sort((a, b) => rank(b) - rank(a)).map(period);
    const main = period(top);
    map.set(code, { code, ...main, level, inUse: top[2] === null, periods });
  }
  table = map;
  return map;
}

function rank(r: DivisionRow): number {
  return r[2] ?? Number.MAX_SAFE_INTEGER;
}

// `370923[1985];370832` → ['370923', '370832']: the bracket is the year of that hand-over.
function parseSuccessors(field: string | null | undefined): string[] {
  if (!field) return [];
  return [...new Set(field.split(';').map((s) => s.replace(/\[\d{4}\]$/, '').trim()))].filter(Boolean);
}

/** The division with this 6-digit code (current or retired), or undefined when the code never existed. */
export function lookupDivision(code: string): Readonly<Division> | undefined {
  return load().get(code.trim());
}

/** True when the code is or was a division code (retired codes count: old ID numbers keep them). */
export function isKnownDivision(code: string): boolean {
  return load().has(code.trim());
}

/**
 * True when the code was in use in `year`. Both boundary years count, and `tolerance` (default 1)
 * widens the range on either side: the table records the year a code appeared in or vanished from
 * the published list, which lags or leads the actual change on the ground by up to a year.
 */
export function divisionExistedIn(code: string, year: number, tolerance = 1): boolean {
  const d = lookupDivision(code);
  if (!d) return false;
  return d.periods.some((p) => year >= p.since - tolerance && year <= (p.until ?? Infinity) + tolerance);
}

/**
 * Name of the region part of a USCC or registration number (the registering authority's code), or
 * undefined when unknown. Besides division codes this accepts `100000` (national-level authorities)
 * and `XXXX01` 市辖区 codes, which city-level authorities use but GB/T 2260 lists only as placeholders.
 */
export function registrationRegionName(code: string): string | undefined {
  if (code === '100000') return '国家';
  const known = lookupDivision(code);
  if (known) return known.fullName;
  const city = code.endsWith('01') ? lookupDivision(`${code.slice(0, 4)}00`) : undefined;
  return city?.level === 'prefecture' ? `${city.fullName}市辖区` : undefined;
}
