// 2026: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）.
// Every date is checked against the clause kept beside it (data/holidays.test.ts).
import type { OfficialArrangement } from '../types';

export const ARRANGEMENT_2026: OfficialArrangement = {
  year: 2026,
  provisional: false,
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
};
