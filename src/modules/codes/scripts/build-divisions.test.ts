import { existsSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { DIVISIONS_JSON_PATH, buildDivisions, parseDivisionsCsv, serializeDivisions } from './build-divisions';

const SAMPLE = [
  '\uFEFF代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码',
  '370900,山东省,泰安市,泰安市,地级,在用,1985,,',
  '370911,山东省,泰安市,岱岳区,县级,在用,2000,,',
  '370911,山东省,泰安市,郊区,县级,变更,1985,2000,370911',
  '372601,山东省,泰安地区,泰安市,县级,弃用,1982,1985,370902;370911',
  '372600,山东省,泰安地区,泰安地区,地级,弃用,1981,1985,',
  '379005,山东省,直辖,新泰市,县级,弃用,1986,1990,370982',
  '372927,山东省,菏泽地区,梁山县,县级,弃用,1981,1989,370923[1985];370832',
  '',
].join('\r\n');

describe('build-divisions', () => {
  it('turns CSV rows into compact rows, grouping codes that appear several times', () => {
    const data = buildDivisions(parseDivisionsCsv(SAMPLE));
    expect(data).toEqual({
      '370900': ['泰安市', 1985, null],
      '370911': [
        ['岱岳区', 2000, null],
        ['郊区', 1985, 2000, '370911'],
      ],
      '372601': ['泰安市', 1982, 1985, '370902;370911'],
      '372600': ['泰安地区', 1981, 1985],
      '379005': ['新泰市', 1986, 1990, '370982'],
      // No 372900 row in the sample, so the parent differs from the derived one and is stored.
      '372927': ['梁山县', 1981, 1989, '370923[1985];370832', '菏泽地区'],
    });
  });

  it('serialises one code per line as valid JSON', () => {
    const text = serializeDivisions(buildDivisions(parseDivisionsCsv(SAMPLE)));
    expect(text.split('\n')[1]).toBe('"370900":["泰安市",1985,null],');
    expect(Object.keys(JSON.parse(text) as object)).toHaveLength(6);
  });

  it('rejects a file it does not understand', () => {
    expect(() => parseDivisionsCsv('code,name\n1,2')).toThrow(/unexpected header/);
    expect(() => parseDivisionsCsv(`${SAMPLE}\n"370902",x`)).toThrow(/cannot parse/);
  });

  const csvPath = '/work/shared/reference/divisions.csv';
  it.skipIf(!existsSync(csvPath))('the committed JSON is up to date with the reference CSV', () => {
    const fresh = serializeDivisions(buildDivisions(parseDivisionsCsv(readFileSync(csvPath, 'utf8'))));
    expect(readFileSync(DIVISIONS_JSON_PATH, 'utf8') === fresh).toBe(true);
  });
});
