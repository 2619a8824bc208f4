import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_ARRANGEMENTS,
  STATUTORY_DAYS,
  type Festival,
  type HolidayArrangement,
  type HolidayPeriod,
  type OfficialArrangement,
  type ProvisionalArrangement,
} from './holidays';
import * as YEARS from './years';
import { dayFromCivil, dayOfWeek, formatDay, isWeekendDay, parseDay, yearOfDay } from '../dates';

const FESTIVALS: readonly Festival[] = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

function span(p: HolidayPeriod): number[] {
  const out: number[] = [];
  for (let d = parseDay(p.from); d <= parseDay(p.to); d++) out.push(d);
  return out;
}

function offDays(a: HolidayArrangement): number[] {
  return a.periods.flatMap(span);
}

function statutoryFor(year: number): Readonly<Record<Festival, number>> {
  return statutoryRuleFor(year).days;
}

function statutoryRuleFor(year: number): (typeof STATUTORY_DAYS)[number] {
  const rule = [...STATUTORY_DAYS].reverse().find((r) => r.fromYear <= year);
  if (!rule) throw new Error(`no statutory rule for ${year}`);
  return rule;
}

const OFFICIAL = HOLIDAY_ARRANGEMENTS.filter((a): a is OfficialArrangement => !a.provisional);
const PROVISIONAL = HOLIDAY_ARRANGEMENTS.filter((a): a is ProvisionalArrangement => a.provisional);

// Statutory holiday dates fixed by the Chinese calendar (农历 and the 清明 solar term), independent of
// the notices: each must lie inside the break the notice gives its festival. Computed with
// lunar-javascript 1.7.7 and checked against astronomy-engine 2.1.19 (new moons and solar longitudes in
// Beijing time); 2027's 正月初一 rests on a new moon at 23:56 on 2-06, see data/years/2027.ts.
const LUNAR_AND_SOLAR_TERM_DATES: Record<number, { 春节初一: string; 清明节: string; 端午节: string; 中秋节: string }> = {
  2019: { 春节初一: '2019-02-05', 清明节: '2019-04-05', 端午节: '2019-06-07', 中秋节: '2019-09-13' },
  2020: { 春节初一: '2020-01-25', 清明节: '2020-04-04', 端午节: '2020-06-25', 中秋节: '2020-10-01' },
  2021: { 春节初一: '2021-02-12', 清明节: '2021-04-04', 端午节: '2021-06-14', 中秋节: '2021-09-21' },
  2022: { 春节初一: '2022-02-01', 清明节: '2022-04-05', 端午节: '2022-06-03', 中秋节: '2022-09-10' },
  2023: { 春节初一: '2023-01-22', 清明节: '2023-04-05', 端午节: '2023-06-22', 中秋节: '2023-09-29' },
  2024: { 春节初一: '2024-02-10', 清明节: '2024-04-04', 端午节: '2024-06-10', 中秋节: '2024-09-17' },
  2025: { 春节初一: '2025-01-29', 清明节: '2025-04-04', 端午节: '2025-05-31', 中秋节: '2025-10-06' },
  2026: { 春节初一: '2026-02-17', 清明节: '2026-04-05', 端午节: '2026-06-19', 中秋节: '2026-09-25' },
  2027: { 春节初一: '2027-02-06', 清明节: '2027-04-05', 端午节: '2027-06-09', 中秋节: '2027-09-15' },
};

/** The statutory days off of one festival in `year`, by the rule in force (《全国年节及纪念日放假办法》 art. 2). */
function statutoryDates(year: number, festival: Festival): number[] {
  const dates = LUNAR_AND_SOLAR_TERM_DATES[year];
  if (!dates) throw new Error(`no lunar dates for ${year}: add the year to LUNAR_AND_SOLAR_TERM_DATES`);
  const chuyi = parseDay(dates.春节初一);
  const run = (first: number, n: number): number[] => Array.from({ length: n }, (_, i) => first + i);
  const n = statutoryFor(year)[festival];
  switch (festival) {
    case '元旦':
      return [dayFromCivil(year, 1, 1)];
    case '春节':
      // 初一 to 初三; 除夕 too from 2025 (国务院令第795号). The 2024 除夕 was only encouraged leave.
      return n === 4 ? run(chuyi - 1, 4) : run(chuyi, 3);
    case '清明节':
      return [parseDay(dates.清明节)];
    case '劳动节':
      return run(dayFromCivil(year, 5, 1), n);
    case '端午节':
      return [parseDay(dates.端午节)];
    case '中秋节':
      return [parseDay(dates.中秋节)];
    case '国庆节':
      return run(dayFromCivil(year, 10, 1), 3);
  }
}

// Reading the notice's own words back into dates, to check the structured fields against them.
interface Mention {
  readonly day: number;
  /** Weekday the notice prints in brackets (0 = 日 … 6 = 六), when it prints one. */
  readonly weekday?: number;
}
const WEEKDAY_CHARS = '日一二三四五六';

function mentions(sentence: string, year: number): Mention[] {
  const out: Mention[] = [];
  let y = year;
  let m: number | undefined;
  for (const match of sentence.matchAll(/(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?/g)) {
    if (match[1]) y = Number(match[1]);
    if (match[2]) m = Number(match[2]);
    if (m === undefined) throw new Error(`no month before ${match[0]} in ${sentence}`);
    const wd = match[4]?.match(/(?:星期|周)([日一二三四五六])/)?.[1];
    out.push({ day: dayFromCivil(y, m, Number(match[3])), ...(wd ? { weekday: WEEKDAY_CHARS.indexOf(wd) } : {}) });
  }
  return out;
}

interface Parsed {
  from: number;
  to: number;
  workdays: number[];
  all: Mention[];
}

function parseClause(text: string, year: number): Parsed {
  let from: number | undefined;
  let to: number | undefined;
  const workdays: number[] = [];
  const all: Mention[] = [];
  for (const sentence of text.split('。').filter((s) => s.trim() !== '')) {
    const ms = mentions(sentence, year);
    all.push(...ms);
    if (sentence.includes('上班')) {
      workdays.push(...ms.map((x) => x.day));
    } else if (sentence.includes('放假')) {
      const first = ms[0];
      if (!first) throw new Error(`no date in ${sentence}`);
      if (sentence.includes('至')) {
        expect(ms).toHaveLength(2);
        from = first.day;
        to = ms[1]!.day;
      } else {
        expect(ms).toHaveLength(1);
        from = first.day;
        to = first.day;
        if (sentence.includes('连休')) {
          // "与周末连休": the break runs on through the adjoining weekend.
          while (isWeekendDay(from - 1)) from--;
          while (isWeekendDay(to + 1)) to++;
        }
      }
      const days = sentence.match(/(?:共|放假)(\d+)天/)?.[1];
      if (days) expect(to - from + 1, sentence).toBe(Number(days));
    }
  }
  if (from === undefined || to === undefined) throw new Error(`no 放假 sentence in ${text}`);
  return { from, to, workdays, all };
}

describe('holiday arrangements data', () => {
  it('has every year 2019–2027 exactly once, in order; only 2027 is provisional', () => {
    expect(HOLIDAY_ARRANGEMENTS.map((a) => a.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(PROVISIONAL.map((a) => a.year)).toEqual([2027]);
  });

  it('collects exactly one file per year: data/years/YYYY.ts exports ARRANGEMENT_YYYY for year YYYY', () => {
    const files = readdirSync(new URL('./years', import.meta.url))
      .filter((f) => /^\d{4}\.ts$/.test(f))
      .sort();
    const exported = Object.entries(YEARS).map(([name, a]) => [name, a.year]);
    expect(exported.sort()).toEqual(files.map((f) => [`ARRANGEMENT_${f.slice(0, 4)}`, Number(f.slice(0, 4))]));
  });

  it.each(OFFICIAL)('$year: cites its notice', (a) => {
    expect(a.title).toBe(`国务院办公厅关于${a.year}年部分节假日安排的通知`);
    // Notices are numbered in the year they are issued, the year before the arrangement.
    expect(a.docNo).toMatch(new RegExp(`^国办发明电〔${a.year - 1}〕\\d+号$`));
    expect(yearOfDay(parseDay(a.issued))).toBe(a.year - 1);
    expect(a.source).toContain(a.title);
    expect(a.source).toContain(a.docNo);
    for (const p of a.periods) {
      expect(parseDay(a.issued)).toBeLessThan(parseDay(p.from));
      if (p.amendment) {
        expect(a.source).toContain(p.amendment.docNo);
        expect(parseDay(p.amendment.issued)).toBeLessThan(parseDay(p.to));
      }
    }
  });

  it.each(HOLIDAY_ARRANGEMENTS)('$year: names each of the seven festivals exactly once', (a) => {
    const named = a.periods.flatMap((p) => p.festivals);
    expect([...named].sort()).toEqual([...FESTIVALS].sort());
    for (const p of a.periods) expect(p.name.split('、').sort()).toEqual([...p.festivals].sort());
  });

  it.each(HOLIDAY_ARRANGEMENTS)('$year: breaks are well-formed, in order and in their year', (a) => {
    let previousEnd = -Infinity;
    for (const p of a.periods) {
      const from = parseDay(p.from);
      const to = parseDay(p.to);
      expect(formatDay(from)).toBe(p.from);
      expect(to).toBeGreaterThanOrEqual(from);
      expect(to - from + 1).toBeLessThanOrEqual(10); // the longest ever: 2020 春节 with the COVID-19 extension
      expect(from).toBeGreaterThan(previousEnd);
      previousEnd = to;
      for (const d of span(p)) {
        if (yearOfDay(d) === a.year) continue;
        // Only 元旦 may start in the last days of the previous December (2019, 2023, 2024 notices).
        expect(p.festivals).toEqual(['元旦']);
        expect(d).toBeGreaterThanOrEqual(dayFromCivil(a.year - 1, 12, 29));
      }
    }
  });

  it.each(HOLIDAY_ARRANGEMENTS)('$year: adjusted working days are Saturdays or Sundays near their break', (a) => {
    for (const p of a.periods) {
      expect([...p.workdays].sort()).toEqual(p.workdays);
      for (const w of p.workdays) {
        const d = parseDay(w);
        expect(formatDay(d)).toBe(w);
        // Never a day of the break itself.
        expect(d < parseDay(p.from) || d > parseDay(p.to), `${w} inside ${p.from}..${p.to}`).toBe(true);
        expect(isWeekendDay(d), `${w} is a ${dayOfWeek(d)}`).toBe(true);
        // 调休 borrows the weekend just before or just after the break.
        expect(d < parseDay(p.from) ? parseDay(p.from) - d : d - parseDay(p.to)).toBeGreaterThan(0);
        expect(d < parseDay(p.from) ? parseDay(p.from) - d : d - parseDay(p.to)).toBeLessThanOrEqual(14);
      }
    }
  });

  it('never lists a date twice, nor as both off and working', () => {
    const seen = new Map<number, string>();
    for (const a of HOLIDAY_ARRANGEMENTS) {
      for (const p of a.periods) {
        for (const d of [...span(p), ...p.workdays.map(parseDay)]) {
          expect(seen.get(d), `${formatDay(d)} in ${a.year} ${p.name}`).toBeUndefined();
          seen.set(d, `${a.year} ${p.name}`);
        }
      }
    }
  });

  // Sanity bounds on the days off listed per year (weekends inside breaks included). The two golden
  // weeks alone give 14 days and 劳动节 4–5 more since 2019; 元旦, 清明节, 端午节 and 中秋节 give 1–3
  // each, so real years sit between 27 (2023) and 33 (2026). 25..40 flags a dropped or duplicated
  // break without breaking on the next ordinary arrangement.
  it.each(OFFICIAL)('$year: lists between 25 and 40 days off', (a) => {
    const n = offDays(a).length;
    expect(n).toBeGreaterThanOrEqual(25);
    expect(n).toBeLessThanOrEqual(40);
  });

  // The notices only move statutory days around weekends: for each break, weekdays off minus weekend
  // days worked equals its statutory days. The one exception is the 2020 Spring Festival, extended by
  // 国办发明电〔2020〕1号 for COVID-19 (Friday 1-31 off and Saturday 2-1 no longer worked: +2).
  const EXTRA_DAYS: Record<string, number> = { '2020 春节': 2 };
  it.each(HOLIDAY_ARRANGEMENTS)('$year: each break gives exactly its statutory days', (a) => {
    const statutory = statutoryFor(a.year);
    let total = 0;
    for (const p of a.periods) {
      const net = span(p).filter((d) => !isWeekendDay(d)).length - p.workdays.length;
      const expected = p.festivals.reduce((sum, f) => sum + statutory[f], 0) + (EXTRA_DAYS[`${a.year} ${p.name}`] ?? 0);
      expect(net, `${a.year} ${p.name}`).toBe(expected);
      total += net;
    }
    expect(total).toBe((a.year >= 2025 ? 13 : 11) + (a.year === 2020 ? 2 : 0));
  });

  it.each(HOLIDAY_ARRANGEMENTS)('$year: statutory days fixed by the Chinese calendar fall in their break', (a) => {
    for (const festival of FESTIVALS) {
      const p = a.periods.find((x) => x.festivals.includes(festival))!;
      const dates = statutoryDates(a.year, festival);
      expect(dates).toHaveLength(statutoryFor(a.year)[festival]);
      for (const date of dates) {
        expect(date, `${festival} ${formatDay(date)}`).toBeGreaterThanOrEqual(parseDay(p.from));
        expect(date, `${festival} ${formatDay(date)}`).toBeLessThanOrEqual(parseDay(p.to));
      }
    }
  });

  it('spells out the lunar dates of 2019–2027 (除夕 is the day before 初一)', () => {
    expect(Object.keys(LUNAR_AND_SOLAR_TERM_DATES).map(Number)).toEqual(HOLIDAY_ARRANGEMENTS.map((a) => a.year));
    expect(statutoryDates(2027, '春节').map(formatDay)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(statutoryDates(2024, '春节').map(formatDay)).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
  });

  // A provisional year holds what the law fixes and nothing a notice would decide: each break is its
  // statutory days (art. 2 of the rule in force) followed by one weekday off for each of them that falls
  // on a weekend (art. 6, 补假), with no weekend worked and no bridge day.
  it.each(PROVISIONAL)('$year (provisional): statutory days and their art. 6 补假 only, nothing else', (a) => {
    expect(a.provisional).toBe(true);
    expect(a.awaiting).toBe(`国务院办公厅关于${a.year}年部分节假日安排的通知`);
    expect(a.title).toContain('暂定');
    expect(a.source).toContain(statutoryRuleFor(a.year).source);
    expect(a.note).toContain('替换');
    expect(a.periods.map((p) => p.festivals)).toEqual(FESTIVALS.map((f) => [f]));
    for (const p of a.periods) {
      const festival = p.festivals[0]!;
      const statutory = statutoryDates(a.year, festival);
      let made = statutory.filter(isWeekendDay).length;
      let last = statutory[statutory.length - 1]!;
      while (made > 0) {
        last++;
        if (!isWeekendDay(last)) made--;
      }
      expect([p.from, p.to], `${a.year} ${festival}`).toEqual([formatDay(statutory[0]!), formatDay(last)]);
      expect(p.workdays).toEqual([]);
      expect(p.amendment).toBeUndefined();
    }
  });

  it('ships 2027 as provisional, on the verified 2027 dates', () => {
    const a = HOLIDAY_ARRANGEMENTS.find((x) => x.year === 2027)!;
    expect(a.provisional).toBe(true);
    expect(a.periods.map((p) => [p.name, p.from, p.to, p.workdays])).toEqual([
      ['元旦', '2027-01-01', '2027-01-01', []],
      // 除夕 Friday 2-05 to 初三 Monday 2-08; 初一 and 初二 fall on the weekend: 补假 Tuesday and Wednesday.
      ['春节', '2027-02-05', '2027-02-10', []],
      ['清明节', '2027-04-05', '2027-04-05', []],
      // 5-01 and 5-02 are Saturday and Sunday: 补假 Monday 5-03 and Tuesday 5-04.
      ['劳动节', '2027-05-01', '2027-05-04', []],
      ['端午节', '2027-06-09', '2027-06-09', []],
      ['中秋节', '2027-09-15', '2027-09-15', []],
      // 10-02 and 10-03 are Saturday and Sunday: 补假 Monday 10-04 and Tuesday 10-05.
      ['国庆节', '2027-10-01', '2027-10-05', []],
    ]);
  });

  it.each(HOLIDAY_ARRANGEMENTS)('$year: dates and weekdays agree with the notice text', (a) => {
    for (const p of a.periods) {
      const original = parseClause(p.notice, a.year);
      let expected = original;
      if (p.amendment) {
        if (p.amendment.text.includes('放假')) {
          expected = parseClause(p.amendment.text, a.year);
        } else {
          // An extension ("延长…至X日") moves the end; weekend days inside the longer break stop being worked.
          const ms = mentions(p.amendment.text.slice(p.amendment.text.indexOf('至')), a.year);
          const to = ms[0]!.day;
          expected = { ...original, to, workdays: original.workdays.filter((w) => w > to || w < original.from) };
          for (const m of mentions(p.amendment.text, a.year)) if (m.weekday !== undefined) expect(dayOfWeek(m.day)).toBe(m.weekday);
        }
      }
      expect(p.from, p.notice).toBe(formatDay(expected.from));
      expect(p.to, p.notice).toBe(formatDay(expected.to));
      expect(p.workdays, p.notice).toEqual(expected.workdays.map(formatDay));
      for (const m of [...original.all, ...expected.all]) {
        if (m.weekday !== undefined) expect(dayOfWeek(m.day), `${formatDay(m.day)} in ${p.notice}`).toBe(m.weekday);
      }
    }
  });

  it('ships the 2026 arrangement of 国办发明电〔2025〕7号 as published', () => {
    const a = HOLIDAY_ARRANGEMENTS.find((x) => x.year === 2026)!;
    expect(a.periods.map((p) => [p.name, p.from, p.to, p.workdays])).toEqual([
      ['元旦', '2026-01-01', '2026-01-03', ['2026-01-04']],
      ['春节', '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
      ['清明节', '2026-04-04', '2026-04-06', []],
      ['劳动节', '2026-05-01', '2026-05-05', ['2026-05-09']],
      ['端午节', '2026-06-19', '2026-06-21', []],
      ['中秋节', '2026-09-25', '2026-09-27', []],
      ['国庆节', '2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']],
    ]);
  });

  it('records the two amended years with their final effect', () => {
    const labour2019 = HOLIDAY_ARRANGEMENTS[0]!.periods.find((p) => p.name === '劳动节')!;
    expect(labour2019.amendment?.docNo).toBe('国办发明电〔2019〕3号');
    expect([labour2019.from, labour2019.to]).toEqual(['2019-05-01', '2019-05-04']);
    const spring2020 = HOLIDAY_ARRANGEMENTS[1]!.periods.find((p) => p.name === '春节')!;
    expect(spring2020.amendment?.docNo).toBe('国办发明电〔2020〕1号');
    expect([spring2020.from, spring2020.to, spring2020.workdays]).toEqual(['2020-01-24', '2020-02-02', ['2020-01-19']]);
  });
});
