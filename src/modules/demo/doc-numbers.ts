import type { Random } from './prng';

/**
 * Issues unique running numbers for document and licence numbers. Real numbering restarts every
 * year per issuing office; keys include whatever makes a series (office, year, region). Numbers
 * advance by small random gaps, since published lists never show every number of a series.
 * State grows with the number of series (offices × years × kinds), not with the data.
 */
export class Counters {
  private readonly next = new Map<string, number>();

  /**
   * The next number of series `key`, zero-padded to `width`. A new series starts somewhere in
   * 1..`startMax`: court case numbers, say, are in the thousands by the time one is published.
   */
  take(key: string, width: number, rng: Random, startMax = 20): string {
    const current = this.next.get(key) ?? rng.int(1, startMax);
    this.next.set(key, current + rng.int(1, 3));
    return String(current).padStart(width, '0');
  }
}

/** What a document-number builder may use. */
export interface DocContext {
  /** Abbreviation of the issuing department: 泰市监, 泰审批, 泰环 … */
  abbr: string;
  /** Decision date 'YYYY-MM-DD'. */
  date: string;
  year: number;
  /** GB/T 2260 county code of the subject's place (zones map to the county they lie in). */
  division: string;
  /** The subject's USCC, or '' for natural persons. */
  uscc: string;
  rng: Random;
  /** Next number of a series, zero-padded; a new series starts in 1..startMax (default 20). */
  seq(key: string, width: number, startMax?: number): string;
}

/** Builds a document or licence number. */
export type DocBuilder = (c: DocContext) => string;

/** Department-function abbreviations used in document numbers (泰 + 市监 = 泰市监). */
export const FUNCTION_ABBR: Readonly<Record<string, string>> = {
  market_regulation: '市监',
  administrative_approval: '审批',
  ecology_environment: '环',
  transport: '交运',
  health: '卫健',
  emergency_management: '应急',
  water: '水',
  housing_construction: '建',
  natural_resources: '自然资规',
  forestry: '林',
  agriculture: '农',
  culture_tourism: '文旅',
  education: '教',
  human_resources: '人社',
  tobacco: '烟',
  fire_rescue: '消',
  urban_management: '城管',
  tax: '税',
  finance: '财',
  medical_insurance: '医保',
  statistics: '统',
  civil_affairs: '民',
  commerce: '商',
  court: '法',
};

/** Region part of abbreviations: 泰 for city-level departments, 新/肥/宁/东/岱/泰山 for counties. */
export const REGION_ABBR: Readonly<Record<string, string>> = {
  '370900': '泰',
  '370902': '泰山',
  '370911': '岱',
  '370982': '新',
  '370983': '肥',
  '370921': '宁',
  '370923': '东',
  'TA-GXQ': '泰高新',
  'TA-TSJQ': '泰景',
};

/** 泰市监 for 泰安市市场监督管理局 acting as market regulator. */
export function departmentAbbr(region: string, fn: string): string {
  return (REGION_ABBR[region] ?? '泰') + (FUNCTION_ABBR[fn] ?? '政');
}
