import { describe, expect, it } from 'vitest';
import { applicableMeasures, scoreName } from './checks.rules';
import type { MeasureRow, MemorandumRow } from './measures.repository';

const at = new Date('2026-01-01T00:00:00Z');
const memo = (code: string, kind: 'reward' | 'punishment', listTypes: string[]): MemorandumRow => ({
  code,
  version: 1,
  doc_no: `${code}号`,
  title: `${code} 备忘录`,
  kind,
  list_types: listTypes,
  issued_on: null,
  note: null,
  checksum: '',
  changed_by: 'test',
  changed_at: at,
});
const measure = (
  code: string,
  memorandum: string,
  kind: 'reward' | 'punishment',
  implementers: string[],
  scenarios: string[],
  status: 'active' | 'retired' = 'active',
): MeasureRow => ({
  code,
  version: 1,
  memorandum_code: memorandum,
  kind,
  text: `措施 ${code}`,
  legal_basis: '依据',
  implementers,
  scenarios,
  status,
  checksum: '',
  changed_by: 'test',
  changed_at: at,
});

const MEMOS = [memo('P', 'punishment', ['ZDSSWF', 'SXBZXR']), memo('R', 'reward', ['AJNSR'])];
const MEASURES = [
  measure('P-1', 'P', 'punishment', ['finance'], ['gov_procurement']),
  measure('P-2', 'P', 'punishment', ['natural_resources'], ['land_transfer']),
  measure('P-3', 'P', 'punishment', ['*'], ['awards', 'gov_procurement']),
  measure('P-4', 'P', 'punishment', ['finance'], ['gov_procurement'], 'retired'),
  measure('R-1', 'R', 'reward', ['*'], ['gov_procurement', 'administrative_license']),
  measure('R-10', 'R', 'reward', ['finance'], ['gov_procurement']),
];

describe('applicableMeasures', () => {
  it('keeps active measures of the lists hit, this scenario and this department', () => {
    const got = applicableMeasures(['ZDSSWF'], 'gov_procurement', ['finance'], MEMOS, MEASURES);
    expect(got.map((m) => m.code)).toEqual(['P-1', 'P-3']);
    expect(got[0]).toMatchObject({ memorandum: { code: 'P', docNo: 'P号' }, triggeredBy: ['ZDSSWF'] });
  });

  it('gives a department without a named function only the measures of every department', () => {
    expect(applicableMeasures(['ZDSSWF'], 'gov_procurement', ['statistics'], MEMOS, MEASURES).map((m) => m.code)).toEqual(['P-3']);
    expect(applicableMeasures(['ZDSSWF'], 'land_transfer', ['finance'], MEMOS, MEASURES)).toEqual([]);
  });

  it('gives rewards for red lists, punishments first when a subject is on both', () => {
    const got = applicableMeasures(['AJNSR', 'SXBZXR'], 'gov_procurement', ['finance'], MEMOS, MEASURES);
    expect(got.map((m) => `${m.kind}:${m.code}`)).toEqual(['punishment:P-1', 'punishment:P-3', 'reward:R-1', 'reward:R-10']);
    expect(got.find((m) => m.code === 'R-1')!.triggeredBy).toEqual(['AJNSR']);
  });

  it('returns nothing for a subject on no list', () => {
    expect(applicableMeasures([], 'gov_procurement', ['finance'], MEMOS, MEASURES)).toEqual([]);
  });
});

describe('scoreName', () => {
  it('ranks exact, normalised, prefix, substring and similar names and says why', () => {
    expect(scoreName('宏达建材有限公司', '宏达建材有限公司', '泰安市宏达建材有限公司', '泰安市宏达建材有限公司')).toEqual({
      score: 1,
      explanation: '名称完全一致',
    });
    expect(scoreName('宏达建材有限公司', '宏达建材有限公司', '宏达建材有限责任公司', '泰安市宏达建材有限公司').score).toBe(0.95);
    expect(scoreName('宏达建材', '宏达建材有限公司', '宏达建材', '泰安市宏达建材有限公司')).toMatchObject({ score: 0.8 });
    expect(scoreName('建材', '宏达建材有限公司', '建材', '泰安市宏达建材有限公司')).toMatchObject({ score: 0.7 });
    const near = scoreName('宏大建材有限公司', '宏达建材有限公司', '宏大建材有限公司', '泰安市宏达建材有限公司');
    expect(near.score).toBeLessThan(0.65);
    expect(near.explanation).toMatch(/^名称近似（字符相似度 \d+%），请核对统一社会信用代码$/);
  });
});
