import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPersonName } from './subjects.mask';
import { nameGrams, normalizeName } from './subjects.names';

describe('normalizeName', () => {
  it('folds full width, brackets, spaces and case', () => {
    expect(normalizeName(' 泰安市（宏达） 建材 有限公司ＡＢＣ ')).toBe('泰安市(宏达)建材有限公司abc');
  });
});

describe('nameGrams', () => {
  it('gives the distinct two-character windows', () => {
    expect(nameGrams('泰安泰安')).toEqual(['泰安', '安泰']);
    expect(nameGrams('泰')).toEqual([]);
  });
});

describe('masking', () => {
  it('keeps the first six and last four characters of an ID number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('610104620927690')).toBe('610104*****7690');
  });

  it('keeps only the surname of a person', () => {
    expect(maskPersonName('张三丰')).toBe('张**');
  });
});
