// 2021: 国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号）.
// Every date is checked against the clause kept beside it (data/holidays.test.ts).
import type { OfficialArrangement } from '../types';

export const ARRANGEMENT_2021: OfficialArrangement = {
  year: 2021,
  provisional: false,
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
};
