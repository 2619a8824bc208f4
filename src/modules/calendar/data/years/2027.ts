// 2027: PROVISIONAL. 国务院办公厅关于2027年部分节假日安排的通知 was not found (searched for it when this
// file was written; the notice usually comes out in October–December of the year before), so this entry
// holds only what the law itself fixes:
//   - the statutory days of 《全国年节及纪念日放假办法》 as revised by 国务院令第795号 (in force
//     2025-01-01), art. 2: 元旦 1 day, 春节 4 (农历除夕至正月初三), 清明节 1, 劳动节 2 (5月1日、2日),
//     端午节 1, 中秋节 1, 国庆节 3 (10月1日至3日), on their 2027 dates;
//   - art. 6: a statutory day that falls on a Saturday or Sunday is made up on a working day
//     (应当在工作日补假). 2027 has six such days (2-06, 2-07, 5-01, 5-02, 10-02, 10-03); they are made up on
//     the working days right after the break, as the notices did when they gave single 补休 days (e.g.
//     2017 元旦 "1月2日（星期一）补休"). Which days the notice will pick is the one assumption here.
// Nothing else is guessed: no weekend is worked (调休上班) and no bridge day is added, so the real breaks
// will most likely be longer and some weekend days will become working days.
//
// Dates fixed by the Chinese calendar, computed and cross-checked (not taken from any holiday list):
//   春节: 正月初一 = 2027-02-06 (new moon 2027-02-06 15:56 UT = 23:56 Beijing time, 4 minutes before
//         midnight, so the day is 2-06, not 2-07); 除夕 = 2027-02-05;
//   清明: the sun reaches 15° ecliptic longitude on 2027-04-05 (08:17 Beijing time);
//   端午: 五月初五 = 2027-06-09 (五月 begins with the new moon of 2027-06-05; 2027 has no leap month);
//   中秋: 八月十五 = 2027-09-15 (八月 begins with the new moon of 2027-09-01).
// Computed with lunar-javascript 1.7.7 (寿星万年历 algorithms; it reproduces the 2019–2026 dates of
// data/holidays.test.ts) and checked against astronomy-engine 2.1.19 (new moons and solar terms).
//
// When the notice is published: replace this object with an OfficialArrangement (`provisional: false`,
// title, docNo, issued, source, and each clause verbatim in `notice`, as in 2026.ts), and update the
// 2027 expectations in calendar.test.ts and data/holidays.test.ts. The line in ./index.ts stays.
import type { ProvisionalArrangement } from '../types';

export const ARRANGEMENT_2027: ProvisionalArrangement = {
  year: 2027,
  provisional: true,
  title: '2027年法定节假日（暂定，待国务院办公厅通知发布后替换）',
  awaiting: '国务院办公厅关于2027年部分节假日安排的通知',
  source:
    '《全国年节及纪念日放假办法》（2024年11月10日国务院令第795号修订）第二条、第六条；农历及清明日期按天文算法推算（正月初一2027年2月6日，清明4月5日，端午6月9日，中秋9月15日）',
  note: '国务院办公厅关于2027年部分节假日安排的通知尚未收录。本安排仅含法定节假日及其适逢周末时的补假（按第六条，补在假期后的工作日），不含调休上班日，实际放假安排以通知为准；通知发布后须替换本文件。',
  periods: [
    {
      name: '元旦',
      festivals: ['元旦'],
      from: '2027-01-01',
      to: '2027-01-01',
      workdays: [],
      notice: '1月1日（周五）放假，共1天。',
    },
    {
      name: '春节',
      festivals: ['春节'],
      from: '2027-02-05',
      to: '2027-02-10',
      workdays: [],
      notice:
        '2月5日（农历除夕、周五）至10日（周三）放假，共6天。2月6日（农历正月初一、周六）、7日（农历正月初二、周日）适逢周末，于2月9日（周二）、10日（周三）补假。',
    },
    {
      name: '清明节',
      festivals: ['清明节'],
      from: '2027-04-05',
      to: '2027-04-05',
      workdays: [],
      notice: '4月5日（周一）放假，共1天。',
    },
    {
      name: '劳动节',
      festivals: ['劳动节'],
      from: '2027-05-01',
      to: '2027-05-04',
      workdays: [],
      notice: '5月1日（周六）至4日（周二）放假，共4天。5月1日（周六）、2日（周日）适逢周末，于5月3日（周一）、4日（周二）补假。',
    },
    {
      name: '端午节',
      festivals: ['端午节'],
      from: '2027-06-09',
      to: '2027-06-09',
      workdays: [],
      notice: '6月9日（农历端午、周三）放假，共1天。',
    },
    {
      name: '中秋节',
      festivals: ['中秋节'],
      from: '2027-09-15',
      to: '2027-09-15',
      workdays: [],
      notice: '9月15日（农历中秋、周三）放假，共1天。',
    },
    {
      name: '国庆节',
      festivals: ['国庆节'],
      from: '2027-10-01',
      to: '2027-10-05',
      workdays: [],
      notice: '10月1日（周五）至5日（周二）放假，共5天。10月2日（周六）、3日（周日）适逢周末，于10月4日（周一）、5日（周二）补假。',
    },
  ],
};
