// 2022: 国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号）.
// Every date is checked against the clause kept beside it (data/holidays.test.ts).
import type { OfficialArrangement } from '../types';

export const ARRANGEMENT_2022: OfficialArrangement = {
  year: 2022,
  provisional: false,
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
};
