/** Where a department checks credit before it decides (山东省社会信用条例第二十二条 lists these uses). */
export const SCENARIOS = {
  administrative_license: '行政许可',
  gov_procurement: '政府采购',
  bidding: '招标投标',
  fiscal_funds: '财政资金',
  land_transfer: '国有土地出让',
  awards: '评优评先',
  civil_service: '公职录用',
  financing: '融资授信',
  qualification: '任职资格',
  supervision: '日常监管',
} as const;

export type Scenario = keyof typeof SCENARIOS;
export const SCENARIO_CODES = Object.keys(SCENARIOS) as [Scenario, ...Scenario[]];
