// 2020: 国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号）.
// 春节 as extended by 国办发明电〔2020〕1号. Every date is checked against the clause kept beside it (data/holidays.test.ts).
import type { OfficialArrangement } from '../types';

export const ARRANGEMENT_2020: OfficialArrangement = {
  year: 2020,
  provisional: false,
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
};
