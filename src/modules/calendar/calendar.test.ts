import { describe, expect, it } from 'vitest';
import {
  CALENDAR_YEARS,
  addWorkingDays,
  arrangementFor,
  calendarCovers,
  dayInfo,
  dueDate,
  holidayName,
  isProvisional,
  isWorkingDay,
  workingDaysBetween,
} from './index';
import { MAX_DAY, MIN_DAY, dayFromCivil, dayOfWeek, formatDay, parseDay, weekdaysBefore, yearOfDay } from './dates';

// Reference implementation: one day at a time, straight from the definitions, to check the fast paths.
function step(date: string, by: number): string {
  return formatDay(parseDay(date) + by);
}
function slowAdd(date: string, n: number): string {
  if (n === 0) return isWorkingDay(date) ? date : slowAdd(date, 1);
  const dir = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let d = date;
  while (left > 0) {
    d = step(d, dir);
    if (isWorkingDay(d)) left--;
  }
  return d;
}
function slowBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  let count = 0;
  for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d++) if (isWorkingDay(formatDay(d))) count++;
  return a <= b ? count : -count;
}

describe('dates', () => {
  it('round-trips day numbers and agrees with Date.UTC', () => {
    // Mismatches are collected rather than asserted one by one: 73,000 expect() calls would dominate the run.
    const wrong: string[] = [];
    for (let day = dayFromCivil(1899, 12, 1); day <= dayFromCivil(2101, 1, 31); day += 1) {
      const utc = new Date(day * 86_400_000);
      const iso = utc.toISOString().slice(0, 10);
      if (
        formatDay(day) !== iso ||
        parseDay(iso) !== day ||
        dayOfWeek(day) !== utc.getUTCDay() ||
        yearOfDay(day) !== utc.getUTCFullYear()
      ) {
        wrong.push(iso);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('spans years 0001–9999 exactly', () => {
    expect(parseDay('0001-01-01')).toBe(MIN_DAY);
    expect(parseDay('9999-12-31')).toBe(MAX_DAY);
    expect(formatDay(MIN_DAY)).toBe('0001-01-01');
    expect(() => formatDay(MAX_DAY + 1)).toThrow(RangeError);
    expect(() => formatDay(MIN_DAY - 1)).toThrow(RangeError);
  });

  it('counts weekdays in closed form', () => {
    const start = parseDay('2023-12-25');
    for (let len = 0; len < 40; len++) {
      let count = 0;
      for (let d = start; d < start + len; d++) if (dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6) count++;
      expect(weekdaysBefore(start + len) - weekdaysBefore(start)).toBe(count);
    }
  });

  it.each([
    '2024-2-04',
    '2024-02-4',
    '2024/02/04',
    '2024-02-30',
    '2023-02-29',
    '2100-02-29',
    '2024-13-01',
    '2024-00-10',
    '0000-01-01',
    '',
    ' 2024-02-04',
    '２０２４-02-04',
    '2024-02-04T00:00',
  ])('rejects malformed date %j with RangeError', (bad) => {
    expect(() => isWorkingDay(bad)).toThrow(RangeError);
    expect(() => addWorkingDays(bad, 1)).toThrow(RangeError);
    expect(() => workingDaysBetween(bad, '2024-02-04')).toThrow(RangeError);
    expect(() => workingDaysBetween('2024-02-04', bad)).toThrow(RangeError);
    expect(() => dueDate(bad, 3)).toThrow(RangeError);
    expect(() => calendarCovers(bad)).toThrow(RangeError);
    expect(() => holidayName(bad)).toThrow(RangeError);
  });

  it('rejects values that are not strings', () => {
    expect(() => isWorkingDay(20240204 as unknown as string)).toThrow(RangeError);
    expect(() => isWorkingDay(undefined as unknown as string)).toThrow(RangeError);
  });

  it('accepts leap days', () => {
    expect(isWorkingDay('2024-02-29')).toBe(true);
    expect(isWorkingDay('2000-02-29')).toBe(true); // a Tuesday, in a year on the Monday–Friday fallback
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2024-02-04', true, 'Sunday worked for 春节 2024'],
    ['2024-02-09', true, '除夕 2024 was only encouraged as leave, not a day off'],
    ['2024-02-12', false, 'Monday in 春节 2024'],
    ['2024-02-18', true, 'Sunday worked for 春节 2024'],
    ['2025-01-26', true, 'Sunday worked for 春节 2025'],
    ['2025-01-28', false, '除夕 2025, a statutory holiday since the 2024 revision'],
    ['2025-10-08', false, 'last day of 国庆节、中秋节 2025'],
    ['2026-01-02', false, 'Friday in 元旦 2026'],
    ['2026-01-04', true, 'Sunday worked for 元旦 2026'],
    ['2026-02-23', false, 'Monday, last day of 春节 2026'],
    ['2026-02-28', true, 'Saturday worked for 春节 2026'],
    ['2026-10-07', false, 'Wednesday, last day of 国庆节 2026'],
    ['2026-10-08', true, 'Thursday after 国庆节 2026 (the 2026 break ends on 10-07)'],
    ['2026-10-10', true, 'Saturday worked for 国庆节 2026'],
    ['2026-10-11', false, 'an ordinary Sunday'],
    ['2020-02-01', false, 'Saturday first scheduled as worked, then absorbed by the COVID-19 extension'],
    ['2020-01-31', false, 'Friday added by the COVID-19 extension'],
    ['2020-02-03', true, 'first working day after the extension'],
    ['2019-05-02', false, '劳动节 2019 as amended to 4 days'],
    ['2019-05-05', true, 'Sunday worked for the amended 劳动节 2019'],
    ['2023-03-15', true, 'an ordinary Wednesday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('honours the 2019 notice days that fall in December 2018', () => {
    expect(isWorkingDay('2018-12-29')).toBe(true); // Saturday
    expect(isWorkingDay('2018-12-31')).toBe(false); // Monday
    expect(calendarCovers('2018-12-31')).toBe(false);
  });

  it('falls back to Monday–Friday in years without an arrangement', () => {
    expect(calendarCovers('2028-10-02')).toBe(false);
    expect(isWorkingDay('2028-10-02')).toBe(true); // Monday: would be 国庆节, but 2028 is not shipped
    expect(isWorkingDay('2028-10-07')).toBe(false); // Saturday
    expect(isWorkingDay('2010-02-15')).toBe(true);
    expect(holidayName('2028-10-02')).toBeUndefined();
  });

  it.each([
    ['2027-01-01', false, '元旦 2027 (Friday)'],
    ['2027-02-04', true, 'Thursday before 春节 2027'],
    ['2027-02-05', false, '除夕 2027, Friday'],
    ['2027-02-08', false, '初三 2027, Monday'],
    ['2027-02-09', false, 'Tuesday: 补假 for 初一 on Saturday 2-06 (art. 6)'],
    ['2027-02-10', false, 'Wednesday: 补假 for 初二 on Sunday 2-07 (art. 6)'],
    ['2027-02-11', true, 'Thursday after the provisional 春节 2027'],
    ['2027-02-13', false, 'Saturday: no 调休上班 is assumed before the notice'],
    ['2027-04-05', false, '清明 2027, Monday'],
    ['2027-05-03', false, '补假 for 劳动节 5-01 (Saturday)'],
    ['2027-05-05', true, 'Wednesday after 劳动节 2027'],
    ['2027-06-09', false, '端午 2027, Wednesday'],
    ['2027-09-15', false, '中秋 2027, Wednesday'],
    ['2027-10-05', false, '补假 for 国庆节 10-03 (Sunday)'],
    ['2027-10-06', true, 'Wednesday after the provisional 国庆节 2027'],
  ])('provisional 2027: %s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});

describe('calendarCovers and isProvisional', () => {
  it('covers exactly the shipped years 2019–2027', () => {
    expect(CALENDAR_YEARS).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(calendarCovers('2019-01-01')).toBe(true);
    expect(calendarCovers('2026-12-31')).toBe(true);
    expect(calendarCovers('2027-12-31')).toBe(true);
    expect(calendarCovers('2028-01-01')).toBe(false);
    const a2026 = arrangementFor(2026);
    expect(a2026 && !a2026.provisional ? a2026.docNo : undefined).toBe('国办发明电〔2025〕7号');
    expect(arrangementFor(2028)).toBeUndefined();
  });

  it('flags 2027 as provisional until its notice is shipped, and no other year', () => {
    expect(CALENDAR_YEARS.filter(isProvisional)).toEqual([2027]);
    expect(isProvisional(2026)).toBe(false);
    expect(isProvisional(2028)).toBe(false); // not covered at all: see calendarCovers
    expect(arrangementFor(2027)).toMatchObject({ provisional: true, awaiting: '国务院办公厅关于2027年部分节假日安排的通知' });
  });
});

describe('holidayName', () => {
  it('names the break, as the notice heads it', () => {
    expect(holidayName('2026-10-01')).toBe('国庆节');
    expect(holidayName('2026-02-15')).toBe('春节');
    expect(holidayName('2025-10-06')).toBe('国庆节、中秋节');
    expect(holidayName('2023-09-29')).toBe('中秋节、国庆节');
    expect(holidayName('2018-12-30')).toBe('元旦');
    expect(holidayName('2023-12-30')).toBe('元旦'); // the weekend the 2024 元旦 joins (与周末连休)
    expect(holidayName('2024-06-08')).toBe('端午节');
  });

  it('is undefined on ordinary days and on weekend days worked', () => {
    expect(holidayName('2026-10-10')).toBeUndefined();
    expect(holidayName('2024-02-04')).toBeUndefined();
    expect(holidayName('2024-02-09')).toBeUndefined();
    expect(holidayName('2024-03-02')).toBeUndefined();
  });

  it('dayInfo explains the classification', () => {
    expect(dayInfo('2024-02-04')).toEqual({
      date: '2024-02-04',
      working: true,
      weekend: true,
      adjustedFor: '春节',
      covered: true,
      provisional: false,
    });
    expect(dayInfo('2024-02-12')).toEqual({
      date: '2024-02-12',
      working: false,
      weekend: false,
      holiday: '春节',
      covered: true,
      provisional: false,
    });
    expect(dayInfo('2028-03-04')).toEqual({ date: '2028-03-04', working: false, weekend: true, covered: false, provisional: false });
  });

  it('dayInfo marks the days of a provisional year', () => {
    expect(dayInfo('2027-02-06')).toEqual({
      date: '2027-02-06',
      working: false,
      weekend: true,
      holiday: '春节',
      covered: true,
      provisional: true,
    });
    expect(dayInfo('2027-02-09')).toEqual({
      date: '2027-02-09',
      working: false,
      weekend: false,
      holiday: '春节',
      covered: true,
      provisional: true,
    });
    expect(dayInfo('2027-03-03')).toEqual({ date: '2027-03-03', working: true, weekend: false, covered: true, provisional: true });
    expect(holidayName('2027-10-04')).toBe('国庆节');
  });
});

describe('addWorkingDays', () => {
  it('skips 国庆节 2024 (10-01..10-07 off)', () => {
    // Monday 9-30 is not counted; 10-08, 10-09, 10-10 are the three working days.
    expect(addWorkingDays('2024-09-30', 3)).toBe('2024-10-10');
    expect(addWorkingDays('2024-09-27', 1)).toBe('2024-09-29'); // Sunday 9-29 is worked
    expect(addWorkingDays('2024-10-10', 2)).toBe('2024-10-12'); // Saturday 10-12 is worked
  });

  it('n = 0 gives the date itself on a working day, else the next working day', () => {
    expect(addWorkingDays('2024-03-06', 0)).toBe('2024-03-06');
    expect(addWorkingDays('2024-02-04', 0)).toBe('2024-02-04');
    expect(addWorkingDays('2024-02-10', 0)).toBe('2024-02-18');
    expect(addWorkingDays('2024-03-09', 0)).toBe('2024-03-11');
  });

  it('counts back with a negative n', () => {
    expect(addWorkingDays('2024-10-08', -1)).toBe('2024-09-30');
    expect(addWorkingDays('2024-10-08', -2)).toBe('2024-09-29');
    expect(addWorkingDays('2024-10-10', -3)).toBe('2024-09-30');
    expect(addWorkingDays('2024-02-19', -2)).toBe('2024-02-09'); // 2-18 (Sunday worked), then 2-09
  });

  it('agrees with a day-by-day count for every day of 2018-12..2028-01 and n in −15..15', () => {
    const last = parseDay('2028-01-31');
    const wrong: string[] = [];
    for (let day = parseDay('2018-12-01'); day <= last; day++) {
      const date = formatDay(day);
      for (let n = -15; n <= 15; n++) if (addWorkingDays(date, n) !== slowAdd(date, n)) wrong.push(`${date} ${n}`);
    }
    expect(wrong).toEqual([]);
  });

  it('handles long counts', () => {
    expect(addWorkingDays('2019-01-02', 1500)).toBe(slowAdd('2019-01-02', 1500));
    expect(addWorkingDays('2026-12-31', -1500)).toBe(slowAdd('2026-12-31', -1500));
    expect(addWorkingDays('2000-01-03', 5000)).toBe(slowAdd('2000-01-03', 5000));
  });

  it('is undone by the opposite count from a working day', () => {
    for (let day = parseDay('2019-01-01'); day <= parseDay('2026-12-31'); day += 3) {
      const date = formatDay(day);
      if (!isWorkingDay(date)) continue;
      expect(addWorkingDays(addWorkingDays(date, 7), -7)).toBe(date);
    }
  });

  it('rejects counts that are not integers and results outside 0001–9999', () => {
    expect(() => addWorkingDays('2024-01-01', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-01-01', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-01-01', 1e12)).toThrow(RangeError);
    expect(() => addWorkingDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('0001-01-01', -1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts (from, to]: Friday decision, received the next Wednesday = 3 working days', () => {
    expect(workingDaysBetween('2024-03-01', '2024-03-06')).toBe(3);
    expect(workingDaysBetween('2024-03-01', '2024-03-01')).toBe(0);
    expect(workingDaysBetween('2024-03-01', '2024-03-02')).toBe(0);
    expect(workingDaysBetween('2024-03-06', '2024-03-01')).toBe(-3);
  });

  it('skips holidays and counts weekend days worked', () => {
    expect(workingDaysBetween('2024-09-30', '2024-10-10')).toBe(3);
    expect(workingDaysBetween('2024-09-27', '2024-10-08')).toBe(3); // 9-29 (Sunday worked), 9-30, 10-08
    expect(workingDaysBetween('2026-02-13', '2026-03-02')).toBe(7); // 2-14, 2-24..2-27, 2-28, 3-02
  });

  it('matches dueDate: received by the due date iff within N working days', () => {
    const decided = '2025-01-24';
    const due = dueDate(decided, 7);
    expect(workingDaysBetween(decided, due)).toBe(7);
    expect(workingDaysBetween(decided, addWorkingDays(due, 1))).toBe(8);
  });

  it('agrees with a day-by-day count', () => {
    const start = parseDay('2018-11-01');
    let seed = 12345;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const wrong: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const a = formatDay(start + Math.floor(rand() * 3100));
      const b = formatDay(start + Math.floor(rand() * 3100));
      if (workingDaysBetween(a, b) !== slowBetween(a, b)) wrong.push(`${a} ${b}`);
    }
    expect(wrong).toEqual([]);
  });

  it('spans decades in constant time', () => {
    expect(workingDaysBetween('2001-01-01', '2031-01-01')).toBe(slowBetween('2001-01-01', '2031-01-01'));
  });

  it('runs 1,000,000 ten-day counts in under 2 s', () => {
    const pairs: [string, string][] = [];
    for (let day = parseDay('2019-01-01'); pairs.length < 1000; day += 3) pairs.push([formatDay(day), formatDay(day + 10)]);
    let sink = 0;
    const t0 = performance.now();
    for (let i = 0; i < 1_000_000; i++) {
      const p = pairs[i % 1000]!;
      sink += workingDaysBetween(p[0], p[1]);
    }
    const ms = performance.now() - t0;
    expect(sink).toBeGreaterThan(0);
    expect(ms).toBeLessThan(2000);
  });
});

describe('dueDate', () => {
  it('counts from the day after start, across 春节', () => {
    // 2025: decision Friday 1-24; 1-26 (Sunday worked), 1-27, [1-28..2-04 off], 2-05, 2-06, 2-07, 2-08 (Saturday worked), 2-10.
    expect(dueDate('2025-01-24', 7)).toBe('2025-02-10');
    // 2024: objection received Thursday 2-08; 2-09, [2-10..2-17 off], 2-18 (Sunday worked), 2-19.
    expect(dueDate('2024-02-08', 3)).toBe('2024-02-19');
    // 2026: received Friday 2-13; 2-14 (Saturday worked), [2-15..2-23 off], 2-24, 2-25.
    expect(dueDate('2026-02-13', 3)).toBe('2026-02-25');
  });

  it('equals addWorkingDays and rejects negative or fractional counts', () => {
    expect(dueDate('2024-09-30', 3)).toBe(addWorkingDays('2024-09-30', 3));
    expect(dueDate('2024-02-10', 0)).toBe('2024-02-18');
    expect(() => dueDate('2024-01-01', -1)).toThrow(RangeError);
    expect(() => dueDate('2024-01-01', 2.5)).toThrow(RangeError);
  });
});

// Objection deadlines (山东省社会信用条例 art. 39: 3 working days in the platform's own remit, 7 when the
// provider must verify) and the 7-working-day 双公示 window, across the two long breaks of each year.
// Every expectation is spelled out day by day from the notice, not computed.
describe('deadlines around 春节 and 国庆节', () => {
  it.each([
    // [received on, 3 working days, 7 working days, why]
    // 2024: 2-10..2-17 off; Sunday 2-04 and Sunday 2-18 worked; 除夕 2-09 is a working day.
    ['2024-02-09', '2024-02-20', '2024-02-26', '春节 2024: 2-18 (Sunday worked), 2-19, 2-20 … 2-23, 2-26'],
    // 2025: 1-28..2-04 off; Sunday 1-26 and Saturday 2-08 worked.
    ['2025-01-27', '2025-02-07', '2025-02-12', '春节 2025: 2-05, 2-06, 2-07, 2-08 (Saturday worked), 2-10 … 2-12'],
    // 2026: 2-15..2-23 off; Saturdays 2-14 and 2-28 worked. The last working day before it is Saturday 2-14.
    ['2026-02-14', '2026-02-26', '2026-03-03', '春节 2026: 2-24 … 2-27, 2-28 (Saturday worked), 3-02, 3-03'],
    ['2026-02-13', '2026-02-25', '2026-03-02', '春节 2026 from Friday 2-13: 2-14 (Saturday worked) counts first'],
    // 2025: 国庆节、中秋节 merged, 10-01..10-08 off (8 days); Sunday 9-28 and Saturday 10-11 worked.
    ['2025-09-30', '2025-10-11', '2025-10-16', '国庆 2025: 10-09, 10-10, 10-11 (Saturday worked), 10-13 … 10-16'],
    ['2025-09-26', '2025-09-30', '2025-10-13', '国庆 2025 from Friday 9-26: 9-28 (Sunday worked), 9-29, 9-30, then 10-09'],
    // 2026: 10-01..10-07 off; Sunday 9-20 and Saturday 10-10 worked.
    ['2026-09-30', '2026-10-10', '2026-10-15', '国庆 2026: 10-08, 10-09, 10-10 (Saturday worked), 10-12 … 10-15'],
    // 2027, provisional (statutory days and art. 6 补假 only): 春节 2-05..2-10, 劳动节 5-01..5-04, 国庆节 10-01..10-05.
    ['2027-02-04', '2027-02-15', '2027-02-19', '春节 2027 (provisional): 2-11, 2-12, 2-15 … 2-19'],
    ['2027-04-30', '2027-05-07', '2027-05-13', '劳动节 2027 (provisional): 5-05, 5-06, 5-07, 5-10 … 5-13'],
    ['2027-09-30', '2027-10-08', '2027-10-14', '国庆 2027 (provisional): 10-06, 10-07, 10-08, 10-11 … 10-14'],
    // Across the year end into the provisional year: 元旦 2027 is Friday 1-01.
    ['2026-12-31', '2027-01-06', '2027-01-12', '元旦 2027 (provisional): 1-04, 1-05, 1-06 … 1-12'],
  ])('received %s: due %s (3) and %s (7) — %s', (received, due3, due7) => {
    expect(dueDate(received, 3)).toBe(due3);
    expect(dueDate(received, 7)).toBe(due7);
    expect(workingDaysBetween(received, due3)).toBe(3);
    expect(workingDaysBetween(received, due7)).toBe(7);
    // The due date is the first day to reach the count, and a working day.
    expect(workingDaysBetween(received, step(due3, -1))).toBe(2);
    expect(isWorkingDay(due3) && isWorkingDay(due7)).toBe(true);
    expect(slowAdd(received, 3)).toBe(due3);
    expect(slowAdd(received, 7)).toBe(due7);
  });

  it('counts a 调休 Saturday as a working day and a weekday in the break as none', () => {
    expect(isWorkingDay('2026-02-28')).toBe(true); // Saturday worked for 春节 2026
    expect(workingDaysBetween('2026-02-27', '2026-02-28')).toBe(1);
    expect(workingDaysBetween('2026-02-27', '2026-03-01')).toBe(1); // Sunday 3-01 is an ordinary Sunday
    expect(isWorkingDay('2025-10-11')).toBe(true); // Saturday worked for 国庆节、中秋节 2025
    expect(addWorkingDays('2025-10-10', 1)).toBe('2025-10-11');
    expect(workingDaysBetween('2025-09-30', '2025-10-08')).toBe(0); // the whole 8-day break
    expect(workingDaysBetween('2026-02-14', '2026-02-23')).toBe(0); // the whole 9-day break
  });

  it('publishes within 7 working days: a decision of the last day before National Day 2025', () => {
    // 双公示: decided Tuesday 9-30, due 10-16; published on 10-16 is in time, on 10-17 is late.
    expect(workingDaysBetween('2025-09-30', '2025-10-16')).toBe(7);
    expect(workingDaysBetween('2025-09-30', '2025-10-17')).toBe(8);
  });
});

describe('workingDaysBetween and addWorkingDays are inverse', () => {
  it('from every day of 2018-12..2027-12, for n in 0..25', () => {
    const wrong: string[] = [];
    for (let day = parseDay('2018-12-01'); day <= parseDay('2027-12-31'); day++) {
      const date = formatDay(day);
      for (let n = 1; n <= 25; n++) {
        const later = addWorkingDays(date, n);
        // n working days after `date` lie in (date, later], and later is the first day that reaches n.
        if (workingDaysBetween(date, later) !== n || workingDaysBetween(date, step(later, -1)) !== n - 1) wrong.push(`${date} +${n}`);
        // Counting back from a working day undoes it exactly.
        if (isWorkingDay(date) && addWorkingDays(later, -n) !== date) wrong.push(`${date} +${n} −${n}`);
      }
      // And the other way round: the working days up to a working day, added back, land on it.
      const target = step(date, 40);
      if (isWorkingDay(target) && addWorkingDays(date, workingDaysBetween(date, target)) !== target) wrong.push(`${date} → ${target}`);
    }
    expect(wrong).toEqual([]);
  });
});
