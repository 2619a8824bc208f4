import { describe, expect, it } from 'vitest';
import { cleanText, parseDate, parseDecimal } from './intake.values';

describe('parseDate', () => {
  it.each([
    ['2024/03/05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['2024-03-05 00:00:00', '2024-03-05'],
    ['２０２４／０３／０５', '2024-03-05'],
    ['45356', '2024-03-05'],
    ['2099/12/31', '2099-12-31'],
  ])('reads %s', (raw, iso) => expect(parseDate(raw)).toBe(iso));

  it.each(['2024/02/30', '2023/13/01', '20241301', 'yesterday', '', '12345', '1899/12/31'])('rejects %s', (raw) =>
    expect(parseDate(raw)).toBeUndefined(),
  );
});

describe('parseDecimal', () => {
  it('canonicalises plain numbers and refuses anything else', () => {
    expect(parseDecimal('0.20')).toBe('0.2');
    expect(parseDecimal('1,500')).toBe('1500');
    expect(parseDecimal('007')).toBe('7');
    expect(parseDecimal('-3')).toBe('-3');
    expect(parseDecimal('2千元')).toBeUndefined();
    expect(parseDecimal('1e5')).toBeUndefined();
  });
});

describe('cleanText', () => {
  it('drops zero-width and control characters and trims', () => {
    expect(cleanText('\ufeff 泰安\u200b建材\u0007 ')).toBe('泰安建材');
  });
});
