import { describe, expect, it } from 'vitest';
import { highlightRanges, keyBody, planNameSearch, searchKey } from './subjects.search';

describe('searchKey', () => {
  it('folds width, brackets, spaces and case', () => {
    expect(searchKey('泰安市 （宏达）建材有限公司')).toBe(searchKey('泰安市(宏达)建材有限公司'));
    expect(searchKey('泰安ＡＢＣ 建材有限公司')).toBe('abc建材有限公司');
    expect(searchKey('宏达　建材')).toBe('宏达建材');
  });

  it('treats 有限责任公司 as 有限公司 and 股份有限公司 as 股份公司, keeping 股份 apart from 有限', () => {
    expect(searchKey('泰安宏达建材有限责任公司')).toBe('宏达建材有限公司');
    expect(searchKey('泰安宏达建材股份有限公司')).toBe('宏达建材股份公司');
    expect(searchKey('宏达建材股份公司')).not.toBe(searchKey('宏达建材有限公司'));
  });

  it('drops the city prefix and a bracketed city, but never down to less than two characters', () => {
    for (const name of ['泰安市宏达建材有限公司', '泰安宏达建材有限公司', '山东省泰安市宏达建材有限公司', '宏达（泰安）建材有限公司']) {
      expect(searchKey(name)).toBe('宏达建材有限公司');
    }
    expect(searchKey('泰安市')).toBe('泰安市');
    expect(searchKey('泰安宏')).toBe('泰安宏');
    expect(searchKey('山东宏达建材有限公司')).toBe('山东宏达建材有限公司');
  });

  it('strips the company-form suffix for the exact-match body', () => {
    expect(keyBody(searchKey('泰安宏达建材有限责任公司'))).toBe('宏达建材');
    expect(keyBody('宏达集团有限公司')).toBe('宏达');
  });
});

describe('planNameSearch', () => {
  it('refuses fewer than two characters, sends two to the bigram index and more to trigrams', () => {
    expect(planNameSearch('  ').mode).toBe('too_short');
    expect(planNameSearch('宏').mode).toBe('too_short');
    expect(planNameSearch('（宏）').mode).toBe('too_short');
    expect(planNameSearch('建材')).toMatchObject({ mode: 'bigram', key: '建材', grams: ['建材'] });
    expect(planNameSearch('泰安市宏达')).toMatchObject({ mode: 'bigram', key: '宏达' });
    expect(planNameSearch('宏达建材')).toEqual({ mode: 'trigram', key: '宏达建材', body: '宏达建材' });
  });

  it('answers a query that is only the city over the full names', () => {
    expect(planNameSearch('泰安市')).toMatchObject({ mode: 'bigram', term: '泰安市', grams: ['泰安', '安市'] });
  });
});

describe('highlightRanges', () => {
  const slices = (name: string, q: string) => highlightRanges(name, q).map((r) => name.slice(r.start, r.end));

  it('marks the matched part of the original name, across folded characters', () => {
    expect(slices('泰安市宏达建材有限公司', '宏达建材')).toEqual(['宏达建材']);
    expect(slices('泰安市（宏达）建材有限公司', '宏达 建材')).toEqual(['宏达', '建材']);
    expect(slices('泰安宏达建材有限责任公司', '宏达建材有限公司')).toEqual(['宏达建材有限责任公司']);
    expect(slices('泰安宏达建材有限公司', '泰安市')).toEqual([]);
    expect(slices('泰安宏达建材有限公司', '泰安')).toEqual(['泰安']);
  });

  it('marks shared two-character windows for a fuzzy hit', () => {
    expect(slices('泰安宏达建材有限公司', '宏达建才')).toEqual(['宏达建']);
  });
});
