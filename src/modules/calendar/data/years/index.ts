// The holiday arrangements, one file per year, one line per year below. Nothing else needs to change
// when a year is added: data/holidays.ts collects whatever this file exports, in year order.
//
// Adding a year when its 国务院办公厅 notice is published (usually October–December of the year before):
// copy the latest official file (2026.ts) to YYYY.ts, enter title, docNo, issued and source, one period
// per clause with the clause verbatim in `notice`, `from`/`to`/`workdays` read from it (a later amending
// notice goes in `amendment`), then add its line here. data/holidays.test.ts reads each clause back into
// dates and checks them against the structured fields, the weekdays the notice prints, the statutory days
// of STATUTORY_DAYS and the lunar dates of that year (add the year to its table).
//
// Replacing a provisional year (2027.ts) follows the same steps in its own file; its line here stays.
export { ARRANGEMENT_2019 } from './2019';
export { ARRANGEMENT_2020 } from './2020';
export { ARRANGEMENT_2021 } from './2021';
export { ARRANGEMENT_2022 } from './2022';
export { ARRANGEMENT_2023 } from './2023';
export { ARRANGEMENT_2024 } from './2024';
export { ARRANGEMENT_2025 } from './2025';
export { ARRANGEMENT_2026 } from './2026';
export { ARRANGEMENT_2027 } from './2027';
