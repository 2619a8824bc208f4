// 2019: 国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）.
// 劳动节 as amended by 国办发明电〔2019〕3号. Every date is checked against the clause kept beside it (data/holidays.test.ts).
import type { OfficialArrangement } from '../types';

export const ARRANGEMENT_2019: OfficialArrangement = {
  year: 2019,
  provisional: false,
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
};
