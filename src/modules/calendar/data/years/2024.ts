// 2024: 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）.
// Every date is checked against the clause kept beside it (data/holidays.test.ts).
import type { OfficialArrangement } from '../types';

export const ARRANGEMENT_2024: OfficialArrangement = {
  year: 2024,
  provisional: false,
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
};
