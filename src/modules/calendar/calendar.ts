// Working-day (工作日) arithmetic for the legal deadlines the platform enforces: 双公示 within 7 working
// days of the decision, objections within 3 or 7 (山东省社会信用条例 art. 39), withdrawals within 3
// (art. 40). A working day is Monday–Friday, minus the days off and plus the weekend days worked that
// the State Council's yearly arrangement lists (data/years/, one file per year).
//
// A year whose notice is not published yet may ship as a provisional arrangement (statutory days and
// their art. 6 补假 only, no 调休上班): deadlines over it are computed the same way, but may move once the notice replaces it;
// `isProvisional` and `dayInfo(…).provisional` tell callers when that is the case. Years without any
// shipped arrangement fall back to plain Monday–Friday (`calendarCovers` is false). Days that a shipped
// notice itself assigns outside its year (2018-12-29..31 in the 2019 notice) are honoured even though
// 2018 is not covered as a whole.
//
// Pure and synchronous: everything is precomputed at module load into integer structures.

import { HOLIDAY_ARRANGEMENTS, type HolidayArrangement } from './data/holidays';
import { MAX_DAY, MIN_DAY, formatDay, isWeekendDay, parseDay, weekdaysBefore, yearOfDay } from './dates';

interface DayOverride {
  /** True for a weekend day worked (调休上班), false for a day off. */
  readonly working: boolean;
  /** Break the day belongs to, e.g. '春节'. */
  readonly name: string;
}

/** Largest |n| accepted by addWorkingDays; beyond it the result would leave years 0001–9999 anyway. */
const MAX_STEPS = MAX_DAY - MIN_DAY;

const overrides = new Map<number, DayOverride>();
const coveredYears = new Set<number>();
const provisionalYears = new Set<number>();
const arrangementsByYear = new Map<number, HolidayArrangement>();

for (const a of HOLIDAY_ARRANGEMENTS) {
  coveredYears.add(a.year);
  if (a.provisional) provisionalYears.add(a.year);
  arrangementsByYear.set(a.year, a);
  for (const p of a.periods) {
    const to = parseDay(p.to);
    for (let d = parseDay(p.from); d <= to; d++) overrides.set(d, { working: false, name: p.name });
    for (const w of p.workdays) overrides.set(parseDay(w), { working: true, name: p.name });
  }
}

// Only the overrides that differ from Monday–Friday change the working-day count: a weekday off
// (−1) or a weekend day worked (+1). A holiday that falls on a weekend changes nothing. Sorted day
// numbers plus running totals give the correction up to any day by binary search.
const corrections = [...overrides.entries()]
  .filter(([day, o]) => o.working === isWeekendDay(day))
  .map(([day, o]) => [day, o.working ? 1 : -1] as const)
  .sort((x, y) => x[0] - y[0]);
const correctionDays = Int32Array.from(corrections, ([day]) => day);
const correctionTotals = new Int32Array(corrections.length);
{
  let total = 0;
  corrections.forEach(([, delta], i) => {
    total += delta;
    correctionTotals[i] = total;
  });
}

/** Sum of corrections on days <= `day`. */
function correctionThrough(day: number): number {
  let lo = 0;
  let hi = correctionDays.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (correctionDays[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : correctionTotals[lo - 1]!;
}

/**
 * Working days on or before `day`, from a fixed anchor. Increases by exactly 1 on a working day and 0
 * otherwise, so differences count working days in half-open ranges and it can be binary-searched.
 */
function cumulative(day: number): number {
  return weekdaysBefore(day + 1) + correctionThrough(day);
}

function workingDay(day: number): boolean {
  const o = overrides.get(day);
  return o === undefined ? !isWeekendDay(day) : o.working;
}

/** Smallest day in (lo, hi] whose cumulative count reaches `target`; requires cumulative(lo) < target <= cumulative(hi). */
function firstReaching(target: number, lo: number, hi: number): number {
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (cumulative(mid) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

function checkCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || Math.abs(n) > MAX_STEPS) throw new RangeError(`${what} must be an integer, got ${n}`);
}

function addDays(day: number, n: number): number {
  if (n === 0) return workingDay(day) ? day : addDays(day, 1);
  // Any 7 consecutive days hold at least one working day except inside a holiday break (at most 10
  // days so far), so 2n + 30 days always reach the target; the loops only widen it as a safeguard.
  const span = 2 * Math.abs(n) + 30;
  if (n > 0) {
    const target = cumulative(day) + n;
    let hi = day + span;
    while (cumulative(hi) < target) hi += span;
    return firstReaching(target, day, hi);
  }
  // The |n|-th working day before `day`: the working day x with |n| working days in [x, day).
  const target = cumulative(day - 1) + n + 1;
  let lo = day - span;
  while (cumulative(lo) >= target) lo -= span;
  return firstReaching(target, lo, day - 1);
}

/** Whether `date` ('YYYY-MM-DD') is a working day (工作日): Monday–Friday adjusted by the shipped arrangements. */
export function isWorkingDay(date: string): boolean {
  return workingDay(parseDay(date));
}

/**
 * The date `n` working days after `date` (which itself is not counted). `n = 0` gives `date` if it is a
 * working day, else the next working day; a negative `n` counts back (the |n|-th working day before).
 */
export function addWorkingDays(date: string, n: number): string {
  checkCount(n, 'n');
  return formatDay(addDays(parseDay(date), n));
}

/**
 * Working days in the half-open range (from, to]: a decision made on D and published on P is within
 * 7 working days iff `workingDaysBetween(D, P) <= 7`. Negative when `to` is before `from`.
 * Note the count does not grow on non-working days, so a Saturday right after the last working day
 * still counts as "within"; compare with `dueDate` when the deadline must fall on a working day.
 */
export function workingDaysBetween(from: string, to: string): number {
  return cumulative(parseDay(to)) - cumulative(parseDay(from));
}

/**
 * The last day of a deadline of `workingDays` working days counted from the day after `start`
 * (e.g. objection decided within 3 working days of receipt). Same as `addWorkingDays(start, n)`.
 */
export function dueDate(start: string, workingDays: number): string {
  checkCount(workingDays, 'workingDays');
  if (workingDays < 0) throw new RangeError(`workingDays must not be negative, got ${workingDays}`);
  return formatDay(addDays(parseDay(start), workingDays));
}

/**
 * Whether the year of `date` has a shipped holiday arrangement, official or provisional. When false,
 * that year's dates are treated as Monday–Friday working days, which is wrong on its holidays: results
 * reaching into such a year are unreliable until the year is added under data/years/. When true but the
 * year `isProvisional`, its statutory days are honoured and only the notice's 调休 is missing.
 */
export function calendarCovers(date: string): boolean {
  return coveredYears.has(yearOfDay(parseDay(date)));
}

/**
 * Whether `year` ships only a provisional arrangement: its 国务院办公厅 notice was not published when
 * the data was written, so the calendar holds the statutory days and their 补假 alone (no 调休上班, no bridge days) and
 * deadlines reaching into it may move by a few days once the notice replaces it. False for years with
 * an official arrangement and for years without any (see `calendarCovers`).
 */
export function isProvisional(year: number): boolean {
  return provisionalYears.has(year);
}

/**
 * Name of the holiday break `date` falls in, as the notice heads it ('国庆节', '春节', or '国庆节、中秋节'
 * when merged); undefined on other days, including the weekend days worked for a break.
 */
export function holidayName(date: string): string | undefined {
  const o = overrides.get(parseDay(date));
  return o !== undefined && !o.working ? o.name : undefined;
}

/** What kind of day `date` is, for display: the raw facts behind `isWorkingDay`. */
export interface DayInfo {
  readonly date: string;
  readonly working: boolean;
  readonly weekend: boolean;
  /** Set on days off of a holiday break. */
  readonly holiday?: string;
  /** Set on weekend days worked (调休上班): the break they make up for. */
  readonly adjustedFor?: string;
  /** False when the year has no shipped arrangement (Monday–Friday fallback). */
  readonly covered: boolean;
  /** True when the year's arrangement is provisional (statutory days and 补假 only, notice not yet published). */
  readonly provisional: boolean;
}

/** Describes `date`: working or not, and why (weekend, holiday break, 调休上班). */
export function dayInfo(date: string): DayInfo {
  const day = parseDay(date);
  const o = overrides.get(day);
  return {
    date,
    working: workingDay(day),
    weekend: isWeekendDay(day),
    ...(o && !o.working ? { holiday: o.name } : {}),
    ...(o && o.working ? { adjustedFor: o.name } : {}),
    covered: coveredYears.has(yearOfDay(day)),
    provisional: provisionalYears.has(yearOfDay(day)),
  };
}

/** The shipped arrangement for `year` (check `provisional` before citing a notice), or undefined when the year is not covered. */
export function arrangementFor(year: number): HolidayArrangement | undefined {
  return arrangementsByYear.get(year);
}

/** Years with a shipped arrangement, ascending. */
export const CALENDAR_YEARS: readonly number[] = [...coveredYears].sort((a, b) => a - b);
