// Official holiday arrangements (放假调休安排), as published by the State Council General Office in its
// yearly 《关于XXXX年部分节假日安排的通知》, one file per year under data/years/ (see data/years/index.ts
// for adding or replacing a year). This file collects them and holds the statutory day counts they are
// checked against.
//
// Every date of an official year was checked against the notice text (the clause is kept in `notice` so
// a reviewer can compare without leaving the file) and against the statutory day counts of 《全国年节及
// 纪念日放假办法》 (see `STATUTORY_DAYS` and data/holidays.test.ts). A year whose notice is not out yet
// ships as a `ProvisionalArrangement` (`provisional: true`): statutory days and their 补假 only, flagged.

import type { HolidayArrangement, StatutoryRule } from './types';
import * as YEARS from './years';

export type {
  Festival,
  HolidayArrangement,
  HolidayPeriod,
  NoticeAmendment,
  OfficialArrangement,
  ProvisionalArrangement,
  StatutoryRule,
} from './types';

/**
 * Statutory holiday days per festival, by revision of 《全国年节及纪念日放假办法》. The yearly notices
 * only move days around weekends: the weekdays off minus the weekend days worked equal these counts,
 * which data/holidays.test.ts checks for every break.
 */
export const STATUTORY_DAYS: readonly StatutoryRule[] = [
  {
    fromYear: 2014,
    source: '《全国年节及纪念日放假办法》（2013年12月11日国务院令第644号修订）',
    days: { 元旦: 1, 春节: 3, 清明节: 1, 劳动节: 1, 端午节: 1, 中秋节: 1, 国庆节: 3 },
  },
  {
    // 除夕 and 5月2日 became holidays: 春节 4 days, 劳动节 2 days, 13 in total.
    fromYear: 2025,
    source: '《全国年节及纪念日放假办法》（2024年11月10日国务院令第795号修订）',
    days: { 元旦: 1, 春节: 4, 清明节: 1, 劳动节: 2, 端午节: 1, 中秋节: 1, 国庆节: 3 },
  },
];

function collect(arrangements: readonly HolidayArrangement[]): readonly HolidayArrangement[] {
  const sorted = [...arrangements].sort((a, b) => a.year - b.year);
  sorted.forEach((a, i) => {
    if (i > 0 && sorted[i - 1]!.year === a.year) throw new Error(`Holiday data: two arrangements for ${a.year}`);
  });
  return sorted;
}

/** Every shipped arrangement, one per year, ascending. */
export const HOLIDAY_ARRANGEMENTS: readonly HolidayArrangement[] = collect(Object.values(YEARS));
