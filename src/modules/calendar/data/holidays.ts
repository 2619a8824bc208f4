// Official holiday arrangements (放假调休安排), one per year, as published by the State Council General
// Office in its yearly 《关于XXXX年部分节假日安排的通知》. This file is data: when the notice for a new
// year comes out (usually October–December), append one entry; nothing else changes.
//
// Every date below was checked against the notice text (the clause is kept in `notice` so a reviewer
// can compare without leaving the file) and against the statutory day counts of 《全国年节及纪念日放假
// 办法》 (see `STATUTORY_DAYS` and data/holidays.test.ts). No date is uncertain, so none carries `// [U]`.

/** The seven festivals that give every citizen days off (《全国年节及纪念日放假办法》 art. 2). */
export type Festival = '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节';

/** A later notice that changed part of a year's arrangement. */
export interface NoticeAmendment {
  readonly title: string;
  readonly docNo: string;
  /** Date the notice was signed. */
  readonly issued: string;
  /** The clause as amended, in the notice's words. */
  readonly text: string;
}

/** One break of the arrangement: a contiguous run of days off and the weekend days worked for it. */
export interface HolidayPeriod {
  /** Heading as the notice writes it, e.g. '国庆节、中秋节' when the two are merged. */
  readonly name: string;
  readonly festivals: readonly Festival[];
  /**
   * First and last day off, inclusive, 'YYYY-MM-DD'. When the notice says only "X日放假，与周末连休",
   * the span includes the adjoining weekend, because that is the break the notice announces.
   */
  readonly from: string;
  readonly to: string;
  /** Weekend days that are working days (调休上班) because of this break. */
  readonly workdays: readonly string[];
  /** The notice's clause for this break, as first published. */
  readonly notice: string;
  /** Present when a later notice changed the clause; `from`, `to` and `workdays` are the amended ones. */
  readonly amendment?: NoticeAmendment;
}

/** A year's arrangement as published by 国务院办公厅. */
export interface HolidayArrangement {
  readonly year: number;
  readonly title: string;
  readonly docNo: string;
  /** Date the notice was signed (成文日期). */
  readonly issued: string;
  /** Human-readable citation of the notice(s) the data comes from. */
  readonly source: string;
  readonly periods: readonly HolidayPeriod[];
}

/** Statutory days per festival under one revision of 《全国年节及纪念日放假办法》. */
export interface StatutoryRule {
  /** First arrangement year the revision applies to. */
  readonly fromYear: number;
  readonly source: string;
  readonly days: Readonly<Record<Festival, number>>;
}

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

export const HOLIDAY_ARRANGEMENTS: readonly HolidayArrangement[] = [
  {
    year: 2019,
    title: '国务院办公厅关于2019年部分节假日安排的通知',
    docNo: '国办发明电〔2018〕15号',
    issued: '2018-12-04',
    source:
      '国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号，2018年12月4日）；劳动节按国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号，2019年3月22日）',
    periods: [
      {
        // The 2019 notice starts in 2018: these three December days belong to it.
        name: '元旦',
        festivals: ['元旦'],
        from: '2018-12-30',
        to: '2019-01-01',
        workdays: ['2018-12-29'],
        notice: '2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。',
      },
      {
        name: '春节',
        festivals: ['春节'],
        from: '2019-02-04',
        to: '2019-02-10',
        workdays: ['2019-02-02', '2019-02-03'],
        notice: '2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。',
      },
      {
        name: '清明节',
        festivals: ['清明节'],
        from: '2019-04-05',
        to: '2019-04-07',
        workdays: [],
        notice: '4月5日放假，与周末连休。',
      },
      {
        name: '劳动节',
        festivals: ['劳动节'],
        from: '2019-05-01',
        to: '2019-05-04',
        workdays: ['2019-04-28', '2019-05-05'],
        notice: '5月1日放假。',
        amendment: {
          title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
          docNo: '国办发明电〔2019〕3号',
          issued: '2019-03-22',
          text: '2019年5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。',
        },
      },
      {
        name: '端午节',
        festivals: ['端午节'],
        from: '2019-06-07',
        to: '2019-06-09',
        workdays: [],
        notice: '6月7日放假，与周末连休。',
      },
      {
        name: '中秋节',
        festivals: ['中秋节'],
        from: '2019-09-13',
        to: '2019-09-15',
        workdays: [],
        notice: '9月13日放假，与周末连休。',
      },
      {
        name: '国庆节',
        festivals: ['国庆节'],
        from: '2019-10-01',
        to: '2019-10-07',
        workdays: ['2019-09-29', '2019-10-12'],
        notice: '10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。',
      },
    ],
  },
  {
    year: 2020,
    title: '国务院办公厅关于2020年部分节假日安排的通知',
    docNo: '国办发明电〔2019〕16号',
    issued: '2019-11-21',
    source:
      '国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号，2019年11月21日）；春节按国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号，2020年1月26日）',
    periods: [
      {
        name: '元旦',
        festivals: ['元旦'],
        from: '2020-01-01',
        to: '2020-01-01',
        workdays: [],
        notice: '2020年1月1日放假，共1天。',
      },
      {
        // Extended for COVID-19 to 2 February, so Saturday 1 February is no longer worked.
        name: '春节',
        festivals: ['春节'],
        from: '2020-01-24',
        to: '2020-02-02',
        workdays: ['2020-01-19'],
        notice: '1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。',
        amendment: {
          title: '国务院办公厅关于延长2020年春节假期的通知',
          docNo: '国办发明电〔2020〕1号',
          issued: '2020-01-26',
          text: '延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。',
        },
      },
      {
        name: '清明节',
        festivals: ['清明节'],
        from: '2020-04-04',
        to: '2020-04-06',
        workdays: [],
        notice: '4月4日至6日放假调休，共3天。',
      },
      {
        name: '劳动节',
        festivals: ['劳动节'],
        from: '2020-05-01',
        to: '2020-05-05',
        workdays: ['2020-04-26', '2020-05-09'],
        notice: '5月1日至5日放假调休，共5天。4月26日（星期日）、5月9日（星期六）上班。',
      },
      {
        name: '端午节',
        festivals: ['端午节'],
        from: '2020-06-25',
        to: '2020-06-27',
        workdays: ['2020-06-28'],
        notice: '6月25日至27日放假调休，共3天。6月28日（星期日）上班。',
      },
      {
        name: '国庆节、中秋节',
        festivals: ['国庆节', '中秋节'],
        from: '2020-10-01',
        to: '2020-10-08',
        workdays: ['2020-09-27', '2020-10-10'],
        notice: '10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。',
      },
    ],
  },
  {
    year: 2021,
    title: '国务院办公厅关于2021年部分节假日安排的通知',
    docNo: '国办发明电〔2020〕27号',
    issued: '2020-11-25',
    source: '国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号，2020年11月25日）',
    periods: [
      {
        name: '元旦',
        festivals: ['元旦'],
        from: '2021-01-01',
        to: '2021-01-03',
        workdays: [],
        notice: '2021年1月1日至3日放假，共3天。',
      },
      {
        name: '春节',
        festivals: ['春节'],
        from: '2021-02-11',
        to: '2021-02-17',
        workdays: ['2021-02-07', '2021-02-20'],
        notice: '2月11日至17日放假调休，共7天。2月7日（星期日）、2月20日（星期六）上班。',
      },
      {
        name: '清明节',
        festivals: ['清明节'],
        from: '2021-04-03',
        to: '2021-04-05',
        workdays: [],
        notice: '4月3日至5日放假调休，共3天。',
      },
      {
        name: '劳动节',
        festivals: ['劳动节'],
        from: '2021-05-01',
        to: '2021-05-05',
        workdays: ['2021-04-25', '2021-05-08'],
        notice: '5月1日至5日放假调休，共5天。4月25日（星期日）、5月8日（星期六）上班。',
      },
      {
        name: '端午节',
        festivals: ['端午节'],
        from: '2021-06-12',
        to: '2021-06-14',
        workdays: [],
        notice: '6月12日至14日放假，共3天。',
      },
      {
        name: '中秋节',
        festivals: ['中秋节'],
        from: '2021-09-19',
        to: '2021-09-21',
        workdays: ['2021-09-18'],
        notice: '9月19日至21日放假调休，共3天。9月18日（星期六）上班。',
      },
      {
        name: '国庆节',
        festivals: ['国庆节'],
        from: '2021-10-01',
        to: '2021-10-07',
        workdays: ['2021-09-26', '2021-10-09'],
        notice: '10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。',
      },
    ],
  },
  {
    year: 2022,
    title: '国务院办公厅关于2022年部分节假日安排的通知',
    docNo: '国办发明电〔2021〕11号',
    issued: '2021-10-25',
    source: '国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号，2021年10月25日）',
    periods: [
      {
        name: '元旦',
        festivals: ['元旦'],
        from: '2022-01-01',
        to: '2022-01-03',
        workdays: [],
        notice: '2022年1月1日至3日放假，共3天。',
      },
      {
        name: '春节',
        festivals: ['春节'],
        from: '2022-01-31',
        to: '2022-02-06',
        workdays: ['2022-01-29', '2022-01-30'],
        notice: '1月31日至2月6日放假调休，共7天。1月29日（星期六）、1月30日（星期日）上班。',
      },
      {
        name: '清明节',
        festivals: ['清明节'],
        from: '2022-04-03',
        to: '2022-04-05',
        workdays: ['2022-04-02'],
        notice: '4月3日至5日放假调休，共3天。4月2日（星期六）上班。',
      },
      {
        name: '劳动节',
        festivals: ['劳动节'],
        from: '2022-04-30',
        to: '2022-05-04',
        workdays: ['2022-04-24', '2022-05-07'],
        notice: '4月30日至5月4日放假调休，共5天。4月24日（星期日）、5月7日（星期六）上班。',
      },
      {
        name: '端午节',
        festivals: ['端午节'],
        from: '2022-06-03',
        to: '2022-06-05',
        workdays: [],
        notice: '6月3日至5日放假，共3天。',
      },
      {
        name: '中秋节',
        festivals: ['中秋节'],
        from: '2022-09-10',
        to: '2022-09-12',
        workdays: [],
        notice: '9月10日至12日放假，共3天。',
      },
      {
        name: '国庆节',
        festivals: ['国庆节'],
        from: '2022-10-01',
        to: '2022-10-07',
        workdays: ['2022-10-08', '2022-10-09'],
        notice: '10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。',
      },
    ],
  },
  {
    year: 2023,
    title: '国务院办公厅关于2023年部分节假日安排的通知',
    docNo: '国办发明电〔2022〕16号',
    issued: '2022-12-08',
    source: '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号，2022年12月8日）',
    periods: [
      {
        name: '元旦',
        festivals: ['元旦'],
        from: '2022-12-31',
        to: '2023-01-02',
        workdays: [],
        notice: '2022年12月31日至2023年1月2日放假调休，共3天。',
      },
      {
        name: '春节',
        festivals: ['春节'],
        from: '2023-01-21',
        to: '2023-01-27',
        workdays: ['2023-01-28', '2023-01-29'],
        notice: '1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。',
      },
      {
        name: '清明节',
        festivals: ['清明节'],
        from: '2023-04-05',
        to: '2023-04-05',
        workdays: [],
        notice: '4月5日放假，共1天。',
      },
      {
        name: '劳动节',
        festivals: ['劳动节'],
        from: '2023-04-29',
        to: '2023-05-03',
        workdays: ['2023-04-23', '2023-05-06'],
        notice: '4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。',
      },
      {
        name: '端午节',
        festivals: ['端午节'],
        from: '2023-06-22',
        to: '2023-06-24',
        workdays: ['2023-06-25'],
        notice: '6月22日至24日放假调休，共3天。6月25日（星期日）上班。',
      },
      {
        name: '中秋节、国庆节',
        festivals: ['中秋节', '国庆节'],
        from: '2023-09-29',
        to: '2023-10-06',
        workdays: ['2023-10-07', '2023-10-08'],
        notice: '9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。',
      },
    ],
  },
  {
    year: 2024,
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    docNo: '国办发明电〔2023〕7号',
    issued: '2023-10-25',
    source: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）',
    periods: [
      {
        name: '元旦',
        festivals: ['元旦'],
        from: '2023-12-30',
        to: '2024-01-01',
        workdays: [],
        notice: '1月1日放假，与周末连休。',
      },
      {
        // 除夕 (2月9日) is not a day off: the notice only encourages employers to grant it as annual leave.
        name: '春节',
        festivals: ['春节'],
        from: '2024-02-10',
        to: '2024-02-17',
        workdays: ['2024-02-04', '2024-02-18'],
        notice:
          '2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。',
      },
      {
        name: '清明节',
        festivals: ['清明节'],
        from: '2024-04-04',
        to: '2024-04-06',
        workdays: ['2024-04-07'],
        notice: '4月4日至6日放假调休，共3天。4月7日（星期日）上班。',
      },
      {
        name: '劳动节',
        festivals: ['劳动节'],
        from: '2024-05-01',
        to: '2024-05-05',
        workdays: ['2024-04-28', '2024-05-11'],
        notice: '5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。',
      },
      {
        name: '端午节',
        festivals: ['端午节'],
        from: '2024-06-08',
        to: '2024-06-10',
        workdays: [],
        notice: '6月10日放假，与周末连休。',
      },
      {
        name: '中秋节',
        festivals: ['中秋节'],
        from: '2024-09-15',
        to: '2024-09-17',
        workdays: ['2024-09-14'],
        notice: '9月15日至17日放假调休，共3天。9月14日（星期六）上班。',
      },
      {
        name: '国庆节',
        festivals: ['国庆节'],
        from: '2024-10-01',
        to: '2024-10-07',
        workdays: ['2024-09-29', '2024-10-12'],
        notice: '10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。',
      },
    ],
  },
  {
    // First year under the 2024 revision: 春节 and 劳动节 each gained a statutory day.
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    docNo: '国办发明电〔2024〕12号',
    issued: '2024-11-12',
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）',
    periods: [
      {
        name: '元旦',
        festivals: ['元旦'],
        from: '2025-01-01',
        to: '2025-01-01',
        workdays: [],
        notice: '1月1日（周三）放假1天，不调休。',
      },
      {
        name: '春节',
        festivals: ['春节'],
        from: '2025-01-28',
        to: '2025-02-04',
        workdays: ['2025-01-26', '2025-02-08'],
        notice: '1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。',
      },
      {
        name: '清明节',
        festivals: ['清明节'],
        from: '2025-04-04',
        to: '2025-04-06',
        workdays: [],
        notice: '4月4日（周五）至6日（周日）放假，共3天。',
      },
      {
        name: '劳动节',
        festivals: ['劳动节'],
        from: '2025-05-01',
        to: '2025-05-05',
        workdays: ['2025-04-27'],
        notice: '5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。',
      },
      {
        name: '端午节',
        festivals: ['端午节'],
        from: '2025-05-31',
        to: '2025-06-02',
        workdays: [],
        notice: '5月31日（周六）至6月2日（周一）放假，共3天。',
      },
      {
        name: '国庆节、中秋节',
        festivals: ['国庆节', '中秋节'],
        from: '2025-10-01',
        to: '2025-10-08',
        workdays: ['2025-09-28', '2025-10-11'],
        notice: '10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。',
      },
    ],
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    docNo: '国办发明电〔2025〕7号',
    issued: '2025-11-04',
    source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）',
    periods: [
      {
        name: '元旦',
        festivals: ['元旦'],
        from: '2026-01-01',
        to: '2026-01-03',
        workdays: ['2026-01-04'],
        notice: '1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
      },
      {
        name: '春节',
        festivals: ['春节'],
        from: '2026-02-15',
        to: '2026-02-23',
        workdays: ['2026-02-14', '2026-02-28'],
        notice: '2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
      },
      {
        name: '清明节',
        festivals: ['清明节'],
        from: '2026-04-04',
        to: '2026-04-06',
        workdays: [],
        notice: '4月4日（周六）至6日（周一）放假，共3天。',
      },
      {
        name: '劳动节',
        festivals: ['劳动节'],
        from: '2026-05-01',
        to: '2026-05-05',
        workdays: ['2026-05-09'],
        notice: '5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。',
      },
      {
        name: '端午节',
        festivals: ['端午节'],
        from: '2026-06-19',
        to: '2026-06-21',
        workdays: [],
        notice: '6月19日（周五）至21日（周日）放假，共3天。',
      },
      {
        name: '中秋节',
        festivals: ['中秋节'],
        from: '2026-09-25',
        to: '2026-09-27',
        workdays: [],
        notice: '9月25日（周五）至27日（周日）放假，共3天。',
      },
      {
        name: '国庆节',
        festivals: ['国庆节'],
        from: '2026-10-01',
        to: '2026-10-07',
        workdays: ['2026-09-20', '2026-10-10'],
        notice: '10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。',
      },
    ],
  },
];
