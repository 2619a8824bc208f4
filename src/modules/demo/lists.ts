import { addDays, addYears, maxDate, recentDate, yearOf, yearsBetween } from './dates';
import type { DepartmentIndex } from './departments';
import { departmentAbbr, type Counters } from './doc-numbers';
import type { DemoListEntry, DemoListType, DemoSubject } from './demo.types';
import { personName, tradeName } from './names';
import type { Place } from './places';
import type { Random } from './prng';

/** What list generation needs to know about the run. */
export interface ListEnv {
  today: string;
  depts: DepartmentIndex;
  counters: Counters;
}

/** Department functions that decide each list type. */
export const LIST_FUNCTIONS: Readonly<Record<DemoListType, readonly string[]>> = {
  court_dishonest_debtor: ['court'],
  major_tax_violation: ['tax'],
  serious_illegal_dishonest: ['market_regulation'],
  business_abnormal: ['market_regulation'],
  wage_arrears: ['human_resources'],
  gov_procurement_dishonest: ['finance'],
  a_grade_taxpayer: ['tax'],
  contract_honoring: ['market_regulation'],
};

type Draft = Omit<DemoListEntry, 'ref' | 'subjectRef' | 'departmentCode'>;

/** Builds entries for one subject, numbering them `${ref}-MD${n}`. */
export class ListBuilder {
  readonly entries: DemoListEntry[] = [];

  constructor(
    private readonly env: ListEnv,
    private readonly subject: DemoSubject,
    private readonly place: Place,
    private readonly rng: Random,
  ) {}

  /** Whether the profile has a department that can decide `type`. */
  can(type: DemoListType): boolean {
    return this.env.depts.has(LIST_FUNCTIONS[type]);
  }

  private add(type: DemoListType, make: (abbr: string, deptName: string) => Draft): DemoListEntry | undefined {
    const chosen = this.env.depts.pick(LIST_FUNCTIONS[type], this.place.code, this.rng);
    if (!chosen) return undefined;
    const draft = make(departmentAbbr(chosen.dept.region, chosen.fn), chosen.dept.name);
    if (draft.startDate > this.env.today) return undefined;
    const entry: DemoListEntry = {
      ref: `${this.subject.ref}-MD${this.entries.length + 1}`,
      subjectRef: this.subject.ref,
      departmentCode: chosen.dept.code,
      ...draft,
    };
    this.entries.push(entry);
    return entry;
  }

  private seq(key: string, width: number, startMax?: number): string {
    return this.env.counters.take(key, width, this.rng, startMax);
  }

  /** 失信被执行人: (2024)鲁0902执1234号, decided by the county court, reported by the court department. */
  courtDebtor(from: string): void {
    const { rng, subject, env } = this;
    const start = recentDate(rng, maxDate('2019-01-01', from), env.today, 1.5);
    const filed = addDays(start, -rng.int(40, 240));
    const caseYear = yearOf(filed);
    const intermediate = rng.chance(0.08);
    const courtCode = intermediate ? '09' : this.place.court.code;
    const courtName = intermediate ? '泰安市中级人民法院' : this.place.court.name;
    const caseNo = `(${caseYear})鲁${courtCode}执${this.seq(`执${courtCode}${caseYear}`, 1, 1500)}号`;
    const basisYear = caseYear - rng.int(0, 1);
    const basisKind = rng.weighted([
      ['first', 62],
      ['appeal', 26],
      ['arbitration', 12],
    ] as const);
    // Appeals (民终) are decided by the intermediate court, first instances (民初) by the executing court.
    const basisNo =
      basisKind === 'arbitration'
        ? `泰仲裁字〔${basisYear}〕第${this.seq(`仲${basisYear}`, 1, 300)}号`
        : basisKind === 'appeal'
          ? `(${basisYear})鲁09民终${this.seq(`民终${basisYear}`, 1, 2000)}号`
          : `(${basisYear})鲁${courtCode}民初${this.seq(`民初${courtCode}${basisYear}`, 1, 3000)}号`;
    const basisCourt = basisKind === 'arbitration' ? '泰安仲裁委员会' : basisKind === 'appeal' ? '泰安市中级人民法院' : courtName;
    const amount = rng.int(8, 900) * 1000;
    const creditor = rng.chance(0.5)
      ? personName(rng, rng.chance(0.7) ? 'M' : 'F', rng.int(1955, 1995))
      : `泰安${tradeName(rng)}${rng.pick(['商贸', '建材', '物资', '小额贷款'])}有限公司`;
    const conduct = rng.weighted([
      ['有履行能力而拒不履行生效法律文书确定义务', 60],
      ['违反财产报告制度', 15],
      ['违反限制消费令', 12],
      ['以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行', 5],
      ['以伪造证据、暴力、威胁等方法妨碍、抗拒执行', 3],
      ['无正当理由拒不履行执行和解协议', 5],
    ] as const);
    const item = {
      有履行能力而拒不履行生效法律文书确定义务: '一',
      '以伪造证据、暴力、威胁等方法妨碍、抗拒执行': '二',
      '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行': '三',
      违反财产报告制度: '四',
      违反限制消费令: '五',
      无正当理由拒不履行执行和解协议: '六',
    }[conduct];
    const partly = rng.chance(0.2);
    // Items (二)–(六) carry a two-year term (2017 rules); item (一) lasts until the debt is paid.
    let endDate: string | undefined;
    if (item !== '一') endDate = addYears(start, 2);
    if (rng.chance(0.3)) {
      const paid = addDays(start, rng.int(30, 700));
      if (paid <= env.today && (!endDate || paid < endDate)) endDate = paid;
    }
    const details: Record<string, string> = {
      案号: caseNo,
      执行法院: courtName,
      立案日期: filed,
      执行依据文号: basisNo,
      做出执行依据单位: basisCourt,
      生效法律文书确定的义务: `${subject.name}于法律文书生效之日起十日内向${creditor}支付${rng.pick(['货款', '借款本金', '工程款', '租金'])}${amount}元及利息`,
      被执行人的履行情况: partly ? '部分未履行' : '全部未履行',
      失信被执行人行为具体情形: conduct,
      发布日期: start,
    };
    if (partly) {
      const paid = Math.round(amount * rng.int(10, 60)) / 100;
      details['已履行部分'] = `${paid}元`;
      details['未履行部分'] = `${amount - paid}元`;
    }
    if (subject.kind === 'natural_person') {
      details['性别'] = subject.info.sex === 'F' ? '女' : '男';
      if (subject.info.birthDate) details['年龄'] = String(yearsBetween(subject.info.birthDate, start));
    } else if (subject.info.legalRepresentative) {
      details['法定代表人或者负责人姓名'] = subject.info.legalRepresentative;
    }
    this.add('court_dishonest_debtor', () => ({
      listType: 'court_dishonest_debtor',
      docNo: caseNo,
      reason: conduct,
      legalBasis: `《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（${item}）项`,
      startDate: start,
      ...(endDate !== undefined && { endDate }),
      details,
    }));
  }

  /** 经营异常名录; returns the entry so a 严重违法失信 listing can follow three years later. */
  businessAbnormal(established: string): DemoListEntry | undefined {
    const { rng, env } = this;
    const annual = rng.chance(0.75);
    let start: string;
    if (annual) {
      // Annual reports are due by 30 June; listing follows in early July of a year after founding.
      const first = yearOf(established) + 1;
      const last = yearOf(env.today);
      const years: number[] = [];
      for (let y = Math.max(first, 2019); y <= last; y++) if (`${y}-07-01` <= env.today) years.push(y);
      if (years.length === 0) return undefined;
      const y = rng.pick(years);
      start = `${y}-07-${String(rng.int(1, 15)).padStart(2, '0')}`;
    } else {
      start = recentDate(rng, maxDate('2019-01-01', addDays(established, 60)), env.today, 1.5);
    }
    if (start > env.today) return undefined;
    const reason = annual ? '未按照《企业信息公示暂行条例》第八条规定的期限公示年度报告' : '通过登记的住所或者经营场所无法联系';
    let endDate: string | undefined;
    const details: Record<string, string> = { 列入经营异常名录原因: reason, 列入日期: start };
    if (rng.chance(0.5)) {
      const out = addDays(start, rng.int(20, 500));
      if (out <= env.today) {
        endDate = out;
        details['移出日期'] = out;
        details['移出经营异常名录原因'] = annual
          ? '依照《企业经营异常名录管理暂行办法》第十一条规定，补报未报年份的年度报告并公示'
          : '依照《企业经营异常名录管理暂行办法》第十三条规定，提出通过登记的住所或者经营场所可以重新取得联系';
      }
    }
    return this.add('business_abnormal', (abbr, deptName) => {
      details['作出决定机关'] = deptName;
      return {
        listType: 'business_abnormal',
        docNo: `${abbr}异列〔${yearOf(start)}〕${this.seq(`${abbr}异列${yearOf(start)}`, 1)}号`,
        reason,
        legalBasis: `《企业经营异常名录管理暂行办法》第四条第（${annual ? '一' : '四'}）项`,
        startDate: start,
        ...(endDate !== undefined && { endDate }),
        details,
      };
    });
  }

  /** 严重违法失信名单, usually three years after an unresolved 经营异常 listing. */
  seriousIllegal(after: DemoListEntry | undefined): void {
    const { rng, env } = this;
    let start: string;
    let reason: string;
    let basis: string;
    if (after) {
      start = addDays(addYears(after.startDate, 3), rng.int(0, 60));
      reason = '被列入经营异常名录届满3年仍未履行相关义务';
      basis = start >= '2021-09-01' ? '《市场监督管理严重违法失信名单管理办法》第十三条' : '《企业信息公示暂行条例》第十七条第二款';
    } else {
      start = recentDate(rng, '2021-09-01', env.today, 1.5);
      reason = rng.pick([
        '提交虚假材料或者采取其他欺诈手段隐瞒重要事实，取得市场主体登记，被撤销市场主体登记',
        '因食品安全违法行为被处以较重行政处罚，性质恶劣、情节严重、社会危害较大',
      ]);
      basis = '《市场监督管理严重违法失信名单管理办法》第二条';
    }
    if (start > env.today) return;
    this.add('serious_illegal_dishonest', (abbr) => ({
      listType: 'serious_illegal_dishonest',
      docNo: `${abbr}严列〔${yearOf(start)}〕${this.seq(`${abbr}严列${yearOf(start)}`, 1)}号`,
      reason,
      legalBasis: basis,
      startDate: start,
      endDate: addYears(start, 3),
      details: { 列入严重违法失信名单原因: reason, 列入日期: start },
    }));
  }

  /** 重大税收违法失信主体 (税收黑名单), published for three years. */
  majorTaxViolation(established: string): void {
    const { rng, env, subject } = this;
    const start = recentDate(rng, maxDate('2019-01-01', addYears(established, 1)), env.today, 1.3);
    if (start > env.today) return;
    const nature = rng.weighted([
      ['虚开增值税专用发票', 4],
      ['偷税', 3],
      ['逃避追缴欠税', 2],
      ['虚开普通发票', 1],
    ] as const);
    const y = yearOf(start) - rng.int(1, 3);
    const tax = rng.int(30, 3000) / 10;
    const fact: Record<typeof nature, string> = {
      虚开增值税专用发票: `在没有真实交易的情况下，为他人虚开增值税专用发票${rng.int(5, 300)}份，金额${rng.int(50, 5000)}万元，税额${tax}万元`,
      偷税: `采取隐匿收入、虚假申报等手段，少缴增值税、企业所得税等税款${tax}万元`,
      逃避追缴欠税: `欠缴应纳税款${tax}万元，采取转移或者隐匿财产的手段，妨碍税务机关追缴欠缴的税款`,
      虚开普通发票: `为他人虚开增值税普通发票${rng.int(20, 600)}份，金额${rng.int(100, 3000)}万元`,
    };
    this.add('major_tax_violation', (abbr) => ({
      listType: 'major_tax_violation',
      docNo: `${abbr}稽罚〔${yearOf(start)}〕${this.seq(`${abbr}稽罚${yearOf(start)}`, 1)}号`,
      reason: nature,
      legalBasis:
        start >= '2022-02-01'
          ? '《重大税收违法失信主体信息公布管理办法》（国家税务总局令第54号）第六条'
          : '《重大税收违法失信案件信息公布办法》（国家税务总局公告2018年第54号）第五条',
      startDate: start,
      endDate: addYears(start, 3),
      details: {
        案件性质: nature,
        主要违法事实: `经国家税务总局泰安市税务局稽查局检查，发现其在${y}年1月1日至${y}年12月31日期间，${fact[nature]}`,
        相关法律依据及税务处理处罚情况: `依照《中华人民共和国税收征收管理法》等相关法律法规的有关规定，对其处以追缴税款${tax}万元的行政处理、处以罚款${Math.round(tax * rng.int(5, 10)) / 10}万元的行政处罚`,
        实施检查的单位: '国家税务总局泰安市税务局稽查局',
        ...(subject.info.legalRepresentative !== undefined && { 法定代表人或者负责人: subject.info.legalRepresentative }),
      },
    }));
  }

  /** 拖欠农民工工资失信联合惩戒对象名单, three years. */
  wageArrears(established: string): void {
    const { rng, env } = this;
    const start = recentDate(rng, maxDate('2019-06-01', addYears(established, 1)), env.today, 1.3);
    if (start > env.today) return;
    const workers = rng.int(6, 80);
    const amount = workers * rng.int(8, 40) * 1000;
    const reason = rng.chance(0.85)
      ? '克扣、无故拖欠农民工工资，数额达到认定拒不支付劳动报酬罪数额标准'
      : '因拖欠农民工工资违法行为引发群体性事件，造成严重不良社会影响';
    this.add('wage_arrears', (abbr) => ({
      listType: 'wage_arrears',
      docNo: `${abbr}欠薪失信〔${yearOf(start)}〕${this.seq(`${abbr}欠薪${yearOf(start)}`, 1)}号`,
      reason,
      legalBasis:
        start >= '2022-01-01'
          ? '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）第五条'
          : '《拖欠农民工工资“黑名单”管理暂行办法》（人社部规〔2017〕16号）第五条',
      startDate: start,
      endDate: addYears(start, 3),
      details: {
        拖欠人数: `${workers}人`,
        拖欠金额: `${amount}元`,
        项目名称: `${this.place.name}${rng.pick(['安置房', '住宅小区', '道路改造', '厂房建设'])}项目`,
      },
    }));
  }

  /** 政府采购严重违法失信行为记录名单: barred from procurement for 1–3 years. */
  govProcurement(established: string): void {
    const { rng, env } = this;
    const start = recentDate(rng, maxDate('2019-01-01', addYears(established, 1)), env.today, 1.3);
    if (start > env.today) return;
    const years = rng.int(1, 3);
    const [reason, item] = rng.pick([
      ['提供虚假材料谋取中标、成交', '一'],
      ['与采购人、其他供应商或者采购代理机构恶意串通', '三'],
    ] as const);
    const project = `${this.place.name}${rng.pick(['教学设备', '办公家具', '信息化系统', '物业服务', '道路维修', '医疗设备'])}采购项目`;
    this.add('gov_procurement_dishonest', (abbr) => ({
      listType: 'gov_procurement_dishonest',
      docNo: `${abbr}采处〔${yearOf(start)}〕${this.seq(`${abbr}采处${yearOf(start)}`, 1)}号`,
      reason,
      legalBasis: `《中华人民共和国政府采购法》第七十七条第一款第（${item}）项`,
      startDate: start,
      endDate: addYears(start, years),
      details: {
        项目名称: project,
        处罚结果: `处以采购金额千分之五的罚款，列入不良行为记录名单，在${['一', '二', '三'][years - 1]}年内禁止参加政府采购活动`,
        禁止参加政府采购活动期限: `${start}至${addDays(addYears(start, years), -1)}`,
      },
    }));
  }

  /** A级纳税人 for evaluation years 2023–2025 (published each April for the previous year). */
  aGradeTaxpayer(established: string): void {
    const { rng, env } = this;
    for (const y of [2023, 2024, 2025]) {
      if (established >= `${y}-01-01` || !rng.chance(0.85)) continue;
      const start = `${y + 1}-04-${String(rng.int(10, 25)).padStart(2, '0')}`;
      if (start > env.today) continue;
      this.add('a_grade_taxpayer', () => ({
        listType: 'a_grade_taxpayer',
        docNo: `国家税务总局泰安市税务局公告${y + 1}年第1号`,
        reason: `${y}年度纳税信用评价结果为A级`,
        legalBasis: '《纳税信用管理办法（试行）》（国家税务总局公告2014年第40号）',
        startDate: start,
        endDate: `${y + 2}-03-31`,
        details: { 评价年度: String(y), 纳税信用级别: 'A' },
      }));
    }
  }

  /** 守合同重信用企业 for two-year periods, published the following June. */
  contractHonoring(established: string): void {
    const { rng, env } = this;
    const periods = [
      ['2019—2020', 2019, '2021-06'],
      ['2021—2022', 2021, '2023-06'],
      ['2023—2024', 2023, '2025-06'],
    ] as const;
    let added = 0;
    for (const [label, firstYear, month] of periods) {
      if (established >= `${firstYear - 1}-01-01`) continue;
      const start = `${month}-${String(rng.int(10, 28)).padStart(2, '0')}`;
      if (start > env.today || !rng.chance(added === 0 ? 0.7 : 0.6)) continue;
      added++;
      this.add('contract_honoring', (abbr) => ({
        listType: 'contract_honoring',
        docNo: `${abbr}发〔${yearOf(start)}〕${this.seq(`${abbr}守重${yearOf(start)}`, 1)}号`,
        reason: `${label}年度泰安市“守合同重信用”企业`,
        legalBasis: '《山东省“守合同重信用”企业公示管理办法》',
        startDate: start,
        endDate: addDays(addYears(start, 2), -1),
        details: { 公示年度: label },
      }));
    }
  }

  /** True when anything but a red-list entry was added (black lists and the 异常名录 alike bar red lists). */
  hasBlack(): boolean {
    return this.entries.some((e) => e.listType !== 'a_grade_taxpayer' && e.listType !== 'contract_honoring');
  }
}
