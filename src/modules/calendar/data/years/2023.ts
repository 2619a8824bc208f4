// 2023: 国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）.
// Every date is checked against the clause kept beside it (data/holidays.test.ts).
import type { OfficialArrangement } from '../types';

export const ARRANGEMENT_2023: OfficialArrangement = {
  year: 2023,
  provisional: false,
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
};
